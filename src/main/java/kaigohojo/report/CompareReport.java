package kaigohojo.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import kaigohojo.engine.FacilityResult;
import kaigohojo.input.Problem;
import kaigohojo.money.Yen;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.Rules;

/**
 * {@code compare}: per facility, every line that makes up the total under each scenario (each group,
 * the facility cap when it cuts the groups' sum, the total), the differences from the base, and the
 * cause of each difference ({@link Comparison}). Table, Markdown, JSON, CSV and HTML.
 */
public final class CompareReport {
    /** One scenario's results. */
    public record Column(String name, RuleSet rules, List<String> sets, List<FacilityResult> results, List<Problem> errors) {}

    private CompareReport() {}

    /** @param split the {@code --split-facility} choice (reject, merge or replace), stated in every format (#9) */
    public static void write(String format, ReportContext ctx, List<Column> cols, Writer w, String split) throws IOException {
        write(format, ctx, cols, w, split, null);
    }

    /**
     * @param ownYear with {@code --own-year}, the base's fiscal year in which every scenario's dates were judged,
     *     stated under the split line in every format but xlsx (session 4 L); null without it
     */
    public static void write(String format, ReportContext ctx, List<Column> cols, Writer w, String split, Integer ownYear)
            throws IOException {
        switch (format) {
            case "json" -> json(ctx, cols, w, split, ownYear);
            case "csv" -> csv(ctx, cols, w, split, ownYear);
            case "html" -> html(ctx, cols, w, split, ownYear);
            default -> text(ctx, cols, w, format.equals("markdown"), split, ownYear);
        }
    }

    /** #9: "部分に分かれた申請（--split-facility merge）: …", the choice and what it does, in the reader's language. */
    static String splitLine(ReportContext ctx, String split) {
        return ctx.t("compare.split-facility", split, ctx.t("compare.split-facility." + split));
    }

    private static List<Comparison> comparisons(List<Column> cols) {
        List<Comparison> out = new ArrayList<>();
        for (int f = 0; f < cols.get(0).results().size(); f++) out.add(new Comparison(cols, f));
        return out;
    }

    // ── the sentences every format shares ───────────────────────────────────────────────────────

    static String label(ReportContext ctx, Comparison c, Comparison.Line l) {
        if (!l.kind().equals("group")) return ctx.t("compare." + l.kind());
        for (FacilityResult r : c.results) {
            if (r == null) continue;
            for (var g : r.groups()) if (g.id().equals(l.label())) return ctx.groupName(l.label(), r);
        }
        return l.label();
    }

    static String scenarioLine(ReportContext ctx, Column c) {
        Rules r = new Rules(c.rules());
        return ctx.t("compare.scenario", c.name(), c.rules().id(), r.rate().value(),
                ctx.lang() == kaigohojo.text.Lang.EN ? r.formula().value() : ctx.formulaLabel(r.formula().value()),
                c.sets().isEmpty() ? "-" : String.join(", ", c.sets()));
    }

    static String cause(ReportContext ctx, Comparison.Cause k) {
        List<Object> a = k.args();
        String text = switch (k.kind()) {
            case "requirements" -> ctx.t("compare.cause.requirements", met(ctx, (Boolean) a.get(0)), met(ctx, (Boolean) a.get(1)),
                    findings(ctx, (List<?>) a.get(2)));
            case "rule", "rule-list" -> ctx.t("compare.cause." + k.kind(), ruleArgs(ctx, a));
            default -> ctx.t("compare.cause." + k.kind(), a.toArray());
        };
        return text + (k.kind().equals("input") ? "" : ctx.cite(k.cite()));
    }

    /** A rule value's cause in the reader's words: 補助率 for rate, 補助率を乗じてから… for rate_then_cap (#9). */
    private static Object[] ruleArgs(ReportContext ctx, List<Object> a) {
        Object[] out = a.toArray();
        if (ctx.lang() == kaigohojo.text.Lang.EN) return out;
        out[0] = ctx.ruleWords().label(String.valueOf(a.get(0)));
        for (int i = 1; i < out.length; i++) out[i] = ctx.ruleValueWords(String.valueOf(out[i]));
        return out;
    }

