package kaigohojo.engine;

import java.util.List;
import kaigohojo.money.Fraction;

/**
 * A cap group (基準額) and its subsidy: {@code software}, {@code improvement_support}, {@code package},
 * or a per-unit group named by its item's id.
 *
 * @param kind software | per_unit | improvement_support | package
 * @param product the amount before the cap or after the rate, exactly as the formula took it, floored
 * @param capSource the citation of the cap (問13, 問3, …)
 * @param eligibleCost E: the sum of the members' eligible costs in whole yen, as shown
 * @param exactCost E exactly, as the formula takes it (a fraction of a yen when a per-unit subsidy cap
 *     or a shared payment made a member's cost one; issue #9)
 */
public record GroupResult(String id, String kind, List<String> items, long eligibleCost, Fraction rate,
                          String formula, long cap, String capSource, long subsidy, List<TraceStep> trace,
                          kaigohojo.money.ExactYen exactCost) {
    public GroupResult {
        items = List.copyOf(items);
        trace = List.copyOf(trace);
        // #13: the whole eligible cost is not kept twice; exactCost() makes it when asked (no report does)
        if (exactCost != null && exactCost.is(eligibleCost)) exactCost = null;
    }

    /** E exactly: a fraction when a member's cost is one, else the whole {@code eligibleCost}. */
    @Override public kaigohojo.money.ExactYen exactCost() {
        return exactCost != null ? exactCost : kaigohojo.money.ExactYen.of(eligibleCost);
    }

    public GroupResult(String id, String kind, List<String> items, long eligibleCost, Fraction rate,
                       String formula, long cap, String capSource, long subsidy, List<TraceStep> trace) {
        this(id, kind, items, eligibleCost, rate, formula, cap, capSource, subsidy, trace, null);
    }
}
