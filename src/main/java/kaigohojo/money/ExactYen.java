package kaigohojo.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact, non-negative amount of yen that need not be whole: an eligible cost limited by a per-unit
 * subsidy cap (100,000 ÷ 3/4 = 133,333⅓ yen a terminal) or a payment shared between units. Kept exact
 * until the subsidy's 千円未満切捨て, so that no third of a yen is lost on the way and drops a thousand.
 * Never a double.
 */
public final class ExactYen implements Comparable<ExactYen> {
    public static final ExactYen ZERO = new ExactYen(0L);

    /**
     * The amount when it is whole yen that fits a long (#13: nearly every amount of a batch), with
     * {@code num} and {@code den} null; otherwise num/den in lowest terms. One value has one form, so
     * that equals, hashCode and compareTo give exactly what the fraction alone would.
     */
    private final long whole;
    private final BigInteger num;
    private final BigInteger den;

    private ExactYen(long whole) {
        this.whole = whole;
        this.num = null;
        this.den = null;
    }

    private ExactYen(BigInteger num, BigInteger den) {
        this.whole = 0;
        this.num = num;
        this.den = den;
    }

    /** num/den in lowest terms, whole and in a long where it fits. */
    private static ExactYen exact(BigInteger num, BigInteger den) {
        if (!den.equals(BigInteger.ONE)) {
            BigInteger g = num.gcd(den);
            if (g.signum() == 0) g = BigInteger.ONE;
            num = num.divide(g);
            den = den.divide(g);
        }
        if (den.equals(BigInteger.ONE) && num.bitLength() < 64) return new ExactYen(num.longValue());
        return new ExactYen(num, den);
    }

    public static ExactYen of(long yen) {
        if (yen < 0) throw new IllegalArgumentException("negative amount");
        return yen == 0 ? ZERO : new ExactYen(yen);
    }

    /** numerator ÷ denominator yen, exactly. */
    public static ExactYen ratio(long numerator, long denominator) {
        if (numerator < 0 || denominator <= 0) throw new IllegalArgumentException("bad ratio");
        if (denominator == 1) return of(numerator);
        return exact(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    private BigInteger num() { return num != null ? num : BigInteger.valueOf(whole); }

    private BigInteger den() { return den != null ? den : BigInteger.ONE; }

    public ExactYen plus(ExactYen o) {
        if (num == null && o.num == null) {
            long r = whole + o.whole;
            if (((whole ^ r) & (o.whole ^ r)) >= 0) return new ExactYen(r); // no overflow: the same sum as below
        }
        return exact(num().multiply(o.den()).add(o.num().multiply(den())), den().multiply(o.den()));
    }

    public ExactYen times(Fraction f) {
        return exact(num().multiply(BigInteger.valueOf(f.numerator())), den().multiply(BigInteger.valueOf(f.denominator())));
    }

    /** The whole yen below (or at) this amount; ArithmeticException when it does not fit a long. */
    public long floor() {
        if (num == null) return whole;
        return num.divide(den).longValueExact();
    }

    public boolean isWhole() { return num == null || den.equals(BigInteger.ONE); }

    /** Whether this is exactly {@code yen} whole yen (equals {@code of(yen)}, without making it). */
    public boolean is(long yen) { return num == null && whole == yen; }

    public ExactYen min(ExactYen o) { return compareTo(o) <= 0 ? this : o; }

    @Override public int compareTo(ExactYen o) {
        if (num == null && o.num == null) return Long.compare(whole, o.whole);
        return num().multiply(o.den()).compareTo(o.num().multiply(den()));
    }

    @Override public boolean equals(Object o) {
        if (!(o instanceof ExactYen e)) return false;
        if (num == null || e.num == null) return num == null && e.num == null && whole == e.whole;
        return num.equals(e.num) && den.equals(e.den);
    }

    @Override public int hashCode() { return num().hashCode() * 31 + den().hashCode(); }

    /** "1,333,333" or "987,653.6" or "1,333,333.3333…" (four places, marked when cut). */
    public String display() {
        if (num == null) return Yen.format(whole);
        BigDecimal n = new BigDecimal(num);
        BigDecimal d = new BigDecimal(den);
        String s;
        boolean cut = false;
        try {
            s = n.divide(d).stripTrailingZeros().toPlainString();
        } catch (ArithmeticException nonTerminating) {
            s = n.divide(d, 4, RoundingMode.FLOOR).toPlainString();
            cut = true;
        }
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String frac = dot < 0 ? "" : s.substring(dot);
        return Yen.format(Long.parseLong(whole)) + frac + (cut ? "…" : "");
    }

    @Override public String toString() { return display(); }
}
