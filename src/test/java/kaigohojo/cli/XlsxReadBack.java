package kaigohojo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * #10: a workbook kaigo-hojo wrote, read back with a real library (fastexcel-reader, with cell formats)
 * as a clerk's Excel would show it: sheets in order, each cell's type and number format. What the
 * reader has no API for (the frozen pane, the autofilter) is read from the sheet's own XML part, found
 * through the workbook's relationships: no guess at part names.
 */
final class XlsxReadBack {
    /**
     * One sheet: its rows (row number from 1 → cells by column from 0), its XML part, and the number
     * format of each cell's style (the reader gives a format for numbers only, not for text cells).
     */
    record Sheet(String name, Map<Integer, Row> rows, String xml, Map<String, String> formats) {
        /** The number format of a cell's style ("@" for text, "#,##0"), from the package; null for none. */
        String format(int r, int c) {
            Matcher m = Pattern.compile("<c r=\"" + kaigohojo.input.Location.columnLetters(c + 1) + r + "\"([^>]*)>").matcher(xml);
            assertTrue(m.find(), name + ": no cell " + kaigohojo.input.Location.columnLetters(c + 1) + r);
            Matcher st = Pattern.compile(" s=\"(\\d+)\"").matcher(m.group(1));
            return st.find() ? formats.get(st.group(1)) : null;
        }

        /** An ID: text in Excel's eyes, with the text format (@), so that its leading zero stays. */
        String id(int r, int c) {
            Cell cell = cell(r, c);
            assertEquals(CellType.STRING, cell.getType(), "an ID is text: " + cell);
            assertEquals("@", format(r, c), "an ID has the text format: " + cell);
            return cell.getRawValue();
        }

        Row row(int r) {
            Row x = rows.get(r);
            assertNotNull(x, name + ": no row " + r);
            return x;
        }

        Cell cell(int r, int c) {
            Row x = row(r);
            Cell cell = c < x.getCellCount() ? x.getCell(c) : null;
            assertNotNull(cell, name + ": no cell at row " + r + ", column " + (c + 1));
            return cell;
        }

        /** The header's texts (row 1). */
        List<String> header() {
            List<String> h = new ArrayList<>();
            Row r = row(1);
            for (int c = 0; c < r.getCellCount(); c++) h.add(r.getCell(c) == null ? "" : r.getCell(c).getRawValue());
            return h;
        }

        int column(String header) {
            int c = header().indexOf(header);
            assertTrue(c >= 0, name + ": no column " + header + " in " + header());
            return c;
        }

        /** The last row number. */
        int lastRow() { return rows.keySet().stream().mapToInt(Integer::intValue).max().orElse(0); }

        /** Header frozen (the pane below row 1) and the autofilter over the whole table, from its header. */
        void assertFrozenHeaderAndFilter() {
            assertTrue(xml.matches("(?s).*<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\".*"), name + ": header row frozen");
            String last = kaigohojo.input.Location.columnLetters(header().size());
            String ref = "A1:" + last + Math.max(1, lastRow());
            assertTrue(xml.contains("<autoFilter ref=\"" + ref + "\""), name + ": autofilter over the table, " + ref);
            assertTrue(xml.contains("<cols>") && xml.contains("customWidth=\"true\""), name + ": column widths set");
        }
    }

    private XlsxReadBack() {}

