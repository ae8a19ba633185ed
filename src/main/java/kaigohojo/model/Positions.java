package kaigohojo.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import kaigohojo.input.Location;

/**
 * Where each field of a facility or an item was written, so later checks can point at it. Kept in
 * small arrays (a CSV batch makes a million of these); a {@link Location} is made only when asked for.
 */
public final class Positions {
    private final Location start;
    private final String pathPrefix;
    private String[] fields;
    private int[] lines;
    private int[] columns;
    private String[] labels;
    private int size;

    public Positions(Location start, String pathPrefix) {
        this(start, pathPrefix, 8);
    }

    /** #13: a CSV row's positions, whose arrays are the file's: none of their own (see {@link #row}). */
    private Positions(Location start) {
        this.start = start;
        this.pathPrefix = "";
    }

    /** @param capacity how many fields to make room for (#13: a facility's fifteen, without growing) */
    public Positions(Location start, String pathPrefix, int capacity) {
        this.start = start;
        this.pathPrefix = pathPrefix;
        fields = new String[capacity];
        lines = new int[capacity];
        columns = new int[capacity];
        labels = new String[capacity];
    }

    /**
     * The positions of a CSV row, sharing the file's column layout: field of each column (null for a
     * column that is no field of this record), its header, and the row's line of each column (null
     * when every column is on the row's first line, {@code start}'s line).
     */
    public static Positions row(Location start, String[] fieldOfColumn, String[] headers, int[] columns, int[] lines,
                                java.util.Map<String, String> absentNames) {
        Positions p = new Positions(start);
        p.absentNames = absentNames;
        p.fields = fieldOfColumn;
        p.labels = headers;
        p.columns = columns;
        p.lines = lines;
        p.size = fieldOfColumn.length;
        p.shared = true;
        return p;
    }

    private boolean shared;
    private java.util.Map<String, String> absentNames;

    public Location start() { return start; }

    public void put(String field, int line, int column, String label) {
        if (shared) throw new IllegalStateException("a CSV row's positions are fixed by its columns");
        if (size == fields.length) {
            fields = java.util.Arrays.copyOf(fields, size * 2);
            lines = java.util.Arrays.copyOf(lines, size * 2);
            columns = java.util.Arrays.copyOf(columns, size * 2);
            labels = java.util.Arrays.copyOf(labels, size * 2);
        }
        fields[size] = field;
        lines[size] = line;
        columns[size] = column;
        labels[size] = label;
        size++;
    }

    public void put(String field, Location at, String label) {
        put(field, at.line(), at.column(), label);
    }

    private int indexOf(String field) {
        for (int i = 0; i < size; i++) if (field.equals(fields[i])) return i;
        return -1;
    }

    /** The place of a field, or the start of its record when the field was not written. */
    public Location of(String field) {
        int i = indexOf(field);
        return i < 0 ? start : start.at(lineAt(i), columns[i]);
    }

    /** The field's name as the input names it: a YAML path (items[2].unit_price) or a CSV header. */
    public String name(String field) {
        int i = indexOf(field);
        if (i >= 0 && labels[i] != null) return labels[i];
        if (absentNames != null && absentNames.containsKey(field)) return absentNames.get(field);
        return pathPrefix == null || pathPrefix.isEmpty() ? field : pathPrefix + "." + field;
    }

    /** A CSV row's lines may be null: every cell is then on the row's first line (#13). */
    private int lineAt(int i) {
        return lines == null ? start.line() : lines[i];
    }

    public Map<String, Location> all() {
        Map<String, Location> m = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            if (fields[i] != null) m.put(fields[i], start.at(lineAt(i), columns[i]));
        }
        return Collections.unmodifiableMap(m);
    }
}
