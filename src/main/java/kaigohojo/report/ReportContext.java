package kaigohojo.report;

import java.util.ArrayList;
import java.util.List;
import kaigohojo.engine.Finding;
import kaigohojo.engine.Reason;
import kaigohojo.engine.TraceStep;
import kaigohojo.input.Problem;
import kaigohojo.rules.RuleLeaf;
import kaigohojo.rules.RuleSet;
import kaigohojo.text.Lang;
import kaigohojo.text.Messages;

/** What every renderer needs: the language and its messages, the rule set, and the options. */
public final class ReportContext {
    private final Lang lang;
    private final Messages msg;
    private final RuleSet rules;
    private final boolean explain;

    public ReportContext(Lang lang, RuleSet rules, boolean explain) {
        this.lang = lang;
        this.msg = Messages.of(lang);
        this.rules = rules;
        this.explain = explain;
    }

    public Lang lang() { return lang; }
    public Messages msg() { return msg; }
    public RuleSet rules() { return rules; }
    public boolean explain() { return explain; }

    public String t(String key, Object... args) { return msg.t(key, args); }

    /**
     * #10: how a file was read, as the reader describes it ("UTF-16LE (BOM)+tab+header@3",
     * "xlsx:申請"), in the report's language: "UTF-16LE (BOM)、タブ区切り、見出しは3行目".
     */
    public String readAs(String how) {
        if (how == null) return "-";
        String[] parts = how.split("\\+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            String s;
            if (i == 0 && p.startsWith("xlsx:")) s = msg.t("read.workbook", p.substring(5));
            else if (i == 0) s = p;
            else if (p.equals("tab")) s = msg.t("read.tab");
            else if (p.equals("semicolon")) s = msg.t("read.semicolon");
            else if (p.startsWith("header@")) s = msg.t("read.header-at", p.substring(7));
            else s = p;
            if (i > 0) b.append(msg.t("read.separator"));
            b.append(s);
        }
        return b.toString();
    }

    public String reason(Reason r) { return msg.t("reason." + r.code(), r.args()); }

    public String finding(Finding f) { return msg.t("finding." + f.code(), f.args()); }

    /** A facility-level limit that cut the total, in words (#12): base, limit, reduction, then its own arguments. */
    public String capRow(kaigohojo.engine.Totals.CapRow c) {
        java.util.List<Object> args = new java.util.ArrayList<>();
        args.add(kaigohojo.money.Yen.format(c.base()));
        args.add(kaigohojo.money.Yen.format(c.limit()));
        args.add(kaigohojo.money.Yen.format(c.reduction()));
        for (Object a : c.args()) args.add(a instanceof Long l ? kaigohojo.money.Yen.format(l) : a);
        return msg.t("cap-row." + c.code(), args);
    }

    public String step(TraceStep s) { return msg.t("trace." + s.code(), s.args()); }

    /**
     * Where a group's cap comes from, for the cap-source column of the table, Markdown and HTML reports:
     * each cap step in words with its citation, joined by " + " (the step that adds them up left out).
     */
    public String capSource(kaigohojo.engine.GroupResult g) {
        StringBuilder sb = new StringBuilder();
        for (TraceStep s : g.trace()) {
            if (!s.code().startsWith("cap-") || s.code().equals("cap-total")) continue;
            if (sb.length() > 0) sb.append(" + ");
            sb.append(step(s)).append(cite(s.cite(), s.verified()));
        }
        return sb.toString();
    }

    /** An input error's message, with its "did you mean" when there is one. */
    public String problem(Problem p) {
        String m = p.code().equals("yaml-syntax") && lang != Lang.EN && !p.args().isEmpty()
                ? msg.t("error.yaml-syntax", yamlDetail(String.valueOf(p.args().get(0))))
                : msg.t("error." + p.code(), lang == Lang.EN ? p.args().toArray() : clerksArgs(p));
        if (p.suggestion() != null) m = m + msg.t("hint.did-you-mean", p.suggestion());
        // `{unit_price: 1,200,000}`: in flow style the commas split the amount into keys
        // (1,000,000 makes the key 000 twice: a duplicate key, which gets the same hint; #9)
        if ((p.code().equals("unknown-key") || p.code().equals("duplicate-key"))
                && p.value() != null && p.value().strip().matches("\\d{3}")) m = m + msg.t("hint.flow-comma");
        // 9 digits: Excel keeps 事業所番号 as a number and drops its leading zero (#9)
        if (p.code().equals("invalid-facility-id") && p.value() != null && p.value().strip().matches("\\d{9}")) {
            m = m + msg.t("hint.leading-zero");
        }
        return m;
    }