    /** Every sheet of the workbook, in order. */
    static LinkedHashMap<String, Sheet> read(Path file) throws IOException {
        Map<String, String> xmlByName = sheetXml(file);
        Map<String, String> formats = styleFormats(file);
        LinkedHashMap<String, Sheet> out = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            for (org.dhatim.fastexcel.reader.Sheet s : wb.getSheets().toList()) {
                Map<Integer, Row> rows = new LinkedHashMap<>();
                try (var stream = s.openStream()) {
                    stream.forEach(r -> rows.put(r.getRowNum(), r));
                }
                String xml = xmlByName.get(s.getName());
                assertNotNull(xml, "the XML part of sheet " + s.getName());
                out.put(s.getName(), new Sheet(s.getName(), rows, xml, formats));
            }
        }
        return out;
    }

    /** Sheet name → its XML, by xl/workbook.xml and its relationships. */
    private static Map<String, String> sheetXml(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (ZipFile z = new ZipFile(file.toFile())) {
            String wb = new String(z.getInputStream(z.getEntry("xl/workbook.xml")).readAllBytes(), UTF_8);
            String rels = new String(z.getInputStream(z.getEntry("xl/_rels/workbook.xml.rels")).readAllBytes(), UTF_8);
            Map<String, String> target = new HashMap<>();
            Matcher r = Pattern.compile("<Relationship [^>]*?Id=\"([^\"]+)\"[^>]*?Target=\"([^\"]+)\"").matcher(rels);
            while (r.find()) target.put(r.group(1), r.group(2));
            Matcher r2 = Pattern.compile("<Relationship [^>]*?Target=\"([^\"]+)\"[^>]*?Id=\"([^\"]+)\"").matcher(rels);
            while (r2.find()) target.put(r2.group(2), r2.group(1));
            Matcher s = Pattern.compile("<sheet [^>]*?name=\"([^\"]+)\"[^>]*?r:id=\"([^\"]+)\"").matcher(wb);
            while (s.find()) {
                String t = target.get(s.group(2));
                String part = t.startsWith("/") ? t.substring(1) : "xl/" + t;
                out.put(unescape(s.group(1)), new String(z.getInputStream(z.getEntry(part)).readAllBytes(), UTF_8));
            }
        }
        return out;
    }

    /** Style index (cellXfs) → its number format's code, from xl/styles.xml (built-in 49 is "@"). */
    private static Map<String, String> styleFormats(Path file) throws IOException {
        String styles;
        try (ZipFile z = new ZipFile(file.toFile())) {
            styles = new String(z.getInputStream(z.getEntry("xl/styles.xml")).readAllBytes(), UTF_8);
        }
        Map<String, String> codes = new HashMap<>(Map.of("0", "General", "3", "#,##0", "14", "mm-dd-yy", "49", "@"));
        Matcher f = Pattern.compile("<numFmt numFmtId=\"(\\d+)\" formatCode=\"([^\"]*)\"").matcher(styles);
        while (f.find()) codes.put(f.group(1), unescape(f.group(2)));
        Map<String, String> out = new HashMap<>();
        int xfs = styles.indexOf("<cellXfs");
        Matcher x = Pattern.compile("<xf numFmtId=\"(\\d+)\"").matcher(styles.substring(xfs, styles.indexOf("</cellXfs>")));
        for (int i = 0; x.find(); i++) out.put(String.valueOf(i), codes.get(x.group(1)));
        return out;
    }

    /** XML's character references (&#x30a8; as the writer spells a Japanese name) and entities. */
    private static String unescape(String s) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(b, Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        m.appendTail(b);
        return b.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /** An amount: a number in Excel's eyes, shown as #,##0. */
    static long yen(Cell c) {
        assertEquals(CellType.NUMBER, c.getType(), "an amount is a number: " + c);
        assertEquals("#,##0", c.getDataFormatString(), "an amount in yen format: " + c);
        return c.asNumber().longValueExact();
    }

    /** A count or a row number: a number. */
    static long number(Cell c) {
        assertEquals(CellType.NUMBER, c.getType(), "a number: " + c);
        return c.asNumber().longValueExact();
    }

    /** A date: a serial number shown in a date format. */
    static LocalDate date(Cell c) {
        assertEquals(CellType.NUMBER, c.getType(), "a date is a serial number: " + c);
        assertEquals("yyyy-mm-dd", c.getDataFormatString(), "a date format: " + c);
        return c.asDate().toLocalDate();
    }

    /** Plain text. */
    static String text(Cell c) {
        assertEquals(CellType.STRING, c.getType(), "text: " + c);
        return c.getRawValue();
    }
}
