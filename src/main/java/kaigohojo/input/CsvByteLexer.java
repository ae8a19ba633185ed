package kaigohojo.input;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * #13: {@link CsvLexer}'s reading done on the file's bytes (UTF-8 or CP932) instead of on characters
 * decoded first by {@link DecodingReader}: the same records, cells, lines, errors and counts, without
 * decoding the whole text into a char buffer and copying it again into each cell.
 *
 * <p>Why bytes are enough to find a cell's bounds: the separator (',' ';' or a tab), the quote, CR and
 * LF are ASCII (below 0x40). In UTF-8 an ASCII byte is never part of a longer sequence. In CP932 a
 * character is one byte, or a lead byte (0x81–0x9F, 0xE0–0xFC) and a trail byte, and trail bytes are
 * 0x40–0x7E and 0x80–0xFC: no byte below 0x40 is ever a trail byte, so each of them is the ASCII
 * character it looks like. ({@code |}, 0x7C, can be a trail byte: a CP932 file separated by {@code |}
 * is read by the character lexer.) A decoder meeting a broken sequence followed by such a byte reports
 * the broken bytes alone (never the ASCII byte with them), so decoding each cell on its own gives the
 * characters and the U+FFFD that decoding the whole stream gave ({@code CsvByteLexerTest} compares the
 * two lexers on random and hostile bytes, read 1 to 12 bytes at a time).
 *
 * <p>What {@link DecodingReader} did is kept: a NUL byte ends the text and the next read past it fails
 * with {@link DecodingReader.Binary} at the NUL's line; undecodable bytes are counted ({@link #replaced()})
 * and stand as U+FFFD in their cell; the cell and quote bounds count characters, not bytes.
 */
public final class CsvByteLexer implements RowSource {
    private static final int MAX_QUOTED_LINES = CsvLexer.MAX_QUOTED_LINES;
    private static final int MAX_QUOTED_CHARS = CsvLexer.MAX_QUOTED_CHARS;
    private static final int MAX_CELL_CHARS = CsvLexer.MAX_CELL_CHARS;

    private final InputStream in;
    private final Charset cs;
    private final boolean utf8;
    private final byte delim;
    /** The highest byte value that may end an unquoted cell: bytes above it need no further test. */
    private final int stopMax;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    /** Set when a NUL byte was met: the text ends before it, and the next read fails with this. */
    private DecodingReader.Binary binary;
    private int line = 1;
    private int recStart;
    private boolean comments;
    private long replaced;
    /** Undecodable bytes in the cells of the record being read (taken back when the record is unbalanced). */
    private long recReplaced;
    /** A position in the buffer and its physical line: where the line of a NUL is counted from. */
    private int markPos;
    private int markLine = 1;
    /** The cell being read (first byte of its text; for a quoted cell, after the quote), kept across reads. */
    private int cellStart;
    /** Counts characters and undecodable bytes, only where a byte count cannot decide (long cells, skipped lines). */
    private final Counter counter;
    private byte[] scratch = new byte[64];
    /**
     * #13 session 6: the texts made in each of the first {@link #MEMO_COLUMNS} columns, by their bytes (at most
     * {@link #MEMO_BYTES} of them): a cell whose bytes are those of a text held for its column is that text,
     * with no copy, no decode and no new String. Most cells repeat: a facility's id and columns on each of its
     * rows, item names, categories, payments, prices, dates. A column's table is open addressing on a hash of
     * the cell's first and last eight bytes and its length, {@link #MEMO_SLOTS} slots, emptied when half full
     * (so a column of ever new texts costs a copy of each and never a long probe). Only texts that decoded
     * without a broken byte are held, so a cell taken from here counts none, as decoding it again would not.
     */
    static final int MEMO_COLUMNS = 64;
    static final int MEMO_SLOTS = 64;
    static final int MEMO_BYTES = 64;
    private static final int MEMO_SLOT_BITS = Integer.numberOfTrailingZeros(MEMO_SLOTS);
    /**
     * A column's held texts; each one's first and last eight bytes as two longs (for fewer than eight: the
     * bytes, then zeros, and 0), which are the whole text up to 16 bytes; its length (0: an empty slot); and
     * the bytes of a longer one (slot × MEMO_BYTES). Made when first needed.
     */
    private final String[][] memoText = new String[MEMO_COLUMNS][];
    private final long[][] memoFirst = new long[MEMO_COLUMNS][];
    private final long[][] memoLast = new long[MEMO_COLUMNS][];
    private final int[][] memoLength = new int[MEMO_COLUMNS][];
    private final byte[][] memoBytes = new byte[MEMO_COLUMNS][];
    private final int[] memoCount = new int[MEMO_COLUMNS];

