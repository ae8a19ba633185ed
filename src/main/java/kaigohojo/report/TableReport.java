package kaigohojo.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kaigohojo.engine.FacilityResult;
import kaigohojo.engine.Finding;
import kaigohojo.engine.GroupResult;
import kaigohojo.engine.Totals;
import kaigohojo.engine.ItemResult;
import kaigohojo.engine.Reason;
import kaigohojo.engine.TraceStep;
import kaigohojo.input.Problem;
import kaigohojo.model.Facility;
import kaigohojo.money.Yen;
import kaigohojo.rules.RuleLeaf;
import kaigohojo.rules.Rules;

/**
 * The report a clerk reads (the default): per facility, its requirements, each item with its status
 * and reason with 問 citation, each cap group, the totals; then input errors, the summary, and one
 * footnote for values that no primary text confirms.
 */
public final class TableReport implements ReportWriter {
    private final ReportContext ctx;
    private final PrintWriter out;
    private final Set<String> usedUnverified = new LinkedHashSet<>();
    private int facilities;

    public TableReport(ReportContext ctx, Writer w) {
        this.ctx = ctx;
        this.out = VisibleText.printer(w); // #8: no control of an input reaches the terminal
    }

    private String yen(long v) { return Yen.format(v); }

    @Override
    public void begin() {
        Rules r = new Rules(ctx.rules());
        out.println(ctx.t("table.title"));
        out.println(ctx.t("table.rules", ctx.rules().id(), ctx.rules().title(ctx.lang()), r.rate().value(),
                ctx.formulaLabel(r.formula().value())));
        if (!ctx.rules().overrides().isEmpty()) {
            out.println(ctx.t("table.overrides", String.join(", ", ctx.rules().overrides())));
        }
        out.flush();
    }

    @Override
    public void facility(FacilityResult r) {
        facilities++;
        Facility f = r.submission().facility();
        out.println();
        out.println("━━ " + f.id() + "  " + f.name());
        String staff = f.staff() == null ? "-" : String.valueOf(f.staff());
        out.println("  " + ctx.t("table.facility-line", f.service().label(ctx.lang()), staff,
                ReportContext.inputPlace(r.submission())));
        List<Finding> errors = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        for (Finding x : r.findings()) (x.severity() == Finding.Severity.ERROR ? errors : warnings).add(x);
        if (errors.isEmpty()) {
            out.println("  " + ctx.t("table.requirements-met"));
        } else {
            out.println("  " + ctx.t("table.requirements-unmet"));
            for (Finding x : errors) out.println("    ✗ " + ctx.finding(x) + ctx.cite(x.cite(), x.verified()));
        }
        for (Finding x : warnings) out.println("  " + ctx.t("table.warning") + " " + ctx.finding(x) + ctx.cite(x.cite(), x.verified()));
        out.println();
        out.println("  " + ctx.t("table.items"));
        TextTable items = new TextTable(List.of(ctx.t("col.id"), ctx.t("col.category"), ctx.t("col.requested"),
                ctx.t("col.eligible-cost"), ctx.t("col.status"), ctx.t("col.group"), ctx.t("col.reason")),
                false, false, true, true, false, false, false);
        for (ItemResult i : r.items()) {
            List<String> reasons = new ArrayList<>();
            for (Reason x : i.reasons()) reasons.add(ctx.reason(x) + ctx.cite(x.cite(), x.verified()));
            items.row(List.of(i.id(), i.item().category().label(ctx.lang()), yen(i.requested()), yen(i.eligibleCost()),
                    ctx.t("status." + i.status().id()), i.group() == null ? "-" : ctx.groupName(i.group(), r),
                    String.join(" / ", reasons)));
        }
        items.render("    ").forEach(out::println);
        out.println();
        out.println("  " + ctx.t("table.groups"));
        TextTable groups = new TextTable(List.of(ctx.t("col.group"), ctx.t("col.eligible-cost"), ctx.t("col.rate"),
                ctx.t("col.cap"), ctx.t("col.subsidy"), ctx.t("col.cap-source")),
                false, true, false, true, true, false);
        for (GroupResult g : r.groups()) {
            groups.row(List.of(ctx.groupName(g.id(), r), yen(g.eligibleCost()), g.rate().toString(), yen(g.cap()), yen(g.subsidy()),
                    ctx.capSource(g)));
        }
        if (r.groups().isEmpty()) out.println("    " + ctx.t("table.no-groups"));
        else groups.render("    ").forEach(out::println);
        if (ctx.explain()) explain(r);
        out.println();
        out.println("  " + ctx.t("table.totals"));
        var t = r.totals();
        out.println("    " + ctx.t("total.requested", yen(t.requested())));
        out.println("    " + ctx.t("total.eligible-cost", yen(t.eligibleCost())));
        // #12: every facility-level limit that cut the total, each with its citation
        for (Totals.CapRow c : t.capRows()) out.println("    " + ctx.capRow(c) + ctx.cite(c.cite(), c.verified()));
        out.println("    " + ctx.t("total.subsidy", yen(t.subsidy())));
        if (!r.eligible()) out.println("    " + ctx.t("total.if-met", yen(t.subsidyIfRequirementsMet())));
        out.println("    " + ctx.t("total.share", yen(t.facilityShare())));
        for (RuleLeaf l : ctx.unverified(r.rulesUsed())) usedUnverified.add(l.path());
        out.flush();
    }

