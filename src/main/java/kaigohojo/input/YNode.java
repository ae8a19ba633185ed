package kaigohojo.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML (or CSV-derived) value that remembers where it stood: line and column of its start.
 * Submissions and rule files are read into this small tree, then bound by code that can name the
 * exact line of every problem.
 */
public abstract sealed class YNode permits YNode.Scalar, YNode.Mapping, YNode.Sequence {
    private final int line;
    private final int column;

    YNode(int line, int column) {
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }
    public int column() { return column; }

    /** A scalar: its text as written (null for YAML null or an empty value). */
    public static final class Scalar extends YNode {
        private final String text;
        private final String label;

        public Scalar(String text, int line, int column) { this(text, line, column, null); }

        /** @param label the name under which errors report this value (a CSV column header), or null */
        public Scalar(String text, int line, int column, String label) {
            super(line, column);
            this.text = text;
            this.label = label;
        }

        public String text() { return text; }
        public String label() { return label; }
        public boolean isNull() { return text == null || kaigohojo.text.Normalize.isBlank(text); }
        @Override public String toString() { return String.valueOf(text); }
    }

    /** One key of a mapping, with the place of the key itself. */
    public record Entry(String key, int line, int column, YNode value) {}

    /**
     * Keys in their order. Small arrays and a linear search: a submission's mappings hold a dozen keys,
     * and a million CSV rows make a million of them, where hash tables would cost more than they save.
     */
    public static non-sealed class Mapping extends YNode {
        private String[] keys;
        private Entry[] values;
        private int size;

        public Mapping(int line, int column) { this(line, column, 16); }

        /** #13: a mapping that keeps its entries elsewhere (a CSV row) starts with no arrays of its own. */
        Mapping(int line, int column, int capacity) {
            super(line, column);
            keys = capacity == 0 ? NO_KEYS : new String[capacity];
            values = capacity == 0 ? NO_ENTRIES : new Entry[capacity];
        }

        /** What a mapping with no room of its own starts with (#13: one per CSV row); put() grows out of them. */
        private static final String[] NO_KEYS = {};
        private static final Entry[] NO_ENTRIES = {};

        private int indexOf(String key) {
            for (int i = 0; i < size; i++) if (keys[i].equals(key)) return i;
            return -1;
        }

        /** Adds an entry; returns the previous entry under the same key, if any (a duplicate). */
        public Entry put(Entry e) {
            int i = indexOf(e.key());
            if (i >= 0) return values[i];
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, Math.max(4, size * 2));
                values = java.util.Arrays.copyOf(values, Math.max(4, size * 2));
            }
            keys[size] = e.key();
            values[size++] = e;
            return null;
        }

        /** Sets an entry, replacing any under the same key (for --set). */
        public void replace(Entry e) {
            int i = indexOf(e.key());
            if (i >= 0) values[i] = e;
            else put(e);
        }

        public Entry entry(String key) {
            int i = indexOf(key);
            return i < 0 ? null : values[i];
        }

        public YNode get(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }

        /**
         * The text of a scalar under {@code key}: null when absent, null or blank; the raw text otherwise.
         * Throws nothing for a non-scalar: use {@link #get} to tell.
         */
        public String text(String key) {
            YNode n = get(key);
            return n instanceof Scalar s && !s.isNull() ? s.text() : null;
        }

        /** The entries in order (a view for reading). */
        public List<Entry> list() { return java.util.Arrays.asList(values).subList(0, size); }

        /** The entries by key, in order. */
        public Map<String, Entry> entries() {
            Map<String, Entry> m = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) m.put(keys[i], values[i]);
            return Collections.unmodifiableMap(m);
        }

        public boolean isEmpty() { return size == 0; }
    }

    public static final class Sequence extends YNode {
        private final List<YNode> elements = new ArrayList<>();

        public Sequence(int line, int column) { super(line, column); }

        public void add(YNode n) { elements.add(n); }
        /** #13 (session 7): how many elements, and one of them, with no view or iterator made. */
        public int size() { return elements.size(); }
        public YNode get(int i) { return elements.get(i); }
        public List<YNode> elements() { return Collections.unmodifiableList(elements); }
    }
}