    /**
     * @param cs UTF-8 or CP932 (windows-31j); the separator must not be {@code |} for CP932, and is ASCII (the
     *     eight-byte look for a cell's end needs it below 0x80)
     */
    public CsvByteLexer(InputStream in, Charset cs, char delimiter) {
        if (delimiter >= 0x40 && !cs.equals(StandardCharsets.UTF_8) || delimiter >= 0x80) throw new IllegalArgumentException("separator " + delimiter);
        this.in = in;
        this.cs = cs;
        this.utf8 = cs.equals(StandardCharsets.UTF_8);
        this.delim = (byte) delimiter;
        this.stopMax = Math.max(delimiter, '\r');
        this.counter = new Counter(cs);
    }

    /** Whether these bytes can be read by this lexer (else by {@link CsvLexer} over a {@link DecodingReader}). */
    public static boolean reads(Charset cs, char delimiter) {
        return cs != null && (cs.equals(StandardCharsets.UTF_8) || cs.equals(SourceText.CP932) && delimiter < 0x40);
    }

    @Override public char delimiter() { return (char) delim; }

    /** The physical line the reader is on. */
    public int line() { return line; }

    /** How many undecodable byte sequences were read so far (each is a U+FFFD in its cell). */
    public long replaced() { return replaced; }

    /** As {@link CsvLexer#comments(boolean)}. */
    public void comments(boolean on) { this.comments = on; }

    @Override
    public void columns(CsvColumns.Column[] columns) {
        this.comments = false;
    }

    /** Reads the next record into {@code row}; false at the end of input. */
    @Override
    public boolean next(CsvLexer.Row row) throws IOException {
        row.count = 0;
        row.unbalanced = false;
        row.rawFirstLine = null;
        row.comment = false;
        row.tooLong = 0;
        recStart = pos;
        markPos = pos;
        markLine = line;
        recReplaced = 0;
        if (pos >= lim && !fill()) return false;
        int recLine = line;
        row.line = recLine;
        if (comments && comment()) {
            row.comment = true;
            skipLine(true);
            line = recLine + 1;
            return true;
        }
        while (true) {
            int fieldLine = line;
            if (pos >= lim && !fill()) {
                row.add("", fieldLine);
                return true;
            }
            if (buf[pos] == '"') {
                pos++;
                int startLine = line;
                cellStart = pos;
                int escapes = 0;
                int hi = 0;
                while (true) {
                    if (pos >= lim) {
                        if (quotedTooLong(escapes, false)) return unbalanced(row, recLine);
                        if (!fill()) return unbalanced(row, recLine);
                    }
                    byte q = buf[pos];
                    if (q == '"') {
                        if (pos + 1 >= lim) {
                            if (quotedTooLong(escapes, true)) return unbalanced(row, recLine);
                            fill();
                        }
                        if (pos + 1 < lim && buf[pos + 1] == '"') {
                            escapes++;
                            pos += 2;
                            continue;
                        }
                        break;
                    }
                    if (q == '\n' || q == '\r' && crOnly(escapes)) {
                        line++;
                        if (line - startLine > MAX_QUOTED_LINES) return unbalanced(row, recLine);
                    }
                    hi |= q;
                    pos++;
                }
                if (quotedTooLong(escapes, true)) return unbalanced(row, recLine);
                int quoteEnd = pos - cellStart; // relative: the buffer may move while the text after the quote is read
                pos++;
                // text after the closing quote, up to the separator, is kept; but a quoted field that ran over a
                // line and is followed by text is a quote that never closed meeting the next quoted cell ("1,000")
                boolean crossed = line > startLine;
                int trail = pos - cellStart;
                long contentChars = -1; // counted once the cell's bytes could pass the bound
                while (true) {
                    if (pos >= lim) {
                        if ((contentChars = trailTooLong(quoteEnd, escapes, trail, contentChars, false)) == TOO_LONG) return tooLong(row, fieldLine);
                        if (!fill()) break;
                    }
                    byte d = buf[pos];
                    if (d == delim || d == '\n' || d == '\r') break;
                    if (crossed) return unbalanced(row, recLine);
                    pos++;
                }
                if (trailTooLong(quoteEnd, escapes, trail, contentChars, true) == TOO_LONG) return tooLong(row, fieldLine);
                String text = escapes == 0 && quoteEnd > 0 && pos == cellStart + trail
                        ? memo(row.count, cellStart, cellStart + quoteEnd)
                        : quoted(cellStart, cellStart + quoteEnd, escapes, hi >= 0);
                int trailStart = cellStart + trail;
                if (pos > trailStart) text = text + cell(trailStart, pos, ascii(trailStart, pos)); // decoded apart: the quote stood between
                row.add(text, fieldLine);
                if (endOfRecord()) return true;
                continue;
            }
            // an unquoted cell: to the separator or the line's end. #13 session 7: eight bytes at a time, a word
            // with no byte at or below stopMax passed whole (the lowest flagged byte is exact: the borrows of the
            // test run upwards only), a flagged byte looked at alone; whether the cell is ASCII is asked only
            // when its text is made (memo, cell)
            cellStart = pos;
            final int d = delim;
            final int max = stopMax;
            final long below = ONES * (max + 1);
            while (true) {
                byte[] b = buf;
                int l = lim;
                int p = pos;
                while (true) {
                    while (p + 8 <= l) {
                        long w = (long) LONGS.get(b, p);
                        long m = (w - below) & ~w & HIGHS;
                        if (m != 0) {
                            p += Long.numberOfTrailingZeros(m) >>> 3;
                            break;
                        }
                        p += 8;
                    }
                    if (p + 8 > l) { // the last bytes of the buffer, one by one
                        while (p < l) {
                            byte x = b[p];
                            if ((x & 0xFF) <= max && (x == d || x == '\n' || x == '\r')) break;
                            p++;
                        }
                        break;
                    }
                    byte x = b[p];
                    if (x == d || x == '\n' || x == '\r') break;
                    p++;
                }
                pos = p;
                if (p < l) break;
                if (cellTooLong(false)) return tooLong(row, fieldLine);
                if (!fill()) break;
            }
            if (cellTooLong(true)) return tooLong(row, fieldLine);
            row.add(pos == cellStart ? "" : memo(row.count, cellStart, pos), fieldLine);
            if (endOfRecord()) return true;
        }
    }

