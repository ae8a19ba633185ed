package kaigohojo.engine;

import kaigohojo.model.Item;
import kaigohojo.model.Submission;
import kaigohojo.money.Fraction;
import kaigohojo.rules.RuleLeaf;
import kaigohojo.rules.Rules;

/**
 * A bound under which {@link Calculator#compute} cannot overflow (#13): {@code check} asks it instead of
 * computing every valid facility only to learn whether the arithmetic overflows (#8: check and calc
 * agree on {@code amount-overflow}). Above the bound, check computes as before, so the bound needs to
 * be sound, not tight.
 *
 * <p>The magnitudes, M = {@link Long#MAX_VALUE}:
 * <ul>
 * <li>N: the number of items; A: the largest {@code unit_price} or {@code paid_this_year} of any item;
 *     Q: the largest quantity (at least 1);</li>
 * <li>C: the largest whole number of the rule set (every cap, staff band, bonus, per-unit cap and count,
 *     read from all its values, so a cap added to the file later is counted too);</li>
 * <li>p/q: the rate in lowest terms; P = max(p, 1).</li>
 * </ul>
 * The submission is covered when every amount and quantity is ≥ 0, p ≥ 1, and
 * <b>(1)</b> N·A·Q·P ≤ M and <b>(2)</b> C·Q·max(q, 3) ≤ M.
 *
 * <p>Every overflow-checked operation on compute's path, and why (1) and (2) cover it (an item's
 * requested cost is at most A·Q, and its eligible cost, whole or exact, never exceeds its requested
 * cost: rules only lower it; so every sum of costs is at most N·A·Q):
 * <ol>
 * <li>{@code Item.requested}: unit_price × quantity ≤ A·Q — (1).</li>
 * <li>{@code Calculator.compute}: Σ requested, Σ eligible cost ≤ N·A·Q — (1); Σ group subsidies: a group's
 *     subsidy is at most ⌊E·p/q⌋ ≤ E·p, E its eligible cost, so the sum is at most N·A·Q·p — (1).</li>
 * <li>{@code Calculator.warnings} (paid-differs): unit_price × quantity ≤ A·Q — (1).</li>
 * <li>{@code Calculator.group}, per-unit cap × quantity ≤ C·Q — (2).</li>
 * <li>{@code GroupFormula}: E = Σ eligible cost ≤ N·A·Q — (1); the 基準額, the sum of a group's cap parts:
 *     one per-unit part C·Q, or at most three parts of C (band or flat, onboarding, linkage bonus),
 *     so at most C·max(Q, 3) ≤ C·Q·3 — (2); {@code Fraction.timesFloor}: E·p or min(E, cap)·p ≤ N·A·Q·P
 *     — (1); the exact path ({@code ExactYen}) works in BigInteger and its {@code floor()} of E·p/q is
 *     at most N·A·Q·P — (1); Σ of the members' whole costs ≤ N·A·Q — (1).</li>
 * <li>{@code ItemRules.limitTerminal}: per-unit cap × quantity × q ≤ C·Q·q — (2); the exact maximum cost
 *     (that ÷ p) and its {@code floor()} are no larger.</li>
 * <li>{@code ItemRules.liftSling}: paid_this_year or unit_price × allowed, allowed ≤ the sling's
 *     quantity, ≤ A·Q — (1); the share's {@code floor()} ≤ paid_this_year ≤ A; {@code slingShare}:
 *     slings per lift × the lift's quantity ≤ C·Q — (2).</li>
 * <li>{@code FacilityLimits}: the partial cap's sum of group subsidies ≤ N·A·Q·p — (1); the other-income
 *     limit, rate × (requested − other income) ≤ N·A·Q·P — (1).</li>
 * </ol>
 * Plain operations that cannot overflow: {@code Yen.floorTo} (⌊x/u⌋·u ≤ x), the facility-cap and
 * partial-cap reductions (a difference of two non-negative amounts), the facility share.
 * {@code OverflowBoundProperties} computes submissions at this bound under every built-in rule set
 * (and one whose every yen value is the largest a rule file takes) and fails if any operation overflows:
 * an operation added to the engine outside this list is caught there, and belongs here.
 */
public final class OverflowBound {
    private static final long M = Long.MAX_VALUE;

    /** P = max(p, 1); 0 when the rate is 0 (not covered: compute is asked). */
    private final long rateNumerator;
    /** The largest quantity (2) admits: ⌊M / (C·max(q, 3))⌋. */
    private final long maxQuantity;

    private OverflowBound(long rateNumerator, long maxQuantity) {
        this.rateNumerator = rateNumerator;
        this.maxQuantity = maxQuantity;
    }

    /** The bound of a rule set (read once per run: it walks every value of the set). */
    public static OverflowBound of(Rules rules) {
        long c = 1;
        for (RuleLeaf l : rules.set().leaves().values()) {
            if (l.value() instanceof Long v) c = Math.max(c, Math.abs(v));
        }
        Fraction rate = rules.rate().value();
        long q = Math.max(rate.denominator(), 3);
        return new OverflowBound(rate.numerator(), M / c / q);
    }

    /** Whether compute cannot overflow on this submission: (1) and (2) of the class comment hold. */
    public boolean covers(Submission s) {
        return ceiling(s) >= 0;
    }

    /**
     * For a covered submission, N·A·Q·P (at most M): no more than its subsidy if the requirements are met
     * (a group's subsidy is at most ⌊E·p/q⌋ ≤ E·P, the facility's at most their sum, and the caps only lower
     * it), so that {@code check} can tell, without computing, that a batch's totals cannot overflow (#13,
     * session 6); -1 when the submission is not covered.
     */
    public long ceiling(Submission s) {
        if (rateNumerator <= 0) return -1;
        long a = 0, q = 1;
        for (Item i : s.items()) {
            if (i.quantity() < 0) return -1;
            q = Math.max(q, i.quantity());
            Long price = i.unitPrice(), paid = i.paidThisYear();
            if (price != null) {
                if (price < 0) return -1;
                a = Math.max(a, price);
            }
            if (paid != null) {
                if (paid < 0) return -1;
                a = Math.max(a, paid);
            }
        }
        int n = Math.max(s.items().size(), 1);
        if (q > maxQuantity || a > maxAmount(n, q)) return -1;
        return a * q * n * rateNumerator; // ≤ M: a ≤ ⌊M / (P·Q·N)⌋
    }

    /** The largest quantity (2) admits. */
    public long maxQuantity() { return maxQuantity; }

    /** The largest amount A that (1) admits with n items and a largest quantity q (≥ 1): ⌊M / (P·Q·N)⌋. */
    public long maxAmount(int n, long q) {
        return M / rateNumerator / Math.max(q, 1) / Math.max(n, 1);
    }
}
