package kaigohojo.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kaigohojo.input.Problem;

/** The report of {@code check}: every error, then how many of each code; table, JSON or CSV. */
public final class CheckReport {
    public static final String SCHEMA = "kaigo-hojo/check/v1";

    private CheckReport() {}

    /** A note on one application (#9: how its parts were put together). */
    public record Note(String facilityId, String facilityName, kaigohojo.engine.Finding finding) {}

    /** Counts submissions and keeps every error. */
    public static final class Tally {
        private final List<Problem> errors = new ArrayList<>();
        private int valid;
        private int invalid;

        public void valid() { valid++; }

        /** #9: how an application was put together from its parts (--split-facility merge|replace), said in the report. */
        private final List<Note> notes = new ArrayList<>();

        public void note(String facilityId, String facilityName, kaigohojo.engine.Finding f) {
            notes.add(new Note(facilityId, facilityName, f));
        }

        public List<Note> notes() { return notes; }

        public void invalid(List<Problem> p) {
            invalid++;
            errors.addAll(p);
        }

        public List<Problem> errors() { return errors; }
        public int validCount() { return valid; }
        public int invalidCount() { return invalid; }

        public Map<String, Integer> byCode() {
            Map<String, Integer> m = new TreeMap<>();
            for (Problem p : errors) m.merge(p.code(), 1, Integer::sum);
            return m;
        }
    }

    public static void write(String format, ReportContext ctx, Writer out, Tally t, List<Summary.FileInfo> files,
                             Integer maxErrors) throws IOException {
        List<Problem> shown = maxErrors == null || t.errors().size() <= maxErrors ? t.errors()
                : t.errors().subList(0, maxErrors);
        boolean truncated = shown.size() < t.errors().size();
        switch (format) {
            case "json": json(ctx, out, t, files, shown, truncated); break;
            case "csv": csv(ctx, out, shown, t.notes()); break;
            default: table(ctx, out, t, files, shown, truncated); break;
        }
        out.flush();
    }

    private static void table(ReportContext ctx, Writer w, Tally t, List<Summary.FileInfo> files, List<Problem> shown,
                              boolean truncated) {
        PrintWriter out = VisibleText.printer(w); // #8: no control of an input reaches the terminal
        out.println(ctx.t("check.title"));
        for (Summary.FileInfo f : files) {
            out.println("  " + (f.readAs() ? ctx.t("check.file-read-as", f.file(), ctx.readAs(f.encoding()))
                    : ctx.t("check.file", f.file(), f.encoding() == null ? "-" : f.encoding())));
            for (Problem warn : f.warnings()) {
                out.println("    " + ctx.t("table.warning") + " " + warn.where() + "  " + ctx.problem(warn));
            }
        }
        for (Note n : t.notes()) {
            out.println("  " + ctx.t("table.warning") + " " + ctx.t("check.facility", n.facilityId(),
                    n.facilityName() == null ? "-" : n.facilityName()) + "  " + ctx.finding(n.finding()));
        }
        out.println();
        if (t.errors().isEmpty()) {
            out.println(ctx.t("check.valid", t.validCount()));
        } else {
            out.println(ctx.t("table.errors", t.errors().size()));
            for (Problem p : shown) {
                String where = p.where();
                String field = p.field() == null || p.field().isEmpty() ? "" : "  " + ctx.field(p);
                String value = p.value() == null ? "" : "  " + ctx.t("check.value", oneLine(p.value()));
                String facility = p.facilityId() == null && p.facilityName() == null ? ""
                        : "  " + ctx.t("check.facility", p.facilityId() == null ? "-" : p.facilityId(),
                                p.facilityName() == null ? "-" : p.facilityName());
                out.println("  " + where + field + value + facility);
                out.println("      " + ctx.codeTag(p) + ctx.problem(p));
            }
            if (truncated) out.println("  " + ctx.t("check.truncated", shown.size(), t.errors().size()));
            out.println();
            out.println(ctx.t("check.by-code"));
            for (Map.Entry<String, Integer> e : t.byCode().entrySet()) {
                out.println("  " + kaigohojo.text.DisplayWidth.padRight(e.getKey(), 28) + e.getValue());
            }
        }
        out.println();
        out.println(ctx.t("check.summary", files.size(), t.validCount() + t.invalidCount(), t.validCount(),
                t.invalidCount(), t.errors().size()));
        out.flush();
    }

