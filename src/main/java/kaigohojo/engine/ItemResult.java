package kaigohojo.engine;

import java.util.List;
import kaigohojo.model.Item;

/**
 * An item as decided: the group it counts in (null when it counts nowhere), what was asked, what
 * counts, and every reason.
 */
public record ItemResult(Item item, String group, long requested, long eligibleCost, Status status,
                         List<Reason> reasons) {
    public ItemResult {
        reasons = List.copyOf(reasons);
    }

    public String id() { return item.id(); }
}
