package kaigohojo.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import kaigohojo.text.Normalize;

/**
 * One table of applications, one row per item (product.md §2b), whatever file it came from: a CSV
 * file or a workbook's sheet. Finds the header, groups the rows into facilities (one at a time, so a
 * large file is read in bounded memory), and binds each facility through {@link SubmissionBinder}, so
 * that a rule about a column is written once for every tabular format. Headers in English or Japanese,
 * in any order; facility columns may be blank on a facility's later rows; two different values for
 * one facility are an error. Every cell keeps its row and column, so every error points at what the
 * clerk sees.
 */
final class TabularInput {
    private final Vocabulary vocab;
    private final UnaryOperator<YNode> transform;
    /** The file, and in a workbook its sheet: every place this reading reports is made from it. */
    private final Location origin;
    private final String file;
    private final Supplier<String> encoding;
    private final LongSupplier replaced;
    private final Map<String, Integer> split;
    private final Consumer<ReadOutcome> sink;
    private CsvColumns.Column[] columns;
    private String[] headers;
    private int idColumn = -1;
    private final FacilityIdMap seen = FacilityIdMap.set();
    private Block block;
    private CsvRowMapping.Layout layout;

    /** A column's name as this file would write it: its Japanese alias in a Japanese header. */
    String columnName(String key) {
        if (!japanese) return key;
        for (CsvColumns.Column c : CsvColumns.all()) if (c.key().equals(key)) return c.alias();
        return key;
    }

    /** The item columns of this file, shared by every row. */
    CsvRowMapping.Layout layout() {
        if (layout == null) {
            String[] keys = new String[columns.length];
            int[] numbers = new int[columns.length];
            for (int c = 0; c < columns.length; c++) {
                numbers[c] = c + 1;
                if (columns[c] != null && !columns[c].facility()) keys[c] = columns[c].path();
            }
            java.util.Map<String, String> absent = new java.util.HashMap<>();
            for (CsvColumns.Column col : CsvColumns.all()) {
                if (!col.facility()) absent.put(col.path(), columnName(col.key()));
            }
            layout = new CsvRowMapping.Layout(keys, headers, numbers, absent);
        }
        return layout;
    }
    private long attributed;
    private boolean anyRow;
    private int headerLine = 1;
    /** true when the header names its columns in Japanese: absent columns are then named so too. */
    private boolean japanese;

    /**
     * @param encoding how the file was read, for the submissions and for an undecodable cell
     * @param replaced how many undecodable bytes the text so far had (0 for a workbook)
     * @param split facilities whose rows are split apart in the file: id → first line
     */
    TabularInput(Vocabulary vocab, UnaryOperator<YNode> transform, Location origin, Supplier<String> encoding,
                 LongSupplier replaced, Map<String, Integer> split, Consumer<ReadOutcome> sink) {
        this.vocab = vocab;
        this.transform = transform;
        this.origin = origin;
        this.file = origin.file();
        this.encoding = encoding;
        this.replaced = replaced;
        this.split = split;
        this.sink = sink;
    }

    /** What this reading warned about: columns ignored. */
    private final List<Problem> warnings = new ArrayList<>();

    List<Problem> warnings() { return warnings; }

    /** How many rows above the header may hold a title block or group headers (product.md §2b). */
    static final int TITLE_ROWS = 20;

    /** The row above which the header was found (a title block above it), or 0. */
    private int titleRows;
    private RowSource source;
    /** The row being read: after a NUL cut it, the cells read before the NUL (its id among them). */
    private CsvLexer.Row reading;

