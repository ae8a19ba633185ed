package kaigohojo.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our CSV reader against commons-csv (RFC 4180) on random well-formed files: the same records and the
 * same fields, and the physical line of each record as counted by hand.
 */
class CsvLexerDifferentialTest {
    static LongStream seeds() {
        return LongStream.range(0, 300).map(i -> 7_000_003L * i + 11);
    }

    /** A random cell: plain, or quoted with commas, quotes, CR, LF, CRLF, Japanese text. */
    private static String cell(SplittableRandom r, StringBuilder raw) {
        String[] parts = {"a", "1,200,000", "介護ソフト", " ", "\"", "\n", "\r\n", ",", "x y", "", "¥80,000", "=1+2"};
        int n = r.nextInt(4);
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < n; i++) v.append(parts[r.nextInt(parts.length)]);
        String value = v.toString();
        boolean needsQuote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || r.nextInt(5) == 0;
        if (needsQuote) raw.append('"').append(value.replace("\"", "\"\"")).append('"');
        else raw.append(value);
        return value;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sameRecordsAsCommonsCsv(long seed) throws Exception {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder raw = new StringBuilder();
        int rows = 1 + r.nextInt(8);
        int cols = 1 + r.nextInt(5);
        List<Integer> startLines = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < rows; i++) {
            startLines.add(line);
            raw.append("r").append(i); // a record never reads as a blank line
            for (int c = 1; c < cols; c++) {
                raw.append(',');
                int before = raw.length();
                cell(r, raw);
                line += (int) raw.substring(before).chars().filter(ch -> ch == '\n').count();
            }
            raw.append(r.nextBoolean() ? "\r\n" : "\n");
            line++;
        }
        String text = raw.toString();
        List<List<String>> expected = new ArrayList<>();
        try (CSVParser p = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            for (CSVRecord rec : p) expected.add(rec.toList());
        }
        List<List<String>> got = new ArrayList<>();
        List<Integer> gotLines = new ArrayList<>();
        CsvLexer lexer = new CsvLexer(new StringReader(text));
        CsvLexer.Row row = new CsvLexer.Row();
        while (lexer.next(row)) {
            List<String> f = new ArrayList<>();
            for (int i = 0; i < row.count; i++) f.add(row.fields[i]);
            got.add(f);
            gotLines.add(row.line);
        }
        assertEquals(expected, got, () -> "seed " + seed + ":\n" + text);
        assertEquals(startLines.subList(0, got.size()), gotLines, () -> "record lines, seed " + seed + ":\n" + text);
    }
}
