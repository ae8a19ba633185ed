package kaigohojo.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kaigohojo.money.Fraction;
import kaigohojo.rules.Provenance;
import kaigohojo.rules.RuleLeaf;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.RuleType;
import kaigohojo.rules.Rules;
import kaigohojo.text.Lang;
import kaigohojo.text.Messages;

/** {@code rules list}, {@code rules show} and {@code rules diff}, as table, JSON or Markdown. */
public final class RulesReport {
    private RulesReport() {}

    public static void list(String format, Lang lang, List<RuleSet> sets, Writer w) throws IOException {
        Messages m = Messages.of(lang);
        if (format.equals("json")) {
            JsonGenerator g = json(w);
            g.writeStartObject();
            g.writeStringField("schema", "kaigo-hojo/rules-list/v1");
            g.writeArrayFieldStart("rules");
            for (RuleSet s : sets) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeNumberField("fiscal_year", s.fiscalYear());
                g.writeStringField("title", s.title(lang));
                g.writeStringField("rate", new Rules(s).rate().value().toString());
                g.writeBooleanField("default", s.id().equals(kaigohojo.rules.RuleSetLoader.DEFAULT_ID));
                Sureness su = sureness(s);
                g.writeNumberField("verified_values", su.verified());
                g.writeNumberField("unverified_values", su.unverified());
                g.writeArrayFieldStart("tiers");
                for (String t : su.tiers()) g.writeString(t);
                g.writeEndArray();
                g.writeStringField("extends", s.chain().size() > 1 ? s.chain().get(1) : null);
                g.writeEndObject();
            }
            end(g);
            return;
        }
        PrintWriter out = new PrintWriter(w);
        boolean md = format.equals("markdown");
        if (md) {
            out.println("| id | " + m.t("rules.col.fy") + " | " + m.t("col.rate") + " | " + m.t("rules.col.title") + " | "
                    + m.t("rules.col.verified") + " |");
            out.println("|---|---|---|---|---|");
        }
        for (RuleSet s : sets) {
            String def = s.id().equals(kaigohojo.rules.RuleSetLoader.DEFAULT_ID) ? " " + m.t("rules.default") : "";
            String rate = new Rules(s).rate().value().toString();
            Sureness su = sureness(s);
            String sure = m.t("rules.list-sureness", su.verified(), su.unverified(), String.join("・", su.tiers()));
            if (md) out.println("| " + s.id() + def + " | " + s.fiscalYear() + " | " + rate + " | " + s.title(lang) + " | " + sure + " |");
            else out.println(kaigohojo.text.DisplayWidth.padRight(s.id(), 14) + m.t("rules.list-line", s.fiscalYear(), rate,
                    s.title(lang)) + def + "  " + sure);
        }
        out.flush();
    }

    /** How sure a set's own values are (#12): a prefectural set counts the values its file states. */
    record Sureness(int verified, int unverified, List<String> tiers) {}

    static Sureness sureness(RuleSet s) {
        int v = 0, u = 0;
        java.util.TreeSet<String> tiers = new java.util.TreeSet<>();
        boolean overlay = s.chain().size() > 1;
        for (RuleLeaf l : s.leaves().values()) {
            Provenance p = l.provenance();
            if (overlay && (p.origin() == null || !p.origin().startsWith(s.id() + ":"))) continue;
            if (p.verified()) v++;
            else u++;
            if (p.tier() != null) tiers.add(p.tier());
        }
        return new Sureness(v, u, List.copyOf(tiers));
    }

    public static void show(String format, Lang lang, RuleSet s, Writer w) throws IOException {
        Messages m = Messages.of(lang);
        RuleWords words = new RuleWords(lang);
        if (format.equals("json")) {
            JsonGenerator g = json(w);
            g.writeStartObject();
            g.writeStringField("schema", "kaigo-hojo/rules/v1");
            g.writeStringField("id", s.id());
            g.writeNumberField("fiscal_year", s.fiscalYear());
            g.writeStringField("title", s.title(lang));
            g.writeArrayFieldStart("chain");
            for (String c : s.chain()) g.writeString(c);
            g.writeEndArray();
            g.writeArrayFieldStart("overrides");
            for (String c : s.overrides()) g.writeString(c);
            g.writeEndArray();
            g.writeObjectFieldStart("sources");
            for (RuleSet.Source src : s.sources().values()) {
                g.writeObjectFieldStart(src.id());
                g.writeStringField("title", src.title(lang));
                g.writeBooleanField("verified", src.verified());
                if (src.tier() != null) g.writeStringField("tier", src.tier());
                if (src.read() != null) g.writeStringField("read", src.read());
                if (src.url() != null) g.writeStringField("url", src.url());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("values");
            for (RuleLeaf l : s.leaves().values()) {
                g.writeStartObject();
                g.writeStringField("path", l.path());
                g.writeStringField("label", words.label(l.path()));
                g.writeStringField("type", l.type().toString());
                g.writeFieldName("value");
                value(g, l.value());
                provenance(g, l.provenance(), lang);
                g.writeEndObject();
            }
            end(g);
            return;
        }
        PrintWriter out = new PrintWriter(w);
        boolean md = format.equals("markdown");
        out.println((md ? "# " : "") + s.id() + "  " + s.title(lang));
        if (md) out.println();
        out.println(m.t("rules.header", s.fiscalYear(), String.join(" ← ", s.chain())));
        if (!s.overrides().isEmpty()) out.println(m.t("table.overrides", String.join(", ", s.overrides())));
        out.println();
        out.println((md ? "## " : "") + m.t("rules.sources"));
        if (md) out.println();
        for (RuleSet.Source src : s.sources().values()) {
            out.println((md ? "- " : "  ") + src.id() + ": " + src.title(lang) + "（"
                    + (src.tier() == null ? "" : m.t("rules.tier." + src.tier()) + "、")
                    + (src.read() == null ? "" : m.t("rules.read", src.read()) + "、")
                    + (src.verified() ? m.t("rules.verified") : m.t("rules.unverified")) + "）"
                    + (src.url() == null ? "" : " " + src.url()));
        }
        out.println();
        out.println((md ? "## " : "") + m.t("rules.values"));
        if (md) {
            out.println();
            out.println("| " + m.t("rules.col.key") + " | " + m.t("rules.col.value") + " | " + m.t("rules.col.source") + " | "
                    + m.t("rules.col.tier") + " | " + m.t("rules.col.read") + " | "
                    + m.t("rules.col.cite") + " | " + m.t("rules.col.verified") + " | " + m.t("rules.col.note") + " |");
            out.println("|---|---|---|---|---|---|---|---|");
            for (RuleLeaf l : s.leaves().values()) {
                Provenance p = l.provenance();
                out.println("| " + String.join(" | ", l.path() + " " + esc(words.label(l.path())), esc(words.value(l)),
                        esc(nz(p.source())), nz(p.tier()), nz(p.read()),
                        esc(nz(p.cite())), p.verified() ? "✓" : m.t("rules.unverified"), esc(nz(p.note(lang)))) + " |");
            }
        } else {
            String section = null;
            for (RuleLeaf l : s.leaves().values()) {
                String sec = l.path().contains(".") ? l.path().substring(0, l.path().indexOf('.')) : "";
                if (!Objects.equals(sec, section)) {
                    out.println();
                    section = sec;
                }
                Provenance p = l.provenance();
                out.println("  " + kaigohojo.text.DisplayWidth.padRight(l.path(), 40) + " "
                        + RuleType.format(l.value()) + "   " + words.label(l.path()) + ": " + words.value(l));
                out.println("      " + words.source(p) + (p.origin() == null ? "" : "  [" + p.origin() + "]"));
                if (p.note(lang) != null) out.println("      " + p.note(lang));
            }
        }
        out.flush();
    }

    /** One changed value of a diff. */
    public record Change(String path, RuleLeaf a, RuleLeaf b) {}

    public static List<Change> changes(RuleSet a, RuleSet b) {
        Set<String> paths = new LinkedHashSet<>(a.leaves().keySet());
        paths.addAll(b.leaves().keySet());
        List<Change> out = new ArrayList<>();
        for (String p : paths) {
            RuleLeaf la = a.leaves().get(p);
            RuleLeaf lb = b.leaves().get(p);
            if (la == null || lb == null || !same(la.value(), lb.value())) out.add(new Change(p, la, lb));
        }
        return out;
    }

    private static boolean same(Object x, Object y) {
        if (x instanceof Fraction fx && y instanceof Fraction fy) return fx.equals(fy);
        return Objects.equals(x, y);
    }

    public static void diff(String format, Lang lang, RuleSet a, RuleSet b, Writer w) throws IOException {
        Messages m = Messages.of(lang);
        RuleWords words = new RuleWords(lang);
        List<Change> changes = changes(a, b);
        if (format.equals("json")) {
            JsonGenerator g = json(w);
            g.writeStartObject();
            g.writeStringField("schema", "kaigo-hojo/rules-diff/v1");
            g.writeObjectFieldStart("a");
            g.writeStringField("id", a.id());
            g.writeNumberField("fiscal_year", a.fiscalYear());
            g.writeEndObject();
            g.writeObjectFieldStart("b");
            g.writeStringField("id", b.id());
            g.writeNumberField("fiscal_year", b.fiscalYear());
            g.writeEndObject();
            g.writeArrayFieldStart("changes");
            for (Change c : changes) {
                g.writeStartObject();
                g.writeStringField("path", c.path());
                g.writeStringField("label", words.label(c.path()));
                g.writeStringField("a_words", words.value(c.a()));
                g.writeStringField("b_words", words.value(c.b()));
                g.writeFieldName("a");
                value(g, c.a() == null ? null : c.a().value());
                g.writeFieldName("b");
                value(g, c.b() == null ? null : c.b().value());
                if (c.b() != null) {
                    g.writeStringField("source", nz(c.b().provenance().source()));
                    g.writeStringField("cite", nz(c.b().provenance().cite()));
                    g.writeBooleanField("verified", c.b().provenance().verified());
                    if (c.b().provenance().tier() != null) g.writeStringField("tier", c.b().provenance().tier());
                    if (c.b().provenance().read() != null) g.writeStringField("read", c.b().provenance().read());
                    if (c.b().provenance().note(lang) != null) g.writeStringField("note", c.b().provenance().note(lang));
                }
                g.writeEndObject();
            }
            end(g);
            return;
        }
        PrintWriter out = new PrintWriter(w);
        boolean md = format.equals("markdown");
        out.println((md ? "# " : "") + m.t("rules.diff-title", a.id(), a.fiscalYear(), b.id(), b.fiscalYear()));
        out.println();
        if (changes.isEmpty()) {
            out.println(m.t("rules.no-changes"));
            out.flush();
            return;
        }
        if (md) {
            out.println("| " + m.t("rules.col.key") + " | " + a.id() + " | " + b.id() + " | " + m.t("rules.col.cite") + " |");
            out.println("|---|---|---|---|");
        }
        for (Change c : changes) {
            String va = words.value(c.a());
            String vb = words.value(c.b());
            Provenance p = c.b() == null ? c.a().provenance() : c.b().provenance();
            String cite = words.source(p);
            String label = words.label(c.path());
            if (md) {
                out.println("| " + String.join(" | ", esc(label) + " (" + c.path() + ")", esc(va), esc(vb), esc(cite)) + " |");
            } else {
                out.println("  " + label + (label.equals(c.path()) ? "" : "（" + c.path() + "）"));
                out.println("      " + m.t("rules.diff-line", va, vb));
                out.println("      " + cite);
                if (p.note(lang) != null) out.println("      " + p.note(lang));
            }
        }
        out.println();
        out.println(m.t("rules.diff-count", changes.size()));
        out.flush();
    }

    private static void provenance(JsonGenerator g, Provenance p, Lang lang) throws IOException {
        g.writeStringField("source", nz(p.source()));
        g.writeStringField("cite", nz(p.cite()));
        g.writeBooleanField("verified", p.verified());
        if (p.tier() != null) g.writeStringField("tier", p.tier());
        if (p.read() != null) g.writeStringField("read", p.read());
        if (p.note(lang) != null) g.writeStringField("note", p.note(lang));
        if (p.text() != null) g.writeStringField("text", p.text());
        if (p.origin() != null) g.writeStringField("origin", p.origin());
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof Long l) g.writeNumber(l);
        else if (v instanceof Boolean b) g.writeBoolean(b);
        else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object o : list) g.writeString(String.valueOf(o));
            g.writeEndArray();
        } else g.writeString(String.valueOf(v));
    }

    /** Closes the last array and the document, with a final newline. */
    private static void end(JsonGenerator g) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private static JsonGenerator json(Writer w) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(w);
        g.useDefaultPrettyPrinter();
        return g;
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private static String esc(String s) { return s.replace("|", "\\|").replace("\n", " "); }
}
