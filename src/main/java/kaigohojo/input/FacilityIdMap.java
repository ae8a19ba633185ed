package kaigohojo.input;

import java.util.HashMap;
import java.util.Map;

/**
 * Facility ids seen in a run, each with a number (a line, or a packed file and line), kept compact:
 * the one structure of a batch that grows with the number of facilities (duplicate and split facility
 * detection), so memory stays flat otherwise. An id of 1 to 17 ASCII digits (every 介護保険事業所番号)
 * is held as one long in an open-addressing table: 8 bytes a slot without values, 16 with, at most
 * three quarters full (≈ 11–21 bytes a facility, against ≈ 100–160 for a HashMap of Strings). Other
 * ids go to an ordinary map.
 */
public final class FacilityIdMap {
    /** What {@link #putIfAbsent} and {@link #get} give for an id not held. */
    public static final long ABSENT = -1;

    private final boolean withValues;
    private long[] keys = new long[64]; // 0: empty slot (a key is never 0: it holds the id's length)
    private long[] values;
    private int size;
    private Map<String, Long> others;

    /** A map of id → a value ≥ 0. */
    public static FacilityIdMap withValues() {
        return new FacilityIdMap(true);
    }

    /** A set of ids (every value is 0). */
    public static FacilityIdMap set() {
        return new FacilityIdMap(false);
    }

    private FacilityIdMap(boolean withValues) {
        this.withValues = withValues;
        if (withValues) values = new long[keys.length];
    }

    /** The value held for {@code id}, or {@link #ABSENT}. */
    public long get(String id) {
        long k = key(id);
        if (k == 0) {
            Long v = others == null ? null : others.get(id);
            return v == null ? ABSENT : v;
        }
        int mask = keys.length - 1;
        for (int i = slot(k, mask); ; i = (i + 1) & mask) {
            if (keys[i] == k) return withValues ? values[i] : 0;
            if (keys[i] == 0) return ABSENT;
        }
    }

    /** Puts {@code id} with {@code value} (≥ 0) unless held; gives the value held before, or {@link #ABSENT}. */
    public long putIfAbsent(String id, long value) {
        if (value < 0) throw new IllegalArgumentException("value " + value);
        long k = key(id);
        if (k == 0) {
            if (others == null) others = new HashMap<>();
            Long before = others.putIfAbsent(id, withValues ? value : 0L);
            return before == null ? ABSENT : before;
        }
        int mask = keys.length - 1;
        int i = slot(k, mask);
        for (; keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == k) return withValues ? values[i] : 0;
        }
        keys[i] = k;
        if (withValues) values[i] = value;
        if (++size * 4L > keys.length * 3L) grow();
        return ABSENT;
    }

    /** How many ids are held. */
    public int size() {
        return size + (others == null ? 0 : others.size());
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        if (withValues) values = new long[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long k = oldKeys[j];
            if (k == 0) continue;
            int i = slot(k, mask);
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = k;
            if (withValues) values[i] = oldValues[j];
        }
    }

    private static int slot(long k, int mask) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The id as value × 32 + length (so "0123" ≠ "123"), or 0 when it is not 1 to 17 ASCII digits. */
    static long key(String id) {
        int n = id.length();
        if (n == 0 || n > 17) return 0;
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') return 0;
            v = v * 10 + (c - '0');
        }
        return v * 32 + n;
    }
}
