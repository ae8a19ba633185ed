package kaigohojo.engine;

import java.util.ArrayList;
import java.util.List;
import kaigohojo.model.Item;

/** An item while the rules are applied to it: mutable, then frozen into an {@link ItemResult}. */
final class ItemState {
    final Item item;
    final long requested;
    long eligibleCost;
    /**
     * The eligible cost exactly, when a rule made it a fraction of a yen (a per-unit subsidy cap divided
     * by the rate, a payment shared between units); null when it is the whole {@link #eligibleCost}.
     */
    kaigohojo.money.ExactYen exactCost;
    boolean eligible = true;
    /** Whether its category is an ancillary cost (Rules.isAncillary), asked once (#13, session 6). */
    boolean ancillary;
    String group;
    final List<Reason> reasons = new ArrayList<>(2); // #13 (session 6): most items have one or two

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

    /** The eligible cost as the amount formula takes it: exact, unless a later rule replaced it. */
    kaigohojo.money.ExactYen exact() {
        if (exactCost != null && eligible && exactCost.floor() == eligibleCost) return exactCost;
        return kaigohojo.money.ExactYen.of(eligible ? eligibleCost : 0);
    }

    /** Whether the cost is a fraction of a yen (so that the formula must work exactly). */
    boolean fractional() {
        return exactCost != null && eligible && !exactCost.isWhole() && exactCost.floor() == eligibleCost;
    }

    Status status() {
        if (!eligible || eligibleCost == 0 && requested > 0) return Status.INELIGIBLE;
        return eligibleCost < requested ? Status.PARTIAL : Status.ELIGIBLE;
    }

    ItemResult freeze() {
        // the exact cost only when it is not the whole eligible cost (#13: ItemResult makes that one when asked)
        kaigohojo.money.ExactYen exact = exactCost != null && eligible && exactCost.floor() == eligibleCost ? exactCost : null;
        return new ItemResult(item, eligible ? group : null, requested, eligible ? eligibleCost : 0, status(), reasons, exact);
    }
}
