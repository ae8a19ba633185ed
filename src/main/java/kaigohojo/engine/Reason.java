package kaigohojo.engine;

import java.util.List;

/**
 * Why an item counts as it does: a stable code, the arguments of its message ({@code reason.<code>}
 * in the bundles) and the rule it rests on (問N, 要綱 …).
 */
public record Reason(String code, List<Object> args, String cite, String rulePath) {
    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String code, String cite, String rulePath, Object... args) {
        return new Reason(code, List.of(args), cite, rulePath);
    }
}
