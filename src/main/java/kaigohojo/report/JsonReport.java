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

/**
 * The JSON report of product.md §6 ({@code kaigo-hojo/report/v1}); streamed, one facility at a time.
 * Jackson's generator writes the frame (rules, rejected, errors, summary); each facility, the bulk of a
 * batch, is written by {@link JsonText} in the same bytes (#13, session 5).
 */
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
        this.text = new JsonText(out);
        // #13: flush() hands Jackson's buffer to the writer without flushing the file (see facility())
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

    // ── #13: each facility written through JsonText (the generator's bytes, names and indents made once) ──

    /** Where a facility object sits: in the root object's {@code facilities} array. */
    private static final int FACILITY_NESTING = 2;

    private final JsonText text;

    private static final JsonText.Name SOURCE = new JsonText.Name("source"), FILE = new JsonText.Name("file"),
            LINE = new JsonText.Name("line"), ENCODING = new JsonText.Name("encoding"), ID = new JsonText.Name("id"),
            NAME = new JsonText.Name("name"), PREFECTURE = new JsonText.Name("prefecture"),
            SERVICE = new JsonText.Name("service"), SERVICE_CODE = new JsonText.Name("service_code"),
            STAFF = new JsonText.Name("staff"), ELIGIBLE = new JsonText.Name("eligible"),
            FINDINGS_ = new JsonText.Name("findings"), ITEMS = new JsonText.Name("items"),
            GROUPS = new JsonText.Name("groups"), TOTALS = new JsonText.Name("totals"),
            REQUESTED = new JsonText.Name("requested"), ELIGIBLE_COST = new JsonText.Name("eligible_cost"),
            GROUPS_SUBSIDY = new JsonText.Name("groups_subsidy"), FACILITY_CAP = new JsonText.Name("facility_cap"),
            FACILITY_CAP_REDUCTION = new JsonText.Name("facility_cap_reduction"), CAPS = new JsonText.Name("caps"),
            CODE = new JsonText.Name("code"), APPLIES_TO = new JsonText.Name("applies_to"),
            LIMIT = new JsonText.Name("limit"), REDUCTION = new JsonText.Name("reduction"),
            CITE = new JsonText.Name("cite"), VERIFIED = new JsonText.Name("verified"), RULE = new JsonText.Name("rule"),
            MESSAGE = new JsonText.Name("message"), SUBSIDY = new JsonText.Name("subsidy"),
            SUBSIDY_IF_MET = new JsonText.Name("subsidy_if_requirements_met"),
            FACILITY_SHARE = new JsonText.Name("facility_share"), UNVERIFIED_RULES = new JsonText.Name("unverified_rules"),
            CATEGORY = new JsonText.Name("category"), GROUP = new JsonText.Name("group"),
            STATUS = new JsonText.Name("status"), REASONS_ = new JsonText.Name("reasons"), KIND = new JsonText.Name("kind"),
            CAP = new JsonText.Name("cap"), CAP_SOURCE = new JsonText.Name("cap_source"), RATE = new JsonText.Name("rate"),
            FORMULA = new JsonText.Name("formula"), TRACE = new JsonText.Name("trace"), STEP = new JsonText.Name("step"),
            SEVERITY = new JsonText.Name("severity"), ITEM = new JsonText.Name("item");

    // ── #13: arrays that recur from facility to facility, written once as text (and bytes) ─────────────

    /** How many recurring arrays a report remembers: a bound, whatever the input. */
    static final int MAX_REMEMBERED = 4096;

    /** An array's JSON text exactly as the generator writes it at its place, and its bytes when the writer takes them. */
    private record Fragment(String text, EncodingWriter.Encoded bytes) {}

    /** Remembered arrays: findings and reasons by their list ({@link ByList}), the unverified rules by which of them were used. */
    private final ByList<Fragment> findingArrays = new ByList<>(), reasonArrays = new ByList<>();
    private final java.util.Map<Object, Fragment> unverifiedArrays = new java.util.HashMap<>();

    /**
     * The array value of a field at a nesting (a facility's field: 3, an item's: 5), written as a
     * remembered fragment when the same key was written before; made by a JsonText of its own at the
     * same nesting, so the indentation and escaping are the report's byte for byte.
     *
     * @param list the array's elements, or null for the unverified rules of {@code r}, made only when not remembered
     */
    private void array(JsonText.Name field, int nesting, int kind, Object key, List<?> list, FacilityResult r)
            throws IOException {
        text.name(field);
        ByList<Fragment> byList = kind == FINDINGS ? findingArrays : kind == REASONS ? reasonArrays : null;
        Fragment f = byList != null ? byList.get((List<?>) key) : unverifiedArrays.get(key);
        if (f == null) {
            java.io.StringWriter sw = new java.io.StringWriter(256);
            JsonText t = new JsonText(sw).at(nesting);
            t.startArray();
            elements(t, kind, list != null ? list : unverifiedPaths(r));
            t.endArray();
            String s = sw.toString();
            f = new Fragment(s, out instanceof EncodingWriter e ? e.encoded(s) : null);
            if (byList != null) {
                byList.put((List<?>) key, f); // bounded by ByList.MAX
            } else {
                if (unverifiedArrays.size() >= MAX_REMEMBERED) unverifiedArrays.clear();
                unverifiedArrays.put(key, f);
            }
        }
        text.raw(f.text(), f.bytes());
    }

    private void array(JsonText.Name field, int nesting, int kind, List<?> list) throws IOException {
        array(field, nesting, kind, list, list, null);
    }

    /** The paths of the unverified rule values a facility's computation used, in rule-file order. */
    private List<String> unverifiedPaths(FacilityResult r) {
        List<String> paths = new java.util.ArrayList<>();
        for (RuleLeaf l : ctx.unverified(r.rulesUsed())) paths.add(l.path());
        return paths;
    }

    private static final int FINDINGS = 0, UNVERIFIED = 1, REASONS = 2;

    /** The elements of a fragment's array (between its brackets). */
    private void elements(JsonText t, int kind, List<?> list) throws IOException {
        for (Object o : list) {
            switch (kind) {
                case FINDINGS -> {
                    Finding x = (Finding) o;
                    t.startObject();
                    t.field(CODE, x.code());
                    t.field(SEVERITY, x.severity().id());
                    t.field(MESSAGE, ctx.finding(x));
                    t.field(CITE, x.cite());
                    if (x.itemId() != null) t.field(ITEM, x.itemId());
                    t.endObject();
                }
                case UNVERIFIED -> t.string((String) o);
                default -> {
                    Reason x = (Reason) o;
                    t.startObject();
                    t.field(CODE, x.code());
                    t.field(MESSAGE, ctx.reason(x));
                    t.field(CITE, x.cite());
                    t.endObject();
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
        g.writeRawValue(""); // the separator before the object, and the generator counts it as written
        g.flush();
        JsonText t = text.at(FACILITY_NESTING);
        Facility f = r.submission().facility();
        t.startObject();
        t.name(SOURCE);
        t.startObject();
        t.field(FILE, r.submission().source().file());
        t.field(LINE, r.submission().source().line());
        t.field(ENCODING, r.submission().encoding());
        t.endObject();
        t.field(ID, f.id());
        t.field(NAME, f.name());
        if (f.prefecture() != null) t.field(PREFECTURE, f.prefecture());
        t.field(SERVICE, f.service().name());
        t.field(SERVICE_CODE, f.service().code());
        if (f.staff() != null) t.field(STAFF, f.staff());
        t.field(ELIGIBLE, r.eligible());
        array(FINDINGS_, FACILITY_NESTING + 1, FINDINGS, r.findings());
        t.name(ITEMS);
        t.startArray();
        for (ItemResult i : r.items()) item(t, i);
        t.endArray();
        t.name(GROUPS);
        t.startArray();
        for (GroupResult gr : r.groups()) group(t, gr);
        t.endArray();
        t.name(TOTALS);
        t.startObject();
        t.field(REQUESTED, r.totals().requested());
        t.field(ELIGIBLE_COST, r.totals().eligibleCost());
        t.field(GROUPS_SUBSIDY, r.totals().groupSum());
        if (r.totals().facilityCap() != null) {
            t.field(FACILITY_CAP, r.totals().facilityCap());
            t.field(FACILITY_CAP_REDUCTION, r.totals().facilityCapReduction());
        }
        // #12: every facility-level limit that cut the total, with its citation
        t.name(CAPS);
        t.startArray();
        for (kaigohojo.engine.Totals.CapRow c : r.totals().capRows()) {
            t.startObject();
            t.field(CODE, c.code());
            t.field(APPLIES_TO, c.base());
            t.field(LIMIT, c.limit());
            t.field(REDUCTION, c.reduction());
            t.field(CITE, c.cite());
            t.field(VERIFIED, c.verified());
            t.field(RULE, c.rulePath());
            t.field(MESSAGE, ctx.capRow(c));
            t.endObject();
        }
        t.endArray();
        t.field(SUBSIDY, r.totals().subsidy());
        t.field(SUBSIDY_IF_MET, r.totals().subsidyIfRequirementsMet());
        t.field(FACILITY_SHARE, r.totals().facilityShare());
        t.endObject();
        // #13: remembered by which of the rule set's unverified values were used (bits), the list made only when new
        long bits = ctx.unverifiedBits(r.rulesUsed());
        if (bits >= 0) array(UNVERIFIED_RULES, FACILITY_NESTING + 1, UNVERIFIED, bits, null, r);
        else array(UNVERIFIED_RULES, FACILITY_NESTING + 1, UNVERIFIED, unverifiedPaths(r));
        t.endObject();
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

    private void item(JsonText t, ItemResult i) throws IOException {
        t.startObject();
        t.field(ID, i.id());
        if (i.item().name() != null) t.field(NAME, i.item().name());
        t.field(CATEGORY, i.item().category().id());
        if (i.group() == null) {
            t.name(GROUP);
            t.nul();
        } else {
            t.field(GROUP, i.group());
        }
        t.field(REQUESTED, i.requested());
        t.field(ELIGIBLE_COST, i.eligibleCost());
        t.field(STATUS, i.status().id());
        array(REASONS_, FACILITY_NESTING + 3, REASONS, i.reasons());
        t.endObject();
    }

    private void group(JsonText t, GroupResult gr) throws IOException {
        t.startObject();
        t.field(ID, gr.id());
        t.field(KIND, gr.kind());
        t.name(ITEMS);
        t.startArray();
        for (String id : gr.items()) t.string(id);
        t.endArray();
        t.field(ELIGIBLE_COST, gr.eligibleCost());
        t.field(CAP, gr.cap());
        t.field(CAP_SOURCE, gr.capSource());
        t.field(RATE, gr.rate().toString());
        t.field(FORMULA, gr.formula());
        t.field(SUBSIDY, gr.subsidy());
        if (ctx.explain()) {
            t.name(TRACE);
            t.startArray();
            for (TraceStep s : gr.trace()) {
                t.startObject();
                t.field(STEP, s.code());
                t.field(MESSAGE, ctx.step(s));
                t.field(CITE, s.cite());
                t.field(VERIFIED, s.verified());
                if (s.rulePath() != null) t.field(RULE, s.rulePath());
                t.endObject();
            }
            t.endArray();
        }
        t.endObject();
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
