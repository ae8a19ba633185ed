package kaigohojo.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kaigohojo.engine.FacilityResult;
import kaigohojo.engine.GroupResult;
import kaigohojo.input.Problem;
import kaigohojo.money.Yen;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.Rules;

/** {@code compare}: per facility, the subsidy of each group and in total under each scenario, and the differences. */
public final class CompareReport {
    /** One scenario's results. */
    public record Column(String name, RuleSet rules, List<String> sets, List<FacilityResult> results, List<Problem> errors) {}

    private CompareReport() {}

    public static void write(String format, ReportContext ctx, List<Column> cols, Writer w) throws IOException {
        if (format.equals("json")) {
            json(ctx, cols, w);
            return;
        }
        boolean md = format.equals("markdown");
        PrintWriter out = new PrintWriter(w);
        out.println((md ? "# " : "") + ctx.t("compare.title"));
        out.println();
        for (Column c : cols) {
            Rules r = new Rules(c.rules());
            String line = ctx.t("compare.scenario", c.name(), c.rules().id(), r.rate().value(),
                    r.formula().value(), c.sets().isEmpty() ? "-" : String.join(", ", c.sets()));
            out.println(md ? "- " + line : "  " + line);
        }
        Column base = cols.get(0);
        for (int f = 0; f < base.results().size(); f++) {
            FacilityResult b = base.results().get(f);
            out.println();
            out.println((md ? "## " : "━━ ") + b.submission().facility().id() + "  " + b.submission().facility().name());
            out.println();
            Set<String> groups = new LinkedHashSet<>();
            for (Column c : cols) {
                if (f < c.results().size()) for (GroupResult g : c.results().get(f).groups()) groups.add(g.id());
            }
            List<String> header = new ArrayList<>();
            header.add(ctx.t("col.group"));
            for (Column c : cols) header.add(c.name());
            List<List<String>> rows = new ArrayList<>();
            for (String gid : groups) {
                List<String> row = new ArrayList<>();
                row.add(gid);
                Long baseValue = groupValue(b, gid);
                for (Column c : cols) {
                    if (f >= c.results().size()) {
                        row.add("-");
                        continue;
                    }
                    Long v = groupValue(c.results().get(f), gid);
                    String cell = v == null ? "-" : Yen.format(v);
                    long delta = (v == null ? 0 : v) - (baseValue == null ? 0 : baseValue);
                    if (c != base && delta != 0) cell += " (" + signed(delta) + ")";
                    row.add(cell);
                }
                rows.add(row);
            }
            List<String> eligible = new ArrayList<>();
            eligible.add(ctx.t("compare.requirements"));
            List<String> total = new ArrayList<>();
            total.add(ctx.t("compare.total"));
            List<String> ifMet = new ArrayList<>();
            ifMet.add(ctx.t("compare.if-met"));
            List<String> delta = new ArrayList<>();
            delta.add(ctx.t("compare.delta"));
            for (Column c : cols) {
                FacilityResult r = f < c.results().size() ? c.results().get(f) : null;
                eligible.add(r == null ? "-" : r.eligible() ? ctx.t("compare.met") : ctx.t("compare.unmet"));
                total.add(r == null ? "-" : Yen.format(r.totals().subsidy()));
                ifMet.add(r == null ? "-" : Yen.format(r.totals().subsidyIfRequirementsMet()));
                if (c == base) delta.add("");
                else delta.add(r == null ? "-" : signed(r.totals().subsidy() - b.totals().subsidy()));
            }
            rows.add(eligible);
            rows.add(total);
            rows.add(ifMet);
            rows.add(delta);
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
        }
        for (Column c : cols) {
            if (c.errors().isEmpty()) continue;
            out.println();
            out.println(ctx.t("compare.errors", c.name(), c.errors().size()));
            for (Problem p : c.errors()) {
                out.println("  " + p.where() + "  " + (p.field() == null ? "" : p.field() + "  ")
                        + "[" + p.code() + "] " + ctx.problem(p));
            }
        }
        out.flush();
    }

    private static Long groupValue(FacilityResult r, String gid) {
        for (GroupResult g : r.groups()) if (g.id().equals(gid)) return g.subsidy();
        return null;
    }

    private static String signed(long d) {
        return d == 0 ? "0" : (d > 0 ? "+" : "−") + Yen.format(Math.abs(d));
    }

    private static void json(ReportContext ctx, List<Column> cols, Writer w) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(w);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("schema", "kaigo-hojo/compare/v1");
        g.writeArrayFieldStart("scenarios");
        for (Column c : cols) {
            Rules r = new Rules(c.rules());
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("rules", c.rules().id());
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
        Column base = cols.get(0);
        for (int f = 0; f < base.results().size(); f++) {
            FacilityResult b = base.results().get(f);
            g.writeStartObject();
            g.writeStringField("id", b.submission().facility().id());
            g.writeStringField("name", b.submission().facility().name());
            g.writeObjectFieldStart("scenarios");
            for (Column c : cols) {
                if (f >= c.results().size()) continue;
                FacilityResult r = c.results().get(f);
                g.writeObjectFieldStart(c.name());
                g.writeBooleanField("eligible", r.eligible());
                g.writeNumberField("subsidy", r.totals().subsidy());
                g.writeNumberField("subsidy_if_requirements_met", r.totals().subsidyIfRequirementsMet());
                g.writeNumberField("difference", r.totals().subsidy() - b.totals().subsidy());
                g.writeObjectFieldStart("groups");
                for (GroupResult gr : r.groups()) g.writeNumberField(gr.id(), gr.subsidy());
                g.writeEndObject();
                // per group, against the base (a group absent in one of them counts 0 there)
                java.util.Set<String> ids = new LinkedHashSet<>();
                for (GroupResult gr : b.groups()) ids.add(gr.id());
                for (GroupResult gr : r.groups()) ids.add(gr.id());
                g.writeObjectFieldStart("group_differences");
                for (String id : ids) {
                    Long v = groupValue(r, id);
                    Long bv = groupValue(b, id);
                    g.writeNumberField(id, (v == null ? 0 : v) - (bv == null ? 0 : bv));
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }
}