    /**
     * An error's arguments in the clerk's words (#9): the ids the engine knows (lease, improvement_support, the
     * payment kinds a value may take) as the Japanese names a clerk types (リース, 業務改善支援), a missing
     * column by its Japanese heading, a workbook library's English detail as what it means.
     */
    private Object[] clerksArgs(Problem p) {
        Object[] a = p.args().toArray();
        switch (p.code()) {
            case "invalid-value": // the values a field takes
                if (a.length > 1) a[1] = idWords(String.valueOf(a[1]), "、");
                break;
            case "paid-this-year-required": case "attached-to-invalid": // a payment id; a category id
                a[a.length - 1] = idWords(String.valueOf(a[a.length - 1]), "、");
                break;
            case "missing-column":
                if (a.length > 0) a[0] = columnWords(String.valueOf(a[0]), p.file());
                break;
            case "workbook-corrupt":
                if (a.length > 0) a[0] = msg.t(String.valueOf(a[0]).startsWith("xl/") ? "workbook.detail.part-missing"
                        : String.valueOf(a[0]).contains("zip") ? "workbook.detail.not-zip" : "workbook.detail.broken");
                break;
            default:
                break;
        }
        return a;
    }

    /**
     * Session 4 (L): where a computed facility's application starts, as errors name places: {@code a.csv:2},
     * or in a workbook the sheet's cell of its id, {@code 申請.xlsx 申請!A7} (the row alone, {@code 申請!7:7},
     * when the id's column is not known).
     */
    public static String inputPlace(kaigohojo.model.Submission s) {
        kaigohojo.input.Location src = s.source();
        if (src.sheet() == null) return src.file() + ":" + src.line();
        kaigohojo.input.Location id = s.facility().at().of("id");
        return src.file() + " " + src.at(src.line(), id.sheet() != null ? id.column() : 0).cell();
    }

    /** Ids ("purchase, lease", "improvement_support") as the Japanese names a clerk types. */
    String idWords(String ids, String sep) {
        List<String> out = new ArrayList<>();
        for (String id : ids.split(",\\s*")) out.add(idWord(id.strip()));
        return String.join(sep, out);
    }

    private String idWord(String id) {
        kaigohojo.input.Vocabulary v = kaigohojo.input.Vocabulary.get();
        var c = v.categories().get(id);
        if (c != null) return c.ja();
        for (String kind : List.of("payment", "pricing", "security_action", "training_course", "standard", "device_kind")) {
            var t = v.terms(kind).get(id);
            if (t != null) return t.label(lang);
        }
        return id;
    }

    /** A CSV column key (facility_name) as its Japanese heading (事業所名) when the input is a table, not YAML. */
    private String columnWords(String key, String file) {
        if (file != null && (file.endsWith(".yaml") || file.endsWith(".yml"))) return key;
        return kaigohojo.input.CsvColumns.byHeader(key).filter(c -> c.key().equals(key)).map(c -> c.alias()).orElse(key);
    }

    /** An error's field as the clerk's input names it: a missing table column by its Japanese heading (#9). */
    public String field(Problem p) {
        if (p.field() == null || p.field().isEmpty() || lang == Lang.EN) return p.field() == null ? "" : p.field();
        return columnWords(p.field(), p.file());
    }

    /**
     * A cap group's name for the reader: 介護ソフト等, パッケージ型, 業務改善支援 (in English software, package,
     * improvement support), and for a per-unit group the name of its item (its id when it has none).
     * JSON keeps the ids of product.md §6.
     */
    public String groupName(String groupId, kaigohojo.engine.FacilityResult r) {
        if (groupId == null) return "";
        kaigohojo.engine.GroupResult g = null;
        List<kaigohojo.engine.GroupResult> groups = r.groups();
        if (groups.size() <= SCAN) {
            // #13: a facility's few groups are scanned (a map per facility was 2-3 % of a CSV batch), by index (no iterator)
            for (int k = 0, n = groups.size(); k < n; k++) {
                kaigohojo.engine.GroupResult x = groups.get(k);
                if (x.id().equals(groupId)) {
                    g = x;
                    break;
                }
            }
        } else {
            if (r != groupsFor) { // #8: many groups: found through a map made once per facility (was groups × (groups + items))
                java.util.Map<String, kaigohojo.engine.GroupResult> byId = new java.util.HashMap<>();
                for (kaigohojo.engine.GroupResult x : groups) byId.putIfAbsent(x.id(), x);
                groupsById = byId;
                groupsFor = r;
            }
            g = groupsById.get(groupId);
        }
        return g == null ? groupId : nameOf(g, r);
    }

