package kaigohojo.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import kaigohojo.money.Fraction;
import kaigohojo.rules.Provenance;
import kaigohojo.rules.RuleLeaf;
import kaigohojo.rules.RuleSet;
import kaigohojo.text.Lang;
import kaigohojo.text.Messages;

/**
 * {@code rules template} (#12): a prefecture's starting file. It {@code extends} a built-in set and
 * lists, commented out, every value a prefecture can change, each with its words, the base's value,
 * its citation and why; uncommenting a line and changing its value is all a prefecture does. As
 * written it loads and means exactly its base.
 */
public final class RulesTemplate {
    private RulesTemplate() {}

    public static void write(RuleSet base, Lang lang, Writer w) {
        Messages m = Messages.of(lang);
        RuleWords words = new RuleWords(lang);
        PrintWriter out = new PrintWriter(w);
        for (String l : m.t("rules-template.intro", base.id()).split("\n")) out.println("# " + l);
        out.println("id: " + m.t("rules-template.id"));
        out.println("extends: " + base.id());
        out.println("fiscal_year: " + base.fiscalYear() + "          # " + m.t("rules-template.fiscal-year"));
        out.println("title: {ja: \"" + m.t("rules-template.title-ja") + "\", en: \"\"}");
        out.println("source: PREF             # " + m.t("rules-template.source"));
        out.println("verified: false          # " + m.t("rules-template.verified"));
        out.println("sources:");
        out.println("  PREF: {tier: A, read: null, url: \"\", ja: \""
                + m.t("rules-template.source-ja") + "\", en: \"\", verified: true}   # " + m.t("rules-template.tier"));
        List<String> open = new ArrayList<>();
        for (RuleLeaf l : base.leaves().values()) {
            String[] parts = l.path().split("\\.");
            int common = 0;
            while (common < open.size() && common < parts.length - 1 && open.get(common).equals(parts[common])) common++;
            while (open.size() > common) open.remove(open.size() - 1);
            if (common == 0) out.println();
            for (int i = common; i < parts.length - 1; i++) {
                out.println("  ".repeat(i) + key(parts[i]) + ":");
                open.add(parts[i]);
            }
            String indent = "  ".repeat(parts.length - 1);
            Provenance p = l.provenance();
            out.println(indent + "# " + words.label(l.path()) + "  (" + m.t("rules-template.base-value", base.id(),
                    words.value(l)) + (p.cite() == null ? "" : (lang == Lang.JA ? "、" : "; ") + p.cite()) + ")");
            if (p.note(lang) != null) out.println(indent + "#   " + p.note(lang));
            out.println(indent + "# " + key(parts[parts.length - 1]) + ": " + yaml(l.value()));
        }
        out.flush();
    }

    /** A key as YAML needs it: staff bands ("1-10", "31-") are quoted. */
    private static String key(String k) {
        return k.matches("[A-Za-z_][A-Za-z0-9_]*") ? k : "\"" + k + "\"";
    }

    /** A value in the form the loader reads back. */
    static String yaml(Object v) {
        if (v == null) return "none";
        if (v instanceof Fraction f) return f.toString();
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object o : list) out.add(String.valueOf(o));
            return "[" + String.join(", ", out) + "]";
        }
        if (v instanceof String s && !s.matches("[A-Za-z_][A-Za-z0-9_]*")) return "\"" + s.replace("\"", "\\\"") + "\"";
        return String.valueOf(v);
    }
}
