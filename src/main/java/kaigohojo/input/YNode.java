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
        public boolean isNull() { return text == null || text.isBlank(); }
        @Override public String toString() { return String.valueOf(text); }
    }

    /** One key of a mapping, with the place of the key itself. */
    public record Entry(String key, int line, int column, YNode value) {}

    public static final class Mapping extends YNode {
        private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

        public Mapping(int line, int column) { super(line, column); }

        /** Adds an entry; returns the previous entry under the same key, if any (a duplicate). */
        public Entry put(Entry e) {
            Entry old = entries.get(e.key());
            if (old == null) entries.put(e.key(), e);
            return old;
        }

        /** Sets an entry, replacing any under the same key (for --set). */
        public void replace(Entry e) { entries.put(e.key(), e); }

        public Entry entry(String key) { return entries.get(key); }
        public YNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }
        public Map<String, Entry> entries() { return Collections.unmodifiableMap(entries); }
        public boolean isEmpty() { return entries.isEmpty(); }
    }

    public static final class Sequence extends YNode {
        private final List<YNode> elements = new ArrayList<>();

        public Sequence(int line, int column) { super(line, column); }

        public void add(YNode n) { elements.add(n); }
        public List<YNode> elements() { return Collections.unmodifiableList(elements); }
    }
}
