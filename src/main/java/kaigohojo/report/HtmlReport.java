package kaigohojo.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kaigohojo.advise.Advice;
import kaigohojo.advise.LeftOver;
import kaigohojo.advise.Step;
import kaigohojo.engine.FacilityResult;
import kaigohojo.engine.Finding;
import kaigohojo.engine.GroupResult;
import kaigohojo.engine.ItemResult;
import kaigohojo.engine.Reason;
import kaigohojo.engine.TraceStep;
import kaigohojo.input.Problem;
import kaigohojo.model.Facility;
import kaigohojo.money.Yen;
import kaigohojo.rules.RuleLeaf;
import kaigohojo.rules.Rules;

/**
 * The printable report ({@code --format html}): one self-contained file (no network, no external
 * file), one A4 page per facility: the facility, its items with status and reason, its groups, a bar
 * chart (inline SVG) of subsidy and own share per group, the unmet requirements, the citations, the
 * rule set with its provenance footnote, the date and the version. Black and white, readable by a
 * screen reader (table headers with scope, the chart with a text equivalent).
 *
 * <p>Every text from the input goes through {@link #esc}: markup characters become entities, and
 * bidirectional controls and other invisible controls are shown as their code points so that a name
 * cannot reorder or hide what the page says.
 */
public class HtmlReport implements ReportWriter {
    protected final ReportContext ctx;
    protected final PrintWriter out;
    private int page;

    public HtmlReport(ReportContext ctx, Writer w) {
        this.ctx = ctx;
        this.out = new PrintWriter(w);
    }

    // ── escaping ────────────────────────────────────────────────────────────────────────────────

