package kaigohojo.engine;

import java.util.List;
import java.util.Locale;
import kaigohojo.rules.Cited;

/**
 * Something the report says about a facility as a whole: an unmet requirement (severity error: the
 * facility gets nothing until it is met), or a warning that changes no amount.
 */
public record Finding(String code, Severity severity, List<Object> args, String cite, boolean verified,
                      String rulePath, String itemId) {
    public enum Severity {
        ERROR, WARNING;
        public String id() { return name().toLowerCase(Locale.ROOT); }
    }

    public Finding {
        args = List.copyOf(args);
    }

    public static Finding error(String code, Cited<?> rule, Object... args) {
        return new Finding(code, Severity.ERROR, List.of(args), rule.cite(), rule.verified(), rule.path(), null);
    }

    public static Finding warning(String code, Cited<?> rule, String itemId, Object... args) {
        if (rule == null) return new Finding(code, Severity.WARNING, List.of(args), "", true, null, itemId);
        return new Finding(code, Severity.WARNING, List.of(args), rule.cite(), rule.verified(), rule.path(), itemId);
    }
}