    private static String findings(ReportContext ctx, List<?> fs) {
        List<String> s = new ArrayList<>();
        for (Object f : fs) s.add(ctx.finding((kaigohojo.engine.Finding) f));
        return String.join("、", s);
    }

    private static String met(ReportContext ctx, boolean met) {
        return met ? ctx.t("compare.met") : ctx.t("compare.unmet");
    }

    static String causes(ReportContext ctx, Comparison.Difference d) {
        List<String> s = new ArrayList<>();
        for (Comparison.Cause k : d.causes()) s.add(cause(ctx, k));
        return String.join("; ", s);
    }

    static String differenceLine(ReportContext ctx, Comparison c, Comparison.Difference d) {
        String line = d.line();
        for (Comparison.Line l : c.lines) if (l.label().equals(d.line())) line = label(ctx, c, l);
        return ctx.t("compare.difference", d.scenario(), line, signed(d.delta()), causes(ctx, d));
    }

    static String cell(Long v, Long base, boolean isBase, boolean signedValue) {
        if (v == null) return isBase || base == null || base == 0 ? "-" : "- (" + signed(-base) + ")";
        String s = signedValue ? signed(v) : Yen.format(v);
        long delta = v - (base == null ? 0 : base);
        if (!isBase && delta != 0 && !signedValue) s += " (" + signed(delta) + ")";
        return s;
    }

    static List<List<String>> rows(ReportContext ctx, List<Column> cols, Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (Comparison.Line l : c.lines) {
            if (l.kind().equals("total")) {
                List<String> eligible = new ArrayList<>();
                eligible.add(ctx.t("compare.requirements"));
                for (FacilityResult r : c.results) eligible.add(r == null ? "-" : met(ctx, r.eligible()));
                rows.add(eligible);
            }
            List<String> row = new ArrayList<>();
            row.add(label(ctx, c, l));
            for (int i = 0; i < cols.size(); i++) {
                row.add(cell(l.values().get(i), l.values().get(0), i == 0, l.kind().equals("facility-cap")));
            }
            rows.add(row);
        }
        List<String> delta = new ArrayList<>();
        delta.add(ctx.t("compare.delta"));
        for (int i = 0; i < cols.size(); i++) {
            FacilityResult r = c.results.get(i);
            delta.add(i == 0 ? "" : r == null ? "-" : signed(r.totals().subsidy() - c.base.totals().subsidy()));
        }
        rows.add(delta);
        return rows;
    }

    static List<String> header(ReportContext ctx, List<Column> cols) {
        List<String> header = new ArrayList<>();
        header.add(ctx.t("col.group"));
        for (Column c : cols) header.add(c.name());
        return header;
    }

    // ── table and Markdown ──────────────────────────────────────────────────────────────────────

    /** Session 4 (L): "日付はすべて基準の年度 2026 で判定しています（--own-year）". */
    static String ownYearLine(ReportContext ctx, int year) {
        return ctx.t("compare.own-year", String.valueOf(year));
    }