    private static String oneLine(String s) {
        String v = s.replace("\r", "").replace("\n", "⏎");
        return v.length() > 60 ? v.substring(0, 60) + "…" : v;
    }

    private static void json(ReportContext ctx, Writer out, Tally t, List<Summary.FileInfo> files, List<Problem> shown,
                             boolean truncated) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        g.writeBooleanField("valid", t.errors().isEmpty());
        JsonReport.writeErrors(g, ctx, shown);
        g.writeBooleanField("truncated", truncated);
        if (!t.notes().isEmpty()) { // #9: --split-facility merge|replace
            g.writeArrayFieldStart("notes");
            for (Note n : t.notes()) {
                g.writeStartObject();
                g.writeStringField("facility_id", n.facilityId());
                g.writeStringField("facility_name", n.facilityName());
                g.writeStringField("code", n.finding().code());
                g.writeStringField("message", ctx.finding(n.finding()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", files.size());
        g.writeNumberField("submissions", t.validCount() + t.invalidCount());
        g.writeNumberField("valid", t.validCount());
        g.writeNumberField("invalid", t.invalidCount());
        g.writeNumberField("errors", t.errors().size());
        g.writeObjectFieldStart("by_code");
        for (Map.Entry<String, Integer> e : t.byCode().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
        g.writeEndObject();
        JsonReport.writeInputs(g, files);
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private static void csv(ReportContext ctx, Writer out, List<Problem> shown, List<Note> notes) throws IOException {
        StringBuilder sb = new StringBuilder();
        // #10: a last column with the workbook cell (申請!D7) when some error is in a workbook
        boolean cells = shown.stream().anyMatch(p -> p.cell() != null);
        CsvCells.row(sb, CsvCells.cell(ctx.t("csv.file")), CsvCells.cell(ctx.t("csv.line")), CsvCells.cell(ctx.t("csv.column")),
                CsvCells.cell(ctx.t("csv.field")), CsvCells.cell(ctx.t("csv.value")), CsvCells.cell(ctx.t("csv.code")),
                CsvCells.cell(ctx.t("csv.message")), CsvCells.cell(ctx.t("csv.facility_id")),
                CsvCells.cell(ctx.t("csv.facility_name")));
        if (cells) sb.insert(sb.length() - 2, "," + CsvCells.cell(ctx.t("csv.cell")));
        for (Problem p : shown) {
            if (cells) {
                CsvCells.row(sb, CsvCells.cell(p.file()), Integer.toString(p.line()), Integer.toString(p.column()),
                        CsvCells.cell(ctx.field(p)), CsvCells.cell(p.value()), p.code(), CsvCells.cell(ctx.problem(p)),
                        CsvCells.cell(p.facilityId()), CsvCells.cell(p.facilityName()), CsvCells.cell(p.cell() == null ? "" : p.cell()));
            } else {
                CsvCells.row(sb, CsvCells.cell(p.file()), Integer.toString(p.line()), Integer.toString(p.column()),
                        CsvCells.cell(ctx.field(p)), CsvCells.cell(p.value()), p.code(), CsvCells.cell(ctx.problem(p)),
                        CsvCells.cell(p.facilityId()), CsvCells.cell(p.facilityName()));
            }
        }
        // #9: how an application was put together (--split-facility merge|replace), as JSON's notes: a row
        // with no place, the note's code and message, and the facility
        for (Note n : notes) {
            String code = n.finding().code(), message = CsvCells.cell(ctx.finding(n.finding()));
            if (cells) {
                CsvCells.row(sb, "", "", "", "", "", code, message, CsvCells.cell(n.facilityId()), CsvCells.cell(n.facilityName()), "");
            } else {
                CsvCells.row(sb, "", "", "", "", "", code, message, CsvCells.cell(n.facilityId()), CsvCells.cell(n.facilityName()));
            }
        }
        out.write(sb.toString());
    }
}
