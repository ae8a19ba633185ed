package kaigohojo.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import kaigohojo.engine.FacilityResult;
import kaigohojo.engine.Finding;
import kaigohojo.engine.GroupResult;
import kaigohojo.engine.ItemResult;
import kaigohojo.engine.Reason;
import kaigohojo.input.Problem;
import kaigohojo.model.Facility;

/**
 * The clerk's CSV ({@code calc --format csv}): one row per item with the facility's columns repeated,
 * or with {@code --per facility} one row per facility. Headers in the report's language. An application
 * rejected for input errors has one row (status 入力エラー, the number of errors and the first one);
 * the full list of errors goes to standard error (and {@code check} lists them as CSV).
 */
public abstract class CsvReport implements ReportWriter {
    protected final ReportContext ctx;
    protected final Writer out;
    /** The writer when it takes text encoded once as bytes (#13), else null: every part is then written as text. */
    final EncodingWriter enc;
    protected final StringBuilder sb = new StringBuilder(1024);
    private java.io.PrintStream errStream;

    CsvReport(ReportContext ctx, Writer out) {
        this.ctx = ctx;
        this.out = out;
        this.enc = out instanceof EncodingWriter e ? e : null;
    }

    @Override
    public boolean printsTrace() { return false; }

    /** #13 (session 6): neither CSV report prints the rules a facility used. */
    @Override
    public boolean printsRulesUsed() { return false; }

    /** Where the input errors are listed (standard error unless set). */
    public void errorsTo(java.io.PrintStream err) { this.errStream = err; }

    protected String h(String key) { return CsvCells.cell(ctx.t("csv." + key)); }

    protected static String c(String v) { return CsvCells.cell(v); }

    protected static String n(long v) { return Long.toString(v); }

    /** How many text cells a report remembers (#13: a bound, whatever the input). */
    static final int MAX_REMEMBERED = 4096;
    /** Reason cells by their list (#13: bounded by {@link ByList#MAX}, whatever the input). */
    final ByList<Part> reasonCells = new ByList<>();

    /** A part of a row written several times: already encoded when the writer is an {@link EncodingWriter} (#13). */
    final class Part {
        final String text;
        private final EncodingWriter.Encoded bytes;

        Part(String text) {
            this.text = text;
            this.bytes = enc != null ? enc.encoded(text) : null;
        }

        void write() throws IOException {
            if (bytes != null) enc.write(bytes);
            else out.write(text);
        }
    }

    Part part(String text) { return new Part(text); }

    /**
     * Parts of a row put together once per facility and written on each of its item rows (#13): with an
     * {@link EncodingWriter}, the bytes of cells encoded once are copied, and nothing is made per facility
     * once the buffer has grown; with another writer, the text.
     */
    final class Joined {
        private final EncodingWriter.Joined bytes = enc != null ? new EncodingWriter.Joined() : null;
        private final StringBuilder text = enc != null ? null : new StringBuilder();
        private String made;

        Joined clear() {
            if (bytes != null) bytes.clear();
            else text.setLength(0);
            made = null;
            return this;
        }

        Joined add(char separator) {
            if (bytes != null) bytes.ascii(separator);
            else text.append(separator);
            return this;
        }

        Joined add(Part p) {
            if (bytes != null) bytes.add(p.bytes);
            else text.append(p.text);
            return this;
        }

        /** A cell's text (as {@link CsvCells#cell} makes it), encoded into the bytes. */
        Joined cell(String cell) {
            if (bytes != null) enc.encodeInto(cell, bytes);
            else text.append(cell);
            return this;
        }

        Joined number(long v) {
            if (bytes != null) bytes.decimal(v);
            else text.append(v);
            return this;
        }

        void write() throws IOException {
            if (bytes != null) {
                enc.write(bytes);
            } else {
                if (made == null) made = text.toString();
                out.write(made);
            }
        }
    }

