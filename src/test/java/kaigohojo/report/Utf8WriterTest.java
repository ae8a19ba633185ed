package kaigohojo.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * #13: the hand-written UTF-8 writer writes exactly the bytes of the JDK's BufferedWriter over an
 * OutputStreamWriter (reports must not change by a byte), lone surrogates and pairs split across
 * writes included, whether a text goes through write() or is encoded once and written as bytes.
 */
class Utf8WriterTest {
    private static final char[] ALPHABET = {'a', ',', '"', '\r', '\n', 'é', 'ß', '特', '養', '〜', '－', '\uFEFF',
            '\uD83D', '\uDE00', '\uD840', '\uDC0B', '\u007F', '\u0080', '\u07FF', '\u0800', '\uFFFF'};

    @Test
    void sameBytesAsTheJdkWriterForRandomTextInRandomPieces() throws IOException {
        Random rnd = new Random(13);
        for (int round = 0; round < 2000; round++) {
            List<String> pieces = new ArrayList<>();
            int n = rnd.nextInt(8);
            for (int p = 0; p < n; p++) {
                StringBuilder sb = new StringBuilder();
                int len = rnd.nextInt(12);
                for (int i = 0; i < len; i++) sb.append(ALPHABET[rnd.nextInt(ALPHABET.length)]);
                pieces.add(sb.toString());
            }
            int how = rnd.nextInt(4);
            byte[] expected = jdk(pieces);
            if (how == 2) {
                // an encoded piece is a whole text: a pair split between two pieces is two lone halves
                ByteArrayOutputStream each = new ByteArrayOutputStream();
                for (String p : pieces) each.write(jdk(List.of(p)));
                expected = each.toByteArray();
            }
            assertArrayEquals(expected, ours(pieces, how, rnd.nextInt(40) + 1), "pieces " + escaped(pieces) + ", way " + how);
        }
    }

    @Test
    void aLoneHighSurrogateAtTheEndIsOneQuestionMark() throws IOException {
        List<String> pieces = List.of("x\uD83D");
        assertArrayEquals(jdk(pieces), ours(pieces, 0, 64));
        assertArrayEquals("x?".getBytes(StandardCharsets.US_ASCII), ours(pieces, 0, 64));
    }

    @Test
    void aPairSplitAcrossTwoWritesIsOneCharacter() throws IOException {
        List<String> pieces = List.of("a\uD83D", "\uDE00b");
        assertArrayEquals("a😀b".getBytes(StandardCharsets.UTF_8), ours(pieces, 0, 64));
    }

    /** #13: numbers written as digits straight into the buffer are Long.toString's, at any buffer fill, after any text. */
    @Test
    void decimalsAreLongToString() throws IOException {
        Random rnd = new Random(4);
        long[] edges = {0, 1, -1, 9, 10, 99, 100, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 999_999_999_999L, -1_000_000L};
        for (int round = 0; round < 3000; round++) {
            long v = round < edges.length ? edges[round] : switch (rnd.nextInt(3)) {
                case 0 -> rnd.nextInt(1000) - 500;
                case 1 -> rnd.nextLong() >> rnd.nextInt(63);
                default -> rnd.nextLong();
            };
            String before = rnd.nextBoolean() ? "x\uD83D" : "養".repeat(rnd.nextInt(5)); // a lone high half is one ? before the digits
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Utf8Writer w = new Utf8Writer(bytes, rnd.nextInt(40) + 1)) {
                w.write(before);
                w.writeDecimal(v);
                w.write(',');
            }
            assertArrayEquals(jdk(List.of(before + v + ",")), bytes.toByteArray(), before + v);
        }
    }

    private static byte[] jdk(List<String> pieces) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16)) {
            for (String p : pieces) w.write(p);
        }
        return bytes.toByteArray();
    }

    /** way 0: write(String); 1: write(char) one by one; 2: encode() then writeEncoded() (pairs inside a piece only); 3: write(char[]). */
    private static byte[] ours(List<String> pieces, int way, int bufferSize) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Writer w = new Utf8Writer(bytes, bufferSize)) {
            for (String p : pieces) {
                if (way == 0) {
                    w.write(p);
                } else if (way == 1) {
                    for (int i = 0; i < p.length(); i++) w.write(p.charAt(i));
                } else if (way == 3) {
                    w.write(p.toCharArray()); // as Jackson's generator writes its buffer
                } else {
                    w.writeEncoded(Utf8Writer.encode(p));
                }
            }
        }
        return bytes.toByteArray();
    }

    private static String escaped(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String p : pieces) {
            sb.append('[');
            for (char c : p.toCharArray()) sb.append(c < 0x80 && c >= 0x20 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
            sb.append(']');
        }
        return sb.toString();
    }
}
