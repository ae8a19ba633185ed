package kaigohojo.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import kaigohojo.text.Normalize;

/**
 * A quick look through a CSV, byte by byte, for facilities whose rows are not together (rows of A,
 * then B, then A again). Quotes, commas and line breaks are ASCII in both UTF-8 and CP932 (CP932's
 * second bytes start at 0x40), so no decoding is needed but for the header and non-ASCII ids.
 * On a quote that does not close it gives up, and the same look is taken with {@link CsvLexer}, which
 * recovers from it as the reader does (#8: a file ending inside an open quote hid a split facility).
 */
final class SplitScan {
    private static final int MAX_QUOTED_LINES = CsvLexer.MAX_QUOTED_LINES;
    private static final int MAX_RECORD_BYTES = 4 * CsvLexer.MAX_CELL_CHARS;

    private SplitScan() {}

    /**
     * Facility id → the line of its first row, for every facility that appears in more than one block;
     * null when a quote does not close (then {@link #splitFacilities(CsvLexer)} must look, #8).
     */
    static Map<String, Integer> splitFacilities(InputStream in, Charset cs) throws IOException {
        return splitFacilities(in, cs, ',');
    }

    /** The same for a file whose fields are separated by {@code delimiter} (a tab, a semicolon). */
    static Map<String, Integer> splitFacilities(InputStream in, Charset cs, char delimiter) throws IOException {
        Scanner s = new Scanner(in);
        s.delim = (byte) delimiter;
        int tries = 0;
        int idColumn = -1;
        FacilityIdMap seen = FacilityIdMap.withValues(); // every id of the file: compact (flat memory)
        Map<String, Integer> split = new HashMap<>();
        String current = null;
        byte[] currentBytes = null; // the id cell's bytes on the row that made it current
        while (true) {
            int line = s.line;
            if (idColumn < 0 && s.comment()) continue; // a # line before the header, whatever quotes it holds
            if (!s.record()) break;
            if (s.broken || s.overflow) return null;
            if (s.binary) return split; // the reader reports the NUL byte
            if (s.blank()) continue;
            if (idColumn < 0) {
                String first = s.cell(0, cs);
                if (first.stripLeading().startsWith("#")) continue;
                for (int i = 0; i < s.count; i++) {
                    var col = CsvColumns.byHeader(s.cell(i, cs).strip().replace("\uFEFF", ""));
                    if (col.isPresent() && col.get().key().equals("facility_id")) idColumn = i;
                }
                if (idColumn < 0) {
                    // a title block above the header (#10): look a few rows further
                    if (++tries > TabularInput.TITLE_ROWS + 1) return Map.of();
                    continue;
                }
                s.keepOnly = idColumn;
                continue;
            }
            if (idColumn >= s.count || s.empty(idColumn)) continue; // "" after nfkc too: no id on this row
            if (current != null && s.sameBytes(idColumn, currentBytes)) continue; // #13: the rows of one facility, undecoded
            String id = Normalize.nfkc(s.cell(idColumn, cs));
            if (id.isEmpty() || id.equals(current)) continue;
            current = id;
            currentBytes = s.bytes(idColumn);
            long first = seen.putIfAbsent(id, line);
            if (first != FacilityIdMap.ABSENT) split.putIfAbsent(id, (int) first);
        }
        return split;
    }

    /** The same look through decoded text, record by record as the reader sees them (slower, exact). */
    static Map<String, Integer> splitFacilities(CsvLexer lexer) throws IOException {
        CsvLexer.Row row = new CsvLexer.Row();
        int idColumn = -1;
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> split = new HashMap<>();
        String current = null;
        lexer.comments(true);
        while (lexer.next(row)) {
            if (row.comment || row.unbalanced || row.tooLong > 0 || row.blank()) continue;
            if (idColumn < 0) {
                for (int i = 0; i < row.count; i++) {
                    var col = CsvColumns.byHeader(row.fields[i].strip().replace("\uFEFF", ""));
                    if (col.isPresent() && col.get().key().equals("facility_id")) idColumn = i;
                }
                if (idColumn < 0) return Map.of();
                lexer.comments(false);
                continue;
            }
            String id = Normalize.nfkc(row.get(idColumn));
            if (id.isEmpty() || id.equals(current)) continue;
            current = id;
            Integer first = seen.putIfAbsent(id, row.line);
            if (first != null) split.putIfAbsent(id, first);
        }
        return split;
    }