    /** Whether bytes [from, to) are all below 0x80 (eight at a time). */
    private boolean ascii(int from, int to) {
        byte[] b = buf;
        int i = from;
        for (; i + 8 <= to; i += 8) if (((long) LONGS.get(b, i) & HIGHS) != 0) return false;
        for (; i < to; i++) if (b[i] < 0) return false;
        return true;
    }

    /**
     * The text of bytes [from, to) (not empty) in column {@code column} (0-based), as {@link #cell} makes it;
     * held. Written out in one method (the batch launcher's inlining budget would leave a helper a call).
     */
    private String memo(int column, int from, int to) {
        int n = to - from;
        if (column >= MEMO_COLUMNS || n > MEMO_BYTES) return cell(from, to, ascii(from, to));
        byte[] b = buf;
        long first;
        long last = 0;
        if (n >= 8) {
            first = (long) LONGS.get(b, from);
            last = (long) LONGS.get(b, to - 8);
        } else if (from + 8 <= b.length) {
            first = (long) LONGS.get(b, from) & (1L << (n << 3)) - 1;
        } else {
            first = 0;
            for (int k = 0; k < n; k++) first |= (b[from + k] & 0xFFL) << (k << 3);
        }
        int[] lengths = memoLength[column];
        if (lengths == null) {
            memoText[column] = new String[MEMO_SLOTS];
            memoFirst[column] = new long[MEMO_SLOTS];
            memoLast[column] = new long[MEMO_SLOTS];
            memoLength[column] = lengths = new int[MEMO_SLOTS];
            memoBytes[column] = new byte[MEMO_SLOTS * MEMO_BYTES];
        }
        long[] firsts = memoFirst[column];
        long[] lasts = memoLast[column];
        byte[] bytes = memoBytes[column];
        int home = (int) ((first * 0x9E3779B97F4A7C15L ^ last * 0xC2B2AE3D27D4EB4FL ^ n) * 0x9E3779B97F4A7C15L >>> (64 - MEMO_SLOT_BITS));
        int i = home;
        find:
        for (int len; (len = lengths[i]) != 0; i = (i + 1) & (MEMO_SLOTS - 1)) {
            if (len != n || firsts[i] != first || lasts[i] != last) continue;
            // up to 16 bytes the two longs are the text; else its bytes between them, eight at a time
            for (int k = 8, at = i * MEMO_BYTES; k < n - 8; k += 8) {
                if ((long) LONGS.get(b, from + k) != (long) LONGS.get(bytes, at + k)) continue find;
            }
            return memoText[column][i];
        }
        long before = replaced;
        String s = cell(from, to, ascii(from, to));
        if (replaced != before) return s;
        if (memoCount[column] == MEMO_SLOTS / 2) { // half full: start again (a bound on probes whatever the column holds)
            Arrays.fill(lengths, 0);
            memoCount[column] = 0;
            i = home;
        }
        memoCount[column]++;
        if (n > 16) System.arraycopy(b, from, bytes, i * MEMO_BYTES, n);
        lengths[i] = n;
        firsts[i] = first;
        lasts[i] = last;
        memoText[column][i] = s;
        return s;
    }

