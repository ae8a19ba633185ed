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

    /**
     * As the record would make them (RecordMethodsTest compares), written out: on JDK 17 a record's own are
     * linked at their first call through method handles that no class archive holds (#13 session 7, start-up).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && java.util.Objects.equals(code, f.code) && java.util.Objects.equals(severity, f.severity)
                && java.util.Objects.equals(args, f.args) && java.util.Objects.equals(cite, f.cite) && verified == f.verified
                && java.util.Objects.equals(rulePath, f.rulePath) && java.util.Objects.equals(itemId, f.itemId);
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(code);
        h = h * 31 + java.util.Objects.hashCode(severity);
        h = h * 31 + java.util.Objects.hashCode(args);
        h = h * 31 + java.util.Objects.hashCode(cite);
        h = h * 31 + Boolean.hashCode(verified);
        h = h * 31 + java.util.Objects.hashCode(rulePath);
        return h * 31 + java.util.Objects.hashCode(itemId);
    }

    public static Finding error(String code, Cited<?> rule, Object... args) {
        return new Finding(code, Severity.ERROR, List.of(args), rule.cite(), rule.verified(), rule.path(), null);
    }

    public static Finding warning(String code, Cited<?> rule, String itemId, Object... args) {
        if (rule == null) return new Finding(code, Severity.WARNING, List.of(args), "", true, null, itemId);
        return new Finding(code, Severity.WARNING, List.of(args), rule.cite(), rule.verified(), rule.path(), itemId);
    }
}
