package kaigohojo.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * #13: the lexer on bytes ({@link CsvByteLexer}) against the lexer on characters ({@link CsvLexer} over
 * {@link DecodingReader}), which it replaces for UTF-8 and CP932 files: every record, cell, line, flag,
 * first line of an unbalanced record, NUL (its line and the cells read before it) and the count of
 * undecodable bytes the same, on random and hostile bytes in both encodings, each read 1 to 12 bytes at
 * a time so that every buffer end is met.
 */
class CsvByteLexerTest {
    private static final Charset CP932 = SourceText.CP932;

    /** Hands out 1 to 12 bytes a read. */
    private static final class Chunks extends FilterInputStream {
        private final Random rnd;

        Chunks(InputStream in, Random rnd) {
            super(in);
            this.rnd = rnd;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1 + rnd.nextInt(12)));
        }
    }

    /** What a lexer read: one line per record, and how it ended. */
    private static List<String> lex(RowSource lexer, java.util.function.LongSupplier replaced, int headerAt) {
        List<String> out = new ArrayList<>();
        CsvLexer.Row row = new CsvLexer.Row();
        int records = 0;
        try {
            while (lexer.next(row)) {
                StringBuilder s = new StringBuilder();
                s.append(row.line).append(row.comment ? " comment" : "").append(row.unbalanced ? " unbalanced " + row.rawFirstLine : "");
                if (row.tooLong > 0) s.append(" tooLong ").append(row.tooLong).append('@').append(row.tooLongLine);
                for (int i = 0; i < row.count; i++) s.append(" [").append(row.fields[i]).append("]@").append(row.lines[i]);
                out.add(s.toString());
                if (!row.comment && ++records == headerAt) lexer.columns(null);
                assertTrue(out.size() < 100_000, "runaway lexer");
            }
            out.add("end, replaced " + replaced.getAsLong());
        } catch (DecodingReader.Binary b) {
            StringBuilder s = new StringBuilder("binary at " + b.line() + ", cells read:");
            for (int i = 0; i < row.count; i++) s.append(" [").append(row.fields[i]).append("]@").append(row.lines[i]);
            out.add(s.toString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    private static List<String> byChars(byte[] b, Charset cs, char delim, Random chunks, int headerAt) {
        InputStream in = chunks == null ? new ByteArrayInputStream(b) : new Chunks(new ByteArrayInputStream(b), chunks);
        DecodingReader r = new DecodingReader(in, cs, SourceText.displayName(cs));
        CsvLexer lexer = new CsvLexer(r, delim);
        lexer.comments(true);
        return lex(lexer, r::replaced, headerAt);
    }

    private static List<String> byBytes(byte[] b, Charset cs, char delim, Random chunks, int headerAt) {
        InputStream in = chunks == null ? new ByteArrayInputStream(b) : new Chunks(new ByteArrayInputStream(b), chunks);
        CsvByteLexer lexer = new CsvByteLexer(in, cs, delim);
        lexer.comments(true);
        return lex(lexer, lexer::replaced, headerAt);
    }

    private static void same(byte[] b, Charset cs, char delim, long seed, int headerAt) {
        List<String> expected = byChars(b, cs, delim, new Random(seed), headerAt);
        List<String> got = byBytes(b, cs, delim, new Random(seed * 31 + 7), headerAt);
        assertEquals(expected, got, () -> cs + " " + (int) delim + " seed " + seed + ": " + hex(b));
        assertEquals(expected, byBytes(b, cs, delim, null, headerAt), () -> "whole reads, " + cs + " seed " + seed);
    }

    private static String hex(byte[] b) {
        return b.length > 400 ? b.length + " bytes" : java.util.HexFormat.of().formatHex(b);
    }

    /** Pieces of CSV text: separators, quotes, line ends of every kind, Japanese, spaces a comment may start with. */
    private static final String[] TEXT = {"a", "12", "介護", "ｱｲ", " ", "\t", ",", ";", "\"", "\"\"", "\r", "\n", "\r\n",
        "#", "\u3000", "\uFEFF", "\uFFFD", "記録,\"1,200\"", "x y", "=1+2", "😀", "−"};

    /** Bytes no text has in this encoding, or that break a sequence: lead bytes alone, stray continuations. */
    private static final byte[][] BROKEN_UTF8 = {{(byte) 0xE3}, {(byte) 0xE3, (byte) 0x81}, {(byte) 0x80}, {(byte) 0xFF},
        {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xF0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xEF, (byte) 0xBB}, {(byte) 0xE3, (byte) 0x80}, {(byte) 0x82, (byte) 0xA0}};
    private static final byte[][] BROKEN_CP932 = {{(byte) 0x81}, {(byte) 0x82}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xA0},
        {(byte) 0x85, (byte) 0x40}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xE3, (byte) 0x81, (byte) 0x82}, {(byte) 0xFC}};

    private static byte[] random(Random r, Charset cs, boolean broken, boolean nul) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = r.nextInt(60);
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(20);
            if (broken && k == 0) {
                byte[][] bad = cs.equals(StandardCharsets.UTF_8) ? BROKEN_UTF8 : BROKEN_CP932;
                out.writeBytes(bad[r.nextInt(bad.length)]);
            } else if (nul && k == 1 && r.nextInt(4) == 0) {
                out.write(0);
            } else {
                String t = TEXT[r.nextInt(TEXT.length)];
                out.writeBytes(t.getBytes(cs)); // CP932 writes '?' for what it lacks (U+FEFF, U+FFFD, the emoji)
            }
        }
        return out.toByteArray();
    }

    /**
     * #13 session 7: an unquoted cell's end is found eight bytes at a time. Every ASCII byte but NUL, at every
     * place in a word (after 0 to 19 letters, so at each of the eight lanes and across two words), with a
     * separator or not right after, non-ASCII text before it, for each separator, in both encodings: the same
     * records as the character lexer, read whole and in pieces.
     */
    @Test
    void everyAsciiByteAtEveryPlaceOfAWord() {
        long seed = 0;
        for (Charset cs : List.of(StandardCharsets.UTF_8, CP932)) {
            for (char delim : new char[] {',', ';', '\t', '|'}) {
                if (delim == '|' && cs.equals(CP932)) continue;
                for (int x = 1; x < 0x80; x++) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    for (int k = 0; k < 20; k++) {
                        out.writeBytes("abcdefghijklmnopqrst".substring(0, k).getBytes(cs));
                        out.write(x);
                        out.writeBytes((k % 3 == 0 ? "介護" + delim : k % 3 == 1 ? "uvwxyz0123" : String.valueOf(delim)).getBytes(cs));
                        if (k % 5 == 4) out.write('\n');
                    }
                    out.writeBytes("abcdefghijklmnop\r\nabcdefgh".getBytes(cs));
                    same(out.toByteArray(), cs, delim, seed++, 0);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void sameAsTheCharacterLexer(int seed) {
        Random r = new Random(seed);
        for (int round = 0; round < 400; round++) {
            Charset cs = r.nextBoolean() ? StandardCharsets.UTF_8 : CP932;
            char delim = ",;\t".charAt(r.nextInt(3));
            if (cs.equals(StandardCharsets.UTF_8) && r.nextInt(8) == 0) delim = '|';
            byte[] b = random(r, cs, r.nextInt(3) == 0, r.nextInt(4) == 0);
            same(b, cs, delim, seed * 1000L + round, r.nextInt(4));
        }
    }

    @Test
    void nulAfterEveryKindOfText() {
        String[] before = {"a,b", "a,\"b", "a,\"b\"", "a,\"b\"\"", "a\r", "a\r\n", "a\n", "\"a\r", "  ", "\u3000", "# x", "a,\"b\"c",
            "介", "a,\"\n"};
        for (Charset cs : List.of(StandardCharsets.UTF_8, CP932)) {
            for (String t : before) {
                for (String after : List.of("", "x", "\n", "\"")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(("h1,h2\n1,2\n" + t).getBytes(cs));
                    out.write(0);
                    out.writeBytes(after.getBytes(cs));
                    byte[] b = out.toByteArray();
                    for (int s = 0; s < 20; s++) same(b, cs, ',', s, 1);
                }
            }
        }
    }

    /** Long cells: the bounds count characters (one to three bytes each, one U+FFFD per broken sequence), not bytes. */
    @Test
    void boundsCountCharacters() {
        int max = CsvLexer.MAX_CELL_CHARS;
        List<String> ok = new ArrayList<>();
        for (Charset cs : List.of(StandardCharsets.UTF_8, CP932)) {
            byte[] kanji = "介".getBytes(cs);
            for (int chars : new int[] {max - 1, max, max + 1}) {
                for (boolean quoted : new boolean[] {false, true}) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes("h1,h2\n1,".getBytes(cs));
                    if (quoted) out.write('"');
                    for (int i = 0; i < chars; i++) out.writeBytes(kanji);
                    if (quoted) out.write('"');
                    out.writeBytes(",3\n4,5\n".getBytes(cs));
                    List<String> got = byBytes(out.toByteArray(), cs, ',', null, 1);
                    same(out.toByteArray(), cs, ',', chars, 1);
                    ok.add(got.get(1).length() > 200 ? got.get(1).substring(0, 60) : got.get(1));
                }
            }
            // a broken sequence is one character; one cut by the end of the input too
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("h\n".getBytes(cs));
            for (int i = 0; i < max - 1; i++) out.write(cs.equals(CP932) ? 0x81 : 0x80);
            out.writeBytes(cs.equals(CP932) ? new byte[] {(byte) 0x81} : new byte[] {(byte) 0xE3, (byte) 0x81});
            for (long s = 0; s < 2; s++) same(out.toByteArray(), cs, ',', s, 1);
            out.write(0x41);
            same(out.toByteArray(), cs, ',', 3, 1);
        }
        assertTrue(ok.stream().anyMatch(s -> s.contains("tooLong 2@2")), ok::toString);
        assertTrue(ok.stream().anyMatch(s -> s.contains("unbalanced")), ok::toString);
    }

    /**
     * #13: the text after a closing quote counts toward the cell's bound (it had none: a quoted cell followed
     * by 120 MB on one line ran out of heap, an internal error), in both lexers alike.
     */
    @Test
    void textAfterAClosingQuoteIsBounded() {
        int max = CsvLexer.MAX_CELL_CHARS;
        for (Charset cs : List.of(StandardCharsets.UTF_8, CP932)) {
            byte[] kanji = "介".getBytes(cs);
            for (int after : new int[] {max - 3, max - 2, max - 1}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes("h1,h2\n1,\"a\"\"\"".getBytes(cs)); // a"  : two characters
                for (int i = 0; i < after; i++) out.writeBytes(kanji);
                out.writeBytes(",3\n4,5\n".getBytes(cs));
                List<String> got = byBytes(out.toByteArray(), cs, ',', null, 1);
                assertEquals(after == max - 1, got.get(1).startsWith("2 tooLong 2@2"), () -> got.get(1).substring(0, 40));
                assertEquals("3 [4]@3 [5]@3", got.get(2));
                same(out.toByteArray(), cs, ',', after, 1);
            }
        }
    }

    /** A quoted cell of more than 200 lines, a NUL after a long cell, a file of one long line: the same. */
    @Test
    void longAndHostile() {
        for (Charset cs : List.of(StandardCharsets.UTF_8, CP932)) {
            StringBuilder t = new StringBuilder("h1,h2\n1,\"");
            for (int i = 0; i < 250; i++) t.append("行").append(i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r");
            t.append("\",2\n3,4\n");
            for (long s = 0; s < 5; s++) same(t.toString().getBytes(cs), cs, ',', s, 1);
            byte[] one = new byte[3 * CsvLexer.MAX_CELL_CHARS];
            Arrays.fill(one, (byte) 'x');
            same(one, cs, ',', 0, 1);
            one[one.length - 10] = 0;
            same(one, cs, ',', 0, 1);
            one[0] = (byte) 0x22;
            same(one, cs, ',', 0, 1);
        }
    }

    /**
     * #13 session 6: the lexer hands out the text it made before for a cell with the same bytes in the same
     * column. Rows made of a few repeating cells (so that texts are found, and the tables of the first
     * columns fill and start again): cells that differ only in their middle byte (the same length, hash and
     * first and last eight bytes), only in their last bytes (the same first eight), only in their length (the same first and last eight), or only by a broken byte (each one still counted once a
     * cell: never remembered), a U+FFFD of the file's own, quoted copies of a cell, cells past 64 bytes and
     * past the 64th column. The same records, texts and counts as the character lexer, in both encodings,
     * read whole and 1 to 12 bytes at a time.
     */
    @Test
    void repeatedCellsAreTheSame() {
        String mid = "ABCDEFGH" + "x".repeat(20);
        List<String> family = new ArrayList<>(List.of("soft", "sofT", "soft ", " soft", "介護記録ソフト", "介護記録ソフトウェア",
            "購入", "リース", mid + "1" + mid, mid + "2" + mid, mid + "1" + mid + "z", "a\uFFFDb", "1,200", "x".repeat(64),
            "x".repeat(65), "令和8年10月1日", "2026-07-01", "2026-09-01", "", " "));
        for (int i = 0; i < 40; i++) family.add("2026/11/" + i); // the same first eight bytes, 9 or 10 in all
        for (int i = 9; i < 64; i += 3) family.add("x".repeat(i)); // the same first and last eight, other lengths
        String[] texts = family.toArray(String[]::new);
        for (Charset cs : List.of(StandardCharsets.UTF_8, CP932)) {
            byte[][] broken = cs.equals(StandardCharsets.UTF_8) ? BROKEN_UTF8 : BROKEN_CP932;
            Random r = new Random(cs.name().length());
            for (int round = 0; round < 6; round++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int columns = round < 3 ? 6 : 70;
                int kinds = round % 3 == 0 ? 3 : round % 3 == 1 ? texts.length : 200; // 200: more than a table holds
                for (int row = 0; row < 400; row++) {
                    for (int c = 0; c < columns; c++) {
                        if (c > 0) out.write(',');
                        int k = r.nextInt(kinds);
                        if (k >= texts.length) {
                            out.writeBytes(("t" + k + "介").getBytes(cs));
                            continue;
                        }
                        byte[] t = texts[k].getBytes(cs);
                        if (r.nextInt(8) == 0) { // the same text with a broken byte in its middle
                            out.write(t, 0, t.length / 2);
                            out.writeBytes(broken[r.nextInt(broken.length)]);
                            out.write(t, t.length / 2, t.length - t.length / 2);
                        } else if (texts[k].contains(",") || r.nextInt(4) == 0) {
                            out.write('"');
                            out.writeBytes(t);
                            out.write('"');
                        } else {
                            out.writeBytes(t);
                        }
                    }
                    out.write('\n');
                }
                byte[] b = out.toByteArray();
                same(b, cs, ',', round, 1);
                List<String> got = byBytes(b, cs, ',', null, 1);
                assertTrue(got.get(got.size() - 1).matches("end, replaced [1-9][0-9]+"), got.get(got.size() - 1));
            }
        }
    }

    /**
     * The reasoning of the class comment, checked on the JDK's CP932: no byte below 0x40 is read as part
     * of a two-byte character, whatever byte comes before it; U+3000 is only 81 40, and U+FEFF and
     * U+FFFD are never the text of a CP932 sequence (so a U+FFFD in a CP932 cell is always a broken one).
     */
    @Test
    void cp932Facts() {
        for (int b1 = 0x80; b1 <= 0xFF; b1++) {
            for (int b2 = 0; b2 < 0x40; b2++) {
                String s = new String(new byte[] {(byte) b1, (byte) b2}, CP932);
                assertEquals((char) b2, s.charAt(s.length() - 1), "after " + Integer.toHexString(b1));
            }
        }
        for (int b1 = 0; b1 <= 0xFF; b1++) {
            for (int b2 = 0x40; b2 <= 0xFF; b2++) {
                byte[] b = {(byte) b1, (byte) b2};
                String s = new String(b, CP932);
                if (s.length() == 1 && s.charAt(0) == '\u3000') assertTrue(b1 == 0x81 && b2 == 0x40);
                assertFalse(s.length() == 1 && s.charAt(0) == '\uFEFF');
                if (s.indexOf('\uFFFD') >= 0) assertFalse(Encodings.decodes(b, CP932), "a U+FFFD that decodes");
            }
        }
    }
}
