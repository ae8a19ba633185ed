package kaigohojo.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * #13: the byte-level look for split facilities (which runs past the id cell without marking cells)
 * finds what the exact look through {@link CsvLexer} finds: the same split ids at the same first lines,
 * over files with quoted cells holding separators, doubled quotes and line breaks, CRLF and LF.
 */
class SplitScanTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void bytesAndLexerAgree(int seed) throws IOException {
        Random rnd = new Random(seed);
        for (int round = 0; round < 50; round++) {
            String text = file(rnd, rnd.nextInt(3));
            char delimiter = ",;\t".charAt(rnd.nextInt(3));
            text = delimiter == ',' ? text : text.replace(',', delimiter);
            java.io.InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            if (rnd.nextBoolean()) in = new Chunks(in, new Random(seed * 1000L + round)); // reads end anywhere
            Map<String, Integer> bytes = SplitScan.splitFacilities(in, StandardCharsets.UTF_8, delimiter);
            assertNotNull(bytes, text);
            Map<String, Integer> exact = SplitScan.splitFacilities(new CsvLexer(new StringReader(text), delimiter));
            assertEquals(exact, bytes, text);
        }
    }

    /** Hands out 1 to 12 bytes a read, so that the scan's buffer ends at every kind of place. */
    private static final class Chunks extends java.io.FilterInputStream {
        private final Random rnd;

        Chunks(java.io.InputStream in, Random rnd) {
            super(in);
            this.rnd = rnd;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1 + rnd.nextInt(12)));
        }
    }

    /** A header, then facilities in runs (some coming back later), with other cells of every kind. */
    private static String file(Random rnd, int idColumn) {
        String nl = rnd.nextBoolean() ? "\r\n" : "\n";
        StringBuilder sb = new StringBuilder();
        String[] header = {"品目", "区分", "単価"};
        for (int c = 0; c <= 3; c++) {
            if (c > 0) sb.append(',');
            sb.append(c == idColumn ? "事業所番号" : header[Math.min(c, 2)]);
        }
        sb.append(nl);
        int facilities = 2 + rnd.nextInt(6);
        for (int run = 0; run < 12; run++) {
            String id = "21700000" + String.format("%02d", rnd.nextInt(facilities));
            for (int r = 0, rows = 1 + rnd.nextInt(3); r < rows; r++) {
                for (int c = 0; c <= 3 + rnd.nextInt(3); c++) {
                    if (c > 0) sb.append(',');
                    sb.append(c == idColumn ? (rnd.nextInt(6) == 0 ? '"' + id + '"' : r > 0 && rnd.nextBoolean() ? "" : id)
                            : cell(rnd));
                }
                sb.append(nl);
            }
        }
        return sb.toString();
    }

    private static String cell(Random rnd) {
        switch (rnd.nextInt(10)) {
            case 8: // a long cell (the scan looks at eight bytes at a time) with a quote somewhere inside it
            case 9: {
                StringBuilder t = new StringBuilder();
                for (int i = 0, n = rnd.nextInt(30); i < n; i++) t.append(rnd.nextInt(5) == 0 ? "介" : "x");
                if (rnd.nextBoolean()) t.insert(rnd.nextInt(t.length() + 1), rnd.nextBoolean() ? "\"" : "\"\"");
                return t.length() > 0 && t.charAt(0) == '"' ? "y" + t : t.toString();
            }
            case 0: return "";
            case 1: return "\"120,000\"";
            case 2: return "\"two\nlines, \"\"quoted\"\"\"";
            case 3: return "a\"b";              // a quote inside an unquoted cell is a character
            case 4: return "\"x\"y";            // text after a closing quote
            case 5: return "\"\"";
            case 6: return "\"a\r\nb\"";
            default: return "記録用タブレット";
        }
    }
}
