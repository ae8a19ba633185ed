package kaigohojo.input;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * An RFC 4180 CSV reader that knows the physical line where every record and every field starts,
 * also after quoted fields that span lines, and that survives an unbalanced quote: the record is
 * reported at the line where it starts and reading resumes on the next physical line.
 *
 * <p>Lenient where Excel is: CRLF or LF, a quote inside an unquoted field is a character, text after
 * a closing quote is kept. Memory is bounded by the longest record.
 */
public final class CsvLexer implements RowSource {
    /** A quoted field that runs over this many lines or characters is taken as an unbalanced quote. */
    static final int MAX_QUOTED_LINES = 200;
    static final int MAX_QUOTED_CHARS = 1 << 20;
    /** No cell, quoted or not, is longer: a longer one is an error of its own, and its line is skipped (#8). */
    public static final int MAX_CELL_CHARS = MAX_QUOTED_CHARS;

    /** One record, reused between calls. */
    public static final class Row {
        public int line;
        public int count;
        public String[] fields = new String[32];
        public int[] lines = new int[32];
        /** true when this record opened a quote that never closed; its fields are not usable. */
        public boolean unbalanced;
        /** The first physical line of an unbalanced record, as text. */
        public String rawFirstLine;
        /** What a workbook's cells said about themselves (never filled from CSV text). */
        public final java.util.List<CellNote> notes = new java.util.ArrayList<>();
        /** The column (1-based) of a cell longer than {@link #MAX_CELL_CHARS}, or 0; the rest of its line is skipped (#8). */
        public int tooLong;
        /** The line of that cell. */
        public int tooLongLine;
        /** true when this record is a {@code #} comment line (only while {@link #comments} is on). */
        public boolean comment;

        void add(String f, int ln) {
            if (count == fields.length) {
                fields = Arrays.copyOf(fields, count * 2);
                lines = Arrays.copyOf(lines, count * 2);
            }
            fields[count] = f;
            lines[count] = ln;
            count++;
        }

        public boolean blank() {
            for (int i = 0; i < count; i++) if (!kaigohojo.text.Normalize.isBlank(fields[i])) return false;
            return true;
        }

        public String get(int i) { return i < count ? fields[i] : ""; }
        public int lineOf(int i) { return i < count ? lines[i] : line; }
    }

    private final Reader in;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private int line = 1;
    private int recStart;
    private final StringBuilder sb = new StringBuilder(64);
    private boolean comments;

    /** The field separator: ',' (CSV), '\t' (Excel's テキスト (タブ区切り)) or ';' (a {@code sep=;} file). */
    private final char delim;

    public CsvLexer(Reader in) {
        this(in, ',');
    }

    @Override public char delimiter() { return delim; }

    public CsvLexer(Reader in, char delimiter) {
        this.in = in;
        this.delim = delimiter;
    }

    /** The physical line the reader is on (for errors raised while decoding). */
    public int line() { return line; }

    /**
     * While on, a line whose first character (after spaces) is {@code #} is a comment: one physical
     * line, whatever quotes it holds (the lines before a header, #8).
     */
    public void comments(boolean on) { this.comments = on; }

    /** The header is known: a # line is data from here on (#8). */
    @Override
    public void columns(CsvColumns.Column[] columns) {
        this.comments = false;
    }