    private static void text(ReportContext ctx, List<Column> cols, Writer w, boolean md, String split, Integer ownYear) {
        PrintWriter out = VisibleText.printer(w); // #8: no control of an input reaches the terminal
        out.println((md ? "# " : "") + ctx.t("compare.title"));
        out.println();
        for (Column c : cols) out.println(md ? "- " + scenarioLine(ctx, c) : "  " + scenarioLine(ctx, c));
        out.println(md ? "- " + splitLine(ctx, split) : "  " + splitLine(ctx, split));
        if (ownYear != null) out.println((md ? "- " : "  ") + ownYearLine(ctx, ownYear));
        for (Comparison c : comparisons(cols)) {
            FacilityResult b = c.base;
            out.println();
            out.println((md ? "## " : "━━ ") + b.submission().facility().id() + "  " + b.submission().facility().name());
            out.println();
            List<String> header = header(ctx, cols);
            List<List<String>> rows = rows(ctx, cols, c);
            if (md) {
                out.println("| " + String.join(" | ", header) + " |");
                StringBuilder sep = new StringBuilder("|---|");
                for (int i = 1; i < header.size(); i++) sep.append("--:|");
                out.println(sep);
                for (List<String> row : rows) out.println("| " + String.join(" | ", row) + " |");
            } else {
                boolean[] numeric = new boolean[header.size()];
                for (int i = 1; i < numeric.length; i++) numeric[i] = true;
                TextTable t = new TextTable(header, numeric);
                for (List<String> row : rows) t.row(row);
                t.render("  ").forEach(out::println);
            }
            if (!c.differences.isEmpty()) {
                out.println();
                out.println((md ? "### " : "  ") + ctx.t("compare.causes"));
                if (md) out.println();
                for (Comparison.Difference d : c.differences) out.println((md ? "- " : "    ") + differenceLine(ctx, c, d));
            }
        }
        for (Column c : cols) {
            if (c.errors().isEmpty()) continue;
            out.println();
            out.println((md ? "## " : "") + ctx.t("compare.errors", c.name(), c.errors().size()));
            for (Problem p : c.errors()) {
                out.println((md ? "- " : "  ") + p.where() + "  " + (p.field() == null ? "" : ctx.field(p) + "  ")
                        + ctx.codeTag(p) + ctx.problem(p));
            }
        }
        out.flush();
    }

    static String signed(long d) {
        return d == 0 ? "0" : (d > 0 ? "+" : "−") + Yen.format(Math.abs(d));
    }

    // ── CSV ─────────────────────────────────────────────────────────────────────────────────────

    /** One row per line of each facility: the value under each scenario, then each scenario's difference and its causes. */
    private static void csv(ReportContext ctx, List<Column> cols, Writer w, String split, Integer ownYear) throws IOException {
        List<String> header = new ArrayList<>(List.of(ctx.t("compare.csv.facility-id"), ctx.t("compare.csv.facility-name"),
                ctx.t("compare.csv.line")));
        for (Column c : cols) header.add(c.name());
        for (int i = 1; i < cols.size(); i++) {
            header.add(ctx.t("compare.csv.difference", cols.get(i).name()));
            header.add(ctx.t("compare.csv.causes", cols.get(i).name()));
        }
        header.replaceAll(CompareReport::csvText);
        CsvCells.row(w, header.toArray(String[]::new));
        for (Comparison c : comparisons(cols)) {
            var f = c.base.submission().facility();
            for (Comparison.Line l : c.lines) {
                List<String> row = new ArrayList<>(List.of(csvText(f.id()), csvText(f.name()), csvText(label(ctx, c, l))));
                for (Long v : l.values()) row.add(v == null ? "" : CsvCells.number(v));
                for (int i = 1; i < cols.size(); i++) {
                    Comparison.Difference d = null;
                    for (Comparison.Difference x : c.differences) {
                        if (x.scenario().equals(cols.get(i).name()) && x.line().equals(l.label())) d = x;
                    }
                    Long v = l.values().get(i), bv = l.values().get(0);
                    row.add(v == null && bv == null ? "" : CsvCells.number((v == null ? 0 : v) - (bv == null ? 0 : bv)));
                    row.add(d == null ? "" : csvText(causes(ctx, d)));
                }
                CsvCells.row(w, row.toArray(String[]::new));
            }
        }
        for (Column c : cols) {
            for (Problem p : c.errors()) {
                List<String> row = new ArrayList<>(List.of("", "", csvText(ctx.t("compare.csv.error", c.name()) + " " + p.where() + " "
                        + ctx.codeTag(p) + ctx.problem(p))));
                while (row.size() < header.size()) row.add("");
                CsvCells.row(w, row.toArray(String[]::new));
            }
        }
        List<String> splitRow = new ArrayList<>(List.of("", "", splitLine(ctx, split))); // #9: the choice made
        while (splitRow.size() < header.size()) splitRow.add("");
        CsvCells.row(w, splitRow.toArray(String[]::new));
        if (ownYear != null) { // session 4 (L): only with --own-year, a row like the split choice's
            List<String> yearRow = new ArrayList<>(List.of("", "", csvText(ownYearLine(ctx, ownYear))));
            while (yearRow.size() < header.size()) yearRow.add("");
            CsvCells.row(w, yearRow.toArray(String[]::new));
        }
        w.flush();
    }

