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
    public static final ExactYen ZERO = new ExactYen(BigInteger.ZERO, BigInteger.ONE);

    private final BigInteger num;
    private final BigInteger den;

    private ExactYen(BigInteger num, BigInteger den) {
        if (den.equals(BigInteger.ONE)) { // whole yen: already in lowest terms (#13: most amounts of a batch)
            this.num = num;
            this.den = den;
            return;
        }
        BigInteger g = num.gcd(den);
        if (g.signum() == 0) g = BigInteger.ONE;
        this.num = num.divide(g);
        this.den = den.divide(g);
    }

    public static ExactYen of(long yen) {
        if (yen < 0) throw new IllegalArgumentException("negative amount");
        return new ExactYen(BigInteger.valueOf(yen), BigInteger.ONE);
    }

    /** numerator ÷ denominator yen, exactly. */
    public static ExactYen ratio(long numerator, long denominator) {
        if (numerator < 0 || denominator <= 0) throw new IllegalArgumentException("bad ratio");
        return new ExactYen(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public ExactYen plus(ExactYen o) {
        return new ExactYen(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public ExactYen times(Fraction f) {
        return new ExactYen(num.multiply(BigInteger.valueOf(f.numerator())), den.multiply(BigInteger.valueOf(f.denominator())));
    }

    /** The whole yen below (or at) this amount; ArithmeticException when it does not fit a long. */
    public long floor() {
        return num.divide(den).longValueExact();
    }

    public boolean isWhole() { return den.equals(BigInteger.ONE); }

    public ExactYen min(ExactYen o) { return compareTo(o) <= 0 ? this : o; }

    @Override public int compareTo(ExactYen o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override public boolean equals(Object o) {
        return o instanceof ExactYen e && num.equals(e.num) && den.equals(e.den);
    }

    @Override public int hashCode() { return num.hashCode() * 31 + den.hashCode(); }

    /** "1,333,333" or "987,653.6" or "1,333,333.3333…" (four places, marked when cut). */
    public String display() {
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
