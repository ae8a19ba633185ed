package kaigohojo.rules;

import java.util.List;

/**
 * A rules file that cannot be used (exit 4), or a bad {@code --set} (exit 2): where, which key, what
 * value, why, and a "did you mean" where one is close.
 */
public final class RuleSetError extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String key;
    private final String value;
    private final String code;
    private final List<Object> args;
    private final String suggestion;

    public RuleSetError(String file, int line, int column, String key, String value, String code,
                        List<Object> args, String suggestion) {
        super(code + " " + key + (file == null ? "" : " in " + file + ":" + line), null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.key = key;
        this.value = value;
        this.code = code;
        this.args = List.copyOf(args);
        this.suggestion = suggestion;
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    public String key() { return key; }
    public String value() { return value; }
    public String code() { return code; }
    public List<Object> args() { return args; }
    public String suggestion() { return suggestion; }

    /** #9: every mistake of the file, this one first, when more than one was found (else just this one). */
    private List<RuleSetError> all = List.of(this);

    /** The first of {@code mistakes}, carrying them all (a rules file with several mistakes reports all in one run). */
    public static RuleSetError all(List<RuleSetError> mistakes) {
        RuleSetError first = mistakes.get(0);
        first.all = List.copyOf(mistakes);
        return first;
    }

    public List<RuleSetError> all() { return all; }
}