    void run(RowSource lexer) throws IOException {
        this.source = lexer;
        CsvLexer.Row row = new CsvLexer.Row();
        reading = row;
        List<CsvLexer.Row> above = new ArrayList<>(); // rows that are no header: a title block, group headers
        CsvLexer.Row candidate = null; // the header found, until the next row says whether it has a second row
        boolean cp932 = "CP932".equals(encoding.get());
        while (lexer.next(row)) {
            if (row.comment) continue; // #8: a # line before the header, whatever quotes it holds
            if (row.tooLong > 0 && columns == null && candidate == null) { // #8: no header yet: the file cannot be read
                fail(Problem.of(origin.at(row.tooLongLine, row.tooLong), "", null, ErrorCode.CELL_TOO_LONG, tooLongCount(), CsvLexer.MAX_CELL_CHARS));
                return;
            }
            if (row.unbalanced && columns == null && candidate == null) {
                fail(Problem.of(origin.at(row.line, 0), "", row.rawFirstLine, ErrorCode.CSV_UNBALANCED_QUOTE));
                return;
            }
            if (!row.unbalanced && row.blank() && row.notes.isEmpty()) continue;
            if (columns == null && candidate == null && !row.unbalanced && row.count > 0
                    && row.fields[0].stripLeading().startsWith("#")) {
                continue; // a comment line before the header (see `kaigo-hojo template --format csv`)
            }
            if (columns == null && candidate == null) {
                if (knownColumns(row) >= 2) {
                    titleRows = above.size();
                    candidate = copy(row);
                    continue;
                }
                above.add(copy(row));
                if (above.size() <= TITLE_ROWS) continue;
                header(above.get(0)); // no header in the first rows: the first row was meant as one
                return;
            }
            if (columns == null) {
                // the row under the header: the second row of a two-row header when it names columns too
                boolean second = row.tooLong == 0 && !row.unbalanced && knownColumns(row) >= 2;
                if (!header(second ? merge(candidate, row) : candidate)) return;
                if (second) continue;
                lexer.complete(row); // read before the columns were known
            }
            anyRow = true;
            if (row.unbalanced) {
                unbalanced(row);
                continue;
            }
            if (row.tooLong > 0) {
                tooLong(row);
                continue;
            }
            row(row);
            // the reader decodes ahead of the rows: look for the replaced bytes in each row until found
            if (replaced.getAsLong() > attributed) undecodable(row);
            else if (cp932) utf8Cells(row);
        }
        if (columns == null && candidate != null) {
            if (!header(candidate)) return;
        } else if (columns == null && !above.isEmpty()) {
            header(above.get(0));
            return;
        }
        if (columns == null) {
            // #10: a workbook's sheet with nothing on it is named as a sheet, not as a CSV file
            fail(origin.sheet() != null ? Problem.of(origin.at(1, 0), "", null, ErrorCode.SHEET_EMPTY, origin.sheet())
                    : Problem.of(origin.at(1, 0), "", null, ErrorCode.CSV_NO_HEADER));
            return;
        }
        flush();
        if (!anyRow) fail(Problem.of(origin.at(headerLine, 0), "", null, ErrorCode.FILE_EMPTY));
    }

    /** How many rows were above the header (a title block), 0 when the header came first. */
    int titleRows() { return titleRows; }

    /** The row the header is on (its first row, for a header of two rows). */
    int headerLine() { return headerLine; }

    private static int knownColumns(CsvLexer.Row row) {
        if (row.unbalanced) return 0;
        int n = 0;
        for (int i = 0; i < row.count; i++) {
            String h = row.fields[i].strip();
            if (i == 0 && h.startsWith("\uFEFF")) h = h.substring(1);
            if (!h.isEmpty() && CsvColumns.byHeader(h).isPresent()) n++;
        }
        return n;
    }

    private static CsvLexer.Row copy(CsvLexer.Row r) {
        CsvLexer.Row c = new CsvLexer.Row();
        c.line = r.line;
        c.unbalanced = r.unbalanced;
        c.rawFirstLine = r.rawFirstLine;
        c.count = r.count;
        c.fields = java.util.Arrays.copyOf(r.fields, Math.max(r.count, 1));
        c.lines = java.util.Arrays.copyOf(r.lines, Math.max(r.count, 1));
        return c;
    }

    /**
     * A header of two rows (group names above, with some names merged down over both rows): each
     * column is named by the lower row where it says something, by the upper one otherwise.
     */
    private static CsvLexer.Row merge(CsvLexer.Row upper, CsvLexer.Row lower) {
        CsvLexer.Row m = copy(upper);
        int n = Math.max(upper.count, lower.count);
        m.fields = java.util.Arrays.copyOf(m.fields, n);
        m.lines = java.util.Arrays.copyOf(m.lines, n);
        for (int i = 0; i < n; i++) {
            String low = i < lower.count ? lower.fields[i] : "";
            if (!low.isBlank()) {
                m.fields[i] = low;
                m.lines[i] = lower.lines[i];
            } else if (i >= upper.count) {
                m.fields[i] = "";
                m.lines[i] = upper.line;
            }
        }
        m.count = n;
        return m;
    }

