package kaigohojo.money;

/** Yen amounts are plain longs; this holds the exact, overflow-checked arithmetic and formatting. */
public final class Yen {
    private Yen() {}

    public static long add(long a, long b) { return Math.addExact(a, b); }

    /** 千円未満切捨て: floor to a multiple of {@code unit} (1,000 under the national rules). */
    public static long floorTo(long amount, long unit) {
        if (unit <= 1) return amount;
        return Math.floorDiv(amount, unit) * unit;
    }

    /** "1,234,567" (by hand: String.format is far too slow for a million rows). */
    public static String format(long amount) {
        if (amount > -1000 && amount < 1000) return Long.toString(amount);
        if (amount == Long.MIN_VALUE) return "-9,223,372,036,854,775,808";
        String digits = Long.toString(Math.abs(amount));
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (amount < 0) sb.append('-');
        int first = digits.length() % 3;
        if (first == 0) first = 3;
        sb.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) sb.append(',').append(digits, i, i + 3);
        return sb.toString();
    }
}
