package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kaigohojo.input.SourceText;
import kaigohojo.report.Cp932Writer;
import org.junit.jupiter.api.Test;

/**
 * #13: {@code --output-encoding cp932} through {@link Cp932Writer} writes the bytes, and counts the
 * characters written as ?, that the JDK's writer with the report's counting encoder (Excel's twins, ?
 * for the rest) writes and counts, for random text written in random pieces and ways.
 */
class Cp932WriterTest {
    private static final char[] ALPHABET = {'a', ',', '"', '\r', '\n', '\\', '~', '¥', 'é', 'ß', '特', '養', 'ｱ', 'ア', '①',
            '〜', '−', '‖', '—', '¢', '£', '¬', '～', '\uFEFF', '\uD83D', '\uDE00', '\uD840', '\uDC0B', '\u007F', '\u0080',
            '\u00A0', '\u2028', '\uE000', '\uFFFF', '\u3000', '髙', '﨑'};

    @Test
    void sameBytesAndCountAsTheJdkWriter() throws IOException {
        Random rnd = new Random(932);
        for (int round = 0; round < 3000; round++) {
            List<String> pieces = new ArrayList<>();
            int n = rnd.nextInt(8);
            for (int p = 0; p < n; p++) {
                StringBuilder sb = new StringBuilder();
                int len = rnd.nextInt(12);
                for (int i = 0; i < len; i++) sb.append(ALPHABET[rnd.nextInt(ALPHABET.length)]);
                if (rnd.nextInt(4) == 0) sb.append(',');
                pieces.add(sb.toString());
            }
            int how = rnd.nextInt(5);
            List<String> reference = pieces;
            if (how == 2) {
                // an encoded piece is a whole text: a pair split between two pieces is two lone halves (one ? each)
                reference = new ArrayList<>();
                for (String p : pieces) reference.add(p + "\u0000");
            }
            reference = new ArrayList<>(reference);
            reference.add("\r\n"); // a report ends with a line end: no half pair is left at the end
            Output.CountingEncoder counter = new Output.CountingEncoder(SourceText.CP932);
            byte[] expected = jdk(reference, counter);
            if (how == 2) expected = withoutNul(expected);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Cp932Writer w = new Cp932Writer(bytes, rnd.nextInt(40) + 1);
            for (String p : pieces) {
                if (how == 0) w.write(p);
                else if (how == 1) for (int i = 0; i < p.length(); i++) w.write(p.charAt(i));
                else if (how == 2) w.write(w.encoded(p));
                else if (how == 3) w.write(p.toCharArray());
                else w.write("=" + p, 1, p.length());
            }
            w.write("\r\n");
            w.close();
            assertArrayEquals(expected, bytes.toByteArray(), "pieces " + escaped(pieces) + ", way " + how);
            assertEquals(counter.replaced(), w.replaced(), "pieces " + escaped(pieces) + ", way " + how);
        }
    }

    @Test
    void decimalsAreLongToString() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Cp932Writer w = new Cp932Writer(bytes, 16);
        for (long v : new long[] {0, -7, 1_234_567, Long.MIN_VALUE, Long.MAX_VALUE}) {
            w.writeDecimal(v);
            w.write(',');
        }
        w.close();
        assertEquals("0,-7,1234567," + Long.MIN_VALUE + "," + Long.MAX_VALUE + ",", bytes.toString(SourceText.CP932));
    }

    private static byte[] jdk(List<String> pieces, Output.CountingEncoder counter) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer w = new BufferedWriter(new OutputStreamWriter(bytes, counter.encoder()), 1 << 16);
        for (String p : pieces) w.write(p);
        w.flush();
        return bytes.toByteArray();
    }

    private static byte[] withoutNul(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte x : b) if (x != 0) out.write(x);
        return out.toByteArray();
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