    /** Text cells with the comma after them, by their raw text: a category, a group's or an item's name recur on most rows (#13). */
    private final java.util.Map<String, Part> textCells = new java.util.HashMap<>();

    /**
     * The cell of a text that recurs from row to row and the comma after it: made ({@link CsvCells#cell}) and
     * encoded once per distinct text.
     */
    Part cellAndComma(String raw) {
        Part p = textCells.get(raw);
        if (p != null) return p;
        p = part(c(raw) + ",");
        if (textCells.size() >= MAX_REMEMBERED) textCells.clear(); // bounded, whatever the input's names
        textCells.put(raw, p);
        return p;
    }

    /** A number cell, written as {@link #n} makes it (digits straight into the buffer of an {@link EncodingWriter}). */
    void number(long v) throws IOException {
        if (enc != null) enc.writeDecimal(v);
        else out.write(n(v));
    }

    protected void flushRow() throws IOException {
        out.append(sb);
        sb.setLength(0);
    }

    /** Findings cells by their list (#13: the same few findings recur from facility to facility), made once each. */
    private final ByList<Part> findingCells = new ByList<>();

    /** The findings cell ({@link CsvCells#cell} of {@link #findings}), made (and encoded) once per distinct list; null when none. */
    Part findingsCell(List<Finding> list) {
        if (list.isEmpty()) return null;
        Part cell = findingCells.get(list);
        if (cell == null) {
            cell = part(c(findings(list)));
            findingCells.put(list, cell);
        }
        return cell;
    }

    private String findings(List<Finding> list) {
        List<String> parts = new ArrayList<>();
        for (Finding f : list) {
            parts.add(ctx.finding(f) + ctx.cite(f.cite(), f.verified()));
        }
        return String.join(" / ", parts);
    }

    /** #12: every facility-level limit that cut the total, with its citation ("" when none did). */
    protected String capRows(FacilityResult r) {
        List<kaigohojo.engine.Totals.CapRow> rows = r.totals().capRows();
        if (rows.isEmpty()) return "";
        List<String> parts = new ArrayList<>();
        for (kaigohojo.engine.Totals.CapRow c : rows) parts.add(ctx.capRow(c) + ctx.cite(c.cite(), c.verified()));
        return String.join(" / ", parts);
    }

    @Override
    public void end(List<Problem> errors, Summary summary) throws IOException {
        out.flush();
        if (!errors.isEmpty()) {
            java.io.PrintStream err = errStream == null ? System.err : errStream;
            java.io.PrintWriter w = new java.io.PrintWriter(new java.io.OutputStreamWriter(err, java.nio.charset.StandardCharsets.UTF_8));
            for (Problem p : errors) {
                w.println(p.where() + ": "
                        + (p.field() == null || p.field().isEmpty() ? "" : ctx.field(p) + ": ") + ctx.codeTag(p) + ctx.problem(p));
            }
            w.flush();
        }
    }

    /** One row per item. */
    public static final class PerItem extends CsvReport {
        public PerItem(ReportContext ctx, Writer out) {
            super(ctx, out);
        }

        @Override
        public void begin() throws IOException {
            CsvCells.row(sb, h("file"), h("line"), h("facility_id"), h("facility_name"), h("service"), h("eligible"),
                    h("item_id"), h("item_name"), h("category"), h("requested"), h("eligible_cost"), h("status"),
                    h("group"), h("group_subsidy"), h("reasons"), h("facility_subsidy"), h("subsidy_if_met"),
                    h("findings"), h("facility_caps"), h("error_count"), h("first_error"));
            flushRow();
        }

        /** The file cell and its comma, made again only when the file changes (#13). */
        private String fileName;
        private Part fileCell;
        /** A facility's columns between the line and the item's id, and after the item's reasons: made once per facility. */
        private final Joined head = new Joined(), tail = new Joined();
        /** The 要件充足 cell (はい / いいえ), made once each. */
        private final Part[] yesNo = new Part[2];
        private final GroupCells groups = new GroupCells();

