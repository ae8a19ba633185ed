package kaigohojo.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an Excel workbook (.xlsx) of applications: the same columns as the CSV form (product.md §2b,
 * §2c), on the first sheet or on the sheet asked for, streamed row by row through the same
 * {@link TabularInput} as a CSV file. Cells are taken as Excel stores them: numbers, text, booleans,
 * formulas by their cached value, and dates (serial numbers) converted by their column, whatever
 * their display format (和暦 included). Every place is the sheet's cell ({@code 申請!D7}).
 *
 * <p>Bounded: the file is at most {@link #MAX_FILE} bytes, no part of it inflates beyond
 * {@link #MAX_PART} (a zip bomb is refused before any XML is parsed), the shared strings (held in
 * memory by the library) at most {@link #MAX_SHARED_STRINGS}, a cell at most Excel's 32,767 characters.
 * The old binary format (.xls), password-protected workbooks and macro-enabled ones are refused.
 */
public final class WorkbookSubmissionReader implements SubmissionReader {
    static final int MAX_FILE = 256 << 20;
    static final long MAX_PART = 3L << 29;
    static final long MAX_SHARED_STRINGS = 64L << 20;
    static final int MAX_CELL = 32_767;
    static final int MAX_COLUMNS = 1_024;
    /** A part may inflate to this much whatever the file's size; beyond, to at most RATIO times the file. */
    static final long BOMB_FLOOR = 64L << 20;
    static final long RATIO = 500;

    private final Vocabulary vocab;
    private final UnaryOperator<YNode> transform;
    private final String sheetName;
    private String sheetRead;
    private List<Problem> warnings = List.of();

    /** @param sheet the sheet to read, or null for the first one */
    public WorkbookSubmissionReader(Vocabulary vocab, UnaryOperator<YNode> transform, String sheet) {
        this.vocab = vocab;
        this.transform = transform;
        this.sheetName = sheet;
    }

    /** A workbook reader, seen as any reader (so that a caller's class never names this one). */
    public static SubmissionReader create(Vocabulary vocab, UnaryOperator<YNode> transform, String sheet) {
        return new WorkbookSubmissionReader(vocab, transform, sheet);
    }

    /** The sheet read by the last {@link #read}, or null. */
    public String sheetRead() { return sheetRead; }

    @Override
    public List<Problem> warnings() { return warnings; }

    @Override
    public String read(String file, ByteSource source, String forced, Consumer<ReadOutcome> sink) throws IOException {
        // a file is read in place (the library seeks in it); only a pipe's or standard input's bytes are
        // held in memory, and those are at most 32 MB (ByteSource.spool keeps more in a temporary file)
        java.nio.file.Path path = source.path();
        byte[] bytes = null;
        if (path == null) {
            try (InputStream in = source.open()) {
                bytes = in.readNBytes(MAX_FILE + 1);
            }
        }
        Problem refused = path != null ? refusal(file, path) : refusal(file, bytes);
        if (refused != null) {
            sink.accept(ReadOutcome.failed(refused));
            return null;
        }
        try (ReadableWorkbook wb = path != null ? new ReadableWorkbook(path.toFile())
                : new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            bytes = null; // the library holds its own copy
            Sheet sheet = sheet(wb, file, sink);
            if (sheet == null) return null;
            sheetRead = sheet.getName();
            Location origin = Location.cell(file, sheet.getName(), 0, 0);
            Map<String, Integer> split = split(sheet, wb.isDate1904());
            String how = "xlsx:" + sheet.getName();
            TabularInput table = new TabularInput(vocab, transform, origin, () -> how, () -> 0L, split, sink);
            try (Stream<Row> rows = sheet.openStream()) {
                table.run(new Cells(rows.iterator(), wb.isDate1904()));
            }
            warnings = table.warnings();
            return table.titleRows() > 0 ? how + "+header@" + table.headerLine() : how;
        } catch (OutOfMemoryError e) {
            // session 4 (L): the heap given to Java is too small for this workbook (the library holds its shared
            // strings); said as such, with the heap's size and how to give more, not as a damaged workbook
            sink.accept(ReadOutcome.failed(Problem.of(Location.of(file, 0, 0), "", null, ErrorCode.WORKBOOK_OUT_OF_MEMORY,
                    Runtime.getRuntime().maxMemory() >> 20)));
            return null;
        } catch (RuntimeException | IOException e) {
            // the library's ExcelReaderException, an XML error inside a part, a part that is missing
            sink.accept(ReadOutcome.failed(Problem.of(Location.of(file, 0, 0), "", null, ErrorCode.WORKBOOK_CORRUPT,
                    detail(e))));
            return null;
        }
    }

    /** What the library said, for the clerk: no class names (no stack trace reaches a user), one line. */
    static String detail(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return "?";
        m = m.replaceAll("([a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error)(:\\s*)?", "")
                .replaceAll("\\b[A-Z]\\w*(Exception|Error)\\b:?\\s*", "")
                .replaceAll("\\s+", " ").strip();
        if (m.isEmpty()) return "?";
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }

    /** Why the bytes cannot be read as a workbook, before the library sees them; null when they can. */
    static Problem refusal(String file, byte[] b) {
        Location at = Location.of(file, 0, 0);
        if (b.length == 0) return Problem.of(Location.of(file, 1, 0), "", null, ErrorCode.FILE_EMPTY);
        if (b.length > MAX_FILE) return Problem.of(at, "", null, ErrorCode.WORKBOOK_TOO_LARGE, MAX_FILE >> 20);
        if (isOle2(b)) {
            try {
                return ole2(at, new ByteArrayInputStream(b));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e); // bytes in memory: never
            }
        }
        if (!isZip(b)) return Problem.of(at, "", null, ErrorCode.WORKBOOK_CORRUPT, "not a zip package");
        try (org.apache.commons.compress.archivers.zip.ZipFile z = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(b)).get()) {
            return parts(at, z, b.length);
        } catch (IOException | RuntimeException e) {
            return Problem.of(at, "", null, ErrorCode.WORKBOOK_CORRUPT, detail(e));
        }
    }

    /** The same for a file, read in place: its first bytes, then its zip directory (#10: no copy in memory). */
    static Problem refusal(String file, java.nio.file.Path path) throws IOException {
        Location at = Location.of(file, 0, 0);
        long size = java.nio.file.Files.size(path);
        if (size == 0) return Problem.of(Location.of(file, 1, 0), "", null, ErrorCode.FILE_EMPTY);
        if (size > MAX_FILE) return Problem.of(at, "", null, ErrorCode.WORKBOOK_TOO_LARGE, MAX_FILE >> 20);
        byte[] head;
        try (InputStream in = java.nio.file.Files.newInputStream(path)) {
            head = in.readNBytes(8);
        }
        if (isOle2(head)) {
            try (InputStream in = java.nio.file.Files.newInputStream(path)) {
                return ole2(at, in);
            }
        }
        if (!isZip(head)) return Problem.of(at, "", null, ErrorCode.WORKBOOK_CORRUPT, "not a zip package");
        try (org.apache.commons.compress.archivers.zip.ZipFile z = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setPath(path).get()) {
            return parts(at, z, size);
        } catch (IOException | RuntimeException e) {
            return Problem.of(at, "", null, ErrorCode.WORKBOOK_CORRUPT, detail(e));
        }
    }

    /**
     * Both the old .xls and a password-protected .xlsx are OLE2 files; the latter holds EncryptionInfo
     * (looked for through the stream, a buffer at a time, with the overlap a name cut in two needs).
     */
    private static Problem ole2(Location at, InputStream in) throws IOException {
        byte[] needle = utf16("EncryptionInfo");
        byte[] buf = new byte[(1 << 16) + needle.length];
        int kept = 0;
        for (int n; (n = in.read(buf, kept, buf.length - kept)) > 0; ) {
            int length = kept + n;
            if (indexOf(buf, length, needle) >= 0) return Problem.of(at, "", null, ErrorCode.WORKBOOK_ENCRYPTED);
            kept = Math.min(needle.length - 1, length);
            System.arraycopy(buf, length - kept, buf, 0, kept);
        }
        return Problem.of(at, "", null, ErrorCode.WORKBOOK_XLS);
    }

    /**
     * Every part of the package inflated once, as the library will read it (its central directory: a
     * local header may leave its sizes to a data descriptor), before any XML is parsed: a part far
     * larger than the whole file could make (a zip bomb), or larger than Excel makes, is refused; so
     * are macros, a package without its workbook, and cells of a shared-strings table that is missing.
     */
    private static Problem parts(Location at, org.apache.commons.compress.archivers.zip.ZipFile z, long fileSize)
            throws IOException {
        long total = 0;
        boolean workbook = false;
        boolean sharedStrings = false;
        boolean usesShared = false;
        byte[] sharedMark = "t=\"s\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] buf = new byte[1 << 16];
        for (var entries = z.getEntries(); entries.hasMoreElements(); ) {
            var e = entries.nextElement();
            String name = e.getName();
            if (name.equalsIgnoreCase("xl/vbaProject.bin")) return Problem.of(at, "", null, ErrorCode.WORKBOOK_MACROS);
            if (name.equals("xl/workbook.xml")) workbook = true;
            if (name.equals("xl/sharedStrings.xml")) sharedStrings = true;
            boolean worksheet = name.startsWith("xl/worksheets/");
            if (e.isDirectory()) continue;
            long limit = name.equals("xl/sharedStrings.xml") ? MAX_SHARED_STRINGS : MAX_PART;
            long size = 0;
            try (InputStream in = z.getInputStream(e)) {
                if (in == null) continue;
                for (int n; (n = in.read(buf)) > 0; ) {
                    // a cell of the shared strings (t="s"); a mark cut by the buffer's end is found in another cell
                    if (worksheet && !usesShared && indexOf(buf, n, sharedMark) >= 0) usesShared = true;
                    size += n;
                    total += n;
                    if (size > limit || total > 2 * MAX_PART || size > BOMB_FLOOR && size / RATIO > fileSize) {
                        return Problem.of(at, name, null, ErrorCode.WORKBOOK_TOO_LARGE, MAX_FILE >> 20);
                    }
                }
            }
        }
        if (!workbook) return Problem.of(at, "", null, ErrorCode.WORKBOOK_CORRUPT, "xl/workbook.xml");
        if (usesShared && !sharedStrings) return Problem.of(at, "", null, ErrorCode.WORKBOOK_CORRUPT, "xl/sharedStrings.xml");
        return null;
    }

    static boolean isZip(byte[] b) { return Magic.isZip(b); }

    static boolean isOle2(byte[] b) { return Magic.isOle2(b); }

    private static byte[] utf16(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    }

    private static int indexOf(byte[] hay, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    private Sheet sheet(ReadableWorkbook wb, String file, Consumer<ReadOutcome> sink) {
        List<Sheet> sheets = wb.getSheets().toList();
        if (sheetName == null) {
            if (!sheets.isEmpty()) return sheets.get(0);
            sink.accept(ReadOutcome.failed(Problem.of(Location.of(file, 0, 0), "", null, ErrorCode.WORKBOOK_CORRUPT,
                    "no sheet")));
            return null;
        }
        for (Sheet s : sheets) if (s.getName().equals(sheetName)) return s;
        for (Sheet s : sheets) {
            if (kaigohojo.text.Normalize.matchKey(s.getName()).equals(kaigohojo.text.Normalize.matchKey(sheetName))) return s;
        }
        List<String> names = sheets.stream().map(Sheet::getName).toList();
        Problem p = Problem.of(Location.of(file, 0, 0), "--sheet", sheetName, ErrorCode.SHEET_NOT_FOUND, sheetName,
                String.join(", ", names));
        sink.accept(ReadOutcome.failed(kaigohojo.text.DidYouMean.suggest(sheetName, names).map(p::withSuggestion).orElse(p)));
        return null;
    }

    /**
     * Facilities whose rows are split apart in the sheet (id → the row it first appears on), found by a
     * first look through the sheet as {@link SplitScan} does for a CSV file.
     */
    private static Map<String, Integer> split(Sheet sheet, boolean date1904) throws IOException {
        FacilityIdMap first = FacilityIdMap.withValues(); // every id of the sheet: compact (flat memory)
        Map<String, Integer> split = new HashMap<>();
        int idColumn = -1;
        int scanned = 0;
        String current = null;
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row r = it.next();
                if (idColumn < 0) {
                    if (++scanned > TabularInput.TITLE_ROWS + 2) return split;
                    for (int i = 0; i < Math.min(r.getCellCount(), MAX_COLUMNS); i++) {
                        Cell c = r.getCell(i);
                        if (c != null && c.getType() == CellType.STRING && CsvColumns.byHeader(c.getText().strip())
                                .filter(col -> col.key().equals("facility_id")).isPresent()) idColumn = i;
                    }
                    continue;
                }
                Cell c = idColumn < r.getCellCount() ? r.getCell(idColumn) : null;
                String id = c == null ? "" : kaigohojo.text.Normalize.nfkc(text(c, date1904)).strip();
                if (id.isEmpty() || id.equals(current)) continue;
                current = id;
                long before = first.putIfAbsent(id, r.getRowNum());
                if (before != FacilityIdMap.ABSENT) split.putIfAbsent(id, (int) before);
            }
        }
        return split;
    }

    /** A cell's value as the text the binder reads; numbers in plain notation. */
    static String text(Cell c, boolean date1904) {
        if (c == null) return "";
        switch (c.getType()) {
            case NUMBER:
                return number(c.getRawValue());
            case BOOLEAN:
                return Boolean.TRUE.equals(c.asBoolean()) ? "true" : "false";
            case FORMULA: {
                String raw = c.getRawValue();
                if (raw == null) return "";
                Object v = c.getValue();
                return v instanceof BigDecimal ? number(raw) : raw;
            }
            case EMPTY:
                return "";
            default:
                String t = c.getRawValue();
                return t == null ? "" : t;
        }
    }

    /** "1200000", "1.2E6", "1319999.9999999998" → "1200000", "1200000", "1320000" (Excel shows 15 digits). */
    static String number(String raw) {
        if (raw == null || raw.isBlank()) return "";
        try {
            BigDecimal d = new BigDecimal(raw.strip());
            if (d.precision() - d.scale() > 20 || d.scale() > 20) return raw.strip(); // absurd: the binder refuses it
            d = d.round(MathContext.DECIMAL64.getPrecision() > 15 ? new MathContext(15) : MathContext.DECIMAL64);
            d = d.stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        } catch (NumberFormatException e) {
            return raw.strip();
        }
    }

    /** Excel's serial date (1900 system, or 1904) as a date; null when it is none. */
    static LocalDate serialDate(String raw, boolean date1904) {
        try {
            BigDecimal d = new BigDecimal(raw.strip());
            if (d.signum() <= 0 || d.compareTo(BigDecimal.valueOf(2_958_465)) > 0) return null; // up to 9999-12-31
            long days = d.longValue();
            if (date1904) return LocalDate.of(1904, 1, 1).plusDays(days);
            // the 1900 system counts a 29 February 1900 that never was (Lotus's error, kept by Excel)
            return days >= 61 ? LocalDate.of(1899, 12, 30).plusDays(days) : LocalDate.of(1899, 12, 31).plusDays(days);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    /** The sheet's rows as the table reader's rows: text by column, cell notes for what went wrong. */
    private static final class Cells implements RowSource {
        private final Iterator<Row> rows;
        private final boolean date1904;
        private CsvColumns.Column[] columns;

        Cells(Iterator<Row> rows, boolean date1904) {
            this.rows = rows;
            this.date1904 = date1904;
        }

        @Override
        public void columns(CsvColumns.Column[] columns) { this.columns = columns; }

        /** The row last read, so that it can be read again once the columns are known. */
        private Row last;

        @Override
        public void complete(CsvLexer.Row row) {
            if (last != null && last.getRowNum() == row.line) fill(last, row);
        }

        @Override
        public boolean next(CsvLexer.Row row) {
            if (!rows.hasNext()) return false;
            Row r = rows.next();
            last = r;
            fill(r, row);
            return true;
        }

        private void fill(Row r, CsvLexer.Row row) {
            row.line = r.getRowNum();
            row.count = 0;
            row.unbalanced = false;
            row.rawFirstLine = null;
            row.notes.clear();
            int n = r.getCellCount();
            if (n > MAX_COLUMNS) {
                // cells far to the right: only a blank column or stray note; the table has at most ~30 columns
                for (int i = MAX_COLUMNS; i < n; i++) {
                    Cell c = r.getCell(i);
                    if (c != null && c.getType() != CellType.EMPTY && c.getRawValue() != null && !c.getRawValue().isBlank()) {
                        row.notes.add(CellNote.of(i, ErrorCode.CSV_FIELD_COUNT, abbreviate(c.getRawValue()), i + 1,
                                columns == null ? MAX_COLUMNS : columns.length));
                        break;
                    }
                }
                n = MAX_COLUMNS;
            }
            for (int i = 0; i < n; i++) {
                Cell c = r.getCell(i);
                row.add(cell(c, i, row), row.line);
            }
            // a sheet stores no trailing empty cells: a short row is only a row with blanks at its end
            for (int i = n; columns != null && i < columns.length; i++) row.add("", row.line);
        }

        private String cell(Cell c, int i, CsvLexer.Row row) {
            if (c == null) return "";
            CsvColumns.Column col = columns != null && i < columns.length ? columns[i] : null;
            CellType type = c.getType();
            if (type == CellType.FORMULA && c.getRawValue() == null) {
                // before the header is known every cell counts (the row is read again once it is)
                if (col != null || columns == null) row.notes.add(CellNote.of(i, ErrorCode.FORMULA_WITHOUT_VALUE, c.getFormula(), "=" + c.getFormula()));
                return "";
            }
            if (type == CellType.ERROR || type == CellType.FORMULA && isErrorValue(c.getRawValue())) {
                if (col != null || columns == null) row.notes.add(CellNote.of(i, ErrorCode.CELL_ERROR, c.getRawValue(), c.getRawValue()));
                return "";
            }
            String t = text(c, date1904);
            if (t.length() > MAX_CELL) {
                row.notes.add(CellNote.of(i, ErrorCode.CELL_TOO_LONG, abbreviate(t), t.length(), MAX_CELL));
                return "";
            }
            boolean numeric = type == CellType.NUMBER || type == CellType.FORMULA && c.getValue() instanceof BigDecimal;
            if (col == null || !numeric) return t;
            if (col.key().equals("planned_date")) {
                LocalDate d = serialDate(c.getRawValue(), date1904);
                return d == null ? t : d.toString();
            }
            if (col.key().equals("facility_id") && t.matches("[0-9]{1,9}")) {
                // typed as a number: Excel dropped the leading zero of 0123456789
                String padded = "0".repeat(10 - t.length()) + t;
                row.notes.add(CellNote.of(i, ErrorCode.FACILITY_ID_LOST_ZERO, t, t, padded).withSuggestion(padded));
                return padded;
            }
            return t;
        }

        /** Excel's error values (#N/A, #REF!, #VALUE!, …), as a formula's cached value. */
        private static boolean isErrorValue(String raw) {
            return raw != null && raw.startsWith("#") && (raw.endsWith("!") || raw.endsWith("?") || raw.equals("#N/A")
                    || raw.equals("#GETTING_DATA"));
        }

        private static String abbreviate(String s) {
            return s.length() > 80 ? s.substring(0, 80) + "…" : s;
        }
    }
}
