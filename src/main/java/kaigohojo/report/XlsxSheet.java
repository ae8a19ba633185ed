package kaigohojo.report;

import java.io.IOException;
import java.time.LocalDate;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet of a workbook kaigo-hojo writes: a frozen header row with an autofilter, text that stays
 * text (IDs keep their zeros), yen as numbers in {@code #,##0}, dates as dates, and column widths that
 * fit Japanese text (a full-width character counts two). Rows are flushed to the file as they come,
 * so that a sheet of 100,000 rows never sits in memory; strings are written inline for the same reason.
 */
final class XlsxSheet {
    static final String YEN = "#,##0";
    static final String DATE = "yyyy-mm-dd";
    static final String TEXT = "@";
    private static final int MAX_WIDTH = 60;
    private static final int FLUSH_EVERY = 512;

    private final Worksheet ws;
    private final int[] widths;
    private int row;

    XlsxSheet(Worksheet ws, String... headers) {
        this.ws = ws;
        this.widths = new int[headers.length];
        for (int c = 0; c < headers.length; c++) {
            ws.inlineString(0, c, headers[c]);
            ws.style(0, c).bold().fillColor("DDEBF7").set();
            fit(c, headers[c]);
        }
        ws.freezePane(0, 1);
        row = 1;
    }

    /** The next row: each value a String (text), Long/Integer (a count), Yen (an amount), LocalDate, or null. */
    void row(Object... cells) throws IOException {
        for (int c = 0; c < cells.length && c < widths.length; c++) {
            Object v = cells[c];
            if (v == null) continue;
            if (v instanceof Text t) {
                if (t.text().isEmpty()) continue;
                ws.inlineString(row, c, t.text());
                ws.style(row, c).format(TEXT).set();
                fit(c, t.text());
            } else if (v instanceof Yen y) {
                ws.value(row, c, y.amount);
                ws.style(row, c).format(YEN).set();
                fit(c, kaigohojo.money.Yen.format(y.amount));
            } else if (v instanceof Long || v instanceof Integer) {
                ws.value(row, c, (Number) v);
                fit(c, v.toString());
            } else if (v instanceof LocalDate d) {
                ws.value(row, c, d);
                ws.style(row, c).format(DATE).set();
                fit(c, "2026-07-01");
            } else {
                String s = v.toString();
                if (s.isEmpty()) continue;
                ws.inlineString(row, c, s);
                fit(c, s);
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) ws.flush();
    }

    /** A cell that must stay text in Excel's eyes (an ID): marked with the text format. */
    static Object id(String s) { return new Text(s); }

    /** An amount in yen. */
    static Object yen(long v) { return new Yen(v); }

    private void fit(int c, String s) {
        int w = Math.min(MAX_WIDTH, kaigohojo.text.DisplayWidth.of(s) + 2);
        if (w > widths[c]) widths[c] = w;
    }

    int rows() { return row; }

    /** Widths, autofilter over the header; then the sheet is written out. */
    void finish() throws IOException {
        for (int c = 0; c < widths.length; c++) ws.width(c, Math.max(8, widths[c]));
        if (widths.length > 0) ws.setAutoFilter(0, 0, widths.length - 1);
        ws.finish();
    }

    record Yen(long amount) {}

    record Text(String text) {
        @Override public String toString() { return text; }
    }
}
