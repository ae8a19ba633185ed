package kaigohojo.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import kaigohojo.model.Submission;

/**
 * Everything computed for one facility: whether it meets the requirements, each item, each group,
 * the totals, the findings, and the rule values the computation used (for the unverified footnote).
 */
public record FacilityResult(Submission submission, boolean eligible, List<Finding> findings,
                             List<ItemResult> items, List<GroupResult> groups, Totals totals,
                             Collection<String> rulesUsed) {
    /** The lists are the engine's own, handed over whole: no copies (a batch makes 100,000 of these). */
    public FacilityResult {
        findings = Collections.unmodifiableList(findings);
        items = Collections.unmodifiableList(items);
        groups = Collections.unmodifiableList(groups);
        rulesUsed = Collections.unmodifiableCollection(rulesUsed);
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