    /** The text of bytes [from, to); {@code ascii}: every byte is below 0x80 (a Latin-1 copy, nothing to decode). */
    private String cell(int from, int to, boolean ascii) {
        if (ascii) return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        String s = new String(buf, from, to - from, cs);
        if (s.indexOf(DecodingReader.REPLACEMENT) >= 0) {
            // a U+FFFD may be the file's own (EF BF BD): count what did not decode
            long bad = counter.bad(buf, from, to);
            replaced += bad;
            recReplaced += bad;
        }
        return s;
    }

    /** A quoted cell's text from its bytes [from, to), each {@code ""} one quote. */
    private String quoted(int from, int to, int escapes, boolean ascii) {
        if (escapes == 0) return to == from ? "" : cell(from, to, ascii);
        int n = to - from - escapes;
        if (scratch.length < n) scratch = new byte[Math.max(n, scratch.length * 2)];
        byte[] s = scratch;
        int k = 0;
        for (int i = from; i < to; i++) {
            byte x = buf[i];
            s[k++] = x;
            if (x == '"') i++; // the second quote of the pair
        }
        if (ascii) return new String(s, 0, k, StandardCharsets.ISO_8859_1);
        String t = new String(s, 0, k, cs);
        if (t.indexOf(DecodingReader.REPLACEMENT) >= 0) {
            long bad = counter.bad(s, 0, k); // a quote stays between the bytes of each side: the same errors
            replaced += bad;
            recReplaced += bad;
        }
        return t;
    }

    /**
     * Whether the quoted cell's text so far (bytes [cellStart, pos), each {@code ""} one character) is
     * longer than {@link CsvLexer#MAX_QUOTED_CHARS} characters. {@code end}: an ASCII byte follows (a
     * sequence cut there is one U+FFFD), else the bytes read so far end the buffer (a cut sequence waits).
     */
    private boolean quotedTooLong(int escapes, boolean end) {
        if (pos - cellStart - escapes <= MAX_QUOTED_CHARS) return false; // no more characters than bytes
        return counter.chars(buf, cellStart, pos, end) - escapes > MAX_QUOTED_CHARS;
    }

    /**
     * #13: a quoted cell and the text after its closing quote (bytes [cellStart, cellStart + quoteEnd), then
     * [cellStart + trail, pos)) over {@link CsvLexer#MAX_CELL_CHARS} characters: {@link #TOO_LONG}; else the quoted text's
     * characters when counted (to pass back in {@code content}), or the {@code content} given.
     */
    private long trailTooLong(int quoteEnd, int escapes, int trail, long content, boolean end) {
        if (quoteEnd - escapes + pos - cellStart - trail <= MAX_CELL_CHARS) return content;
        if (content < 0) content = counter.chars(buf, cellStart, cellStart + quoteEnd, true) - escapes;
        return content + counter.chars(buf, cellStart + trail, pos, end) > MAX_CELL_CHARS ? TOO_LONG : content;
    }

    private static final long TOO_LONG = Long.MIN_VALUE;

