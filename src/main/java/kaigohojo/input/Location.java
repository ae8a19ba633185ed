package kaigohojo.input;

/**
 * A place in an input file: 1-based physical line and column (0 when unknown). In a workbook the line
 * is the sheet's row and the column its column number, and {@code sheet} names the sheet, so that the
 * place can also be shown as the clerk sees it: {@code 申請!D7}. Text files have no sheet (null).
 */
public record Location(String file, int line, int column, String sheet) {
    public Location(String file, int line, int column) {
        this(file, line, column, null);
    }

    public static Location of(String file, int line, int column) {
        return new Location(file, line, column, null);
    }

    /** A place in a workbook's sheet: row and column numbers from 1. */
    public static Location cell(String file, String sheet, int row, int column) {
        return new Location(file, row, column, sheet);
    }

    /** Another place in the same file (and sheet). */
    public Location at(int line, int column) { return new Location(file, line, column, sheet); }

    public Location atLineOnly() { return new Location(file, line, 0, sheet); }

    /**
     * The place as Excel names it ({@code 申請!D7}; a whole row {@code 申請!7:7}; names with spaces or
     * symbols quoted as Excel quotes them), or null outside a workbook.
     */
    public String cell() {
        if (sheet == null) return null;
        String s = sheet.matches("[\\p{L}\\p{N}_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
        if (line <= 0) return s;
        if (column <= 0) return s + "!" + line + ":" + line;
        return s + "!" + columnLetters(column) + line;
    }

    /** 1 → A, 27 → AA. */
    public static String columnLetters(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) b.insert(0, (char) ('A' + (c - 1) % 26));
        return b.toString();
    }

    @Override public String toString() {
        if (sheet != null) return file + " " + cell();
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }
}
