package kaigohojo.engine;

import java.util.List;
import java.util.Set;
import kaigohojo.model.Submission;

/**
 * Everything computed for one facility: whether it meets the requirements, each item, each group,
 * the totals, the findings, and the rule values the computation used (for the unverified footnote).
 */
public record FacilityResult(Submission submission, boolean eligible, List<Finding> findings,
                             List<ItemResult> items, List<GroupResult> groups, Totals totals,
                             Set<String> rulesUsed) {
    public FacilityResult {
        findings = List.copyOf(findings);
        items = List.copyOf(items);
        groups = List.copyOf(groups);
        rulesUsed = Set.copyOf(rulesUsed);
    }

    public boolean hasWarnings() {
        for (Finding f : findings) if (f.severity() == Finding.Severity.WARNING) return true;
        return false;
    }

    public boolean hasIneligibleItems() {
        for (ItemResult i : items) if (i.status() != Status.ELIGIBLE) return true;
        return false;
    }
}