        @Override
        public void facility(FacilityResult r) throws IOException {
            Facility f = r.submission().facility();
            // #13: the parts every item row of the facility repeats are put together (and encoded) once
            String name = r.submission().source().file();
            if (fileCell == null || !name.equals(fileName)) {
                fileCell = part(c(name) + ",");
                fileName = name;
            }
            Part file = fileCell;
            int yes = r.eligible() ? 1 : 0;
            if (yesNo[yes] == null) yesNo[yes] = part(c(ctx.yesNo(r.eligible())));
            head.clear().add(',').cell(c(f.id())).add(',').cell(c(f.name())).add(',').add(cellAndComma(f.service().name()))
                    .add(yesNo[yes]).add(',');
            tail.clear().add(',').number(r.totals().subsidy()).add(',').number(r.totals().subsidyIfRequirementsMet()).add(',');
            Part findings = findingsCell(r.findings());
            if (findings != null) tail.add(findings);
            tail.add(',');
            String caps = capRows(r);
            if (!caps.isEmpty()) tail.cell(c(caps));
            tail.add(',').add(',').add('\r').add('\n');
            groups.of(r);
            List<ItemResult> items = r.items();
            for (int k = 0, n = items.size(); k < n; k++) {
                ItemResult i = items.get(k);
                int g = groups.index(i.group());
                file.write();
                number(i.item().at().start().line());
                head.write();
                // #13: the cells that recur from row to row are made and encoded once per distinct text
                cellAndComma(i.id()).write();
                cellAndComma(i.item().name() == null ? "" : i.item().name()).write();
                cellAndComma(i.item().category().label(ctx.lang())).write();
                number(i.requested());
                out.write(',');
                number(i.eligibleCost());
                out.write(',');
                status(i.status()).write();
                groups.name(g, i.group()).write();
                if (g >= 0) number(groups.subsidy(g));
                out.write(',');
                reasons(i.reasons()).write();
                tail.write();
            }
        }

        /**
         * A facility's groups for its item rows: an item's group by id (the last of that id, as a map
         * filled in order finds it; a table of them only for a facility of many groups, so a row costs
         * no map and the work stays linear) and each group's name cell, made once per facility. One
         * for the report, filled again for each facility.
         */
        private final class GroupCells {
            private static final int SCAN = 16;
            private FacilityResult r;
            private List<GroupResult> list;
            private String[] ids = new String[SCAN];
            private Part[] names = new Part[SCAN];
            private int size;
            private java.util.Map<String, Integer> byId, firstById;

            void of(FacilityResult r) {
                this.r = r;
                this.list = r.groups();
                size = list.size();
                if (ids.length < size) {
                    ids = new String[size];
                    names = new Part[size];
                }
                for (int k = 0; k < size; k++) {
                    ids[k] = list.get(k).id();
                    names[k] = null;
                }
                byId = firstById = null;
                if (size > SCAN) {
                    byId = new java.util.HashMap<>();
                    firstById = new java.util.HashMap<>();
                    for (int k = 0; k < size; k++) {
                        byId.put(ids[k], k);
                        firstById.putIfAbsent(ids[k], k);
                    }
                }
            }

            /** The index of the group of this id, -1 when none (or no group). */
            int index(String id) {
                if (id == null) return -1;
                if (byId != null) {
                    Integer k = byId.get(id);
                    return k == null ? -1 : k;
                }
                for (int k = size - 1; k >= 0; k--) if (ids[k].equals(id)) return k;
                return -1;
            }

            /** The first group of the id at index k (the one {@link ReportContext#groupName} names). */
            private int first(int k) {
                if (firstById != null) return firstById.get(ids[k]);
                for (int j = 0; j < k; j++) if (ids[j].equals(ids[k])) return j;
                return k;
            }

            long subsidy(int k) { return list.get(k).subsidy(); }

