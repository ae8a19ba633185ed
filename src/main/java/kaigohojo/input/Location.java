package kaigohojo.input;

/** A place in an input file: 1-based physical line and column (0 when unknown). */
public record Location(String file, int line, int column) {
    public static Location of(String file, int line, int column) {
        return new Location(file, line, column);
    }

    public Location atLineOnly() { return new Location(file, line, 0); }

    @Override public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }
}
