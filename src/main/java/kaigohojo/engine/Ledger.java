package kaigohojo.engine;

import java.util.ArrayList;
import java.util.List;
import kaigohojo.rules.Cited;

/**
 * Remembers which rule values a computation used, so that a report can footnote the unverified ones.
 * A facility uses a few dozen, noted a hundred times or more: the list keeps their order, and a small
 * open-addressing table on the path's (cached) hash finds one already noted in a step or two (#13: a
 * scan of the list was 3-4 % of a million-row batch; a HashSet per facility costs more than either).
 */
final class Ledger {
    private final List<String> used;
    /** The noted paths by hash, at most half full (a power of two long); null when nothing is kept. */
    private String[] table;

    Ledger() {
        used = new ArrayList<>(32);
        table = new String[64];
    }

    private Ledger(boolean keeps) {
        used = List.of();
        table = null;
    }

    /** A ledger that keeps nothing, for a run whose report prints no rules used (#13, session 6: CSV, check). */
    static final Ledger NONE = new Ledger(false);

    <T> T use(Cited<T> c) {
        note(c.path());
        return c.value();
    }

    <T> Cited<T> cite(Cited<T> c) {
        note(c.path());
        return c;
    }

    private void note(String path) {
        if (table == null) return;
        int mask = table.length - 1;
        int i = mix(path.hashCode()) & mask;
        for (String s; (s = table[i]) != null; i = (i + 1) & mask) {
            if (s == path || s.equals(path)) return;
        }
        table[i] = path;
        used.add(path);
        if (used.size() * 2 > table.length) grow();
    }

    private void grow() {
        String[] bigger = new String[table.length * 2];
        int mask = bigger.length - 1;
        for (String s : used) {
            int i = mix(s.hashCode()) & mask;
            while (bigger[i] != null) i = (i + 1) & mask;
            bigger[i] = s;
        }
        table = bigger;
    }

    /** Spreads a string's hash over the low bits (paths share long prefixes). */
    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    /** The paths noted, in order; {@code contains} looks in the table (#13: a report asks it for each unverified rule). */
    List<String> used() {
        if (table == null) return List.of();
        return new java.util.AbstractList<String>() {
            @Override public String get(int i) { return used.get(i); }
            @Override public int size() { return used.size(); }
            @Override public boolean contains(Object o) { return o instanceof String s && noted(s); }
        };
    }

    private boolean noted(String path) {
        int mask = table.length - 1;
        for (int i = mix(path.hashCode()) & mask; table[i] != null; i = (i + 1) & mask) {
            if (table[i] == path || table[i].equals(path)) return true;
        }
        return false;
    }
}