    /** Bytes that did not decode: the cell they fell in is an error of its facility. */
    private void undecodable(CsvLexer.Row row) {
        boolean reported = false;
        for (int i = 0; i < row.count; i++) {
            String f = row.fields[i];
            for (int k = 0; k < f.length(); k++) if (f.charAt(k) == DecodingReader.REPLACEMENT) attributed++;
            if (!reported && f.indexOf(DecodingReader.REPLACEMENT) >= 0) {
                reported = true;
                block.problems.add(Problem.of(origin.at(row.lines[i], i + 1),
                        i < headers.length ? headers[i] : "", f, ErrorCode.ENCODING, encoding.get()));
            }
        }
    }

    private void fail(Problem p) {
        sink.accept(ReadOutcome.failed(p));
    }

    private boolean header(CsvLexer.Row row) {
        for (int i = 0; i < row.count; i++) {
            if (row.fields[i].indexOf(DecodingReader.REPLACEMENT) >= 0) {
                fail(Problem.of(origin.at(row.lines[i], i + 1), "", null, ErrorCode.ENCODING, encoding.get()));
                return false;
            }
        }
        if (row.count > 2 && CsvColumns.isReportHeader(row.fields[0], row.fields[1])) {
            fail(Problem.of(origin.at(row.line, 1), "", row.fields[0], ErrorCode.REPORT_NOT_INPUT));
            return false;
        }
        List<Problem> problems = new ArrayList<>();
        columns = new CsvColumns.Column[row.count];
        headers = new String[row.count];
        Map<String, Integer> used = new HashMap<>();
        for (int i = 0; i < row.count; i++) {
            String h = row.fields[i].strip();
            if (i == 0 && h.startsWith("\uFEFF")) h = h.substring(1);
            headers[i] = h;
            if (h.isEmpty()) continue;
            var c = CsvColumns.byHeader(h);
            if (c.isEmpty()) {
                Problem p = Problem.of(origin.at(row.lines[i], i + 1), h, h, ErrorCode.CSV_UNKNOWN_COLUMN, h);
                var hint = kaigohojo.text.DidYouMean.suggest(h, CsvColumns.headerNames());
                // #10: close to a known column (a typo of 単価) stays an error, since every row would be wrong;
                // any other column (備考, 担当者) is the office's own: a warning, and the column is ignored
                if (hint.isPresent()) problems.add(p.withSuggestion(hint.get()));
                else warnings.add(Problem.of(origin.at(row.lines[i], i + 1), h, h, ErrorCode.COLUMN_IGNORED, h));
                continue;
            }
            Integer before = used.put(c.get().key(), i);
            if (before != null) {
                problems.add(Problem.of(origin.at(row.lines[i], i + 1), h, h, ErrorCode.CSV_DUPLICATE_COLUMN,
                        h, before + 1));
                continue;
            }
            columns[i] = c.get();
            if (Normalize.matchKey(h).equals(Normalize.matchKey(c.get().alias()))
                    && !Normalize.matchKey(h).equals(Normalize.matchKey(c.get().key()))) {
                japanese = true;
            }
            if (c.get().key().equals("facility_id")) idColumn = i;
        }
        headerLine = row.line;
        for (String required : List.of("facility_id", "facility_name", "service", "category")) {
            if (!used.containsKey(required)) {
                String name = columnName(required);
                problems.add(Problem.of(origin.at(row.line, 0), name, null, ErrorCode.CSV_MISSING_COLUMN, name));
            }
        }
        if (!used.containsKey("unit_price") && !used.containsKey("paid_this_year")) {
            String name = columnName("unit_price");
            problems.add(Problem.of(origin.at(row.line, 0), name, null, ErrorCode.CSV_MISSING_COLUMN, name));
        }
        if (!problems.isEmpty()) {
            sink.accept(ReadOutcome.failed(problems));
            return false;
        }
        if (source != null) source.columns(columns);
        plan();
        return true;
    }

    /** #13: the facility columns of this file, in column order, resolved once from the header. */
    private int[] facilityColumns;
    /** #13: how the facility columns fill a facility's mapping (session 6: a view, not a tree). */
    private CsvFacilityMapping.Plan facilityPlan;