    /** Text for HTML element content and attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (invisible(c)) sb.append(String.format("[U+%04X]", c));
                    else sb.appendCodePoint(c);
                }
            }
        }
        return sb.toString();
    }

    /** Bidi controls, zero-width and other format characters, C0/C1 controls (but tab and newline). */
    static boolean invisible(int c) {
        if (c == '\t' || c == '\n') return false;
        if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return true;
        if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c) return true;
        if (c == 0x200b || c == 0x200c || c == 0x200d || c == 0x2060 || c == 0xfeff) return true;
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.SURROGATE;
    }

    static String yen(long v) { return Yen.format(v); }

    // ── the page ────────────────────────────────────────────────────────────────────────────────

    static final String STYLE = """
            @page { size: A4; margin: 10mm; }
            * { box-sizing: border-box; }
            html { background: #fff; color: #000; }
            body { margin: 0; font-family: "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "Yu Gothic", "Meiryo", sans-serif;
                   font-size: 8pt; line-height: 1.3; }
            .page { width: 190mm; margin: 0 auto; padding: 0; }
            .page + .page { break-before: page; page-break-before: always; }
            h1 { font-size: 12pt; margin: 0 0 1mm; border-bottom: 1.5pt solid #000; }
            h2 { font-size: 9pt; margin: 2mm 0 0.8mm; }
            p { margin: 0.5mm 0; }
            table { border-collapse: collapse; width: 100%; break-inside: auto; }
            th, td { border: 0.5pt solid #000; padding: 0.3mm 1mm; vertical-align: top; text-align: left; }
            th { background: #e6e6e6; font-weight: bold; }
            td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            td.reason { font-size: 7pt; }
            td.nowrap { white-space: nowrap; }
            body > p.meta { width: 190mm; margin: 1mm auto; }
            caption { text-align: left; font-weight: bold; }
            ul, ol { margin: 0.5mm 0; padding-left: 5mm; }
            .total { font-weight: bold; }
            .meta, footer { font-size: 7pt; }
            footer { margin-top: 2mm; border-top: 0.5pt solid #000; padding-top: 0.8mm; }
            figure { margin: 1mm 0; }
            figcaption { font-size: 7pt; }
            .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
            @media print { a { color: #000; text-decoration: none; } }
            """;

    /** Pages taller than an A4 page are scaled down to fit it when printed (the page has a fixed width). */
    static final String FIT_SCRIPT = """
            (function () {
              var mm = 96 / 25.4, limit = 275 * mm;
              function fit() {
                var pages = document.querySelectorAll('.page');
                for (var i = 0; i < pages.length; i++) {
                  var p = pages[i];
                  p.style.zoom = '';
                  var h = p.getBoundingClientRect().height;
                  if (h > limit) p.style.zoom = String(Math.floor(limit / h * 1000) / 1000);
                }
              }
              fit();
              window.addEventListener('beforeprint', fit);
            })();
            """;

    protected void head(String title) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + ctx.lang().code() + "\">");
        out.println("<head>");
        out.println("<meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<meta name=\"generator\" content=\"" + esc(version()) + "\">");
        out.println("<title>" + esc(title) + "</title>");
        out.println("<style>");
        out.print(STYLE);
        out.println("</style>");
        out.println("</head>");
        out.println("<body>");
    }

    protected void tail() {
        out.println("<script>");
        out.print(FIT_SCRIPT);
        out.println("</script>");
        out.println("</body>");
        out.println("</html>");
        out.flush();
    }

    protected void openPage(String heading) {
        page++;
        out.println("<section class=\"page\" aria-labelledby=\"p" + page + "\">");
        out.println("<h1 id=\"p" + page + "\">" + heading + "</h1>");
    }

    protected void closePage() {
        out.println("</section>");
    }

    /** The date of the report: SOURCE_DATE_EPOCH when set (a reproducible build of a report), else today. */
    static String date() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(ZoneId.of("UTC")).toLocalDate().toString();
        }
        return LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
    }

    static String version() {
        String v = HtmlReport.class.getPackage().getImplementationVersion();
        return "kaigo-hojo " + (v == null ? "dev" : v);
    }

    protected String facilityHeading(Facility f) {
        return esc(f.id()) + "　" + esc(f.name());
    }

    protected void facilityLine(FacilityResult r) {
        Facility f = r.submission().facility();
        String staff = f.staff() == null ? "-" : String.valueOf(f.staff());
        out.println("<p class=\"meta\">" + esc(ctx.t("table.facility-line", f.service().label(ctx.lang()), staff,
                ReportContext.inputPlace(r.submission()))) + "</p>");
    }

    protected void requirements(FacilityResult r) {
        List<Finding> errors = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        for (Finding x : r.findings()) (x.severity() == Finding.Severity.ERROR ? errors : warnings).add(x);
        out.println("<h2>" + esc(ctx.t("html.requirements")) + "</h2>");
        if (errors.isEmpty()) {
            out.println("<p>" + esc(ctx.t("table.requirements-met")) + "</p>");
        } else {
            out.println("<p><strong>" + esc(ctx.t("table.requirements-unmet")) + "</strong></p>");
            out.println("<ul>");
            for (Finding x : errors) out.println("<li>✗ " + esc(ctx.finding(x) + ctx.cite(x.cite(), x.verified())) + "</li>");
            out.println("</ul>");
        }
        if (!warnings.isEmpty()) {
            out.println("<ul>");
            for (Finding x : warnings) {
                out.println("<li>" + esc(ctx.t("table.warning") + " " + ctx.finding(x) + ctx.cite(x.cite(), x.verified())) + "</li>");
            }
            out.println("</ul>");
        }
    }

    protected void items(FacilityResult r) {
        out.println("<table>");
        out.println("<caption>" + esc(ctx.t("table.items")) + "</caption>");
        out.println("<thead><tr>" + th(ctx.t("col.id")) + th(ctx.t("html.col.name")) + th(ctx.t("col.category"))
                + thNum(ctx.t("col.requested")) + thNum(ctx.t("col.eligible-cost")) + th(ctx.t("col.status"))
                + th(ctx.t("col.group")) + th(ctx.t("col.reason")) + "</tr></thead>");
        out.println("<tbody>");
        for (ItemResult i : r.items()) {
            List<String> reasons = new ArrayList<>();
            for (Reason x : i.reasons()) reasons.add(ctx.reason(x) + ctx.cite(x.cite(), x.verified()));
            out.println("<tr><th scope=\"row\">" + esc(i.id()) + "</th><td>" + esc(i.item().name() == null ? "" : i.item().name())
                    + "</td><td>" + esc(i.item().category().label(ctx.lang())) + "</td>" + num(i.requested()) + num(i.eligibleCost())
                    + "<td class=\"nowrap\">" + esc(ctx.t("status." + i.status().id())) + "</td><td>" + esc(i.group() == null ? "-" : ctx.groupName(i.group(), r))
                    + "</td><td class=\"reason\">" + esc(String.join(" / ", reasons)) + "</td></tr>");
        }
        out.println("</tbody>");
        out.println("</table>");
    }

    protected void groups(FacilityResult r, String caption) {
        if (r.groups().isEmpty()) {
            out.println("<p>" + esc(ctx.t("table.no-groups")) + "</p>");
            return;
        }
        out.println("<table>");
        out.println("<caption>" + esc(caption) + "</caption>");
        out.println("<thead><tr>" + th(ctx.t("col.group")) + thNum(ctx.t("col.eligible-cost")) + thNum(ctx.t("col.rate"))
                + thNum(ctx.t("col.cap")) + thNum(ctx.t("col.subsidy")) + th(ctx.t("col.cap-source")) + "</tr></thead>");
        out.println("<tbody>");
        for (GroupResult g : r.groups()) {
            out.println("<tr><th scope=\"row\">" + esc(ctx.groupName(g.id(), r)) + "</th>" + num(g.eligibleCost())
                    + "<td class=\"num\">" + esc(g.rate().toString()) + "</td>" + num(g.cap()) + num(g.subsidy())
                    + "<td class=\"reason\">" + esc(ctx.capSource(g)) + "</td></tr>");
        }
        out.println("</tbody>");
        out.println("</table>");
    }

    /** Horizontal bars, one per group: the subsidy (solid) and the facility's own share (hatched). */
    protected void chart(FacilityResult r) {
        if (r.groups().isEmpty()) return;
        long max = 1;
        for (GroupResult g : r.groups()) max = Math.max(max, g.eligibleCost());
        int rowH = 14, labelW = 120, barW = 420, valueW = 170, width = labelW + barW + valueW;
        int height = rowH * r.groups().size() + 18;
        StringBuilder desc = new StringBuilder();
        for (GroupResult g : r.groups()) {
            if (desc.length() > 0) desc.append(ctx.t("html.chart.separator"));
            desc.append(ctx.t("html.chart.row", ctx.groupName(g.id(), r), yen(g.subsidy()), yen(g.eligibleCost() - g.subsidy())));
        }
        String title = ctx.t("html.chart.title");
        out.println("<figure>");
        out.println("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"c" + page + "t c" + page + "d\" width=\""
                + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\" font-size=\"9\">");
        out.println("<title id=\"c" + page + "t\">" + esc(title) + "</title>");
        out.println("<desc id=\"c" + page + "d\">" + esc(desc.toString()) + "</desc>");
        out.println("<defs><pattern id=\"h" + page + "\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"4\" height=\"4\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#000\" stroke-width=\"1\"/></pattern></defs>");
        int y = 0;
        for (GroupResult g : r.groups()) {
            long share = g.eligibleCost() - g.subsidy();
            int ws = (int) Math.round((double) g.subsidy() / max * barW); // drawing only: no amount is computed here
            int wo = (int) Math.round((double) share / max * barW);
            out.println("<text x=\"0\" y=\"" + (y + 10) + "\">" + esc(ctx.groupName(g.id(), r)) + "</text>");
            out.println("<rect x=\"" + labelW + "\" y=\"" + (y + 2) + "\" width=\"" + ws + "\" height=\"10\" fill=\"#444\" stroke=\"#000\" stroke-width=\"0.5\"/>");
            out.println("<rect x=\"" + (labelW + ws) + "\" y=\"" + (y + 2) + "\" width=\"" + wo + "\" height=\"10\" fill=\"url(#h" + page + ")\" stroke=\"#000\" stroke-width=\"0.5\"/>");
            out.println("<text x=\"" + (labelW + barW + 4) + "\" y=\"" + (y + 10) + "\">" + esc(yen(g.subsidy()) + " / " + yen(share)) + "</text>");
            y += rowH;
        }
        y += 4;
        out.println("<rect x=\"" + labelW + "\" y=\"" + y + "\" width=\"10\" height=\"8\" fill=\"#444\" stroke=\"#000\" stroke-width=\"0.5\"/>"
                + "<text x=\"" + (labelW + 14) + "\" y=\"" + (y + 8) + "\">" + esc(ctx.t("html.chart.subsidy")) + "</text>");
        out.println("<rect x=\"" + (labelW + 130) + "\" y=\"" + y + "\" width=\"10\" height=\"8\" fill=\"url(#h" + page + ")\" stroke=\"#000\" stroke-width=\"0.5\"/>"
                + "<text x=\"" + (labelW + 144) + "\" y=\"" + (y + 8) + "\">" + esc(ctx.t("html.chart.share")) + "</text>");
        out.println("</svg>");
        out.println("<figcaption>" + esc(title) + "</figcaption>");
        out.println("</figure>");
    }

    protected void totals(FacilityResult r) {
        var t = r.totals();
        out.println("<h2>" + esc(ctx.t("table.totals")) + "</h2>");
        out.println("<ul>");
        out.println("<li>" + esc(ctx.t("total.requested", yen(t.requested()))) + "</li>");
        out.println("<li>" + esc(ctx.t("total.eligible-cost", yen(t.eligibleCost()))) + "</li>");
        // #12: every facility-level limit that cut the total (a cap on some groups, the facility cap), each cited
        for (kaigohojo.engine.Totals.CapRow c : t.capRows()) {
            out.println("<li>" + esc(ctx.capRow(c) + ctx.cite(c.cite(), c.verified())) + "</li>");
        }
        out.println("<li class=\"total\">" + esc(ctx.t("total.subsidy", yen(t.subsidy()))) + "</li>");
        if (!r.eligible()) out.println("<li>" + esc(ctx.t("total.if-met", yen(t.subsidyIfRequirementsMet()))) + "</li>");
        out.println("<li>" + esc(ctx.t("total.share", yen(t.facilityShare()))) + "</li>");
        out.println("</ul>");
    }

    /** The citations of the page, the rule set and its provenance, the date and the version. */
    protected void footer(FacilityResult r) {
        Set<String> cites = new LinkedHashSet<>();
        for (ItemResult i : r.items()) for (Reason x : i.reasons()) if (x.cite() != null && !x.cite().isEmpty()) cites.add(x.cite());
        for (GroupResult g : r.groups()) for (TraceStep s : g.trace()) if (s.cite() != null && !s.cite().isEmpty()) cites.add(s.cite());
        for (Finding x : r.findings()) if (x.cite() != null && !x.cite().isEmpty()) cites.add(x.cite());
        out.println("<footer>");
        if (!cites.isEmpty()) out.println("<p>" + esc(ctx.t("html.citations", String.join("、", cites))) + "</p>");
        Rules rules = new Rules(ctx.rules());
        out.println("<p>" + esc(ctx.t("table.rules", ctx.rules().id(), ctx.rules().title(ctx.lang()), rules.rate().value(),
                ctx.formulaLabel(rules.formula().value()))) + "</p>");
        if (!ctx.rules().overrides().isEmpty()) {
            out.println("<p>" + esc(ctx.t("table.overrides", String.join(", ", ctx.rules().overrides()))) + "</p>");
        }
        List<String> shown = new ArrayList<>();
        for (RuleLeaf l : ctx.unverified(r.rulesUsed())) shown.add(ctx.footnoteValue(l));
        if (!shown.isEmpty()) out.println("<p>" + esc(ctx.t("footnote.unverified", String.join(", ", shown))) + "</p>");
        out.println("<p>" + esc(ctx.t("html.generated", date(), version())) + "</p>");
        out.println("</footer>");
    }

    static String th(String s) { return "<th scope=\"col\">" + esc(s) + "</th>"; }

    static String thNum(String s) { return "<th scope=\"col\" class=\"num\">" + esc(s) + "</th>"; }

    static String num(long v) { return "<td class=\"num\">" + yen(v) + "</td>"; }

    // ── calc ────────────────────────────────────────────────────────────────────────────────────

    @Override
    public void begin() {
        head(ctx.t("table.title"));
    }

    @Override
    public void facility(FacilityResult r) {
        openPage(facilityHeading(r.submission().facility()));
        facilityLine(r);
        requirements(r);
        items(r);
        groups(r, ctx.t("table.groups"));
        chart(r);
        totals(r);
        footer(r);
        closePage();
        out.flush();
    }

    @Override
    public void rejected(Rejected r) {
        rejectedPage(r);
    }

    /** An application rejected for input errors: its page, with the status 入力エラー and every error of it. */
    protected void rejectedPage(Rejected r) {
        openPage(esc(r.facilityId() == null ? ctx.t("table.unknown-facility") : r.facilityId())
                + (r.facilityName() == null ? "" : "　" + esc(r.facilityName())));
        out.println("<p class=\"meta\">" + esc(ctx.t("table.source", r.file() + (r.line() > 0 ? ":" + r.line() : ""))) + "</p>");
        out.println("<p><strong>" + esc(ctx.t("status.input-error")) + "</strong>: " + esc(ctx.t("table.rejected", r.errors().size())) + "</p>");
        errorTable(r.errors());
        for (Problem p : r.errors()) shown.add(p);
        closePage();
        out.flush();
    }

    private final Set<Problem> shown = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    @Override
    public void end(List<Problem> errors, Summary s) {
        List<Problem> rest = new ArrayList<>();
        for (Problem p : errors) if (!shown.contains(p)) rest.add(p);
        errorsPage(rest);
        out.println("<p class=\"meta\">" + esc(ctx.t("summary.line", s.files(), s.facilities(), s.eligible(), s.facilitiesWithErrors(),
                yen(s.subsidy()))) + "</p>");
        tail();
    }

    /** The applications that could not be read (入力エラー): on a page of their own. */
    protected void errorsPage(List<Problem> errors) {
        if (errors.isEmpty()) return;
        openPage(esc(ctx.t("table.errors", errors.size())));
        errorTable(errors);
        closePage();
    }

    private void errorTable(List<Problem> errors) {
        out.println("<table>");
        out.println("<thead><tr>" + th(ctx.t("html.col.where")) + th(ctx.t("html.col.field")) + th(ctx.t("html.col.value"))
                + th(ctx.t("html.col.message")) + "</tr></thead>");
        out.println("<tbody>");
        for (Problem p : errors) {
            out.println("<tr><td>" + esc(p.where()) + "</td><td>" + esc(ctx.field(p)) + "</td><td>" + esc(p.value())
                    + "</td><td>" + esc(ctx.codeTag(p) + ctx.problem(p)) + "</td></tr>");
        }
        out.println("</tbody>");
        out.println("</table>");
    }

    // ── advise ──────────────────────────────────────────────────────────────────────────────────

    /** {@code advise --format html}: per facility, the advice and the groups of the best application. */
    static final class Advise extends AdviceReport {
        private final HtmlReport html;

        Advise(ReportContext ctx, Writer w) {
            super(ctx);
            this.html = new HtmlReport(ctx, w);
        }

        @Override
        public void begin() {
            html.head(ctx.t("advise.title"));
        }

        @Override
        public void facility(Advice a, String file) {
            PrintWriter out = html.out;
            FacilityResult best = a.best();
            html.openPage(html.facilityHeading(a.current().submission().facility()));
            html.facilityLine(a.current());
            out.println("<p>" + esc(ctx.t("advise.title")) + "</p>");
            boolean met = a.current().eligible();
            long cur = met ? a.current().totals().subsidy() : Advice.value(a.current());
            long b = met ? best.totals().subsidy() : Advice.value(best);
            out.println("<ul>");
            out.println("<li>" + esc(ctx.t("advise.current", yen(cur))) + "</li>");
            out.println("<li class=\"total\">" + esc(ctx.t("advise.best", yen(b), signed(b - cur))) + "</li>");
            if (!met) out.println("<li>" + esc(ctx.t("advise.if-met-note")) + "</li>");
            out.println("<li>" + esc(method(a)) + "</li>");
            out.println("</ul>");
            out.println("<h2>" + esc(ctx.t("advise.steps")) + "</h2>");
            if (a.steps().isEmpty()) {
                out.println("<p>" + esc(ctx.t("advise.no-change")) + "</p>");
            } else {
                out.println("<ol>");
                for (Step s : a.steps()) out.println("<li>" + esc(stepLine(s)) + "</li>");
                out.println("</ol>");
                out.println("<p class=\"meta\"><code>" + esc(reproduce(a, file)) + "</code></p>");
            }
            out.println("<h2>" + esc(ctx.t("advise.left")) + "</h2>");
            out.println("<ul>");
            if (a.left().isEmpty()) out.println("<li>" + esc(ctx.t("advise.left.none")) + "</li>");
            for (LeftOver l : a.left()) out.println("<li>" + esc(left(a, l)) + "</li>");
            out.println("</ul>");
            html.groups(best, ctx.t("advise.group-table"));
            html.chart(best);
            html.totals(best);
            html.footer(best);
            html.closePage();
            out.flush();
        }

        @Override
        public void rejected(Rejected r) {
            html.rejectedPage(r);
        }

        @Override
        public void end(List<Problem> errors, Summary s) {
            html.end(errors, s);
        }
    }
}
