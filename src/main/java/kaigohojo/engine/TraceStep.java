package kaigohojo.engine;

import java.util.List;
import kaigohojo.rules.Provenance;

/**
 * One step of the computation of a group's subsidy ({@code --explain}): a code whose message is
 * {@code trace.<code>}, its arguments, and the rule it applies with that rule's verification. The
 * citation's words are made only when a report prints the step (#13).
 *
 * @param provenance the rule's provenance, or null for a step that applies no rule value
 */
public record TraceStep(String code, List<Object> args, Provenance provenance, String rulePath) {
    public TraceStep {
        args = List.copyOf(args);
    }

    /** What a report cites (問13), "" when no rule. */
    public String cite() { return provenance == null ? "" : provenance.citeLabel(); }

    public boolean verified() { return provenance == null || provenance.verified(); }
}
