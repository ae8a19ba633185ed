package kaigohojo.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kaigohojo.engine.FacilityResult;
import kaigohojo.engine.Finding;
import kaigohojo.engine.GroupResult;
import kaigohojo.engine.ItemResult;
import kaigohojo.engine.Reason;
import kaigohojo.input.Problem;
import kaigohojo.model.Facility;

/**
 * {@code calc --format xlsx -o FILE}: the clerk's deliverable as a workbook. Sheets: facilities (one
 * row per application, computed or rejected for input errors), items (one row per item), groups (one row per cap group), errors (one row per
 * input error, with the sheet's cell for a workbook input) and a summary. Streamed: the facilities sheet
 * is written as results come; items and groups wait in temporary files (RowSpill), not in memory.
 */
public final class XlsxReport implements ReportWriter {
    private final ReportContext ctx;
    private final XlsxPackage pkg;
    private XlsxSheet facilities;
    private RowSpill items;
    private RowSpill groups;

    public XlsxReport(ReportContext ctx, OutputStream out) throws IOException {
        this.ctx = ctx;
        this.pkg = new XlsxPackage(out);
    }

    private String h(String key) { return ctx.t("csv." + key); }

    private String yesNo(boolean b) { return ctx.t(b ? "xlsx.yes" : "xlsx.no"); }

    @Override
    public void begin() throws IOException {
        facilities = new XlsxSheet(pkg.workbook.newWorksheet(ctx.t("xlsx.sheet.facilities")), h("file"), h("line"),
                h("facility_id"), h("facility_name"), h("service"), h("staff"), h("eligible"), h("items"), h("requested"),
                h("eligible_cost"), h("facility_subsidy"), h("subsidy_if_met"), h("facility_share"), h("findings"),
                h("facility_caps"), h("status"), h("error_count"), h("first_error"));
        items = new RowSpill();
        groups = new RowSpill();
    }

    /** #12: every facility-level limit that cut the total, each with its citation (as the table and CSV show them). */
    private String capRows(FacilityResult r) {
        List<String> out = new ArrayList<>();
        for (kaigohojo.engine.Totals.CapRow c : r.totals().capRows()) out.add(ctx.capRow(c) + ctx.cite(c.cite(), c.verified()));
        return String.join(" / ", out);
    }

    @Override
    public void facility(FacilityResult r) throws IOException {
        Facility f = r.submission().facility();
        String file = r.submission().source().file();
        List<String> parts = new ArrayList<>();
        for (Finding x : r.findings()) parts.add(ctx.finding(x) + ctx.cite(x.cite(), x.verified()));
        facilities.row(file, r.submission().source().line(), XlsxSheet.id(f.id()), f.name(), f.service().label(ctx.lang()),
                f.staff() == null ? null : (Object) Long.valueOf(f.staff()), yesNo(r.eligible()), r.items().size(),
                XlsxSheet.yen(r.totals().requested()), XlsxSheet.yen(r.totals().eligibleCost()),
                XlsxSheet.yen(r.totals().subsidy()), XlsxSheet.yen(r.totals().subsidyIfRequirementsMet()),
                XlsxSheet.yen(r.totals().facilityShare()), String.join(" / ", parts), capRows(r), ctx.t("status.computed"), 0L, "");
        Map<String, Long> groupSubsidy = new LinkedHashMap<>();
        for (GroupResult g : r.groups()) groupSubsidy.put(g.id(), g.subsidy());
        StringBuilder reasons = new StringBuilder(128);
        for (ItemResult i : r.items()) {
            reasons.setLength(0);
            for (Reason x : i.reasons()) {
                if (reasons.length() > 0) reasons.append(" / ");
                reasons.append(ctx.reason(x)).append(ctx.cite(x.cite(), x.verified()));
            }
            items.row(file, i.item().at().start().line(), XlsxSheet.id(f.id()), f.name(), XlsxSheet.id(i.id()),
                    i.item().name() == null ? "" : i.item().name(), i.item().category().label(ctx.lang()),
                    i.item().plannedDate(), XlsxSheet.yen(i.requested()), XlsxSheet.yen(i.eligibleCost()),
                    ctx.t("status." + i.status().id()), ctx.groupName(i.group(), r), reasons.toString());
        }
        for (GroupResult g : r.groups()) {
            groups.row(XlsxSheet.id(f.id()), f.name(), ctx.groupName(g.id(), r), XlsxSheet.yen(g.eligibleCost()), g.rate().toString(),
                    XlsxSheet.yen(g.cap()), XlsxSheet.yen(g.subsidy()), g.capSource() == null ? "" : g.capSource());
        }
    }

