package kaigohojo.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kaigohojo.engine.FacilityResult;
import kaigohojo.engine.GroupResult;

/**
 * {@code check --format xlsx} (the errors, and the summary by code) and {@code compare --format xlsx}
 * (one sheet per facility, the scenarios side by side).
 */
final class XlsxChecks {
    private XlsxChecks() {}

    static void check(ReportContext ctx, OutputStream out, CheckReport.Tally t, List<Summary.FileInfo> files)
            throws IOException {
        XlsxPackage pkg = new XlsxPackage(out);
        try {
            XlsxReport.errorSheet(ctx, pkg, t.errors());
            XlsxSheet s = new XlsxSheet(pkg.workbook.newWorksheet(ctx.t("xlsx.sheet.summary")), ctx.t("xlsx.summary.what"),
                    ctx.t("xlsx.summary.value"));
            s.row(ctx.t("xlsx.summary.files"), (long) files.size());
            s.row(ctx.t("xlsx.summary.submissions"), (long) (t.validCount() + t.invalidCount()));
            s.row(ctx.t("xlsx.summary.valid"), (long) t.validCount());
            s.row(ctx.t("xlsx.summary.invalid"), (long) t.invalidCount());
            s.row(ctx.t("xlsx.summary.errors"), (long) t.errors().size());
            for (Summary.FileInfo fi : files) {
                s.row(fi.file(), fi.readAs() ? ctx.readAs(fi.encoding()) : fi.encoding() == null ? "-" : fi.encoding());
            }
            s.finish();
            XlsxSheet byCode = new XlsxSheet(pkg.workbook.newWorksheet(ctx.t("xlsx.sheet.by-code")), ctx.t("csv.code"),
                    ctx.t("xlsx.code.count"));
            for (Map.Entry<String, Integer> e : t.byCode().entrySet()) byCode.row(e.getKey(), (long) e.getValue());
            byCode.finish();
            if (!t.notes().isEmpty()) { // #9: how an application was put together (--split-facility merge|replace)
                XlsxSheet notes = new XlsxSheet(pkg.workbook.newWorksheet(ctx.t("xlsx.sheet.notes")), ctx.t("csv.facility_id"),
                        ctx.t("csv.facility_name"), ctx.t("csv.code"), ctx.t("csv.message"));
                for (CheckReport.Note n : t.notes()) {
                    notes.row(n.facilityId(), n.facilityName(), n.finding().code(), ctx.finding(n.finding()));
                }
                notes.finish();
            }
            pkg.finish();
        } catch (IOException | RuntimeException e) {
            pkg.abandon();
            throw e;
        }
    }

    static void compare(ReportContext ctx, OutputStream out, List<CompareReport.Column> columns, String split,
                        Integer ownYear) throws IOException {
        XlsxPackage pkg = new XlsxPackage(out);
        try {
            // facilities in the order of the first scenario that has them
            Map<String, FacilityResult[]> byFacility = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                for (FacilityResult r : columns.get(c).results()) {
                    String id = r.submission().facility().id();
                    byFacility.computeIfAbsent(id, k -> new FacilityResult[columns.size()])[c] = r;
                }
            }
            java.util.Set<String> used = new java.util.HashSet<>();
            for (Map.Entry<String, FacilityResult[]> e : byFacility.entrySet()) {
                String[] headers = new String[columns.size() + 1];
                headers[0] = ctx.t("xlsx.scenario");
                for (int c = 0; c < columns.size(); c++) headers[c + 1] = columns.get(c).name();
                String name = e.getKey();
                for (int n = 2; !used.add(name); n++) name = e.getKey() + " (" + n + ")";
                XlsxSheet s = new XlsxSheet(pkg.workbook.newWorksheet(name), headers);
                FacilityResult[] rs = e.getValue();
                row(s, ctx.t("csv.facility_name"), rs, r -> r.submission().facility().name());
                row(s, ctx.t("csv.requested"), rs, r -> XlsxSheet.yen(r.totals().requested()));
                row(s, ctx.t("csv.eligible_cost"), rs, r -> XlsxSheet.yen(r.totals().eligibleCost()));
                java.util.Set<String> groups = new java.util.LinkedHashSet<>();
                for (FacilityResult r : rs) if (r != null) for (GroupResult g : r.groups()) groups.add(g.id());
                for (String g : groups) {
                    String label = g; // the group's name for the reader (介護ソフト等, the item's name), not its id (#9)
                    for (FacilityResult r : rs) if (r != null && label.equals(g)) label = ctx.groupName(g, r);
                    row(s, ctx.t("csv.group_subsidy") + " " + label, rs, r -> {
                        for (GroupResult x : r.groups()) if (x.id().equals(g)) return XlsxSheet.yen(x.subsidy());
                        return null;
                    });
                }
                row(s, ctx.t("csv.facility_subsidy"), rs, r -> XlsxSheet.yen(r.totals().subsidy()));
                row(s, ctx.t("csv.subsidy_if_met"), rs, r -> XlsxSheet.yen(r.totals().subsidyIfRequirementsMet()));
                row(s, ctx.t("csv.facility_share"), rs, r -> XlsxSheet.yen(r.totals().facilityShare()));
                row(s, ctx.t("csv.eligible"), rs, r -> ctx.t(r.eligible() ? "xlsx.yes" : "xlsx.no"));
                s.row(ctx.t("xlsx.split-facility"), CompareReport.splitLine(ctx, split)); // #9: the choice made
                if (ownYear != null) s.row(ctx.t("xlsx.own-year"), CompareReport.ownYearLine(ctx, ownYear)); // session 4
                s.finish();
            }
            List<kaigohojo.input.Problem> errors = new java.util.ArrayList<>();
            for (CompareReport.Column c : columns) errors.addAll(c.errors());
            if (!errors.isEmpty()) XlsxReport.errorSheet(ctx, pkg, errors);
            pkg.finish();
        } catch (IOException | RuntimeException e) {
            pkg.abandon();
            throw e;
        }
    }

    private static void row(XlsxSheet s, String label, FacilityResult[] rs,
                            java.util.function.Function<FacilityResult, Object> value) throws IOException {
        Object[] cells = new Object[rs.length + 1];
        cells[0] = label;
        for (int i = 0; i < rs.length; i++) cells[i + 1] = rs[i] == null ? null : value.apply(rs[i]);
        s.row(cells);
    }
}
