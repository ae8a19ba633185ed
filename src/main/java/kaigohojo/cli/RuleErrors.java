package kaigohojo.cli;

import kaigohojo.rules.RuleSetError;
import kaigohojo.text.Messages;

/** The message of a rule-set error: "file:line:column: why (did you mean …?)". */
final class RuleErrors {
    private RuleErrors() {}

    /** "fraction" → "分数（例 3/4）"; "enum(a|b)" → "a, b のいずれか"; "list(category): x" → "区分にない x". */
    static String describeType(String expected, Messages msg) {
        if (expected.startsWith("enum(")) {
            return msg.t("type.enum", expected.substring(5, expected.indexOf(')')).replace("|", ", "));
        }
        if (expected.startsWith("list(")) {
            String kind = expected.substring(5, expected.indexOf(')'));
            int colon = expected.indexOf(": ");
            return msg.t("type.list", msg.t("type.kind." + kind), colon < 0 ? "" : expected.substring(colon + 2));
        }
        return msg.has("type." + expected) ? msg.t("type." + expected) : expected;
    }

    static String describe(RuleSetError r, Messages msg) {
        StringBuilder sb = new StringBuilder();
        if (r.file() != null) {
            sb.append(r.file());
            if (r.line() > 0) sb.append(':').append(r.line());
            if (r.column() > 0) sb.append(':').append(r.column());
            sb.append(": ");
        }
        java.util.List<Object> args = new java.util.ArrayList<>(r.args());
        if ((r.code().equals("set-invalid-value") || r.code().equals("rules-invalid-value")) && args.size() > 2) {
            args.set(2, describeType(String.valueOf(args.get(2)), msg));
        }
        if (r.code().equals("rules-syntax") && msg.lang() != kaigohojo.text.Lang.EN && !args.isEmpty()) {
            // #9: the parser's English said in the reader's language, as for submissions
            args.set(0, msg.t("yaml.detail." + kaigohojo.report.ReportContext.yamlDetailKey(String.valueOf(args.get(0)))));
        }
        sb.append(msg.t("rules-error." + r.code(), args));
        if (r.suggestion() != null) sb.append(msg.t("hint.did-you-mean", r.suggestion()));
        if (r.value() != null && r.value().matches("\\d{3}")
                && (r.code().equals("rules-duplicate-key") || r.code().equals("rules-unknown-key"))) {
            sb.append(msg.t("hint.flow-comma"));
        }
        return sb.toString();
    }
}
