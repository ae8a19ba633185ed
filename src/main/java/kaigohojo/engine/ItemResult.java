package kaigohojo.engine;

import java.util.List;
import kaigohojo.model.Item;

/**
 * An item as decided: the group it counts in (null when it counts nowhere), what was asked, what
 * counts (in whole yen, and exactly: {@code exactCost} is a fraction when a per-unit subsidy cap or a
 * shared payment made it one), and every reason.
 */
public record ItemResult(Item item, String group, long requested, long eligibleCost, Status status,
                         List<Reason> reasons, kaigohojo.money.ExactYen exactCost) {
    public ItemResult {
        reasons = List.copyOf(reasons);
        // #13: the whole eligible cost is not kept twice; exactCost() makes it when asked (no report does)
        if (exactCost != null && exactCost.is(eligibleCost)) exactCost = null;
    }

    /** The eligible cost exactly: a fraction when a rule made it one, else the whole {@code eligibleCost}. */
    @Override public kaigohojo.money.ExactYen exactCost() {
        return exactCost != null ? exactCost : kaigohojo.money.ExactYen.of(eligibleCost);
    }

    public ItemResult(Item item, String group, long requested, long eligibleCost, Status status, List<Reason> reasons) {
        this(item, group, requested, eligibleCost, status, reasons, null);
    }

    public String id() { return item.id(); }
}
