package kaigohojo.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kaigohojo.input.FieldParsers;
import kaigohojo.input.YNode;
import kaigohojo.input.YamlTree;
import kaigohojo.text.DidYouMean;

/** Reads test-case files (one case per YAML document), strictly: an unknown key is an error with its line. */
public final class TestCaseReader {
    static final List<String> CASE_KEYS = List.of("name", "input", "submission", "rules", "set", "expect");
    static final List<String> EXPECT_KEYS = List.of("facilities", "errors");
    static final List<String> FACILITY_KEYS = List.of("eligible", "subsidy", "subsidy_if_requirements_met", "groups", "items");
    static final List<String> ERROR_KEYS = List.of("line", "field", "code");

    private TestCaseReader() {}

    /** A case file that cannot be used: where and why (English or Japanese text already chosen by the caller). */
    public static final class Bad extends Exception {
        private final Path file;
        private final int line;
        private final String key;
        private final Object value;
        public Bad(Path file, int line, String key, Object value) {
            super(file + ":" + line + " " + key, null, false, false);
            this.file = file;
            this.line = line;
            this.key = key;
            this.value = value;
        }
        public Path file() { return file; }
        public int line() { return line; }
        /** The message key (test.bad.*). */
        public String key() { return key; }
        /** The message's argument: text, or a {@link kaigohojo.text.Localized} said in the reader's language. */
        public Object value() { return value; }
    }

    public static List<TestCase> read(Path file) throws IOException, Bad {
        String text;
        // #8: a case file is read with the limits of a submission (size, binary content, encoding, line length)
        try (java.io.InputStream in = Files.newInputStream(file)) {
            text = kaigohojo.input.SourceText.read(in, kaigohojo.input.YamlSubmissionReader.MAX_BYTES, null).text();
        } catch (kaigohojo.input.SourceText.NotText e) {
            throw new Bad(file, e.line(), "test.bad.yaml", e.code().id());
        }
        int longLine = YamlTree.longLine(text);
        if (longLine > 0) throw new Bad(file, longLine, "test.bad.yaml", kaigohojo.input.ErrorCode.LINE_TOO_LONG.id());
        List<TestCase> out = new ArrayList<>();
        int n = 0;
        for (YamlTree.Document d : YamlTree.split(text)) {
            n++;
            YNode root;
            try {
                root = YamlTree.parse(d);
            } catch (YamlTree.Failure f) {
                throw new Bad(file, f.line(), "test.bad.yaml", kaigohojo.text.Localized.of(
                        why(f, kaigohojo.text.Lang.JA), why(f, kaigohojo.text.Lang.EN)));
            }
            out.add(one(file, root, n));
        }
        return out;
    }

    /**
     * #9: what is wrong with a case file's YAML, in words (was the bare code "duplicate-key"), with the
     * flow-mapping comma hint where an amount's commas made keys of it ({subsidy: 1,200,000}).
     */
    private static String why(YamlTree.Failure f, kaigohojo.text.Lang lang) {
        kaigohojo.text.Messages msg = kaigohojo.text.Messages.of(lang);
        String detail = f.detail() == null ? "" : f.detail();
        if (f.code() == kaigohojo.input.ErrorCode.DUPLICATE_KEY) {
            int at = detail.lastIndexOf('@');
            String key = detail.substring(0, Math.max(0, at));
            String m = msg.t("error.duplicate-key", key, detail.substring(at + 1));
            return key.strip().matches("\\d{3}") ? m + msg.t("hint.flow-comma") : m;
        }
        if (f.code() == kaigohojo.input.ErrorCode.YAML_SYNTAX) {
            return lang == kaigohojo.text.Lang.EN ? detail
                    : msg.t("yaml.detail." + kaigohojo.report.ReportContext.yamlDetailKey(detail));
        }
        return msg.t("error." + f.code().id(), detail);
    }

    private static TestCase one(Path file, YNode root, int n) throws Bad {
        if (!(root instanceof YNode.Mapping m)) throw new Bad(file, root.line(), "test.bad.shape", "");
        keys(file, m, CASE_KEYS);
        String name = text(m, "name");
        if (name == null) name = file.getFileName() + "#" + n;
        Path dir = file.toAbsolutePath().getParent();
        String input = text(m, "input");
        YNode submission = m.get("submission");
        if ((input == null) == (submission == null)) throw new Bad(file, m.line(), "test.bad.input", "");
        String rules = text(m, "rules");
        if (rules != null && !kaigohojo.rules.RuleSetLoader.isBuiltin(rules)) rules = dir.resolve(rules).normalize().toString();
        List<String> sets = new ArrayList<>();
        sets(file, name, m.get("set"), "", sets);
        Map<String, TestCase.Expected> facilities = new LinkedHashMap<>();
        List<TestCase.ExpectedError> errors = new ArrayList<>();
        boolean facilitiesGiven = false;
        YNode ex = m.get("expect");
        if (!(ex instanceof YNode.Mapping em)) throw new Bad(file, m.line(), "test.bad.expect", "");
        keys(file, em, EXPECT_KEYS);
        YNode fs = em.get("facilities");
        if (fs != null) {
            facilitiesGiven = true;
            if (!(fs instanceof YNode.Mapping fm)) {
                if (!(fs instanceof YNode.Scalar sc && sc.isNull())) throw new Bad(file, fs.line(), "test.bad.shape", "facilities");
            } else {
                for (YNode.Entry e : fm.list()) facilities.put(e.key(), expected(file, e.value()));
            }
        }
        YNode es = em.get("errors");
        if (es instanceof YNode.Sequence seq) {
            for (YNode e : seq.elements()) {
                if (!(e instanceof YNode.Mapping errm)) throw new Bad(file, e.line(), "test.bad.shape", "errors");
                keys(file, errm, ERROR_KEYS);
                String line = text(errm, "line");
                errors.add(new TestCase.ExpectedError(line == null ? null : (int) number(file, errm.get("line")),
                        text(errm, "field"), text(errm, "code")));
            }
        }
        Path in = input == null ? null : dir.resolve(input).normalize();
        return new TestCase(name, file, m.line(), in, submission, rules, sets, facilities, facilitiesGiven, errors);
    }

