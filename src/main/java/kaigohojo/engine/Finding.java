package kaigohojo.engine;

import java.util.List;
import java.util.Locale;

/**
 * Something the report says about a facility as a whole: an unmet requirement (severity error: the
 * facility gets nothing until it is met), a warning that changes no amount, or a note.
 */
public record Finding(String code, Severity severity, List<Object> args, String cite, String itemId) {
    public enum Severity {
        ERROR, WARNING, INFO;
        public String id() { return name().toLowerCase(Locale.ROOT); }
    }

    public Finding {
        args = List.copyOf(args);
    }

    public static Finding error(String code, String cite, Object... args) {
        return new Finding(code, Severity.ERROR, List.of(args), cite, null);
    }

    public static Finding warning(String code, String cite, String itemId, Object... args) {
        return new Finding(code, Severity.WARNING, List.of(args), cite, itemId);
    }
}