    /** The same for an unquoted cell and {@link CsvLexer#MAX_CELL_CHARS}. */
    private boolean cellTooLong(boolean end) {
        if (pos - cellStart <= MAX_CELL_CHARS) return false;
        return counter.chars(buf, cellStart, pos, end) > MAX_CELL_CHARS;
    }

    /** A cell over the bound: the row ends with the cells before it, the rest of its line is skipped. */
    private boolean tooLong(CsvLexer.Row row, int fieldLine) throws IOException {
        row.tooLong = row.count + 1;
        row.tooLongLine = fieldLine;
        pos = cellStart; // the cell and the rest of its line are skipped, their undecodable bytes counted
        skipLine(true);
        line++;
        return true;
    }

    /** After a field: past a comma (false), or past the line break or at the end of input (true). */
    private boolean endOfRecord() throws IOException {
        if (pos >= lim && !fill()) return true;
        byte d = buf[pos];
        if (d == delim) {
            pos++;
            return false;
        }
        if (d == '\r') {
            pos++;
            if (pos >= lim) fill();
            if (pos < lim && buf[pos] == '\n') pos++;
        } else {
            pos++;
        }
        line++;
        return true;
    }

    /** Reports the record at its first line and resumes right after that line (ended by LF, CRLF or CR). */
    private boolean unbalanced(CsvLexer.Row row, int recLine) throws IOException {
        row.unbalanced = true;
        row.line = recLine;
        row.count = 0;
        replaced -= recReplaced; // the first line is counted whole below, the others when they are read again
        recReplaced = 0;
        int p = recStart;
        while (p < lim && buf[p] != '\n' && buf[p] != '\r') p++;
        // the first 200 characters; at most 3 bytes make one character, so 1,024 bytes hold them
        String first = p == recStart ? "" : new String(buf, recStart, Math.min(p - recStart, 1024), cs);
        row.rawFirstLine = first.length() > 200 ? first.substring(0, 200) : first;
        pos = recStart;
        skipLine(true);
        line = recLine + 1;
        return true;
    }

    /** At the start of a record: is its first character, after spaces (U+0020, tab, U+FEFF, U+3000), a {@code #}? */
    private boolean comment() throws IOException {
        int p = pos;
        while (true) {
            int need = p >= lim ? 1 : buf[p] >= 0 ? 0 : wide(buf[p]);
            if (p + need > lim) {
                int before = pos;
                boolean more = fill();
                p -= before - pos;
                if (!more) return false; // the end, or a sequence cut by it (one U+FFFD): no #
                continue;
            }
            byte c = buf[p];
            if (c == ' ' || c == '\t') {
                p++;
                continue;
            }
            if (need > 0 && space(p, need)) {
                p += need;
                continue;
            }
            return c == '#';
        }
    }

    /** How many bytes a character starting with this non-ASCII byte needs to be U+FEFF or U+3000 (0: it cannot be). */
    private int wide(byte b) {
        if (utf8) return b == (byte) 0xEF || b == (byte) 0xE3 ? 3 : 0;
        return b == (byte) 0x81 ? 2 : 0;
    }

    /** U+FEFF (EF BB BF) or U+3000 (E3 80 80) in UTF-8; U+3000 (81 40) in CP932. */
    private boolean space(int p, int n) {
        if (!utf8) return buf[p + 1] == 0x40;
        if (buf[p] == (byte) 0xEF) return buf[p + 1] == (byte) 0xBB && buf[p + 2] == (byte) 0xBF;
        return buf[p + 1] == (byte) 0x80 && buf[p + 2] == (byte) 0x80;
    }

    /**
     * Moves past the end of the physical line the reader is on (LF, CRLF or CR), or to the end of input.
     * {@code count}: the skipped bytes' undecodable sequences are counted, as the decoder counted them.
     */
    private void skipLine(boolean count) throws IOException {
        if (count) counter.start(pos);
        while (true) {
            while (pos < lim && buf[pos] != '\n' && buf[pos] != '\r') pos++;
            if (pos < lim) break;
            if (count) {
                counter.advance(buf, pos);
                recStart = counter.from; // nothing before here is needed again (but a cut sequence)
            } else {
                recStart = pos;
            }
            if (!fill()) {
                if (count) addSkipped(pos);
                return;
            }
        }
        if (count) addSkipped(pos);
        if (buf[pos] == '\r') {
            pos++;
            if (pos >= lim) fill();
            if (pos < lim && buf[pos] == '\n') pos++;
        } else {
            pos++;
        }
    }

