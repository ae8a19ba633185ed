package kaigohojo.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import kaigohojo.engine.FacilityResult;
import kaigohojo.engine.Finding;
import kaigohojo.engine.GroupResult;
import kaigohojo.engine.ItemResult;
import kaigohojo.engine.Reason;
import kaigohojo.engine.TraceStep;
import kaigohojo.input.Problem;
import kaigohojo.model.Facility;
import kaigohojo.rules.RuleLeaf;
import kaigohojo.rules.Rules;

/** The JSON report of product.md §6 ({@code kaigo-hojo/report/v1}); streamed, one facility at a time. */
public final class JsonReport implements ReportWriter {
    public static final String SCHEMA = "kaigo-hojo/report/v1";

    private final ReportContext ctx;
    private final JsonGenerator g;
    private final Writer out;
    /** Rejected applications, written after the computed ones (as the errors are: they are few and small). */
    private final List<Rejected> rejected = new java.util.ArrayList<>();

    public JsonReport(ReportContext ctx, Writer out) throws IOException {
        this.ctx = ctx;
        this.out = out;
        this.g = generator(out);
        // #13: flush() hands Jackson's buffer to the writer without flushing the file (see raw())
        g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    }

    /** A generator as the report writes: two-space indents, one value a line. */
    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator gen = new JsonFactory().createGenerator(out);
        gen.setPrettyPrinter(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        return gen;
    }

    // ── #13: arrays that recur from facility to facility, written once as text (and UTF-8) ──────────

    /** How many recurring arrays a report remembers: a bound, whatever the input. */
    static final int MAX_REMEMBERED = 4096;

    /** An array's JSON text exactly as the generator writes it at its place, and its UTF-8 bytes when the writer takes them. */
    private record Fragment(String text, EncodingWriter.Encoded bytes) {}

    private final java.util.Map<Object, Fragment> fragments = new java.util.HashMap<>();

    /**
     * The array value of a field, written as a remembered fragment when the same key was written
     * before. A facility's field (depth 3) or an item's (depth 5): the fragment is made by a generator
     * of its own, at the same depth, so the indentation and escaping are the report's byte for byte.
     */
    private void array(String field, boolean inItem, Key key) throws IOException {
        g.writeFieldName(field);
        Fragment f = fragments.get(key);
        if (f == null) {
            java.io.StringWriter sw = new java.io.StringWriter(256);
            JsonGenerator r = generator(sw);
            r.writeStartObject();
            r.writeArrayFieldStart("facilities");
            r.writeStartObject();
            if (inItem) {
                r.writeArrayFieldStart("items");
                r.writeStartObject();
            }
            r.writeFieldName(field);
            r.flush();
            int mark = sw.getBuffer().length();
            r.writeStartArray();
            elements(r, key);
            r.writeEndArray();
            r.flush();
            String text = sw.getBuffer().substring(mark);
            text = text.substring(text.indexOf('[')); // after the separator the generator writes itself (" : ")
            f = new Fragment(text, out instanceof EncodingWriter e ? e.encoded(text) : null);
            if (fragments.size() >= MAX_REMEMBERED) fragments.clear();
            fragments.put(key, f);
        }
        if (f.bytes() == null) {
            g.writeRawValue(f.text());
        } else {
            g.writeRawValue(""); // the separator, and the generator counts the value as written
            g.flush();
            ((EncodingWriter) out).write(f.bytes());
        }
    }

    /** A fragment's key: its kind and its list (an empty list of reasons equals an empty list of findings). */
    private record Key(int kind, List<?> list) {}

    private static final int FINDINGS = 0, UNVERIFIED = 1, REASONS = 2;

    /** The elements of a fragment's array (between its brackets). */
    private void elements(JsonGenerator gen, Key key) throws IOException {
        for (Object o : key.list()) {
            switch (key.kind()) {
                case FINDINGS -> {
                    Finding x = (Finding) o;
                    gen.writeStartObject();
                    gen.writeStringField("code", x.code());
                    gen.writeStringField("severity", x.severity().id());
                    gen.writeStringField("message", ctx.finding(x));
                    gen.writeStringField("cite", x.cite());
                    if (x.itemId() != null) gen.writeStringField("item", x.itemId());
                    gen.writeEndObject();
                }
                case UNVERIFIED -> gen.writeString((String) o);
                default -> {
                    Reason x = (Reason) o;
                    gen.writeStartObject();
                    gen.writeStringField("code", x.code());
                    gen.writeStringField("message", ctx.reason(x));
                    gen.writeStringField("cite", x.cite());
                    gen.writeEndObject();
                }
            }
        }
    }

