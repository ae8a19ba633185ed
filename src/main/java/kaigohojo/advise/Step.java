package kaigohojo.advise;

import java.util.List;

/**
 * One change from the application as submitted towards the best one found, with what it adds (in
 * the order the steps are listed: each is computed on top of the ones before) and the rule that makes
 * it the applicant's choice.
 *
 * @param kind package-use | package-none | package-add | package-remove | attach | pricing-flat | pricing-per-account
 * @param items the items it concerns
 * @param target for attach, the main item; otherwise null
 * @param sets the {@code --set} assignments that make the change with {@code calc}
 * @param added the subsidy it adds (may be negative when a later step needs it)
 */
public record Step(String kind, List<String> items, String target, List<String> sets, long added,
                   String cite, boolean verified) {
    public Step {
        items = List.copyOf(items);
        sets = List.copyOf(sets);
    }
}
