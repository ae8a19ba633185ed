package kaigohojo.money;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * #13: ExactYen keeps whole amounts in a long. Every operation must give exactly what the fraction
 * num/den in lowest terms gives (the representation before, kept here as the reference): sums and
 * products, order, equality and hash, floor (and its overflow), display, on random amounts that are
 * whole, fractional, and near and past 2⁶³.
 */
class ExactYenTest {
    /** The reference: a fraction in BigInteger, in lowest terms. */
    record Ref(BigInteger num, BigInteger den) {
        static Ref of(BigInteger n, BigInteger d) {
            BigInteger g = n.gcd(d);
            if (g.signum() == 0) g = BigInteger.ONE;
            return new Ref(n.divide(g), d.divide(g));
        }

        Ref plus(Ref o) { return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den)); }

        Ref times(Fraction f) {
            return of(num.multiply(BigInteger.valueOf(f.numerator())), den.multiply(BigInteger.valueOf(f.denominator())));
        }

        int compare(Ref o) { return num.multiply(o.den).compareTo(o.num.multiply(den)); }

        int hash() { return num.hashCode() * 31 + den.hashCode(); }

        String display() {
            BigDecimal n = new BigDecimal(num), d = new BigDecimal(den);
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
            return Yen.format(Long.parseLong(whole)) + (dot < 0 ? "" : s.substring(dot)) + (cut ? "…" : "");
        }
    }

    record Pair(ExactYen x, Ref ref) {}

    private static long amount(SplittableRandom r) {
        return switch (r.nextInt(5)) {
            case 0 -> r.nextLong(0, 1_000);
            case 1 -> r.nextLong(0, 10_000_000_000L);
            case 2 -> Long.MAX_VALUE - r.nextLong(0, 1_000);
            case 3 -> r.nextLong(0, Long.MAX_VALUE);
            default -> Long.MAX_VALUE / 2 + r.nextLong(-1_000, 1_000);
        };
    }

    private static Pair pair(SplittableRandom r) {
        long n = amount(r);
        if (r.nextBoolean()) return new Pair(ExactYen.of(n), Ref.of(BigInteger.valueOf(n), BigInteger.ONE));
        long d = r.nextInt(3) == 0 ? 1 : r.nextLong(1, r.nextBoolean() ? 12 : 1_000_000_000L);
        return new Pair(ExactYen.ratio(n, d), Ref.of(BigInteger.valueOf(n), BigInteger.valueOf(d)));
    }

    private static void same(Ref want, ExactYen got, String what) {
        assertEquals(want.hash(), got.hashCode(), what + ": hash");
        assertEquals(want.den().equals(BigInteger.ONE), got.isWhole(), what + ": whole");
        BigInteger floor = want.num().divide(want.den());
        if (floor.bitLength() < 64) {
            assertEquals(floor.longValueExact(), got.floor(), what + ": floor");
            assertEquals(want.display(), got.display(), what + ": display");
            assertEquals(want.den().equals(BigInteger.ONE), got.is(floor.longValueExact()), what + ": is");
        } else {
            assertThrows(ArithmeticException.class, got::floor, what + ": floor past a long");
        }
    }

    @Test
    void everyOperationIsTheFractions() {
        SplittableRandom r = new SplittableRandom(20261128L);
        Fraction[] rates = {Fraction.of(4, 5), Fraction.of(3, 4), Fraction.of(2, 3), Fraction.of(1, 1), Fraction.of(9, 10),
            Fraction.of(0, 1), Fraction.of(999_999_999, 1_000_000_000)};
        for (int k = 0; k < 50_000; k++) {
            Pair a = pair(r), b = pair(r);
            String what = a.ref() + " and " + b.ref();
            same(a.ref(), a.x(), what);
            assertEquals(Integer.signum(a.ref().compare(b.ref())), Integer.signum(a.x().compareTo(b.x())), what + ": compare");
            assertEquals(a.ref().equals(b.ref()), a.x().equals(b.x()), what + ": equals");
            assertEquals(a.ref().compare(b.ref()) <= 0 ? a.x() : b.x(), a.x().min(b.x()), what + ": min");
            same(a.ref().plus(b.ref()), a.x().plus(b.x()), what + ": plus");
            Fraction f = rates[r.nextInt(rates.length)];
            same(a.ref().times(f), a.x().times(f), what + " × " + f);
            // the same value made two ways is one value
            ExactYen sum = a.x().plus(b.x());
            ExactYen back = sum.plus(ExactYen.ZERO);
            assertEquals(sum, back);
            assertEquals(sum.hashCode(), back.hashCode());
        }
    }

    @Test
    void aWholeRatioIsTheWholeAmount() {
        assertEquals(ExactYen.of(2), ExactYen.ratio(6, 3));
        assertEquals(ExactYen.of(2).hashCode(), ExactYen.ratio(6, 3).hashCode());
        assertTrue(ExactYen.ratio(6, 3).is(2));
        assertFalse(ExactYen.ratio(7, 3).is(2));
        assertEquals(ExactYen.ZERO, ExactYen.ratio(0, 7));
        assertEquals("133,333.3333…", ExactYen.ratio(400_000, 3).display());
        assertEquals("1,000", ExactYen.of(1_000).display());
        // past a long: whole, but no long holds it
        ExactYen big = ExactYen.of(Long.MAX_VALUE).plus(ExactYen.of(1));
        assertTrue(big.isWhole());
        assertFalse(big.is(Long.MIN_VALUE));
        assertThrows(ArithmeticException.class, big::floor);
        assertEquals(1, big.compareTo(ExactYen.of(Long.MAX_VALUE)));
    }
}
