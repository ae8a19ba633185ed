package kaigohojo.report;

/**
 * CSV cells that Excel opens safely: quoted when they hold a comma, quote or line break, and never
 * read as a formula: a cell starting with =, +, -, @, a tab or a carriage return gets a leading
 * apostrophe (OWASP's advice for CSV injection) and is quoted. A control character, bidi override or line break
 * that an input carries is shown as its visible replacement ({@link VisibleText}, #8): a CSV printed on a terminal
 * cannot colour the screen or forge a line, and a spreadsheet shows what was there.
 */
public final class CsvCells {
    private CsvCells() {}

    public static String cell(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        String v = VisibleText.of(raw);
        if (v.equals("-")) return v; // a lone hyphen (standard input's name, an empty cell's mark) is no formula
        char c = v.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '＝' || c == '＋' || c == '－' || c == '＠';
        boolean quote = formula || Character.isWhitespace(c);
        boolean quotes = false;
        for (int i = 0; i < v.length() && !quotes; i++) {
            char x = v.charAt(i);
            if (x == ',' || x == '\n' || x == '\r') quote = true;
            else if (x == '"') quote = quotes = true;
        }
        if (!quote) return v;
        String s = formula ? "'" + v : v;
        return '"' + (quotes ? s.replace("\"", "\"\"") : s) + '"';
    }

    public static String number(long v) { return Long.toString(v); }

    /** Writes a row straight to the writer (no intermediate string). */
    public static void row(java.io.Writer out, String... cells) throws java.io.IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) out.write(',');
            out.write(cells[i]);
        }
        out.write("\r\n");
    }

    /** Cells joined by commas, written straight to the writer (no leading or trailing comma, no line end). */
    public static void cells(java.io.Writer out, String... cells) throws java.io.IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) out.write(',');
            out.write(cells[i]);
        }
    }

    public static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(cells[i]);
        }
        sb.append("\r\n");
    }
}