    /**
     * #8: a text cell of the comparison CSV: controls, bidi overrides and line breaks of an input's names shown
     * as visible replacements (as in the text report), then quoted and kept from being read as a formula.
     */
    static String csvText(String s) {
        return CsvCells.cell(VisibleText.of(s));
    }

    // ── HTML ────────────────────────────────────────────────────────────────────────────────────

    /** The scenarios, the split choice and --own-year, as a list on a page (#9, session 4 L). */
    private static void htmlMeta(ReportContext ctx, List<Column> cols, PrintWriter out, String split, Integer ownYear) {
        out.println("<ul class=\"meta\">");
        for (Column col : cols) out.println("<li>" + HtmlReport.esc(scenarioLine(ctx, col)) + "</li>");
        out.println("<li>" + HtmlReport.esc(splitLine(ctx, split)) + "</li>");
        if (ownYear != null) out.println("<li>" + HtmlReport.esc(ownYearLine(ctx, ownYear)) + "</li>");
        out.println("</ul>");
    }

    private static void html(ReportContext ctx, List<Column> cols, Writer w, String split, Integer ownYear) {
        HtmlReport h = new HtmlReport(ctx, w);
        h.head(ctx.t("compare.title"));
        PrintWriter out = h.out;
        List<Comparison> comparisons = comparisons(cols);
        if (comparisons.isEmpty()) { // session 4 (L): no facility computed: a page of its own states the choices
            h.openPage(HtmlReport.esc(ctx.t("compare.title")));
            htmlMeta(ctx, cols, out, split, ownYear);
            h.closePage();
        }
        for (Comparison c : comparisons) {
            h.openPage(h.facilityHeading(c.base.submission().facility()));
            h.facilityLine(c.base);
            out.println("<h2>" + HtmlReport.esc(ctx.t("compare.title")) + "</h2>");
            htmlMeta(ctx, cols, out, split, ownYear);
            out.println("<table>");
            List<String> header = header(ctx, cols);
            StringBuilder hr = new StringBuilder("<thead><tr>").append(HtmlReport.th(header.get(0)));
            for (int i = 1; i < header.size(); i++) hr.append(HtmlReport.thNum(header.get(i)));
            out.println(hr.append("</tr></thead>"));
            out.println("<tbody>");
            for (List<String> row : rows(ctx, cols, c)) {
                StringBuilder tr = new StringBuilder("<tr><th scope=\"row\">").append(HtmlReport.esc(row.get(0))).append("</th>");
                for (int i = 1; i < row.size(); i++) tr.append("<td class=\"num\">").append(HtmlReport.esc(row.get(i))).append("</td>");
                out.println(tr.append("</tr>"));
            }
            out.println("</tbody>");
            out.println("</table>");
            if (!c.differences.isEmpty()) {
                out.println("<h2>" + HtmlReport.esc(ctx.t("compare.causes")) + "</h2>");
                out.println("<ul>");
                for (Comparison.Difference d : c.differences) out.println("<li>" + HtmlReport.esc(differenceLine(ctx, c, d)) + "</li>");
                out.println("</ul>");
            }
            h.chart(c.base);
            h.footer(c.base);
            h.closePage();
        }
        List<Problem> all = new ArrayList<>();
        for (Column col : cols) all.addAll(col.errors());
        if (!cols.isEmpty()) h.errorsPage(cols.get(0).errors());
        h.tail();
    }