    /** Splits bytes into records and cells, as CsvLexer does with characters. */
    private static final class Scanner {
        private final InputStream in;
        private byte[] buf = new byte[1 << 16];
        private int pos, lim;
        private boolean eof;
        int line = 1;
        byte delim = ',';
        int count;
        int[] start = new int[64];
        int[] end = new int[64];
        boolean[] quoted = new boolean[64];
        boolean broken;
        /** A NUL byte: binary content, the look ends there (#8). */
        boolean binary;
        /** A record longer than the lexer would hold: the exact look decides (#8). */
        boolean overflow;
        /** After the header, only this column's bytes are kept (-1: all). */
        int keepOnly = -1;
        private byte[] rec = new byte[1 << 12];
        private int recLen;

        Scanner(InputStream in) {
            this.in = in;
        }

        private int next() throws IOException {
            if (pos >= lim) {
                if (eof) return -1;
                lim = in.read(buf, 0, buf.length);
                pos = 0;
                if (lim <= 0) {
                    eof = true;
                    lim = 0;
                    return -1;
                }
            }
            return buf[pos++] & 0xFF;
        }

        /** At the start of a record: is it a # line? Then it is skipped, to its line end (LF, CRLF or CR). */
        boolean comment() throws IOException {
            int c;
            do {
                c = next();
            } while (c == ' ' || c == '\t');
            if (c != '#') {
                if (c >= 0) pos--; // next() leaves the byte in the buffer: step back onto it
                return false;
            }
            while ((c = next()) >= 0 && c != '\n' && c != '\r') {
                // skip
            }
            if (c == '\r') {
                int d = next();
                if (d != '\n' && d >= 0) pos--;
            }
            line++;
            return true;
        }

        private void keep(int b) {
            if (recLen >= MAX_RECORD_BYTES) {
                overflow = true;
                return;
            }
            if (recLen == rec.length) rec = java.util.Arrays.copyOf(rec, rec.length * 2);
            rec[recLen++] = (byte) b;
        }

        private void cellEnd(int s, boolean q) {
            if (count == start.length) {
                start = java.util.Arrays.copyOf(start, count * 2);
                end = java.util.Arrays.copyOf(end, count * 2);
                quoted = java.util.Arrays.copyOf(quoted, count * 2);
            }
            start[count] = s;
            end[count] = recLen;
            quoted[count] = q;
            count++;
        }