            /** The group's name cell and its comma ({@link ReportContext#groupName}); {@code k} is its index or -1. */
            Part name(int k, String id) {
                if (k < 0) return cellAndComma(id == null ? "" : id); // as groupName: "" for no group, the id when none has it
                Part p = names[k];
                if (p == null) names[k] = p = cellAndComma(ctx.groupName(list.get(first(k)), r));
                return p;
            }
        }

        private final java.util.EnumMap<kaigohojo.engine.Status, Part> statusCells = new java.util.EnumMap<>(kaigohojo.engine.Status.class);

        /** The status cell (対象, 一部対象 …) and its comma, made once per status. */
        private Part status(kaigohojo.engine.Status s) {
            Part p = statusCells.get(s);
            if (p == null) statusCells.put(s, p = part(c(ctx.t("status." + s.id())) + ","));
            return p;
        }

        /** The reasons cell of an item: the same few lists recur on every facility, so each is written and encoded once. */
        private Part reasons(List<Reason> list) {
            Part p = reasonCells.get(list);
            if (p != null) return p;
            StringBuilder reasons = new StringBuilder(128);
            for (Reason x : list) {
                if (reasons.length() > 0) reasons.append(" / ");
                reasons.append(ctx.reason(x)).append(ctx.cite(x.cite(), x.verified()));
            }
            p = part(c(reasons.toString()));
            reasonCells.put(list, p); // bounded: amounts in reasons make many lists
            return p;
        }

        @Override
        public void rejected(Rejected r) throws IOException {
            CsvCells.row(sb, c(r.file()), n(r.line()), c(r.facilityId()), c(r.facilityName()), "", "", "", "", "", "", "",
                    c(ctx.t("status.input-error")), "", "", "", "", "", "", "", n(r.errors().size()), c(ctx.firstError(r)));
            flushRow();
        }
    }

    /** One row per facility. */
    public static final class PerFacility extends CsvReport {
        public PerFacility(ReportContext ctx, Writer out) {
            super(ctx, out);
        }

        @Override
        public void begin() throws IOException {
            CsvCells.row(sb, h("file"), h("line"), h("facility_id"), h("facility_name"), h("service"), h("staff"),
                    h("eligible"), h("items"), h("requested"), h("eligible_cost"), h("groups"), h("facility_subsidy"),
                    h("subsidy_if_met"), h("facility_share"), h("findings"), h("facility_caps"), h("status"), h("error_count"),
                    h("first_error"));
            flushRow();
        }

        @Override
        public void facility(FacilityResult r) throws IOException {
            Facility f = r.submission().facility();
            Part findings = findingsCell(r.findings());
            StringBuilder groups = new StringBuilder();
            for (GroupResult g : r.groups()) {
                if (groups.length() > 0) groups.append("; ");
                groups.append(ctx.groupName(g.id(), r)).append('=').append(g.subsidy());
            }
            CsvCells.row(sb, c(r.submission().source().file()), n(r.submission().source().line()), c(f.id()), c(f.name()),
                    c(f.service().name()), f.staff() == null ? "" : n(f.staff()), c(ctx.yesNo(r.eligible())),
                    n(r.items().size()), n(r.totals().requested()), n(r.totals().eligibleCost()), c(groups.toString()),
                    n(r.totals().subsidy()), n(r.totals().subsidyIfRequirementsMet()), n(r.totals().facilityShare()),
                    findings == null ? "" : findings.text, c(capRows(r)), c(ctx.t("status.computed")), "", "");
            flushRow();
        }

        @Override
        public void rejected(Rejected r) throws IOException {
            CsvCells.row(sb, c(r.file()), n(r.line()), c(r.facilityId()), c(r.facilityName()), "", "", "", "", "", "",
                    "", "", "", "", "", "", c(ctx.t("status.input-error")), n(r.errors().size()), c(ctx.firstError(r)));
            flushRow();
        }
    }
}