    private static TestCase.Expected expected(Path file, YNode n) throws Bad {
        if (!(n instanceof YNode.Mapping m)) throw new Bad(file, n.line(), "test.bad.shape", "facility");
        keys(file, m, FACILITY_KEYS);
        Boolean eligible = null;
        if (m.get("eligible") != null) {
            try {
                eligible = FieldParsers.bool(scalar(file, m.get("eligible")));
            } catch (FieldParsers.BadValue e) {
                throw new Bad(file, m.get("eligible").line(), "test.bad.value", "eligible");
            }
        }
        Long subsidy = m.get("subsidy") == null ? null : amount(file, m.get("subsidy"));
        Long ifMet = m.get("subsidy_if_requirements_met") == null ? null : amount(file, m.get("subsidy_if_requirements_met"));
        Map<String, Long> groups = null;
        if (m.get("groups") instanceof YNode.Mapping gm) {
            groups = new LinkedHashMap<>();
            for (YNode.Entry e : gm.list()) groups.put(e.key(), amount(file, e.value()));
        }
        Map<String, String> items = null;
        if (m.get("items") instanceof YNode.Mapping im) {
            items = new LinkedHashMap<>();
            for (YNode.Entry e : im.list()) {
                String st = scalar(file, e.value());
                if (!Set.of("eligible", "partial", "ineligible").contains(st)) {
                    throw new Bad(file, e.value().line(), "test.bad.value", e.key());
                }
                items.put(e.key(), st);
            }
        }
        return new TestCase.Expected(eligible, subsidy, ifMet, groups, items);
    }

    private static void keys(Path file, YNode.Mapping m, List<String> allowed) throws Bad {
        for (YNode.Entry e : m.list()) {
            if (!allowed.contains(e.key())) {
                String hint = DidYouMean.suggest(e.key(), allowed).orElse("");
                if (e.key().strip().matches("\\d{3}")) { // #9: {subsidy: 1,200,000} makes a key of 200 and of 000
                    throw new Bad(file, e.line(), "test.bad.key", kaigohojo.text.Localized.of(
                            e.key() + kaigohojo.text.Messages.of(kaigohojo.text.Lang.JA).t("hint.flow-comma"),
                            e.key() + kaigohojo.text.Messages.of(kaigohojo.text.Lang.EN).t("hint.flow-comma")));
                }
                throw new Bad(file, e.line(), "test.bad.key", e.key() + (hint.isEmpty() ? "" : " → " + hint));
            }
        }
    }

    private static String text(YNode.Mapping m, String key) {
        return m.get(key) instanceof YNode.Scalar s && !s.isNull() ? s.text().strip() : null;
    }

    /**
     * {@code set:} as a list of KEY=VALUE, or as a mapping ({@code set: {rate: 3/4, caps: {package: 4000000}}},
     * nested keys joined with dots), or a list of one-key mappings; an error names the case (#9).
     */
    private static void sets(Path file, String caseName, YNode s, String prefix, List<String> out) throws Bad {
        if (s == null || (s instanceof YNode.Scalar sc && sc.isNull() && prefix.isEmpty())) return;
        if (s instanceof YNode.Sequence seq && prefix.isEmpty()) {
            for (YNode e : seq.elements()) {
                if (e instanceof YNode.Mapping) sets(file, caseName, e, "", out);
                else out.add(setScalar(file, caseName, e, true));
            }
        } else if (s instanceof YNode.Mapping map) {
            for (YNode.Entry e : map.list()) sets(file, caseName, e.value(), prefix + e.key() + ".", out);
        } else if (!prefix.isEmpty()) {
            out.add(prefix.substring(0, prefix.length() - 1) + "=" + setScalar(file, caseName, s, false));
        } else {
            out.add(setScalar(file, caseName, s, true));
        }
    }

    private static String setScalar(Path file, String caseName, YNode n, boolean assignment) throws Bad {
        if (n instanceof YNode.Scalar s && !s.isNull() && (!assignment || s.text().contains("="))) return s.text().strip();
        throw new Bad(file, n.line(), "test.bad.set", caseName);
    }

    private static String scalar(Path file, YNode n) throws Bad {
        if (n instanceof YNode.Scalar s && !s.isNull()) return s.text().strip();
        throw new Bad(file, n.line(), "test.bad.value", "");
    }

    private static long amount(Path file, YNode n) throws Bad {
        try {
            return FieldParsers.amount(scalar(file, n));
        } catch (FieldParsers.BadValue e) {
            throw new Bad(file, n.line(), "test.bad.value", String.valueOf(n));
        }
    }

    private static long number(Path file, YNode n) throws Bad {
        try {
            return FieldParsers.count(scalar(file, n));
        } catch (FieldParsers.BadValue e) {
            throw new Bad(file, n.line(), "test.bad.value", String.valueOf(n));
        }
    }

}
