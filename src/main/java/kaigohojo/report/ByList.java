package kaigohojo.report;

import java.util.List;
import java.util.Objects;

/**
 * What a report made once for a list that recurs from facility to facility (an item's reasons, a
 * facility's findings: #13), found again by the list's elements. A map by the lists would do the same;
 * this table hashes and compares them by index, where {@code HashMap} with the engine's immutable lists
 * made an iterator for every comparison (most of a CSV writer's allocation) and spent a tenth of its time
 * looking. Equal lists (same size, {@link Object#equals} element by element) find the same value, as in a
 * map. Bounded: past {@link #MAX} lists it forgets them all, whatever the input. {@code ByListTest}
 * compares it with a {@code HashMap} on random lists.
 */
final class ByList<V> {
    /** How many lists are remembered before all are forgotten. */
    static final int MAX = 4096;

    private Object[] keys = new Object[64];
    private Object[] values = new Object[64];
    private int[] hashes = new int[64];
    private int size;

    /** The value remembered for a list equal to this one, or null. */
    @SuppressWarnings("unchecked")
    V get(List<?> list) {
        int h = hash(list);
        int mask = keys.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            Object k = keys[i];
            if (k == null) return null;
            if (hashes[i] == h && same((List<?>) k, list)) return (V) values[i];
        }
    }

    /** Remembers a value for a list (one that no remembered list equals: after {@link #get} gave null). */
    void put(List<?> list, V value) {
        if (size >= MAX) clear();
        if ((size + 1) * 2 > keys.length) grow();
        insert(list, hash(list), value);
        size++;
    }

    int size() { return size; }

    private void insert(Object list, int h, Object value) {
        int mask = keys.length - 1;
        int i = h & mask;
        while (keys[i] != null) i = (i + 1) & mask;
        keys[i] = list;
        hashes[i] = h;
        values[i] = value;
    }

    private void grow() {
        Object[] k = keys, v = values;
        int[] h = hashes;
        keys = new Object[k.length * 2];
        values = new Object[k.length * 2];
        hashes = new int[k.length * 2];
        for (int i = 0; i < k.length; i++) if (k[i] != null) insert(k[i], h[i], v[i]);
    }

    private void clear() {
        java.util.Arrays.fill(keys, null);
        java.util.Arrays.fill(values, null);
        size = 0;
    }

    /** {@link List#hashCode}'s formula, by index; spread so that the low bits, which pick the slot, differ. */
    static int hash(List<?> list) {
        int h = 1;
        for (int i = 0, n = list.size(); i < n; i++) h = 31 * h + Objects.hashCode(list.get(i));
        return h ^ h >>> 16;
    }

    static boolean same(List<?> a, List<?> b) {
        if (a == b) return true;
        int n = a.size();
        if (n != b.size()) return false;
        for (int i = 0; i < n; i++) if (!Objects.equals(a.get(i), b.get(i))) return false;
        return true;
    }
}
