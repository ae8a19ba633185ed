package kaigohojo.input;

import java.util.ArrayList;
import java.util.List;
import kaigohojo.model.Positions;

/**
 * One CSV row seen as an item's mapping, without a node per cell: the cells stay in the row's arrays
 * and a scalar is made only for a key that is asked for. A million rows would otherwise make twenty
 * million small objects. {@code --set} overrides go on top of the row.
 * #13 (session 7): the cells are in the block's array, which TabularInput reuses for the next facility:
 * a row mapping is read only while its facility is bound; nothing bound from it (a Submission, its items
 * and positions, a Problem) refers to that array.
 */
final class CsvRowMapping extends OverlaidMapping {
    /** The file's columns: the item key of each (null for facility columns and unknown ones), headers. */
    record Layout(String[] keyOfColumn, String[] headers, int[] columnNumbers, java.util.Map<String, Integer> index,
                  java.util.Map<String, String> absentNames, int[] columnOfSlot) {
        /** @param absentNames how to name an item field whose column the file lacks (its key or its alias) */
        Layout(String[] keyOfColumn, String[] headers, int[] columnNumbers, java.util.Map<String, String> absentNames) {
            this(keyOfColumn, headers, columnNumbers, indexOf(keyOfColumn), absentNames, slots(keyOfColumn));
        }

        /**
         * #13: the column of each item field, by the field's place in {@link SubmissionBinder#ITEM_KEYS}
         * (-1 when the file has no such column): resolved once from the header, so that a row's cell is
         * read by index, with no lookup by key.
         */
        private static int[] slots(String[] keys) {
            int[] bySlot = new int[SubmissionBinder.ITEM_KEYS.size()];
            java.util.Arrays.fill(bySlot, -1);
            for (int c = 0; c < keys.length; c++) {
                int slot = keys[c] == null ? -1 : SubmissionBinder.ITEM_KEYS.indexOf(keys[c]);
                if (slot >= 0) bySlot[slot] = c;
            }
            return bySlot;
        }

        private static java.util.Map<String, Integer> indexOf(String[] keys) {
            java.util.Map<String, Integer> m = new java.util.HashMap<>();
            for (int i = 0; i < keys.length; i++) if (keys[i] != null) m.put(keys[i], i);
            return m;
        }

        int column(String key) {
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }
    }

    private final Layout layout;
    /** The block's cells: this row's are {@code cells[at + column index]} (#13 session 7: one array for all rows). */
    private final String[] cells;
    private final int at;
    /** The line of each cell; null when every cell is on the row's line. */
    private final int[] lines;

    /** @param at where the row's first cell is in {@code cells} */
    CsvRowMapping(Layout layout, String[] cells, int at, int[] lines, int line) {
        super(line, 1);
        this.layout = layout;
        this.cells = cells;
        this.at = at;
        this.lines = lines;
    }

    Positions positions(Location origin) {
        return Positions.row(origin.at(line(), column()), layout.keyOfColumn(), layout.headers(),
                layout.columnNumbers(), lines, layout.absentNames());
    }

    @Override
    YNode.Entry base(String key) {
        int c = layout.column(key);
        if (c < 0) return null;
        String v = cells[at + c];
        int ln = lines == null ? line() : lines[c];
        YNode.Scalar s = new YNode.Scalar(kaigohojo.text.Normalize.isBlank(v) ? null : v, ln, c + 1,
                layout.headers()[c]);
        return new YNode.Entry(key, ln, c + 1, s);
    }

    @Override
    List<String> baseKeys() {
        List<String> keys = new ArrayList<>();
        for (String k : layout.keyOfColumn()) if (k != null) keys.add(k);
        return keys;
    }

    /** The cell's text without making a node (null when blank, or when the column is absent). */
    @Override
    public String text(String key) {
        if (overrides(key)) return super.text(key);
        int c = layout.column(key);
        if (c < 0) return null;
        String v = cells[at + c];
        return kaigohojo.text.Normalize.isBlank(v) ? null : v;
    }

    /**
     * #13: the text of the item field in {@code slot} (its place in {@link SubmissionBinder#ITEM_KEYS}),
     * stripped: null when blank or when the column is absent. The cell is read by its column's index; a
     * field that {@code --set} overrides is read from the override.
     */
    String cell(int slot) {
        if (overridden()) {
            String t = text(SubmissionBinder.ITEM_KEYS.get(slot));
            return t == null ? null : t.strip();
        }
        int c = layout.columnOfSlot()[slot];
        return c < 0 ? null : Cells.text(cells[at + c]);
    }
}
