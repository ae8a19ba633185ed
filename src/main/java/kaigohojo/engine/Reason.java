package kaigohojo.engine;

import java.util.List;
import kaigohojo.rules.Cited;

/**
 * Why an item counts as it does: a stable code, the arguments of its message ({@code reason.<code>}
 * in the bundles) and the rule it rests on (問N, 要綱 …) with that rule's verification.
 */
public record Reason(String code, List<Object> args, String cite, boolean verified, String rulePath) {
    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String code, Cited<?> rule, Object... args) {
        if (rule == null) return new Reason(code, List.of(args), "", true, null);
        return new Reason(code, List.of(args), rule.cite(), rule.verified(), rule.path());
    }
}