        /** Reads one record; false at the end. */
        boolean record() throws IOException {
            count = 0;
            recLen = 0;
            if (keepOnly >= 0 && quick()) return true;
            int c = next();
            if (c < 0) return false;
            int cellStart = 0;
            int cellBytes = 0;
            boolean keep = keepOnly < 0 || keepOnly == 0;
            boolean inQuotes = false;
            boolean wasQuoted = false;
            int quoteLines = 0;
            while (true) {
                if (c == 0) {
                    binary = true;
                    cellEnd(cellStart, wasQuoted);
                    return true;
                }
                if (c < 0) {
                    if (inQuotes) broken = true;
                    cellEnd(cellStart, wasQuoted);
                    return true;
                }
                if (inQuotes) {
                    if (c == '"') {
                        int d = next();
                        if (d == '"') {
                            if (keep) keep('"');
                        } else {
                            inQuotes = false;
                            c = d;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                            if (++quoteLines > MAX_QUOTED_LINES) {
                                broken = true;
                                return true;
                            }
                        }
                        if (keep) keep(c);
                    }
                } else if (c == '"' && cellBytes == 0) {
                    inQuotes = true;
                    wasQuoted = true;
                } else if (c == delim) {
                    cellEnd(cellStart, wasQuoted);
                    if (keepOnly >= 0 && count > keepOnly) { // #13: the id cell is read: only the record's end matters now
                        skipRest(quoteLines);
                        return true;
                    }
                    cellStart = recLen;
                    cellBytes = 0;
                    wasQuoted = false;
                    keep = keepOnly < 0 || keepOnly == count;
                    c = next();
                    continue;
                } else if (c == '\n' || c == '\r') {
                    cellEnd(cellStart, wasQuoted);
                    if (c == '\r') {
                        int d = next();
                        if (d != '\n' && d >= 0) pos--;
                    }
                    line++;
                    return true;
                } else if (keep) {
                    keep(c);
                } else {
                    // a cell nobody reads: run to its end without looking at each byte twice
                    byte[] b = buf;
                    int p = pos;
                    int l = lim;
                    while (p < l) {
                        byte x = b[p];
                        if (x == delim || x == '\n' || x == '\r' || x == '"' || x == 0) break;
                        p++;
                    }
                    cellBytes += p - pos;
                    pos = p;
                }
                cellBytes++;
                c = next();
            }
        }

        /**
         * #13: a record whose cells up to the kept one (and its separator) are in the buffer with no quote,
         * line end or NUL in them (nearly every record) is read here, the kept cell copied in one piece;
         * false (nothing read) for any other, which {@link #record()} reads byte by byte.
         */
        private boolean quick() throws IOException {
            final byte[] b = buf;
            final int l = lim;
            final byte d = delim;
            int p = pos;
            int cell = 0;
            int from = pos;
            while (true) {
                if (p >= l) return false;
                byte x = b[p];
                if (x == d) {
                    if (cell == keepOnly) break;
                    cell++;
                    from = ++p;
                    continue;
                }
                if (x == '"' || x == '\n' || x == '\r' || x == 0) return false;
                p++;
            }
            int n = p - from;
            if (rec.length < n) rec = java.util.Arrays.copyOf(rec, Math.max(n, rec.length * 2));
            System.arraycopy(b, from, rec, 0, n);
            for (int i = 0; i < keepOnly; i++) cellEnd(0, false); // cells nobody reads: empty, as record() leaves them
            recLen = n;
            cellEnd(0, false);
            pos = p + 1;
            skipRest(0);
            return true;
        }

