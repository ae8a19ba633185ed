package kaigohojo.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import kaigohojo.advise.Advice;
import kaigohojo.advise.LeftOver;
import kaigohojo.advise.Step;
import kaigohojo.engine.GroupResult;
import kaigohojo.input.Problem;
import kaigohojo.model.Facility;
import kaigohojo.money.Yen;

/**
 * {@code advise}: per facility, the subsidy as submitted, the best found, the steps with what each
 * adds and its 問, and what is left below each cap; as a table, Markdown or JSON. The HTML form is
 * {@link HtmlReport}'s page with these sections.
 */
public abstract class AdviceReport {
    protected final ReportContext ctx;

    protected AdviceReport(ReportContext ctx) {
        this.ctx = ctx;
    }

    public abstract void begin() throws IOException;

    public abstract void facility(Advice a, String file) throws IOException;

    /** An application rejected for input errors (#9): every result list accounts for it. */
    public abstract void rejected(Rejected r) throws IOException;

    public abstract void end(List<Problem> errors, Summary s) throws IOException;

    public static AdviceReport of(String format, ReportContext ctx, Writer w) throws IOException {
        return switch (format) {
            case "json" -> new Json(ctx, w);
            case "html" -> new HtmlReport.Advise(ctx, w);
            default -> new Text(ctx, w, format.equals("markdown"));
        };
    }

    // ── the sentences every format shares ───────────────────────────────────────────────────────

    public static String signed(long d) {
        return d == 0 ? "±0" : (d > 0 ? "+" : "−") + Yen.format(Math.abs(d));
    }

    public String method(Advice a) {
        if (a.method().equals("exhaustive")) return ctx.t("advise.method.exhaustive", String.valueOf(a.combinations()));
        long best = Advice.value(a.best());
        return ctx.t("advise.method.heuristic", a.combinations() == Long.MAX_VALUE ? "∞" : String.valueOf(a.combinations()),
                String.valueOf(a.evaluated()), a.upperBound(), Math.max(0, a.upperBound() - best));
    }

    public String step(Step s) {
        String items = String.join(", ", s.items());
        return switch (s.kind()) {
            case "attach" -> ctx.t("advise.step.attach", items, s.target());
            default -> ctx.t("advise.step." + s.kind(), items);
        };
    }

    public String stepLine(Step s) {
        return step(s) + ":" + ctx.t("advise.step.adds", signed(s.added())) + ctx.cite(s.cite(), s.verified());
    }

    public String left(Advice adv, LeftOver l) {
        List<Object> a = l.args();
        String text = switch (l.kind()) {
            case "requirement" -> ctx.t("advise.left.requirement",
                    ctx.t("finding." + a.get(0), a.subList(1, a.size()).toArray()), l.adds());
            case "cap-room" -> {
                List<Object> x = new ArrayList<>();
                x.add(ctx.groupName(l.subject(), adv.best()));
                x.addAll(a);
                yield ctx.t("advise.left.cap-room", x.toArray());
            }
            default -> ctx.t("advise.left." + l.kind(), a.toArray());
        };
        return text + ctx.cite(l.cite(), l.verified());
    }

    public String reproduce(Advice a, String file) {
        List<String> sets = new ArrayList<>();
        for (String s : a.sets()) sets.add("--set " + s);
        return ctx.t("advise.reproduce", file, String.join(" ", sets));
    }

    // ── table and Markdown ──────────────────────────────────────────────────────────────────────

    static final class Text extends AdviceReport {
        private final PrintWriter out;
        private final boolean md;

        Text(ReportContext ctx, Writer w, boolean md) {
            super(ctx);
            this.out = new PrintWriter(w);
            this.md = md;
        }

        @Override
        public void begin() {
            out.println((md ? "# " : "") + ctx.t("advise.title"));
            kaigohojo.rules.Rules r = new kaigohojo.rules.Rules(ctx.rules());
            out.println((md ? "\n" : "") + ctx.t("table.rules", ctx.rules().id(), ctx.rules().title(ctx.lang()), r.rate().value(),
                    ctx.formulaLabel(r.formula().value())));
            out.flush();
        }

        private String li(int indent) {
            return md ? "- " : " ".repeat(indent);
        }

        @Override
        public void facility(Advice a, String file) {
            Facility f = a.current().submission().facility();
            out.println();
            out.println((md ? "## " : "━━ ") + f.id() + "  " + f.name());
            if (md) out.println();
            boolean met = a.current().eligible();
            long cur = met ? a.current().totals().subsidy() : Advice.value(a.current());
            long best = met ? a.best().totals().subsidy() : Advice.value(a.best());
            out.println(li(2) + ctx.t("advise.current", Yen.format(cur)));
            out.println(li(2) + ctx.t("advise.best", Yen.format(best), signed(best - cur)));
            if (!met) out.println(li(2) + ctx.t("advise.if-met-note"));
            out.println(li(2) + method(a));
            out.println();
            if (a.steps().isEmpty()) {
                out.println((md ? "" : "  ") + ctx.t("advise.no-change"));
            } else {
                out.println((md ? "### " : "  ") + ctx.t("advise.steps"));
                if (md) out.println();
                int n = 0;
                for (Step s : a.steps()) out.println((md ? "" : "    ") + (++n) + ". " + stepLine(s));
                out.println();
                out.println((md ? "" : "  ") + (md ? "`" + reproduce(a, file) + "`" : reproduce(a, file)));
            }
            out.println();
            out.println((md ? "### " : "  ") + ctx.t("advise.left"));
            if (md) out.println();
            if (a.left().isEmpty()) out.println(li(4) + ctx.t("advise.left.none"));
            for (LeftOver l : a.left()) out.println(li(4) + left(a, l));
            out.flush();
        }

