package kaigohojo.engine;

import java.util.List;

/**
 * One step of the computation of a group's subsidy ({@code --explain}): a code whose message is
 * {@code trace.<code>}, its arguments, and the rule it applies with that rule's verification.
 */
public record TraceStep(String code, List<Object> args, String cite, boolean verified, String rulePath) {
    public TraceStep {
        args = List.copyOf(args);
    }
}