    @Override
    public boolean printsTrace() { return ctx.explain(); }

    @Override
    public void begin() throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        Rules r = new Rules(ctx.rules());
        g.writeObjectFieldStart("rules");
        g.writeStringField("id", ctx.rules().id());
        g.writeNumberField("fiscal_year", ctx.rules().fiscalYear());
        g.writeStringField("rate", r.rate().value().toString());
        g.writeStringField("formula", r.formula().value());
        g.writeBooleanField("unverified_values_used", ctx.rules().hasUnverified());
        g.writeArrayFieldStart("chain");
        for (String c : ctx.rules().chain()) g.writeString(c);
        g.writeEndArray();
        g.writeArrayFieldStart("overrides");
        for (String o : ctx.rules().overrides()) g.writeString(o);
        g.writeEndArray();
        g.writeEndObject();
        g.writeArrayFieldStart("facilities");
    }

    @Override
    public void facility(FacilityResult r) throws IOException {
        Facility f = r.submission().facility();
        g.writeStartObject();
        g.writeObjectFieldStart("source");
        g.writeStringField("file", r.submission().source().file());
        g.writeNumberField("line", r.submission().source().line());
        g.writeStringField("encoding", r.submission().encoding());
        g.writeEndObject();
        g.writeStringField("id", f.id());
        g.writeStringField("name", f.name());
        if (f.prefecture() != null) g.writeStringField("prefecture", f.prefecture());
        g.writeStringField("service", f.service().name());
        g.writeStringField("service_code", f.service().code());
        if (f.staff() != null) g.writeNumberField("staff", f.staff());
        g.writeBooleanField("eligible", r.eligible());
        array("findings", false, new Key(FINDINGS, r.findings()));
        g.writeArrayFieldStart("items");
        for (ItemResult i : r.items()) item(i);
        g.writeEndArray();
        g.writeArrayFieldStart("groups");
        for (GroupResult gr : r.groups()) group(gr);
        g.writeEndArray();
        g.writeObjectFieldStart("totals");
        g.writeNumberField("requested", r.totals().requested());
        g.writeNumberField("eligible_cost", r.totals().eligibleCost());
        g.writeNumberField("groups_subsidy", r.totals().groupSum());
        if (r.totals().facilityCap() != null) {
            g.writeNumberField("facility_cap", r.totals().facilityCap());
            g.writeNumberField("facility_cap_reduction", r.totals().facilityCapReduction());
        }
        // #12: every facility-level limit that cut the total, with its citation
        g.writeArrayFieldStart("caps");
        for (kaigohojo.engine.Totals.CapRow c : r.totals().capRows()) {
            g.writeStartObject();
            g.writeStringField("code", c.code());
            g.writeNumberField("applies_to", c.base());
            g.writeNumberField("limit", c.limit());
            g.writeNumberField("reduction", c.reduction());
            g.writeStringField("cite", c.cite());
            g.writeBooleanField("verified", c.verified());
            g.writeStringField("rule", c.rulePath());
            g.writeStringField("message", ctx.capRow(c));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("subsidy", r.totals().subsidy());
        g.writeNumberField("subsidy_if_requirements_met", r.totals().subsidyIfRequirementsMet());
        g.writeNumberField("facility_share", r.totals().facilityShare());
        g.writeEndObject();
        List<String> unverified = new java.util.ArrayList<>();
        for (RuleLeaf l : ctx.unverified(r.rulesUsed())) unverified.add(l.path());
        array("unverified_rules", false, new Key(UNVERIFIED, unverified));
        g.writeEndObject();
    }

    @Override
    public void rejected(Rejected r) {
        rejected.add(r);
    }

    /**
     * The {@code rejected} array: every application not computed because of input errors, with its
     * status, its 事業所番号 and 事業所名 where read, and its errors (product.md §6). Kept apart from
     * {@code facilities}, whose entries are computed results, so that a reader of those is not misled.
     */
    static void writeRejected(JsonGenerator g, ReportContext ctx, List<Rejected> rejected) throws IOException {
        g.writeArrayFieldStart("rejected");
        for (Rejected r : rejected) {
            g.writeStartObject();
            g.writeObjectFieldStart("source");
            g.writeStringField("file", r.file());
            g.writeNumberField("line", r.line());
            g.writeEndObject();
            if (r.facilityId() == null) g.writeNullField("id");
            else g.writeStringField("id", r.facilityId());
            if (r.facilityName() == null) g.writeNullField("name");
            else g.writeStringField("name", r.facilityName());
            g.writeStringField("status", "input-error");
            g.writeStringField("status_label", ctx.t("status.input-error"));
            g.writeNumberField("error_count", r.errors().size());
            g.writeStringField("first_error", ctx.firstError(r));
            writeErrors(g, ctx, r.errors());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void item(ItemResult i) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", i.id());
        if (i.item().name() != null) g.writeStringField("name", i.item().name());
        g.writeStringField("category", i.item().category().id());
        if (i.group() == null) g.writeNullField("group");
        else g.writeStringField("group", i.group());
        g.writeNumberField("requested", i.requested());
        g.writeNumberField("eligible_cost", i.eligibleCost());
        g.writeStringField("status", i.status().id());
        array("reasons", true, new Key(REASONS, i.reasons()));
        g.writeEndObject();
    }

    private void group(GroupResult gr) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", gr.id());
        g.writeStringField("kind", gr.kind());
        g.writeArrayFieldStart("items");
        for (String id : gr.items()) g.writeString(id);
        g.writeEndArray();
        g.writeNumberField("eligible_cost", gr.eligibleCost());
        g.writeNumberField("cap", gr.cap());
        g.writeStringField("cap_source", gr.capSource());
        g.writeStringField("rate", gr.rate().toString());
        g.writeStringField("formula", gr.formula());
        g.writeNumberField("subsidy", gr.subsidy());
        if (ctx.explain()) {
            g.writeArrayFieldStart("trace");
            for (TraceStep s : gr.trace()) {
                g.writeStartObject();
                g.writeStringField("step", s.code());
                g.writeStringField("message", ctx.step(s));
                g.writeStringField("cite", s.cite());
                g.writeBooleanField("verified", s.verified());
                if (s.rulePath() != null) g.writeStringField("rule", s.rulePath());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The {@code inputs} array: each file read and the encoding it was read in. */
    static void writeInputs(JsonGenerator g, List<Summary.FileInfo> files) throws IOException {
        g.writeArrayFieldStart("inputs");
        for (Summary.FileInfo fi : files) {
            g.writeStartObject();
            g.writeStringField("file", fi.file());
            if (fi.encoding() == null) g.writeNullField("encoding");
            else g.writeStringField("encoding", fi.encoding());
            if (!fi.warnings().isEmpty()) {
                // #10: what was read but not used (a column the form does not know), and how the file was taken
                g.writeArrayFieldStart("warnings");
                for (Problem w : fi.warnings()) {
                    g.writeStartObject();
                    g.writeNumberField("line", w.line());
                    g.writeNumberField("column", w.column());
                    if (w.cell() != null) g.writeStringField("cell", w.cell());
                    g.writeStringField("field", w.field() == null ? "" : w.field());
                    g.writeStringField("code", w.code());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The {@code errors} array of product.md §6: file, line, column, field, value, code, message. */
    static void writeErrors(JsonGenerator g, ReportContext ctx, List<Problem> errors) throws IOException {
        g.writeArrayFieldStart("errors");
        for (Problem p : errors) {
            g.writeStartObject();
            g.writeStringField("file", p.file());
            g.writeNumberField("line", p.line());
            g.writeNumberField("column", p.column());
            if (p.cell() != null) {
                // #10: in a workbook, the sheet and the cell as Excel names them
                g.writeStringField("sheet", p.at().sheet());
                g.writeStringField("cell", p.cell());
            }
            g.writeStringField("field", p.field() == null ? "" : p.field());
            if (p.value() == null) g.writeNullField("value");
            else g.writeStringField("value", p.value());
            g.writeStringField("code", p.code());
            g.writeStringField("message", ctx.problem(p));
            if (p.suggestion() != null) g.writeStringField("suggestion", p.suggestion());
            if (p.facilityId() != null) g.writeStringField("facility_id", p.facilityId());
            if (p.facilityName() != null) g.writeStringField("facility_name", p.facilityName());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    @Override
    public void end(List<Problem> errors, Summary s) throws IOException {
        g.writeEndArray();
        writeRejected(g, ctx, rejected);
        writeErrors(g, ctx, errors);
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", s.files());
        g.writeNumberField("facilities", s.facilities());
        g.writeNumberField("eligible", s.eligible());
        g.writeNumberField("facilities_with_errors", s.facilitiesWithErrors());
        g.writeNumberField("errors", s.errors());
        g.writeNumberField("subsidy", s.subsidy());
        g.writeNumberField("subsidy_if_requirements_met", s.subsidyIfRequirementsMet());
        writeInputs(g, s.fileInfos());
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
        out.flush();
    }
}