        /**
         * #13: the rest of a record after the cell that is kept, to the record's end, looking at each byte
         * once and only for what ends a record: a line break outside quotes, a NUL, the end of the input.
         * The same record ends, lines, NUL and broken quotes as {@link #record()} finds (a quote opens a
         * cell only as its first byte; {@code ""} inside quotes is one quote; only LF counts as a line
         * inside quotes), without the cells' bounds, which nobody reads there.
         *
         * @param quoteLines line breaks inside quotes this record has had so far
         */
        private void skipRest(int quoteLines) throws IOException {
            final int cellStart = 0, unquoted = 1, quoted = 2, quoteInQuotes = 3;
            int state = cellStart;
            final byte d = delim;
            while (true) {
                if (pos >= lim) {
                    if (eof) {
                        if (state == quoted) broken = true;
                        return;
                    }
                    lim = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (lim <= 0) {
                        eof = true;
                        lim = 0;
                        if (state == quoted) broken = true;
                        return;
                    }
                }
                final byte[] b = buf;
                final int l = lim;
                int p = pos;
                while (p < l) {
                    byte x = b[p];
                    if (state == unquoted || state == cellStart && x != '"') {
                        // to the next quote, line end or NUL, eight bytes at a time; separators need no stop:
                        // a quote opens a cell only right after one (state says so for the byte at p)
                        int q = stop(b, p, l);
                        if (q == l) {
                            state = b[l - 1] == d ? cellStart : unquoted;
                            p = l;
                            break;
                        }
                        x = b[q];
                        if (x == '"') {
                            state = q > p && b[q - 1] == d ? quoted : unquoted; // else a quote inside a cell: a character
                            p = q + 1;
                            continue;
                        }
                        p = q + 1;
                        if (x == 0) {
                            binary = true;
                            pos = p;
                            return;
                        } else {
                            pos = p;
                            if (x == '\r') {
                                int e = next();
                                if (e != '\n' && e >= 0) pos--;
                            }
                            line++;
                            return;
                        }
                    } else if (state == cellStart) { // x is the quote that opens the cell
                        p++;
                        state = quoted;
                    } else if (state == quoted) {
                        p++;
                        if (x == '"') {
                            state = quoteInQuotes;
                        } else if (x == '\n') {
                            line++;
                            if (++quoteLines > MAX_QUOTED_LINES) {
                                broken = true;
                                pos = p;
                                return;
                            }
                        } else if (x == 0) {
                            binary = true;
                            pos = p;
                            return;
                        }
                    } else { // after a quote inside quotes: a second one is a quote, anything else closes
                        if (x == '"') {
                            p++;
                            state = quoted;
                        } else {
                            state = unquoted; // x is read again as a character after the closing quote
                        }
                    }
                }
                pos = p;
            }
        }

        private static final java.lang.invoke.VarHandle LONGS =
                java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
        private static final long ONES = 0x0101010101010101L;
        private static final long HIGHS = 0x8080808080808080L;
        private static final long QUOTES = '"' * ONES;
        private static final long LFS = '\n' * ONES;
        private static final long CRS = '\r' * ONES;

        /** Non-zero when some byte of {@code w} is zero (exact: no false positives for "any"). */
        private static long zeroByte(long w) {
            return (w - ONES) & ~w & HIGHS;
        }

        /** Bytes below 0x23: the four that stop a look ('"' 0x22, CR, LF, NUL) and a few others (space, tab, '!'). */
        private static final long BELOW_0X23 = 0x23 * ONES;

        /**
         * The first quote, LF, CR or NUL in b[p..l), or l; eight bytes at a time where none is (#13). One test
         * a word, "a byte below 0x23" (exact: the borrow of a lower byte only ever adds to a true answer), then
         * each byte of a word that has one; text has few bytes below 0x23 but the ones looked for.
         */
        static int stop(byte[] b, int p, int l) {
            while (p + 8 <= l) {
                long w = (long) LONGS.get(b, p);
                if (((w - BELOW_0X23) & ~w & HIGHS) != 0) {
                    if ((zeroByte(w ^ QUOTES) | zeroByte(w ^ LFS) | zeroByte(w ^ CRS) | zeroByte(w)) != 0) break;
                }
                p += 8;
            }
            for (; p < l; p++) {
                byte x = b[p];
                if (x == '"' || x == '\n' || x == '\r' || x == 0) return p;
            }
            return l;
        }

        boolean blank() {
            for (int i = 0; i < count; i++) {
                for (int k = start[i]; k < end[i]; k++) if (rec[k] != ' ' && rec[k] != '\t') return false;
            }
            return true;
        }

        boolean empty(int i) { return end[i] == start[i]; }

        byte[] bytes(int i) { return java.util.Arrays.copyOfRange(rec, start[i], end[i]); }

        boolean sameBytes(int i, byte[] b) {
            return java.util.Arrays.equals(rec, start[i], end[i], b, 0, b.length);
        }

        String cell(int i, Charset cs) {
            boolean ascii = true;
            for (int k = start[i]; k < end[i]; k++) if (rec[k] < 0) ascii = false;
            return new String(rec, start[i], end[i] - start[i], ascii ? StandardCharsets.ISO_8859_1 : cs);
        }
    }
}