    /** This group's name for the reader, as {@link #groupName(String, kaigohojo.engine.FacilityResult)} gives it for its id's first group. */
    public String groupName(kaigohojo.engine.GroupResult g, kaigohojo.engine.FacilityResult r) {
        return nameOf(g, r);
    }

    /** Up to how many groups or items a facility's are scanned for an id rather than put in a map. */
    private static final int SCAN = 16;
    private kaigohojo.engine.FacilityResult groupsFor, itemsFor;
    private java.util.Map<String, kaigohojo.engine.GroupResult> groupsById;
    private java.util.Map<String, kaigohojo.engine.ItemResult> itemsById;
    /** A kind's group name (介護ソフト等 …), looked up once per kind. */
    private final java.util.Map<String, String> kindNames = new java.util.HashMap<>();

    private String nameOf(kaigohojo.engine.GroupResult g, kaigohojo.engine.FacilityResult r) {
        if (g.kind().equals("per_unit")) {
            if (g.items().isEmpty()) return g.id();
            String main = g.items().get(0);
            kaigohojo.engine.ItemResult i = item(main, r);
            if (i != null) return i.item().name() == null || i.item().name().isBlank() ? main : i.item().name();
            return main;
        }
        String name = kindNames.get(g.kind());
        if (name == null) kindNames.put(g.kind(), name = msg.t("group." + g.kind()));
        return name;
    }

    /** The facility's first item of this id, or null. */
    private kaigohojo.engine.ItemResult item(String id, kaigohojo.engine.FacilityResult r) {
        List<kaigohojo.engine.ItemResult> items = r.items();
        if (items.size() <= SCAN) {
            for (int k = 0, n = items.size(); k < n; k++) if (items.get(k).id().equals(id)) return items.get(k);
            return null;
        }
        if (r != itemsFor) {
            java.util.Map<String, kaigohojo.engine.ItemResult> byId = new java.util.HashMap<>();
            for (kaigohojo.engine.ItemResult i : items) byId.putIfAbsent(i.id(), i);
            itemsById = byId;
            itemsFor = r;
        }
        return itemsById.get(id);
    }

    /** はい / いいえ (yes / no). */
    public String yesNo(boolean b) { return msg.t(b ? "value.yes" : "value.no"); }

    /**
     * The YAML parser's English ("while scanning a simple key … could not find expected ':'") said in
     * the report's language: what the mistake most likely is (#9). English reports keep the parser's words.
     */
    String yamlDetail(String detail) {
        return msg.t("yaml.detail." + yamlDetailKey(detail));
    }

    /** Which {@code yaml.detail.*} message says what the parser's English means (also for rules files, #9). */
    public static String yamlDetailKey(String detail) {
        String d = detail == null ? "" : detail;
        String key;
        if (d.contains("could not find expected ':'")) key = "missing-colon";
        else if (d.contains("mapping values are not allowed")) key = "colon-in-value";
        else if (d.contains("quoted scalar") || d.contains("end of stream")) key = "unclosed-quote";
        else if (d.contains("flow mapping")) key = "flow-mapping";
        else if (d.contains("flow sequence")) key = "flow-sequence";
        else if (d.contains("cannot start any token")) key = "bad-character";
        else if (d.contains("block") || d.contains("indent")) key = "indentation";
        else key = "other";
        return key;
    }

    /** A rejected application's first error on one line: "b.csv:7:5 単価: …". */
    public String firstError(Rejected r) {
        Problem p = r.first();
        String field = p.field() == null || p.field().isEmpty() ? "" : field(p) + ": ";
        return p.where() + " " + field + problem(p);
    }

