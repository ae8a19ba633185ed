package kaigohojo.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

/** The report as Markdown, for a consultant's memo or a wiki: the same content as the table report. */
public final class MarkdownReport implements ReportWriter {
    private final ReportContext ctx;
    private final PrintWriter out;
    private final Set<String> usedUnverified = new LinkedHashSet<>();

    public MarkdownReport(ReportContext ctx, Writer w) {
        this.ctx = ctx;
        this.out = new PrintWriter(w);
    }

    /**
     * Text from an input, made inert in Markdown (#8): HTML (&lt;script&gt;, &amp;entities;), link and
     * image syntax, * emphasis, code spans and table pipes are escaped (an underscore inside a word is no
     * emphasis and stays as it is); a line break becomes a space; any
     * other control is shown as a visible replacement ({@link VisibleText}).
     */
    static String esc(String s) {
        String t = s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        StringBuilder sb = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '\\': case '|': case '[': case ']': case '`': case '*':
                    sb.append('\\').append(c);
                    break;
                default: sb.append(c);
            }
        }
        return VisibleText.of(sb.toString());
    }

    @Override
    public void begin() {
        Rules r = new Rules(ctx.rules());
        out.println("# " + ctx.t("table.title"));
        out.println();
        out.println(esc(ctx.t("table.rules", ctx.rules().id(), ctx.rules().title(ctx.lang()), r.rate().value(),
                ctx.formulaLabel(r.formula().value()))));
        if (!ctx.rules().overrides().isEmpty()) {
            out.println();
            out.println(esc(ctx.t("table.overrides", String.join(", ", ctx.rules().overrides()))));
        }
    }

    @Override
    public void facility(FacilityResult r) {
        Facility f = r.submission().facility();
        out.println();
        out.println("## " + esc(f.id() + " " + f.name()));
        out.println();
        out.println(esc(ctx.t("table.facility-line", f.service().label(ctx.lang()), f.staff() == null ? "-" : f.staff(),
                ReportContext.inputPlace(r.submission()))));
        out.println();
        List<Finding> errors = new ArrayList<>();
        for (Finding x : r.findings()) if (x.severity() == Finding.Severity.ERROR) errors.add(x);
        out.println(errors.isEmpty() ? ctx.t("table.requirements-met") : "**" + ctx.t("table.requirements-unmet") + "**");
        for (Finding x : r.findings()) {
            String mark = x.severity() == Finding.Severity.ERROR ? "✗ " : ctx.t("table.warning") + " ";
            out.println("- " + mark + esc(ctx.finding(x) + ctx.cite(x.cite(), x.verified())));
        }
        out.println();
        out.println("### " + ctx.t("table.items"));
        out.println();
        out.println("| " + String.join(" | ", ctx.t("col.id"), ctx.t("col.category"), ctx.t("col.requested"),
                ctx.t("col.eligible-cost"), ctx.t("col.status"), ctx.t("col.group"), ctx.t("col.reason")) + " |");
        out.println("|---|---|--:|--:|---|---|---|");
        for (ItemResult i : r.items()) {
            List<String> reasons = new ArrayList<>();
            for (Reason x : i.reasons()) reasons.add(ctx.reason(x) + ctx.cite(x.cite(), x.verified()));
            out.println("| " + String.join(" | ", esc(i.id()), esc(i.item().category().label(ctx.lang())),
                    Yen.format(i.requested()), Yen.format(i.eligibleCost()), ctx.t("status." + i.status().id()),
                    i.group() == null ? "-" : esc(ctx.groupName(i.group(), r)), esc(String.join(" / ", reasons))) + " |");
        }
        out.println();
        out.println("### " + ctx.t("table.groups"));
        out.println();
        out.println("| " + String.join(" | ", ctx.t("col.group"), ctx.t("col.eligible-cost"), ctx.t("col.rate"),
                ctx.t("col.cap"), ctx.t("col.subsidy"), ctx.t("col.cap-source")) + " |");
        out.println("|---|--:|---|--:|--:|---|");
        for (GroupResult g : r.groups()) {
            out.println("| " + String.join(" | ", esc(ctx.groupName(g.id(), r)), Yen.format(g.eligibleCost()), g.rate().toString(),
                    Yen.format(g.cap()), Yen.format(g.subsidy()), esc(ctx.capSource(g))) + " |");
        }
        if (ctx.explain()) {
            out.println();
            out.println("### " + ctx.t("table.explain"));
            for (GroupResult g : r.groups()) {
                out.println();
                out.println("**" + esc(ctx.groupName(g.id(), r)) + "**");
                out.println();
                int n = 0;
                for (TraceStep s : g.trace()) {
                    n++;
                    out.println(n + ". " + esc(ctx.step(s) + ctx.cite(s.cite(), s.verified())));
                }
            }
        }
        var t = r.totals();
        out.println();
        out.println("### " + ctx.t("table.totals"));
        out.println();
        out.println("- " + ctx.t("total.requested", Yen.format(t.requested())));
        out.println("- " + ctx.t("total.eligible-cost", Yen.format(t.eligibleCost())));
        // #12: every facility-level limit that cut the total, each with its citation
        for (kaigohojo.engine.Totals.CapRow c : t.capRows()) out.println("- " + ctx.capRow(c) + ctx.cite(c.cite(), c.verified()));
        out.println("- **" + ctx.t("total.subsidy", Yen.format(t.subsidy())) + "**");
        if (!r.eligible()) out.println("- " + ctx.t("total.if-met", Yen.format(t.subsidyIfRequirementsMet())));
        out.println("- " + ctx.t("total.share", Yen.format(t.facilityShare())));
        for (RuleLeaf l : ctx.unverified(r.rulesUsed())) usedUnverified.add(l.path());
    }

    @Override
    public void rejected(Rejected r) {
        out.println();
        out.println("## " + esc((r.facilityId() == null ? ctx.t("table.unknown-facility") : r.facilityId())
                + (r.facilityName() == null ? "" : " " + r.facilityName())));
        out.println();
        out.println(esc(ctx.t("table.source", r.file() + (r.line() > 0 ? ":" + r.line() : ""))));
        out.println();
        out.println("**" + esc(ctx.t("status.input-error")) + "**: " + esc(ctx.t("table.rejected", r.errors().size())));
        out.println();
        out.println("- " + esc(ctx.t("table.first-error", ctx.firstError(r))));
    }

    @Override
    public void end(List<Problem> errors, Summary s) {
        if (!errors.isEmpty()) {
            out.println();
            out.println("## " + ctx.t("table.errors", errors.size()));
            out.println();
            // in the reader's language (#9), with the workbook cell (申請!D7) when some error is in a workbook (#10)
            boolean cells = errors.stream().anyMatch(p -> p.cell() != null);
            out.println("| " + String.join(" | ", ctx.t("csv.file"), ctx.t("csv.line"), ctx.t("csv.column"))
                    + (cells ? " | " + ctx.t("csv.cell") : "") + " | " + String.join(" | ", ctx.t("csv.field"), ctx.t("csv.code"),
                    ctx.t("csv.message"), ctx.t("csv.facility_id"), ctx.t("csv.facility_name")) + " |");
            out.println("|---|--:|--:|" + (cells ? "---|" : "") + "---|---|---|---|---|");
            for (Problem p : errors) {
                out.println("| " + String.join(" | ", esc(p.file()), String.valueOf(p.line()), String.valueOf(p.column()))
                        + (cells ? " | " + esc(p.cell() == null ? "" : p.cell()) : "") + " | "
                        + String.join(" | ", esc(ctx.field(p)), p.code(), esc(ctx.problem(p)),
                        esc(p.facilityId() == null ? "" : p.facilityId()), esc(p.facilityName() == null ? "" : p.facilityName())) + " |");
            }
        }
        out.println();
        out.println("## " + ctx.t("table.summary"));
        out.println();
        out.println(ctx.t("summary.line", s.files(), s.facilities(), s.eligible(), s.facilitiesWithErrors(),
                Yen.format(s.subsidy())));
        if (!usedUnverified.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (String p : usedUnverified) {
                RuleLeaf l = ctx.rules().leaf(p);
                shown.add(ctx.footnoteValue(l));
            }
            out.println();
            out.println("> " + esc(ctx.t("footnote.unverified", String.join(", ", shown))));
        }
        out.flush();
    }
}
