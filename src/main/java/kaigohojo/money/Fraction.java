package kaigohojo.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact, non-negative rational number such as the subsidy rate 4/5. Never a double.
 * Parsed from "4/5", "3/4", "0.75", "75%", "1".
 */
public final class Fraction implements Comparable<Fraction> {
    private final long numerator;
    private final long denominator;

    private Fraction(long numerator, long denominator) {
        long g = gcd(numerator, denominator);
        this.numerator = numerator / g;
        this.denominator = denominator / g;
    }

    public static Fraction of(long numerator, long denominator) {
        if (denominator <= 0) throw new IllegalArgumentException("denominator must be positive");
        if (numerator < 0) throw new IllegalArgumentException("fraction must not be negative");
        return new Fraction(numerator, denominator);
    }

    /** Parses "4/5", "0.8", "80%", "1"; throws {@link NumberFormatException} otherwise. */
    public static Fraction parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) throw new NumberFormatException("empty");
        if (s.length() > 40) throw new NumberFormatException("too long"); // #8: bounded before any arithmetic
        try {
            if (s.endsWith("%")) {
                BigDecimal d = new BigDecimal(s.substring(0, s.length() - 1).strip());
                return fromDecimal(d.movePointLeft(2));
            }
            int slash = s.indexOf('/');
            if (slash >= 0) {
                long n = Long.parseLong(s.substring(0, slash).strip());
                long d = Long.parseLong(s.substring(slash + 1).strip());
                if (d <= 0 || n < 0) throw new NumberFormatException(s);
                return of(n, d);
            }
            return fromDecimal(new BigDecimal(s));
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new NumberFormatException(s);
        }
    }

    private static Fraction fromDecimal(BigDecimal d) {
        // #8: 1E100000000 is one digit with a huge exponent: refuse it before anything expands it
        if (d.signum() < 0 || d.scale() > 9 || d.precision() - d.scale() > 18) throw new NumberFormatException(s(d));
        BigDecimal stripped = d.stripTrailingZeros();
        int scale = Math.max(0, stripped.scale());
        BigInteger num = stripped.movePointRight(scale).toBigIntegerExact();
        BigInteger den = BigInteger.TEN.pow(scale);
        return of(num.longValueExact(), den.longValueExact());
    }

    private static String s(BigDecimal d) {
        return d.unscaledValue().toString() + "E" + (-d.scale());
    }

    public long numerator() { return numerator; }
    public long denominator() { return denominator; }

    /** true when the fraction is at most 1 (a rate can never pay more than the cost). */
    public boolean isAtMostOne() { return numerator <= denominator; }

    /** floor(amount × this), exact; throws ArithmeticException on overflow. */
    public long timesFloor(long amount) {
        return Math.floorDiv(Math.multiplyExact(amount, numerator), denominator);
    }

    /** The exact product amount × this, for display ("1,234,567 × 4/5 = 987,653.6"). */
    public BigDecimal timesExact(long amount) {
        BigDecimal n = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(numerator));
        BigDecimal d = BigDecimal.valueOf(denominator);
        try {
            return n.divide(d).stripTrailingZeros();
        } catch (ArithmeticException nonTerminating) {
            return n.divide(d, 4, RoundingMode.FLOOR);
        }
    }

    /** true when {@link #timesExact} is exact (the decimal expansion terminates). */
    public boolean terminatesFor(long amount) {
        BigDecimal n = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(numerator));
        try {
            n.divide(BigDecimal.valueOf(denominator));
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    @Override public int compareTo(Fraction o) {
        return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(o.denominator))
                .compareTo(BigInteger.valueOf(o.numerator).multiply(BigInteger.valueOf(denominator)));
    }

    @Override public boolean equals(Object o) {
        return o instanceof Fraction f && f.numerator == numerator && f.denominator == denominator;
    }

    @Override public int hashCode() { return Objects.hash(numerator, denominator); }

    @Override public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }
}
