package kaigohojo.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import kaigohojo.text.Normalize;

/**
 * Reads a CSV file of many facilities, one row per item (product.md §2b), streaming: one facility's
 * rows are held at a time. Headers in English or Japanese, in any order; facility columns may be
 * blank on a facility's later rows; two different values for one facility are an error. Every cell
 * keeps its physical line and its column number, so every error points at what the clerk sees.
 */
public final class CsvSubmissionReader implements SubmissionReader {
    private static final int SAMPLE = 1 << 20;

    private final Vocabulary vocab;
    private final UnaryOperator<YNode> transform;

    public CsvSubmissionReader(Vocabulary vocab) {
        this(vocab, UnaryOperator.identity());
    }

    /** @param transform applied to each facility's tree before it is bound (the --set of a what-if) */
    public CsvSubmissionReader(Vocabulary vocab, UnaryOperator<YNode> transform) {
        this.vocab = vocab;
        this.transform = transform;
    }

    @Override
    public String read(String file, ByteSource source, String forced, Consumer<ReadOutcome> sink) throws IOException {
        byte[] sample;
        try (InputStream in = source.open()) {
            sample = in.readNBytes(SAMPLE);
        }
        if (sample.length == 0) {
            sink.accept(ReadOutcome.failed(Problem.of(Location.of(file, 1, 0), "", null, ErrorCode.FILE_EMPTY)));
            return null;
        }
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] == 0) {
                sink.accept(ReadOutcome.failed(Problem.of(Location.of(file, Encodings.lineOf(sample, i), 0), "", null,
                        ErrorCode.BINARY_FILE)));
                return null;
            }
        }
        boolean bom = SourceText.hasBom(sample);
        Charset cs;
        String encodingName;
        if (forced != null) {
            cs = SourceText.charsetFor(forced);
            encodingName = bom && cs.equals(StandardCharsets.UTF_8) ? "UTF-8 (BOM)" : SourceText.displayName(cs);
        } else if (bom) {
            cs = StandardCharsets.UTF_8;
            encodingName = "UTF-8 (BOM)";
        } else {
            Encodings.Verdict v = Encodings.judge(sample, 0, sample.length, sample.length == SAMPLE);
            cs = v == null ? null : v.charset();
            encodingName = v == null ? "UTF-8" : v.name();
        }
        Map<String, Integer> split;
        try (InputStream in = new BufferedInputStream(source.open(), 1 << 16)) {
            split = SplitScan.splitFacilities(in, cs == null ? StandardCharsets.UTF_8 : cs);
        }
        try (InputStream raw = new BufferedInputStream(source.open(), 1 << 16)) {
            if (bom && (cs == null || cs.equals(StandardCharsets.UTF_8))) raw.skipNBytes(3);
            DecodingReader reader = new DecodingReader(raw, cs, encodingName);
            FileState state = new FileState(file, reader, split, sink);
            state.run(new CsvLexer(reader));
            return reader.encoding();
        }
    }



    /** The reading of one file: its header, then facility blocks one at a time. */
    private final class FileState {
        private final String file;
        private final DecodingReader reader;
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

        FileState(String file, DecodingReader reader, Map<String, Integer> split, Consumer<ReadOutcome> sink) {
            this.file = file;
            this.reader = reader;
            this.split = split;
            this.sink = sink;
        }

        void run(CsvLexer lexer) throws IOException {
            CsvLexer.Row row = new CsvLexer.Row();
            while (lexer.next(row)) {
                if (row.unbalanced && columns == null) {
                    fail(Problem.of(Location.of(file, row.line, 0), "", row.rawFirstLine, ErrorCode.CSV_UNBALANCED_QUOTE));
                    return;
                }
                if (!row.unbalanced && row.blank()) continue;
                if (columns == null && !row.unbalanced && row.count > 0 && row.fields[0].stripLeading().startsWith("#")) {
                    continue; // a comment line before the header (see `kaigo-hojo template --format csv`)
                }
                if (columns == null) {
                    if (!header(row)) return;
                    continue;
                }
                anyRow = true;
                if (row.unbalanced) {
                    unbalanced(row);
                    continue;
                }
                row(row);
                // the reader decodes ahead of the rows: look for the replaced bytes in each row until found
                if (reader.replaced() > attributed) undecodable(row);
            }
            if (columns == null) {
                fail(Problem.of(Location.of(file, 1, 0), "", null, ErrorCode.CSV_NO_HEADER));
                return;
            }
            flush();
            if (!anyRow) fail(Problem.of(Location.of(file, headerLine, 0), "", null, ErrorCode.FILE_EMPTY));
        }

        /** Bytes that did not decode: the cell they fell in is an error of its facility. */
        private void undecodable(CsvLexer.Row row) {
            boolean reported = false;
            for (int i = 0; i < row.count; i++) {
                String f = row.fields[i];
                for (int k = 0; k < f.length(); k++) if (f.charAt(k) == DecodingReader.REPLACEMENT) attributed++;
                if (!reported && f.indexOf(DecodingReader.REPLACEMENT) >= 0) {
                    reported = true;
                    block.problems.add(Problem.of(Location.of(file, row.lines[i], i + 1),
                            i < headers.length ? headers[i] : "", f, ErrorCode.ENCODING, reader.encoding()));
                }
            }
        }

        private void fail(Problem p) {
            sink.accept(ReadOutcome.failed(p));
        }

        private boolean header(CsvLexer.Row row) {
            for (int i = 0; i < row.count; i++) {
                if (row.fields[i].indexOf(DecodingReader.REPLACEMENT) >= 0) {
                    fail(Problem.of(Location.of(file, row.lines[i], i + 1), "", null, ErrorCode.ENCODING, reader.encoding()));
                    return false;
                }
            }
            if (row.count > 2 && CsvColumns.isReportHeader(row.fields[0], row.fields[1])) {
                fail(Problem.of(Location.of(file, row.line, 1), "", row.fields[0], ErrorCode.REPORT_NOT_INPUT));
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
                    Problem p = Problem.of(Location.of(file, row.lines[i], i + 1), h, h, ErrorCode.CSV_UNKNOWN_COLUMN, h);
                    var hint = kaigohojo.text.DidYouMean.suggest(h, CsvColumns.headerNames());
                    problems.add(hint.map(p::withSuggestion).orElse(p));
                    continue;
                }
                Integer before = used.put(c.get().key(), i);
                if (before != null) {
                    problems.add(Problem.of(Location.of(file, row.lines[i], i + 1), h, h, ErrorCode.CSV_DUPLICATE_COLUMN,
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
                    problems.add(Problem.of(Location.of(file, row.line, 0), name, null, ErrorCode.CSV_MISSING_COLUMN, name));
                }
            }
            if (!used.containsKey("unit_price") && !used.containsKey("paid_this_year")) {
                String name = columnName("unit_price");
                problems.add(Problem.of(Location.of(file, row.line, 0), name, null, ErrorCode.CSV_MISSING_COLUMN, name));
            }
            if (!problems.isEmpty()) {
                sink.accept(ReadOutcome.failed(problems));
                return false;
            }
            return true;
        }

        private void row(CsvLexer.Row row) {
            String id = Normalize.nfkc(row.get(idColumn));
            if (id.isEmpty()) {
                // a blank id continues the facility above; on the first row the binder reports it missing
                if (block == null) block = new Block(null, row.line);
            } else if (block == null || !id.equals(block.id)) {
                flush();
                block = new Block(id, row.line);
                Integer firstLine = split.get(id);
                if (seen.putIfAbsent(id, 0) != FacilityIdMap.ABSENT) {
                    block.problems.add(Problem.of(Location.of(file, row.line, idColumn + 1), headers[idColumn], id,
                            ErrorCode.CSV_FACILITY_SPLIT, id, firstLine == null ? "?" : firstLine));
                } else if (firstLine != null) {
                    block.silent = true; // its rows continue further down: the error is reported there
                }
            }
            if (row.count < columns.length) {
                // Excel writes every column of every row: a short row is a broken one (often a quote)
                block.problems.add(Problem.of(Location.of(file, row.line, row.count + 1), "", null,
                        ErrorCode.CSV_FIELD_COUNT, row.count, columns.length));
            } else if (row.count > columns.length) {
                for (int i = columns.length; i < row.count; i++) {
                    if (!row.fields[i].isBlank()) {
                        block.problems.add(Problem.of(Location.of(file, row.lines[i], i + 1), "", row.fields[i],
                                ErrorCode.CSV_FIELD_COUNT, row.count, columns.length));
                        break;
                    }
                }
            }
            block.add(row);
        }

        private void unbalanced(CsvLexer.Row row) {
            Problem p = Problem.of(Location.of(file, row.line, 0), "", abbreviate(row.rawFirstLine),
                    ErrorCode.CSV_UNBALANCED_QUOTE);
            String naiveId = naiveField(row.rawFirstLine, idColumn);
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
            if (b.silent) return;
            if (b.rows.isEmpty()) {
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
            SubmissionBinder.Result r = SubmissionBinder.bind(doc, file, reader.encoding(), vocab, true);
            if (b.problems.isEmpty() && r.ok()) {
                sink.accept(ReadOutcome.ok(r.submission()));
            } else {
                ReadOutcome o = r.ok() ? ReadOutcome.failed(b.problems) : ReadOutcome.failed(r, b.problems);
                List<Problem> all = new ArrayList<>(o.problems());
                all.sort((x, y) -> x.line() != y.line() ? Integer.compare(x.line(), y.line())
                        : Integer.compare(x.column(), y.column()));
                sink.accept(new ReadOutcome(null, all, o.partial(), o.failedItemIds()).withFacilityOf(doc));
            }
        }

        /** The rows of one facility, and what they say about it. */
        private final class Block {
            final String id;
            final int firstLine;
            final List<Problem> problems = new ArrayList<>();
            final List<String[]> rows = new ArrayList<>();
            final List<int[]> rowLines = new ArrayList<>();
            final List<Integer> rowStart = new ArrayList<>();
            boolean silent;

            Block(String id, int firstLine) {
                this.id = id;
                this.firstLine = firstLine;
            }

            void add(CsvLexer.Row r) {
                String[] f = new String[columns.length];
                int[] l = new int[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    f[i] = r.get(i);
                    l[i] = r.lineOf(i);
                }
                rows.add(f);
                rowLines.add(l);
                rowStart.add(r.line);
            }

            /** The facility's name as its first row that states one writes it (null when none does). */
            String name() {
                for (int c = 0; c < columns.length; c++) {
                    if (columns[c] == null || !columns[c].key().equals("facility_name")) continue;
                    for (String[] r : rows) if (!Normalize.isBlank(r[c])) return r[c].strip();
                }
                return null;
            }

            YNode tree() {
                YNode.Mapping doc = new YNode.Mapping(firstLine, 1);
                YNode.Mapping facility = new YNode.Mapping(firstLine, 1);
                YNode.Mapping linkage = null;
                doc.put(new YNode.Entry("facility", firstLine, 1, facility));
                for (int c = 0; c < columns.length; c++) {
                    CsvColumns.Column col = columns[c];
                    if (col == null || !col.facility()) continue;
                    int chosen = -1;
                    String chosenRaw = null;
                    String chosenNorm = null;
                    for (int r = 0; r < rows.size(); r++) {
                        String v = rows.get(r)[c];
                        if (Normalize.isBlank(v)) continue;
                        if (chosen < 0) {
                            chosen = r;
                            chosenRaw = v;
                        } else if (!v.equals(chosenRaw)) {
                            if (chosenNorm == null) chosenNorm = Normalize.nfkc(chosenRaw);
                            if (Normalize.nfkc(v).equals(chosenNorm)) continue;
                            problems.add(Problem.of(Location.of(file, rowLines.get(r)[c], c + 1), headers[c], v,
                                    ErrorCode.CSV_FACILITY_CONFLICT, rows.get(chosen)[c], rowLines.get(chosen)[c]));
                        }
                    }
                    int r = chosen < 0 ? 0 : chosen;
                    String text = chosen < 0 ? null : rows.get(r)[c];
                    int ln = rowLines.get(r)[c];
                    String path = col.path();
                    if (path.equals("training") && text != null) {
                        facility.put(new YNode.Entry("training", ln, c + 1, training(text, ln, c + 1, headers[c])));
                        continue;
                    }
                    YNode.Scalar s = new YNode.Scalar(text, ln, c + 1, headers[c]);
                    if (path.startsWith("care_plan_linkage.")) {
                        if (linkage == null) {
                            linkage = new YNode.Mapping(ln, c + 1);
                            facility.put(new YNode.Entry("care_plan_linkage", ln, c + 1, linkage));
                        }
                        linkage.put(new YNode.Entry(path.substring(path.indexOf('.') + 1), ln, c + 1, s));
                    } else {
                        facility.put(new YNode.Entry(path, ln, c + 1, s));
                    }
                }
                for (CsvColumns.Column col : CsvColumns.all()) {
                    // a facility column the file lacks: present but blank, named as the file would name it
                    if (col.facility() && !col.path().contains(".") && !col.path().equals("training")
                            && facility.entry(col.path()) == null) {
                        facility.put(new YNode.Entry(col.path(), firstLine, 0,
                                new YNode.Scalar(null, firstLine, 0, columnName(col.key()))));
                    }
                }
                YNode.Sequence items = new YNode.Sequence(firstLine, 1);
                doc.put(new YNode.Entry("items", firstLine, 1, items));
                for (int r = 0; r < rows.size(); r++) {
                    items.add(new CsvRowMapping(layout(), rows.get(r), rowLines.get(r), rowStart.get(r)));
                }
                return doc;
            }
        }

        /** "beginner_seminar@2026-05-20;followup_seminar@2026-09-01" → a list of {course, date}. */
        private YNode training(String text, int line, int column, String header) {
            YNode.Sequence seq = new YNode.Sequence(line, column);
            for (String part : text.split("[;；]")) {
                if (part.isBlank()) continue;
                int at = part.indexOf('@');
                if (at < 0) at = part.indexOf('＠');
                String course = (at < 0 ? part : part.substring(0, at)).strip();
                String date = at < 0 ? null : part.substring(at + 1).strip();
                YNode.Mapping m = new YNode.Mapping(line, column);
                m.put(new YNode.Entry("course", line, column, new YNode.Scalar(course, line, column, header)));
                if (date != null) {
                    m.put(new YNode.Entry("date", line, column, new YNode.Scalar(date, line, column, header)));
                }
                seq.add(m);
            }
            return seq;
        }
    }

    private static String abbreviate(String s) {
        if (s == null) return null;
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    /** The n-th comma-separated field of a line, ignoring quotes (to guess whose row a broken one is). */
    private static String naiveField(String line, int n) {
        if (line == null || n < 0) return "";
        String[] parts = line.split(",", -1);
        if (n >= parts.length) return "";
        String p = parts[n].strip();
        if (p.startsWith("\"")) p = p.substring(1);
        if (p.endsWith("\"")) p = p.substring(0, p.length() - 1);
        return Normalize.nfkc(p);
    }
}