    @Override
    public void rejected(Rejected r) {
        out.println();
        out.println("━━ " + (r.facilityId() == null ? ctx.t("table.unknown-facility") : r.facilityId())
                + (r.facilityName() == null ? "" : "  " + r.facilityName()));
        out.println("  " + ctx.t("table.source", r.file() + (r.line() > 0 ? ":" + r.line() : "")));
        out.println("  " + ctx.t("status.input-error") + ": " + ctx.t("table.rejected", r.errors().size()));
        out.println("    " + ctx.t("table.first-error", ctx.firstError(r)));
        out.flush();
    }

    private void explain(FacilityResult r) {
        out.println();
        out.println("  " + ctx.t("table.explain"));
        for (GroupResult g : r.groups()) {
            out.println("    [" + ctx.groupName(g.id(), r) + "]");
            int n = 0;
            for (TraceStep s : g.trace()) {
                n++;
                out.println("      " + n + ". " + ctx.step(s) + ctx.cite(s.cite(), s.verified()));
            }
        }
        var t = r.totals();
        out.println("    [" + ctx.t("table.facility") + "]");
        out.println("      " + ctx.t("trace.facility-sum", yen(t.groupSum())));
        if (t.facilityCap() != null) {
            out.println("      " + ctx.t("trace.facility-cap", yen(t.facilityCap()), yen(t.subsidyIfRequirementsMet())));
        }
        out.println("      " + (r.eligible() ? ctx.t("trace.requirements-met", yen(t.subsidy()))
                : ctx.t("trace.requirements-unmet", yen(t.subsidyIfRequirementsMet()))));
    }

    @Override
    public void end(List<Problem> errors, Summary s) {
        if (!errors.isEmpty()) {
            out.println();
            out.println(ctx.t("table.errors", errors.size()));
            for (Problem p : errors) {
                out.println("  " + p.where()
                        + "  " + (p.field() == null || p.field().isEmpty() ? "" : ctx.field(p) + "  ")
                        + ctx.codeTag(p) + ctx.problem(p));
            }
        }
        out.println();
        out.println(ctx.t("table.summary"));
        out.println("  " + ctx.t("summary.line", s.files(), s.facilities(), s.eligible(), s.facilitiesWithErrors(),
                yen(s.subsidy())));
        for (Summary.FileInfo fi : s.fileInfos()) {
            if (fi.readAs()) {
                out.println("  " + ctx.t("summary.read-as", fi.file(), ctx.readAs(fi.encoding())));
            } else if (fi.encoding() != null && !fi.encoding().equals("UTF-8")) {
                out.println("  " + ctx.t("summary.encoding", fi.file(), fi.encoding()));
            }
            for (Problem w : fi.warnings()) {
                out.println("  " + ctx.t("table.warning") + " " + w.where() + "  " + ctx.problem(w));
            }
        }
        if (!usedUnverified.isEmpty()) {
            out.println();
            List<String> shown = new ArrayList<>();
            for (String p : usedUnverified) {
                RuleLeaf l = ctx.rules().leaf(p);
                shown.add(ctx.footnoteValue(l));
            }
            out.println(ctx.t("footnote.unverified", String.join(", ", shown)));
        }
        out.flush();
    }
}