        @Override
        public void rejected(Rejected r) {
            out.println();
            out.println((md ? "## " : "━━ ") + (r.facilityId() == null ? ctx.t("table.unknown-facility") : r.facilityId())
                    + (r.facilityName() == null ? "" : "  " + r.facilityName()));
            if (md) out.println();
            out.println(li(2) + ctx.t("table.source", r.file() + (r.line() > 0 ? ":" + r.line() : "")));
            out.println(li(2) + ctx.t("status.input-error") + ": " + ctx.t("table.rejected", r.errors().size()));
            out.println(li(4) + ctx.t("table.first-error", ctx.firstError(r)));
            out.flush();
        }

        @Override
        public void end(List<Problem> errors, Summary s) {
            if (!errors.isEmpty()) {
                out.println();
                out.println((md ? "## " : "") + ctx.t("table.errors", errors.size()));
                if (md) out.println();
                for (Problem p : errors) {
                    out.println((md ? "- " : "  ") + p.where() + "  " + (p.field() == null || p.field().isEmpty() ? "" : ctx.field(p) + "  ")
                            + ctx.codeTag(p) + ctx.problem(p));
                }
            }
            out.println();
            out.println((md ? "## " : "") + ctx.t("table.summary"));
            if (md) out.println();
            out.println((md ? "- " : "  ") + ctx.t("summary.line", s.files(), s.facilities(), s.eligible(), s.facilitiesWithErrors(),
                    Yen.format(s.subsidy())));
            out.flush();
        }
    }

    // ── JSON ────────────────────────────────────────────────────────────────────────────────────

    static final class Json extends AdviceReport {
        private final JsonGenerator g;

        Json(ReportContext ctx, Writer w) throws IOException {
            super(ctx);
            g = new JsonFactory().createGenerator(w);
            g.useDefaultPrettyPrinter();
        }

        @Override
        public void begin() throws IOException {
            g.writeStartObject();
            g.writeStringField("schema", "kaigo-hojo/advice/v1");
            g.writeObjectFieldStart("rules");
            g.writeStringField("id", ctx.rules().id());
            g.writeNumberField("fiscal_year", ctx.rules().fiscalYear());
            g.writeEndObject();
            g.writeArrayFieldStart("facilities");
        }

        @Override
        public void facility(Advice a, String file) throws IOException {
            Facility f = a.current().submission().facility();
            g.writeStartObject();
            g.writeObjectFieldStart("source");
            g.writeStringField("file", a.current().submission().source().file());
            g.writeNumberField("line", a.current().submission().source().line());
            g.writeEndObject();
            g.writeStringField("id", f.id());
            g.writeStringField("name", f.name());
            g.writeBooleanField("eligible", a.current().eligible());
            g.writeObjectFieldStart("current");
            totals(a.current());
            g.writeEndObject();
            g.writeObjectFieldStart("best");
            totals(a.best());
            g.writeArrayFieldStart("groups");
            for (GroupResult gr : a.best().groups()) {
                g.writeStartObject();
                g.writeStringField("id", gr.id());
                g.writeNumberField("eligible_cost", gr.eligibleCost());
                g.writeNumberField("cap", gr.cap());
                g.writeStringField("rate", gr.rate().toString());
                g.writeNumberField("subsidy", gr.subsidy());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeNumberField("gain", a.gain());
            g.writeObjectFieldStart("search");
            g.writeStringField("method", a.method());
            g.writeNumberField("combinations", a.combinations());
            g.writeNumberField("evaluated", a.evaluated());
            g.writeNumberField("upper_bound", a.upperBound());
            g.writeStringField("message", method(a));
            g.writeEndObject();
            g.writeArrayFieldStart("steps");
            for (Step s : a.steps()) {
                g.writeStartObject();
                g.writeStringField("kind", s.kind());
                g.writeArrayFieldStart("items");
                for (String i : s.items()) g.writeString(i);
                g.writeEndArray();
                if (s.target() != null) g.writeStringField("target", s.target());
                g.writeNumberField("adds", s.added());
                g.writeStringField("cite", s.cite());
                g.writeBooleanField("verified", s.verified());
                g.writeArrayFieldStart("set");
                for (String x : s.sets()) g.writeString(x);
                g.writeEndArray();
                g.writeStringField("message", step(s));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("set");
            for (String x : a.sets()) g.writeString(x);
            g.writeEndArray();
            g.writeArrayFieldStart("left");
            for (LeftOver l : a.left()) {
                g.writeStartObject();
                g.writeStringField("kind", l.kind());
                g.writeStringField("subject", l.subject());
                g.writeNumberField("adds", l.adds());
                g.writeStringField("cite", l.cite());
                g.writeBooleanField("verified", l.verified());
                g.writeStringField("message", left(a, l));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void totals(kaigohojo.engine.FacilityResult r) throws IOException {
            g.writeNumberField("subsidy", r.totals().subsidy());
            g.writeNumberField("subsidy_if_requirements_met", r.totals().subsidyIfRequirementsMet());
            g.writeNumberField("facility_share", r.totals().facilityShare());
        }

        private final List<Rejected> rejected = new ArrayList<>();

        @Override
        public void rejected(Rejected r) {
            rejected.add(r);
        }

        @Override
        public void end(List<Problem> errors, Summary s) throws IOException {
            g.writeEndArray();
            JsonReport.writeRejected(g, ctx, rejected);
            JsonReport.writeErrors(g, ctx, errors);
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", s.files());
            g.writeNumberField("facilities", s.facilities());
            g.writeNumberField("facilities_with_errors", s.facilitiesWithErrors());
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
        }
    }
}