    /** Reads the next record into {@code row}; false at the end of input. */
    @Override
    public boolean next(Row row) throws IOException {
        row.count = 0;
        row.unbalanced = false;
        row.rawFirstLine = null;
        row.comment = false;
        row.tooLong = 0;
        recStart = pos;
        if (pos >= lim && !fill()) return false;
        int recLine = line;
        row.line = recLine;
        if (comments && comment()) {
            row.comment = true;
            skipLine();
            line = recLine + 1;
            return true;
        }
        while (true) {
            int fieldLine = line;
            if (pos >= lim && !fill()) {
                row.add("", fieldLine);
                return true;
            }
            char c = buf[pos];
            sb.setLength(0);
            if (c == '"') {
                pos++;
                int startLine = line;
                while (true) {
                    if (pos >= lim && !fill()) {
                        return unbalanced(row, recLine);
                    }
                    char q = buf[pos];
                    if (q == '"') {
                        if (pos + 1 >= lim) fill();
                        if (pos + 1 < lim && buf[pos + 1] == '"') {
                            sb.append('"');
                            pos += 2;
                            continue;
                        }
                        pos++;
                        break;
                    }
                    if (q == '\n' || (q == '\r' && crOnly())) {
                        line++;
                        if (line - startLine > MAX_QUOTED_LINES) return unbalanced(row, recLine);
                    }
                    sb.append(q);
                    pos++;
                    if (sb.length() > MAX_QUOTED_CHARS) return unbalanced(row, recLine);
                }
                // text after the closing quote, up to the delimiter, is kept; but a quoted field that ran
                // over a line and is followed by text is a quote that never closed meeting the next
                // quoted cell ("1,000"): report the record where it started
                boolean crossed = line > startLine;
                while (true) {
                    if (pos >= lim && !fill()) break;
                    char d = buf[pos];
                    if (d == delim || d == '\n' || d == '\r') break;
                    if (crossed) return unbalanced(row, recLine);
                    sb.append(d);
                    pos++;
                    if (sb.length() > MAX_CELL_CHARS) return tooLong(row, fieldLine); // #13: the text after a closing quote is bounded as any cell's
                }
            } else {
                int start = pos;
                boolean whole = true; // the field lies in the buffer in one piece: make its String directly
                String direct = null;
                while (true) {
                    if (pos >= lim) {
                        sb.append(buf, start, pos - start);
                        whole = false;
                        if (!fill()) break;
                        start = pos;
                        continue;
                    }
                    char d = buf[pos];
                    if (d == delim || d == '\n' || d == '\r') {
                        if (whole) direct = pos == start ? "" : new String(buf, start, pos - start);
                        else sb.append(buf, start, pos - start);
                        break;
                    }
                    pos++;
                    if (pos - start + sb.length() > MAX_CELL_CHARS) return tooLong(row, fieldLine);
                }
                if (direct != null) {
                    row.add(direct, fieldLine);
                    if (endOfRecord()) return true;
                    continue;
                }
            }
            row.add(sb.toString(), fieldLine);
            if (endOfRecord()) return true;
        }
    }

    /** After a field: past a comma (false), or past the line break or at the end of input (true). */
    private boolean endOfRecord() throws IOException {
        if (pos >= lim && !fill()) return true;
        char d = buf[pos];
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
    /** A cell past the bound: the row is marked cell-too-long at its field, the rest of its line skipped. */
    private boolean tooLong(Row row, int fieldLine) throws IOException {
        row.tooLong = row.count + 1;
        row.tooLongLine = fieldLine;
        sb.setLength(0);
        skipLine();
        line++;
        return true;
    }

    private boolean unbalanced(CsvLexer.Row row, int recLine) throws IOException {
        row.unbalanced = true;
        row.line = recLine;
        row.count = 0;
        int p = recStart;
        while (p < lim && buf[p] != '\n' && buf[p] != '\r') p++;
        int shown = Math.min(Math.max(0, p - recStart), 200);
        row.rawFirstLine = new String(buf, recStart, shown);
        pos = recStart;
        skipLine();
        line = recLine + 1;
        return true;
    }

    /** At the start of a record: is its first character, after spaces, a {@code #}? */
    private boolean comment() throws IOException {
        int p = pos;
        while (true) {
            if (p >= lim) {
                int before = pos;
                if (!fill()) return false;
                p -= before - pos;
                continue;
            }
            char c = buf[p];
            if (c == ' ' || c == '\t' || c == '\uFEFF' || c == '\u3000') {
                p++;
                continue;
            }
            return c == '#';
        }
    }

    /** Moves past the end of the physical line the reader is on (LF, CRLF or CR), or to the end of input. */
    private void skipLine() throws IOException {
        while (true) {
            while (pos < lim && buf[pos] != '\n' && buf[pos] != '\r') pos++;
            if (pos < lim) break;
            recStart = pos; // nothing before here is needed again: keep the buffer small
            if (!fill()) return;
        }
        if (buf[pos] == '\r') {
            pos++;
            if (pos >= lim) fill();
            if (pos < lim && buf[pos] == '\n') pos++;
        } else {
            pos++;
        }
    }

    /** At a CR inside a quoted field: is it a line end of its own (not the CR of a CRLF)? */
    private boolean crOnly() throws IOException {
        if (pos + 1 >= lim) fill();
        return pos + 1 >= lim || buf[pos + 1] != '\n';
    }

    /** Reads more input, keeping the current record in the buffer; false at the end of input. */
    private boolean fill() throws IOException {
        if (eof) return false;
        if (recStart > 0) {
            int keep = lim - recStart;
            System.arraycopy(buf, recStart, buf, 0, keep);
            pos -= recStart;
            lim = keep;
            recStart = 0;
        }
        if (lim == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        int n = in.read(buf, lim, buf.length - lim);
        if (n <= 0) {
            eof = true;
            return false;
        }
        lim += n;
        return true;
    }
}
