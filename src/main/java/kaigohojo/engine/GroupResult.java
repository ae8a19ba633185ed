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
 */
public record GroupResult(String id, String kind, List<String> items, long eligibleCost, Fraction rate,
                          String formula, long cap, String capSource, long subsidy, List<TraceStep> trace) {
    public GroupResult {
        items = List.copyOf(items);
        trace = List.copyOf(trace);
    }
}
