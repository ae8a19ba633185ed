package kaigohojo.report;

import java.util.ArrayList;
import java.util.List;
import kaigohojo.input.Vocabulary;
import kaigohojo.money.Yen;
import kaigohojo.rules.Provenance;
import kaigohojo.rules.RuleLeaf;
import kaigohojo.rules.RuleType;
import kaigohojo.text.Lang;
import kaigohojo.text.Messages;

/**
 * Rule values in a clerk's words (#12): 「補助率」 for {@code rate}, 「7,500,000円」, 「なし」, category
 * names instead of ids, and each value's source with its tier and the date it was read.
 */
final class RuleWords {
    private final Messages m;
    private final Lang lang;
    private final Vocabulary vocab = Vocabulary.get();

    RuleWords(Lang lang) {
        this.lang = lang;
        this.m = Messages.of(lang);
    }

    /** 「補助率」, 「移乗支援の1機器あたりの基準額」, or the path itself when no words are known. */
    String label(String path) {
        String key = "rule." + path;
        String t = m.t(key);
        if (!t.equals(key) && !t.isEmpty()) return t;
        if (path.startsWith("caps.per_unit.")) {
            String cat = path.substring("caps.per_unit.".length());
            var c = vocab.categories().get(cat);
            return m.t("rule.per-unit", c == null ? cat : lang.pick(c.ja(), c.en()));
        }
        if (path.startsWith("caps.software.staff_bands.")) return m.t("rule.staff-band", path.substring(path.lastIndexOf('.') + 1));
        return path;
    }

    /** A value as a clerk reads it. */
    String value(RuleLeaf leaf) {
        return leaf == null ? m.t("rules.absent") : value(leaf.type(), leaf.value());
    }

    String value(RuleType type, Object v) {
        if (v == null) return m.t("rules.value.none");
        if (v instanceof Long l) return type.toString().startsWith("yen") ? Yen.format(l) + (lang == Lang.JA ? "円" : " yen") : Yen.format(l);
        if (v instanceof Boolean b) return m.t(b ? "rules.value.true" : "rules.value.false");
        if (v instanceof List<?> list) {
            if (list.isEmpty()) return m.t("rules.value.none");
            String kind = type.toString().replaceAll("^list\\((.*)\\)$", "$1");
            List<String> out = new ArrayList<>();
            for (Object o : list) out.add(element(kind, String.valueOf(o)));
            return String.join(lang == Lang.JA ? "、" : ", ", out);
        }
        String s = String.valueOf(v);
        if (type.kind() == RuleType.Kind.ENUM) {
            String f = m.t("formula." + s);
            if (!f.equals("formula." + s)) return f;
            String e = m.t("rules.enum." + s);
            if (!e.equals("rules.enum." + s)) return e;
        }
        return s;
    }

    private String element(String kind, String id) {
        switch (kind) {
            case "category": {
                var c = vocab.categories().get(id);
                return c == null ? id : lang.pick(c.ja(), c.en());
            }
            case "course": return term("training_course", id);
            case "payment": case "standard": case "security_action": case "device_kind": case "cap_group":
                return term(kind, id);
            default: return id;
        }
    }

    private String term(String kind, String id) {
        Vocabulary.Term t = vocab.terms(kind).get(id);
        return t == null ? id : t.label(lang);
    }

    /** 「出典 CB7（B（公式のページの写し）、読んだ日の記録なし）　根拠 千葉県R7 上限額　未確認」 */
    String source(Provenance p) {
        String tier = p.tier() == null ? "-" : m.t("rules.tier." + p.tier());
        String read = p.read() == null ? m.t("rules.read-unknown") : m.t("rules.read", p.read());
        return m.t("rules.source-line", p.source() == null ? "" : p.source(), tier, read,
                p.cite() == null ? "" : p.cite(), m.t(p.verified() ? "rules.verified" : "rules.unverified"));
    }
}