    // ── JSON ────────────────────────────────────────────────────────────────────────────────────

    private static void json(ReportContext ctx, List<Column> cols, Writer w, String split, Integer ownYear) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(w);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("schema", "kaigo-hojo/compare/v1");
        g.writeObjectFieldStart("split_facility"); // #9: the --split-facility choice
        g.writeStringField("mode", split);
        g.writeStringField("message", splitLine(ctx, split));
        g.writeEndObject();
        if (ownYear != null) { // session 4 (L): only with --own-year
            g.writeObjectFieldStart("own_year");
            g.writeNumberField("fiscal_year", ownYear);
            g.writeStringField("message", ownYearLine(ctx, ownYear));
            g.writeEndObject();
        }
        g.writeArrayFieldStart("scenarios");
        for (Column c : cols) {
            Rules r = new Rules(c.rules());
            g.writeStartObject();
            g.writeStringField("name", c == cols.get(0) ? "base" : c.name()); // JSON keeps the machine name of the base (#9)
            g.writeStringField("rules", c.rules().id());
            g.writeNumberField("fiscal_year", c.rules().fiscalYear());
            g.writeStringField("rate", r.rate().value().toString());
            g.writeStringField("formula", r.formula().value());
            g.writeArrayFieldStart("set");
            for (String o : c.sets()) g.writeString(o);
            g.writeEndArray();
            g.writeNumberField("errors", c.errors().size());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("facilities");
        for (Comparison cmp : comparisons(cols)) {
            FacilityResult b = cmp.base;
            g.writeStartObject();
            g.writeStringField("id", b.submission().facility().id());
            g.writeStringField("name", b.submission().facility().name());
            g.writeObjectFieldStart("scenarios");
            for (int i = 0; i < cols.size(); i++) {
                FacilityResult r = cmp.results.get(i);
                if (r == null) continue;
                Column c = cols.get(i);
                g.writeObjectFieldStart(c == cols.get(0) ? "base" : c.name());
                g.writeBooleanField("eligible", r.eligible());
                g.writeNumberField("subsidy", r.totals().subsidy());
                g.writeNumberField("subsidy_if_requirements_met", r.totals().subsidyIfRequirementsMet());
                g.writeNumberField("difference", r.totals().subsidy() - b.totals().subsidy());
                g.writeNumberField("group_sum", r.totals().groupSum());
                if (r.totals().facilityCap() == null) g.writeNullField("facility_cap");
                else g.writeNumberField("facility_cap", r.totals().facilityCap());
                g.writeNumberField("facility_cap_reduction", r.totals().facilityCapReduction());
                g.writeObjectFieldStart("groups");
                for (var gr : r.groups()) g.writeNumberField(gr.id(), gr.subsidy());
                g.writeEndObject();
                // per group, against the base (a group absent in one of them counts 0 there)
                g.writeObjectFieldStart("group_differences");
                for (Comparison.Line l : cmp.lines) {
                    if (!l.kind().equals("group")) continue;
                    Long v = l.values().get(i), bv = l.values().get(0);
                    g.writeNumberField(l.label(), (v == null ? 0 : v) - (bv == null ? 0 : bv));
                }
                g.writeEndObject();
                g.writeArrayFieldStart("causes");
                for (Comparison.Difference d : cmp.differences) {
                    if (!d.scenario().equals(c.name())) continue;
                    g.writeStartObject();
                    g.writeStringField("line", d.line());
                    g.writeNumberField("difference", d.delta());
                    g.writeArrayFieldStart("causes");
                    for (Comparison.Cause k : d.causes()) {
                        g.writeStartObject();
                        g.writeStringField("kind", k.kind());
                        g.writeStringField("cite", k.cite());
                        g.writeStringField("message", cause(ctx, k));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        List<Problem> errors = new ArrayList<>();
        if (!cols.isEmpty()) errors.addAll(cols.get(0).errors());
        JsonReport.writeErrors(g, ctx, errors);
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }
}
