package kaigohojo.money;

import java.util.Locale;

/** Yen amounts are plain longs; this holds the exact, overflow-checked arithmetic and formatting. */
public final class Yen {
    private Yen() {}

    public static long add(long a, long b) { return Math.addExact(a, b); }

    public static long times(long a, long b) { return Math.multiplyExact(a, b); }

    /** 千円未満切捨て: floor to a multiple of {@code unit} (1,000 under the national rules). */
    public static long floorTo(long amount, long unit) {
        if (unit <= 1) return amount;
        return Math.floorDiv(amount, unit) * unit;
    }

    /** "1,234,567". */
    public static String format(long amount) {
        return String.format(Locale.ROOT, "%,d", amount);
    }
}