    /** "（問13）"; a citation of an unverified value gets the mark that the footnote explains: "（問13*）". */
    public String cite(String cite, boolean verified) {
        if (cite == null || cite.isEmpty()) return "";
        return msg.t("cite", verified ? cite : cite + msg.t("cite.unverified-mark"));
    }

    /** "（問13）", or nothing when there is no citation. */
    public String cite(String cite) {
        return cite(cite, true);
    }

    /** The unverified rule values among those used, in rule-file order. */
    public List<RuleLeaf> unverified(java.util.Collection<String> used) {
        if (unverifiedLeaves == null) {
            // #13: asked for every facility; the rule set's unverified values are few and do not change
            List<RuleLeaf> all = new ArrayList<>();
            for (RuleLeaf l : rules.leaves().values()) if (!l.provenance().verified()) all.add(l);
            unverifiedLeaves = all;
        }
        List<RuleLeaf> out = new ArrayList<>();
        for (RuleLeaf l : unverifiedLeaves) if (used.contains(l.path())) out.add(l);
        return out;
    }

    /**
     * Which of the rule set's unverified values were used, as bits in rule-file order (bit k: the k-th of
     * {@link #unverified}'s order); -1 when the rule set has more than 63 (#13: the JSON report remembers
     * its {@code unverified_rules} arrays by these bits, without making a list per facility).
     */
    public long unverifiedBits(java.util.Collection<String> used) {
        if (unverifiedLeaves == null) unverified(List.of());
        if (unverifiedLeaves.size() > 63) return -1;
        long bits = 0;
        for (int k = 0; k < unverifiedLeaves.size(); k++) if (used.contains(unverifiedLeaves.get(k).path())) bits |= 1L << k;
        return bits;
    }

    /** The rule set's unverified values in rule-file order, found on first use. */
    private List<RuleLeaf> unverifiedLeaves;

    /**
     * "rate = 4/5（実施要綱 補助率）" for a scalar, "groups.software（問1）" for a list. A Japanese report names the
     * rule in Japanese and its value as a clerk reads it (補助率 = 4/5、1事業所あたりの上限 = なし): the path stays in
     * JSON and {@code rules show} (#9).
     */
    public String footnoteValue(RuleLeaf l) {
        String name = lang == Lang.EN ? l.path() : ruleWords().label(l.path());
        if (l.value() instanceof java.util.List<?>) return msg.t("footnote.list", name, l.provenance().citeLabel());
        String value = lang == Lang.EN ? kaigohojo.rules.RuleType.format(l.value()) : ruleWords().value(l);
        return msg.t("footnote.value", name, value, l.provenance().citeLabel());
    }

    private RuleWords words;

    /** A rule's name and value in the reader's words (#9): 補助率 for rate, なし for none. */
    RuleWords ruleWords() {
        if (words == null) words = new RuleWords(lang);
        return words;
    }

    /**
     * An error line's code prefix: "[invalid-amount] " in English; nothing in Japanese, where the message says
     * it and the code stays in JSON, the check summary and the code columns (#9).
     */
    public String codeTag(Problem p) {
        return lang == Lang.EN ? "[" + p.code() + "] " : "";
    }

    public String formulaLabel(String formula) { return msg.t("formula." + formula); }

    /**
     * A rule value already written as text (4/5, 100,000, none, true, rate_then_cap, care_software, …) in the
     * reader's words (#9): formulas, yes/no, なし, and category names; numbers as they are.
     */
    String ruleValueWords(String v) {
        if (lang == Lang.EN || v == null || v.matches("[-0-9,./ ]*")) return v; // numbers, fractions, "-"
        String f = msg.t("formula." + v);
        if (!f.equals("formula." + v)) return f;
        switch (v) {
            case "true": return msg.t("rules.value.true");
            case "false": return msg.t("rules.value.false");
            case "none": case "null": return msg.t("rules.value.none");
            default: break;
        }
        String e = msg.t("rules.enum." + v);
        if (!e.equals("rules.enum." + v)) return e;
        List<String> out = new ArrayList<>();
        for (String part : v.split(",\\s+")) {
            var c = kaigohojo.input.Vocabulary.get().categories().get(part);
            out.add(c != null ? c.ja() : part.equals("software") || part.equals("package") || part.equals("improvement_support")
                    || part.equals("per_unit") ? msg.t("group." + part) : part);
        }
        return String.join("、", out);
    }
}