    private void addSkipped(int to) {
        counter.advance(buf, to);
        counter.finish(to);
        replaced += counter.bad;
    }

    /** At a CR inside a quoted field: is it a line end of its own (not the CR of a CRLF)? */
    private boolean crOnly(int escapes) throws IOException {
        if (pos + 1 >= lim) {
            if (quotedTooLong(escapes, true)) return false; // checked again right after, before any read
            fill();
        }
        return pos + 1 >= lim || buf[pos + 1] != '\n';
    }

    /** Reads more input, keeping the current record in the buffer; false at the end of input. */
    private boolean fill() throws IOException {
        if (binary != null) throw binary;
        if (eof) return false;
        if (recStart > 0) {
            if (markPos < recStart) { // skipped lines are let go: keep the line of what is kept
                markLine += breaks(markPos, recStart);
                markPos = recStart;
            }
            int keep = lim - recStart;
            System.arraycopy(buf, recStart, buf, 0, keep);
            pos -= recStart;
            lim = keep;
            cellStart -= recStart;
            markPos -= recStart;
            counter.shift(recStart);
            recStart = 0;
        }
        if (lim == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        int n = in.read(buf, lim, buf.length - lim);
        if (n <= 0) {
            eof = true;
            return false;
        }
        int z = zero(buf, lim, lim + n);
        if (z >= 0) { // #8: binary content: the text before the NUL is read, the next read fails
            binary = new DecodingReader.Binary(markLine + breaks(markPos, z));
            eof = true;
            if (z == lim) throw binary;
            lim = z;
            return true;
        }
        lim += n;
        return true;
    }

    /** Line ends in buf[from, to) as the decoder counted them: LF, CRLF and CR each one. */
    private int breaks(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            if (b == '\r' || b == '\n' && (i == from || buf[i - 1] != '\r')) n++;
        }
        return n;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** The first NUL byte in b[from, to), or -1; eight bytes at a time. */
    static int zero(byte[] b, int from, int to) {
        int p = from;
        while (p + 8 <= to) {
            long w = (long) LONGS.get(b, p);
            if (((w - ONES) & ~w & HIGHS) != 0) break;
            p += 8;
        }
        for (; p < to; p++) if (b[p] == 0) return p;
        return -1;
    }

    /**
     * Characters and undecodable sequences in bytes, as {@link DecodingReader} made them: one U+FFFD for
     * each sequence the decoder reports, and for a sequence cut by what follows.
     */
    private static final class Counter {
        private final CharsetDecoder dec;
        private final CharBuffer out = CharBuffer.allocate(4096);
        int from;
        long chars;
        long bad;
        private int start = -1;

        Counter(Charset cs) {
            dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        void start(int at) {
            from = at;
            start = at;
            chars = 0;
            bad = 0;
            dec.reset();
        }

        /** The buffer let go of its first {@code by} bytes. */
        void shift(int by) {
            from -= by;
            start = start >= by ? start - by : -1;
        }

        /**
         * Characters in b[cell, to), counted on from where the last call for the same cell stopped;
         * {@code end}: an ASCII byte follows, and a sequence cut there is one U+FFFD (else it waits).
         */
        long chars(byte[] b, int cell, int to, boolean end) {
            if (start != cell || from > to) start(cell);
            advance(b, to);
            return chars + (end && from < to ? 1 : 0);
        }

        /** Undecodable sequences in b[from, to), a whole text. */
        long bad(byte[] b, int from, int to) {
            start(from);
            advance(b, to);
            finish(to);
            start = -1;
            return bad;
        }

        /** Counts on to {@code to}; a sequence cut there waits for more bytes. */
        void advance(byte[] b, int to) {
            ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
            while (true) {
                out.clear();
                CoderResult r = dec.decode(in, out, false);
                chars += out.position();
                if (r.isError()) {
                    in.position(in.position() + r.length());
                    chars++;
                    bad++;
                    continue;
                }
                if (r.isOverflow()) continue;
                break;
            }
            from = in.position();
        }

        /** The text ends at {@code to}: a sequence cut there is one U+FFFD. */
        void finish(int to) {
            if (from < to) {
                chars++;
                bad++;
                from = to;
            }
        }
    }
}