    /** #13: the values chosen for the facility being read (see Block), kept from one facility to the next. */
    private String[] chosenOfFile;
    private int[] chosenLineOfFile;
    /** #13 (session 7): the cells, lines and first lines of the facility being read (see Block), kept from one to the next. */
    private String[] cellsOfFile = new String[0];
    private int[][] rowLinesOfFile = new int[16][];
    private int[] rowStartOfFile = new int[16];

    private void plan() {
        chosenOfFile = new String[columns.length];
        chosenLineOfFile = new int[columns.length];
        int n = 0;
        int[] fc = new int[columns.length];
        Set<String> present = new HashSet<>();
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] == null || !columns[c].facility()) continue;
            fc[n++] = c;
            present.add(columns[c].path());
        }
        facilityColumns = java.util.Arrays.copyOf(fc, n);
        String[] path = new String[n];
        int[] column = new int[n];
        String[] header = new String[n];
        for (int k = 0; k < n; k++) {
            int c = facilityColumns[k];
            path[k] = columns[c].path();
            column[k] = c + 1;
            header[k] = headers[c];
        }
        List<String> absentPath = new ArrayList<>();
        List<String> absentName = new ArrayList<>();
        for (CsvColumns.Column col : CsvColumns.all()) {
            if (col.facility() && !col.path().contains(".") && !col.path().equals("training") && !present.contains(col.path())) {
                absentPath.add(col.path()); // a facility field the file lacks: present but blank in every facility
                absentName.add(columnName(col.key()));
            }
        }
        facilityPlan = new CsvFacilityMapping.Plan(path, column, header, absentPath.toArray(new String[0]),
                absentName.toArray(new String[0]), TabularInput::training);
    }

    /** The id cell of the row before, as written, and as read (#13: most rows repeat the one above). */
    private String lastRawId;
    private String lastId;

    private void row(CsvLexer.Row row) {
        String raw = row.get(idColumn);
        String id;
        if (raw.equals(lastRawId)) {
            id = lastId;
        } else {
            id = Normalize.nfkc(raw);
            lastRawId = raw;
            lastId = id;
        }
        if (id.isEmpty()) {
            // a blank id continues the facility above; on the first row the binder reports it missing
            if (block == null) block = new Block(null, row.line);
        } else if (block == null || !id.equals(block.id)) {
            flush();
            block = new Block(id, row.line);
            Integer firstLine = split.get(id);
            if (seen.putIfAbsent(id, 0) != FacilityIdMap.ABSENT) {
                block.problems.add(Problem.of(origin.at(row.line, idColumn + 1), headers[idColumn], id,
                        ErrorCode.CSV_FACILITY_SPLIT, id, firstLine == null ? "?" : firstLine));
            } else if (firstLine != null) {
                block.silent = true; // its rows continue further down: the error is reported there
            }
        }
        if (row.count < columns.length) {
            // Excel writes every column of every row: a short row is a broken one (often a quote)
            block.problems.add(Problem.of(origin.at(row.line, row.count + 1), "", null,
                    ErrorCode.CSV_FIELD_COUNT, row.count, columns.length));
        } else if (row.count > columns.length) {
            for (int i = columns.length; i < row.count; i++) {
                if (!row.fields[i].isBlank()) {
                    block.problems.add(Problem.of(origin.at(row.lines[i], i + 1), "", row.fields[i],
                            ErrorCode.CSV_FIELD_COUNT, row.count, columns.length));
                    break;
                }
            }
        }
        if (!row.notes.isEmpty()) for (CellNote n : row.notes) { // #13 (session 7): no iterator for a CSV row
            Problem p = Problem.of(origin.at(row.line, n.column() + 1), n.column() < headers.length ? headers[n.column()] : "",
                    n.value(), n.code(), n.args().toArray());
            block.problems.add(n.suggestion() == null ? p : p.withSuggestion(n.suggestion()));
        }
        block.add(row);
    }

    /** In a CP932 file, a cell that is UTF-8 read as CP932 (a file mixing the two, #8) is an error of its facility. */
    private void utf8Cells(CsvLexer.Row row) {
        for (int i = 0; i < row.count; i++) {
            if (Encodings.utf8ReadAsCp932(row.fields[i])) {
                block.problems.add(Problem.of(origin.at(row.lines[i], i + 1),
                        i < headers.length ? headers[i] : "", null, ErrorCode.ENCODING, encoding.get()));
                return;
            }
        }
    }

    /**
     * Binary content at a line (#8), past the first megabyte: the reading stops there. The facility of the
     * row the NUL cuts is in error (`binary-rest`, which says that the file was not read past the line);
     * when that row's id names a facility other than the one above it, the one above was read whole and
     * stands (session 4: it used to take the error, and the cut row's facility went unlisted).
     */
    void binary(int line) {
        Problem p = Problem.of(origin.at(line, 0), "", null, columns == null ? ErrorCode.BINARY_FILE : ErrorCode.BINARY_REST);
        String id = columns == null || reading == null || idColumn < 0 || idColumn >= reading.count ? ""
                : Normalize.nfkc(reading.fields[idColumn]);
        if (!id.isEmpty() && (block == null || !id.equals(block.id))) {
            flush();
            block = new Block(id, line);
            seen.putIfAbsent(id, 0);
        }
        if (block == null) {
            fail(p);
            return;
        }
        block.silent = false; // its other rows further down will not be read: its error is here
        block.problems.add(p); // its rows may go on past the NUL: an error of that facility
        flush();
    }

    /** How long a CSV cell over the limit is: not counted to its end (#8). */
    private static kaigohojo.text.Localized tooLongCount() {
        return kaigohojo.text.Localized.of(CsvLexer.MAX_CELL_CHARS + " 超", "over " + CsvLexer.MAX_CELL_CHARS);
    }

    /** A cell over the length limit: an error of the facility the row's id names (#8). */
    private void tooLong(CsvLexer.Row row) {
        Problem p = Problem.of(origin.at(row.tooLongLine, row.tooLong),
                row.tooLong <= headers.length ? headers[row.tooLong - 1] : "", null, ErrorCode.CELL_TOO_LONG,
                tooLongCount(), CsvLexer.MAX_CELL_CHARS);
        String id = idColumn >= 0 && idColumn < row.count ? Normalize.nfkc(row.fields[idColumn]) : "";
        if (block != null && (id.isEmpty() || id.equals(block.id))) {
            block.problems.add(p);
            return;
        }
        flush();
        block = new Block(id.isEmpty() ? null : id, row.line);
        if (!id.isEmpty()) seen.putIfAbsent(id, 0);
        block.problems.add(p);
    }

    private void unbalanced(CsvLexer.Row row) {
        Problem p = Problem.of(origin.at(row.line, 0), "", abbreviate(row.rawFirstLine),
                ErrorCode.CSV_UNBALANCED_QUOTE);
        String naiveId = naiveField(row.rawFirstLine, idColumn, source.delimiter());
        if (block != null && (naiveId.isEmpty() || naiveId.equals(block.id))) {
            block.problems.add(p);
            return;
        }
        flush();
        block = new Block(naiveId.isEmpty() ? null : naiveId, row.line);
        if (!naiveId.isEmpty()) seen.putIfAbsent(naiveId, 0);
        block.problems.add(p);
    }

    private void flush() {
        if (block == null) return;
        Block b = block;
        block = null;
        try {
            bind(b);
        } finally {
            if (cellsOfFile.length > KEPT_CELLS) { // a facility of thousands of rows: its arrays are not kept for the next
                cellsOfFile = new String[0];
                rowLinesOfFile = new int[16][];
                rowStartOfFile = new int[16];
            }
        }
    }

    /** #13 (session 7): the most cells the arrays kept from one facility to the next hold (a facility of ~3,000 rows). */
    private static final int KEPT_CELLS = 1 << 16;

    private void bind(Block b) {
        if (b.silent) return;
        if (b.rows == 0) {
            sink.accept(ReadOutcome.failed(b.problems).withFacility(b.id, null));
            return;
        }
        for (Problem p : b.problems) {
            if (p.code().equals(ErrorCode.CSV_FACILITY_SPLIT.id())) {
                // the facility's other rows are elsewhere: what these rows lack is no news
                sink.accept(ReadOutcome.failed(List.of(p)).withFacility(b.id, b.name()));
                return;
            }
        }
        YNode doc = transform.apply(b.tree());
        SubmissionBinder.Result r = SubmissionBinder.bind(doc, origin, encoding.get(), vocab, true);
        if (b.problems.isEmpty() && r.ok()) {
            sink.accept(ReadOutcome.ok(r.submission()));
        } else {
            ReadOutcome o = r.ok() ? ReadOutcome.failed(b.problems) : ReadOutcome.failed(r, b.problems);
            List<Problem> all = new ArrayList<>(o.problems());
            dropRepeats(all, b.problems);
            all.sort((x, y) -> x.line() != y.line() ? Integer.compare(x.line(), y.line())
                    : Integer.compare(x.column(), y.column()));
            sink.accept(new ReadOutcome(null, all, o.partial(), o.failedItemIds()).withFacilityOf(doc));
        }
    }

    /** What the binder says again about a workbook cell that already said what is wrong with it. */
    private static void dropRepeats(List<Problem> all, List<Problem> own) {
        Set<Long> noted = new HashSet<>();
        for (Problem p : own) {
            if (p.at().sheet() != null && CELL_CODES.contains(p.code())) noted.add((long) p.line() << 20 | p.column());
        }
        if (noted.isEmpty()) return;
        all.removeIf(p -> !own.contains(p) && noted.contains((long) p.line() << 20 | p.column()));
    }

    private static final Set<String> CELL_CODES = Set.of(ErrorCode.FACILITY_ID_LOST_ZERO.id(),
            ErrorCode.FORMULA_WITHOUT_VALUE.id(), ErrorCode.CELL_ERROR.id(), ErrorCode.CELL_TOO_LONG.id());

    /** The rows of one facility, and what they say about it. */
    private final class Block {
        final String id;
        final int firstLine;
        final List<Problem> problems = new ArrayList<>();
        /** How many rows the block holds. */
        int rows;
        /**
         * #13 (session 7): every row's cells, row after row, {@code columns.length} to a row (a facility
         * column's cell is there but never read: see {@link #chosen}). The file's array, reused from one
         * facility to the next (one block is read and bound at a time; nothing bound keeps it).
         */
        private String[] cells;
        /** The line of each row's cells, or null for a row whose cells are all on its first line (#13: most rows). */
        private int[][] rowLines;
        private int[] rowStart;
        boolean silent;
        /**
         * #13: each facility column's value as the first row that states one writes it, chosen as the rows
         * come (by column; null while none has), with its line; the value in its NFKC form once a later
         * row writes it otherwise; and the rows that state another value, reported when the block is bound.
         */
        private String[] chosen;
        private int[] chosenLine;
        private String[] chosenNorm;
        private List<Problem> conflicts;

        Block(String id, int firstLine) {
            this.id = id;
            this.firstLine = firstLine;
        }

        void add(CsvLexer.Row r) {
            if (chosen == null) {
                // #13: one facility is read at a time: its arrays are the file's, cleared for it
                chosen = chosenOfFile;
                chosenLine = chosenLineOfFile;
                java.util.Arrays.fill(chosen, null);
            }
            int width = columns.length;
            int n = rows;
            if (cells == null) {
                cells = cellsOfFile;
                rowLines = rowLinesOfFile;
                rowStart = rowStartOfFile;
            }
            long need = (long) (n + 1) * width;
            if (need > cells.length) {
                // as an ArrayList grows: a facility too large for any array is out of memory, as it was with one array a row
                if (need > Integer.MAX_VALUE - 8) throw new OutOfMemoryError("a facility of " + n + " rows");
                cells = cellsOfFile = java.util.Arrays.copyOf(cells, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(cells.length * 2L, need)));
            }
            if (n == rowStart.length) {
                rowStart = rowStartOfFile = java.util.Arrays.copyOf(rowStart, n * 2);
                rowLines = rowLinesOfFile = java.util.Arrays.copyOf(rowLines, n * 2);
            }
            // #13 (session 7): the row's cells copied as they are, "" past a short row's end
            int have = Math.min(r.count, width);
            System.arraycopy(r.fields, 0, cells, n * width, have);
            if (have < width) java.util.Arrays.fill(cells, n * width + have, (n + 1) * width, "");
            int[] l = null;
            for (int i = 0; i < have; i++) {
                if (r.lines[i] != r.line) {
                    l = new int[width];
                    for (int k = 0; k < width; k++) l[k] = r.lineOf(k);
                    break;
                }
            }
            for (int c : facilityColumns) {
                String v = r.get(c);
                if (Cells.blank(v)) continue;
                if (chosen[c] == null) {
                    chosen[c] = v;
                    chosenLine[c] = r.lineOf(c);
                } else if (!v.equals(chosen[c])) {
                    if (chosenNorm == null) chosenNorm = new String[columns.length];
                    if (chosenNorm[c] == null) chosenNorm[c] = Normalize.nfkc(chosen[c]);
                    if (Normalize.nfkc(v).equals(chosenNorm[c])) continue;
                    if (conflicts == null) conflicts = new ArrayList<>();
                    conflicts.add(Problem.of(origin.at(r.lineOf(c), c + 1), headers[c], v,
                            ErrorCode.CSV_FACILITY_CONFLICT, chosen[c], chosenLine[c]));
                }
            }
            rowStart[n] = r.line;
            rowLines[n] = l;
            rows = n + 1;
        }

        /** The line of row r's cell in column c. */
        int line(int r, int c) {
            int[] l = rowLines[r];
            return l == null ? rowStart[r] : l[c];
        }

        /** The facility's name as its first row that states one writes it (null when none does). */
        String name() {
            if (chosen == null) return null;
            for (int c : facilityColumns) {
                if (columns[c].key().equals("facility_name") && chosen[c] != null) return chosen[c].strip();
            }
            return null;
        }

        YNode tree() {
            if (conflicts != null) {
                // reported column by column, as the facility's values are read (stable: row order within a column)
                conflicts.sort((x, y) -> Integer.compare(x.column(), y.column()));
                problems.addAll(conflicts);
            }
            YNode.Mapping doc = new YNode.Mapping(firstLine, 1, 2); // facility, items
            // #13 (session 6): the facility is a view of the values chosen, by facility column, with their lines
            int n = facilityColumns.length;
            String[] value = new String[n];
            int[] lines = new int[n];
            for (int k = 0; k < n; k++) {
                int c = facilityColumns[k];
                value[k] = chosen[c];
                lines[k] = chosen[c] == null ? line(0, c) : chosenLine[c];
            }
            doc.put(new YNode.Entry("facility", firstLine, 1, new CsvFacilityMapping(facilityPlan, value, lines, firstLine)));
            YNode.Sequence items = new YNode.Sequence(firstLine, 1);
            doc.put(new YNode.Entry("items", firstLine, 1, items));
            CsvRowMapping.Layout layout = layout();
            for (int r = 0; r < rows; r++) {
                items.add(new CsvRowMapping(layout, cells, r * columns.length, rowLines[r], rowStart[r]));
            }
            return doc;
        }
    }

    /**
     * "beginner_seminar@2026-05-20;followup_seminar@2026-09-01" → a list of {course, date}: the parts
     * between ; and ； (#13: found by a loop, not a regular expression; blank parts are skipped either way).
     */
    static YNode training(String text, int line, int column, String header) {
        YNode.Sequence seq = new YNode.Sequence(line, column);
        for (int from = 0, to; from <= text.length(); from = to + 1) {
            to = from;
            while (to < text.length() && text.charAt(to) != ';' && text.charAt(to) != '；') to++;
            String part = text.substring(from, to);
            if (part.isBlank()) continue;
            int at = part.indexOf('@');
            if (at < 0) at = part.indexOf('＠');
            String course = (at < 0 ? part : part.substring(0, at)).strip();
            String date = at < 0 ? null : part.substring(at + 1).strip();
            YNode.Mapping m = new YNode.Mapping(line, column, 2); // course, date
            m.put(new YNode.Entry("course", line, column, new YNode.Scalar(course, line, column, header)));
            if (date != null) {
                m.put(new YNode.Entry("date", line, column, new YNode.Scalar(date, line, column, header)));
            }
            seq.add(m);
        }
        return seq;
    }

    private static String abbreviate(String s) {
        if (s == null) return null;
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    /** The n-th comma-separated field of a line, ignoring quotes (to guess whose row a broken one is). */
    private static String naiveField(String line, int n, char delimiter) {
        if (line == null || n < 0) return "";
        String[] parts = line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1); // #8: ; and tab files too
        if (n >= parts.length) return "";
        String p = parts[n].strip();
        if (p.startsWith("\"")) p = p.substring(1);
        if (p.endsWith("\"")) p = p.substring(0, p.length() - 1);
        return Normalize.nfkc(p);
    }
}
