package kaigohojo.cli;

import java.util.List;

/** A bad option value found after parsing (exit 2): a message key, its arguments, a suggestion. */
public final class UsageError extends RuntimeException {
    private final String key;
    private final List<Object> args;
    private final String suggestion;

    public UsageError(String key, String suggestion, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = List.of(args);
        this.suggestion = suggestion;
    }

    public String key() { return key; }
    public List<Object> args() { return args; }
    public String suggestion() { return suggestion; }
}