    /** An application rejected for input errors: its row in the facilities sheet, status 入力エラー (#9). */
    @Override
    public void rejected(Rejected r) throws IOException {
        facilities.row(r.file(), r.line(), r.facilityId() == null ? null : XlsxSheet.id(r.facilityId()), r.facilityName(),
                null, null, null, null, null, null, null, null, null, null, null, ctx.t("status.input-error"),
                (long) r.errors().size(), ctx.firstError(r));
    }

    @Override
    public void end(List<Problem> errors, Summary s) throws IOException {
        try {
            facilities.finish();
            XlsxSheet itemSheet = new XlsxSheet(pkg.workbook.newWorksheet(ctx.t("xlsx.sheet.items")), h("file"), h("line"),
                    h("facility_id"), h("facility_name"), h("item_id"), h("item_name"), h("category"), ctx.t("xlsx.planned_date"),
                    h("requested"), h("eligible_cost"), h("status"), h("group"), h("reasons"));
            items.replay(itemSheet);
            itemSheet.finish();
            XlsxSheet groupSheet = new XlsxSheet(pkg.workbook.newWorksheet(ctx.t("xlsx.sheet.groups")), h("facility_id"),
                    h("facility_name"), h("group"), h("eligible_cost"), ctx.t("xlsx.rate"), ctx.t("xlsx.cap"),
                    h("group_subsidy"), ctx.t("xlsx.cap_source"));
            groups.replay(groupSheet);
            groupSheet.finish();
            errorSheet(ctx, pkg, errors);
            summarySheet(s);
            pkg.finish();
        } catch (IOException | RuntimeException e) {
            pkg.abandon();
            throw e;
        } finally {
            items.close();
            groups.close();
        }
    }

    /** The errors sheet (shared with check): one row per error, with the cell of a workbook input. */
    static void errorSheet(ReportContext ctx, XlsxPackage pkg, List<Problem> errors) throws IOException {
        XlsxSheet sheet = new XlsxSheet(pkg.workbook.newWorksheet(ctx.t("xlsx.sheet.errors")), ctx.t("csv.file"),
                ctx.t("csv.cell"), ctx.t("csv.line"), ctx.t("csv.column"), ctx.t("csv.field"), ctx.t("csv.value"),
                ctx.t("csv.code"), ctx.t("csv.message"), ctx.t("csv.facility_id"), ctx.t("csv.facility_name"));
        for (Problem p : errors) {
            sheet.row(p.file(), p.cell() == null ? "" : p.cell(), p.line(), p.column(), ctx.field(p),
                    p.value() == null ? "" : XlsxSheet.id(p.value()), p.code(), ctx.problem(p),
                    p.facilityId() == null ? null : XlsxSheet.id(p.facilityId()), p.facilityName());
        }
        sheet.finish();
    }

    private void summarySheet(Summary s) throws IOException {
        XlsxSheet sheet = new XlsxSheet(pkg.workbook.newWorksheet(ctx.t("xlsx.sheet.summary")), ctx.t("xlsx.summary.what"),
                ctx.t("xlsx.summary.value"));
        sheet.row(ctx.t("xlsx.summary.files"), (long) s.files());
        sheet.row(ctx.t("xlsx.summary.facilities"), (long) s.facilities());
        sheet.row(ctx.t("xlsx.summary.eligible"), (long) s.eligible());
        sheet.row(ctx.t("xlsx.summary.with-errors"), (long) s.facilitiesWithErrors());
        sheet.row(ctx.t("xlsx.summary.errors"), (long) s.errors());
        sheet.row(ctx.t("xlsx.summary.subsidy"), XlsxSheet.yen(s.subsidy()));
        sheet.row(ctx.t("xlsx.summary.subsidy-if-met"), XlsxSheet.yen(s.subsidyIfRequirementsMet()));
        sheet.row(ctx.t("xlsx.summary.rules"), ctx.rules().id());
        for (Summary.FileInfo fi : s.fileInfos()) {
            sheet.row(fi.file(), fi.readAs() ? ctx.readAs(fi.encoding()) : fi.encoding() == null ? "-" : fi.encoding());
        }
        sheet.finish();
    }
}
