package kaigohojo.engine;

import java.util.ArrayList;
import java.util.List;
import kaigohojo.model.Item;

/** An item while the rules are applied to it: mutable, then frozen into an {@link ItemResult}. */
final class ItemState {
    final Item item;
    final long requested;
    long eligibleCost;
    boolean eligible = true;
    String group;
    final List<Reason> reasons = new ArrayList<>();

    ItemState(Item item) {
        this.item = item;
        this.requested = item.requested();
        this.eligibleCost = requested;
    }

    String category() { return item.category().id(); }

    void exclude(Reason r) {
        if (!eligible) return;
        eligible = false;
        eligibleCost = 0;
        group = null;
        reasons.add(r);
    }

    void note(Reason r) { reasons.add(r); }

    Status status() {
        if (!eligible || eligibleCost == 0 && requested > 0) return Status.INELIGIBLE;
        return eligibleCost < requested ? Status.PARTIAL : Status.ELIGIBLE;
    }

    ItemResult freeze() {
        return new ItemResult(item, eligible ? group : null, requested, eligible ? eligibleCost : 0, status(), reasons);
    }
}
