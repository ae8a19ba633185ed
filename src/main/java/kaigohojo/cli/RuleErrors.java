package kaigohojo.cli;

import kaigohojo.rules.RuleSetError;
import kaigohojo.text.Messages;

/** The message of a rule-set error: "file:line:column: why (did you mean …?)". */
final class RuleErrors {
    private RuleErrors() {}

    static String describe(RuleSetError r, Messages msg) {
        StringBuilder sb = new StringBuilder();
        if (r.file() != null) {
            sb.append(r.file());
            if (r.line() > 0) sb.append(':').append(r.line());
            if (r.column() > 0) sb.append(':').append(r.column());
            sb.append(": ");
        }
        sb.append(msg.t("rules-error." + r.code(), r.args()));
        if (r.suggestion() != null) sb.append(msg.t("hint.did-you-mean", r.suggestion()));
        if (r.value() != null && r.value().matches("\\d{3}")
                && (r.code().equals("rules-duplicate-key") || r.code().equals("rules-unknown-key"))) {
            sb.append(msg.t("hint.flow-comma"));
        }
        return sb.toString();
    }
}
