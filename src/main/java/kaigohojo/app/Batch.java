package kaigohojo.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kaigohojo.engine.Calculator;
import kaigohojo.engine.FacilityResult;
import kaigohojo.engine.OverflowBound;
import kaigohojo.engine.SubmissionChecks;
import kaigohojo.input.ByteSource;
import kaigohojo.input.CsvSubmissionReader;
import kaigohojo.input.ErrorCode;
import kaigohojo.input.FacilityIdMap;
import kaigohojo.input.FacilityIdMap;
import kaigohojo.input.Location;
import kaigohojo.input.Problem;
import kaigohojo.input.ReadOutcome;
import kaigohojo.input.SubmissionReader;
import kaigohojo.input.Vocabulary;
import kaigohojo.input.YamlSubmissionReader;
import kaigohojo.model.Submission;
import kaigohojo.report.Rejected;
import kaigohojo.report.Summary;
import kaigohojo.rules.Rules;

/**
 * Reads every input, checks and computes every submission, and hands each result to a consumer as
 * soon as it is ready. One bad file, document or row never stops the batch: its problems are kept
 * and the rest goes on.
 */
public final class Batch {
    private final Rules rules;
    private final Vocabulary vocab;
    private final String encoding;
    private final InputOverrides overrides;
    private final List<Problem> errors = new ArrayList<>();
    /** Every facility id computed or checked so far → its file (index in seenFiles) and line, packed. */
    private final FacilityIdMap seen = FacilityIdMap.withValues();
    private final List<String> seenFiles = new ArrayList<>();
    /** For each of seenFiles: where its first facility's id was (a workbook's sheet and id column, #10). */
    private final List<Location> seenAt = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private String sheet;
    private final List<Summary.FileInfo> files = new ArrayList<>();
    private int facilities, eligible, failed;
    private long subsidy, subsidyIfMet;
    private boolean anyIneligible, anyUnmet, anyWarning;

    public Batch(Rules rules, Vocabulary vocab, String encoding, InputOverrides overrides) {
        this.rules = rules;
        this.vocab = vocab;
        this.encoding = encoding;
        this.overrides = overrides == null ? InputOverrides.NONE : overrides;
    }

    /** Reads and computes every input; {@code onResult} gets each computed facility in input order. */
    public void run(List<InputFiles.Input> inputs, InputStream stdin, Consumer<FacilityResult> onResult)
            throws IOException {
        run(inputs, stdin, onResult, rejected -> { });
    }

    /**
     * Reads and computes every input. Each application read goes, in input order, to exactly one of
     * the two: {@code onResult} when it was computed, {@code onRejected} when input errors kept it from
     * being computed (so that a result list can account for every application).
     */
    public void run(List<InputFiles.Input> inputs, InputStream stdin, Consumer<FacilityResult> onResult,
                    Consumer<Rejected> onRejected) throws IOException {
        holdStdin(inputs, stdin);
        prescan(inputs);
        Calculator calc = new Calculator(rules, traced, ledgered);
        // one thread: reading on a second one cost more than it gave on two cores (bench/README.md)
        Consumer<Application> each = a -> compute(calc, a, onResult, onRejected);
        read(inputs, stdin, outcome -> assemble(outcome, each));
        flushPending(each);
    }

    /**
     * Facility id → where each of its parts starts ("a.csv:2"), for the facilities whose application
     * comes in more than one part (another file, another document); filled by {@link #prescan}.
     */
    private java.util.Map<String, List<String>> parts = java.util.Map.of();

    /**
     * Before the run, when more than one file is read: finds the facilities whose application comes in
     * several parts (an office's 追加分 beside its first file, a corrected copy), so that no part is
     * computed and shown as if it were the whole application (issue #9): every part is rejected, each
     * naming the others. Standard input is looked at when it was kept before the run ({@link #holdStdin},
     * with other inputs beside it); alone, it cannot hold another file's part.
     */
    public void prescan(List<InputFiles.Input> inputs) throws IOException {
        List<InputFiles.Input> files = new ArrayList<>();
        for (InputFiles.Input in : inputs) {
            if ((!in.stdin() || held.containsKey(in.name())) && !in.missing() && in.format() != null && !InputFiles.EMPTY_FOLDER.equals(in.format())) files.add(in);
        }
        if (files.size() < 2) return;
        FacilityIdMap first = FacilityIdMap.withValues();
        List<String> where = new ArrayList<>();
        java.util.Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        // the same sheet as the run itself reads (--sheet), or a part on another sheet would go unseen (#10)
        Batch look = new Batch(rules, vocab, encoding, overrides).sheet(sheet);
        look.held.putAll(held);
        look.read(files, InputStream.nullInputStream(), o -> {
            String id = o.ok() ? o.submission().facility().id() : o.facilityId();
            if (id == null) return;
            String at = partLocation(o);
            long before = first.putIfAbsent(id, where.size());
            if (before == FacilityIdMap.ABSENT) {
                where.add(at);
            } else {
                found.computeIfAbsent(id, k -> new ArrayList<>(List.of(where.get((int) before)))).add(at);
            }
        });
        parts = found;
    }

    /**
     * What to do with the parts of a facility found in several files or documents ({@code --split-facility}):
     * reject every part (the default), merge them into one application, or take the part read last
     * as a replacement of the earlier ones. Parts are read in the order of the command line, and a
     * folder's files in the order of their names (docs/interpretations.md, "Split facilities").
     */
    public enum SplitMode {
        REJECT, MERGE, REPLACE;

        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }

        public static java.util.Optional<SplitMode> byId(String id) {
            for (SplitMode m : values()) if (m.id().equals(id)) return java.util.Optional.of(m);
            return java.util.Optional.empty();
        }
    }

    private SplitMode split = SplitMode.REJECT;
    /** The parts of a facility held until its last part is read (merge and replace). */
    private final java.util.Map<String, List<ReadOutcome>> pending = new java.util.HashMap<>();

    /** How the parts of a facility found in several files are treated ({@code --split-facility}). */
    public Batch splitting(SplitMode mode) {
        this.split = mode == null ? SplitMode.REJECT : mode;
        return this;
    }

    /** Bytes read before the run, by input name (compare reads standard input once for every scenario). */
    private java.util.Map<String, ByteSource> held = new java.util.HashMap<>();

    /** Inputs already read into memory, by name: read from these bytes rather than from the file or stdin. */
    public Batch preread(java.util.Map<String, byte[]> bytes) {
        if (bytes != null) bytes.forEach((name, b) -> held.put(name, ByteSource.of(b)));
        return this;
    }

    /**
     * When standard input is one of several inputs: kept (in memory, or a temporary file beyond 32 MB)
     * before the run, so that the prescan sees it too and a facility with a part on stdin is found
     * split like any other (#9), not computed from the part read first.
     */
    private void holdStdin(List<InputFiles.Input> inputs, InputStream stdin) throws IOException {
        if (inputs.size() < 2) return;
        for (InputFiles.Input in : inputs) {
            if (in.stdin() && !held.containsKey(in.name())) held.put(in.name(), ByteSource.spool(stdin));
        }
    }

    /** "a.csv:2", or "申請.xlsx 申請!A7" in a workbook: where a part (a submission, or what failed to be one) starts. */
    private static String partLocation(ReadOutcome o) {
        if (o.ok()) return where(o.submission().facility().at().of("id"), o.submission().source().line());
        if (o.partial() != null) return where(o.partial().facility().at().of("id"), o.partial().source().line());
        return o.problems().isEmpty() ? "" : where(o.problems().get(0).at(), o.problems().get(0).line());
    }

    /**
     * A place named in a message, as the clerk finds it: "a.csv:2" in a text file; in a workbook the
     * sheet's cell, "申請.xlsx 申請!A7" (#10), {@code at} giving the sheet and the column.
     */
    static String where(Location at, int line) {
        if (at.sheet() == null) return at.file() + ":" + line;
        return at.file() + " " + at.at(line, at.column()).cell();
    }

    /** For a part of a facility found in several parts: the error naming the other parts, or null. */
    private Problem splitAcrossParts(String id, String here, Location at, String field) {
        List<String> all = parts.get(id);
        if (all == null) return null;
        List<String> others = new ArrayList<>(all);
        others.remove(here);
        // under merge the parts are not put together only because a part failed: say so, not "put them together"
        ErrorCode code = split == SplitMode.MERGE ? ErrorCode.PART_NOT_MERGED : ErrorCode.DUPLICATE_FACILITY;
        return Problem.of(at, field, id, code, id, String.join(", ", others));
    }

    /**
     * The checks a read submission must pass before it is computed: those the rule set can tell
     * (SubmissionChecks), and that no facility is submitted twice in one run (a folder holding a file
     * and its copy would otherwise count every facility twice).
     */
    public List<Problem> check(Submission s) {
        List<Problem> p = SubmissionChecks.check(s, rules);
        String id = s.facility().id();
        // #13: the place of a part is written only for a facility found in several parts
        Problem split = !parts.containsKey(id) ? null
                : splitAcrossParts(id, where(s.facility().at().of("id"), s.source().line()), s.facility().at().of("id"),
                        s.facility().at().name("id"));
        if (split != null) {
            List<Problem> all = new ArrayList<>(p);
            all.add(split);
            return all;
        }
        String file = s.source().file();
        int f = seenFiles.isEmpty() || !seenFiles.get(seenFiles.size() - 1).equals(file) ? seenFiles.size() : seenFiles.size() - 1;
        if (f == seenFiles.size()) {
            seenFiles.add(file);
            seenAt.add(s.facility().at().of("id")); // the sheet and the id's column, one per file
        }
        long first = seen.putIfAbsent(id, (long) f << 32 | (s.source().line() & 0xFFFFFFFFL));
        if (first != FacilityIdMap.ABSENT) {
            List<Problem> all = new java.util.ArrayList<>(p);
            all.add(Problem.of(s.facility().at().of("id"), s.facility().at().name("id"), id, ErrorCode.DUPLICATE_FACILITY,
                    id, where(seenAt.get((int) (first >>> 32)), (int) first)));
            return all;
        }
        return p;
    }

    /**
     * A valid submission whose computation overflows, as check finds it (#8: check and calc agree): its error, or none.
     * #13: computed only when its amounts are above the bound under which compute cannot overflow (engine/OverflowBound).
     */
    private List<Problem> overflow(Submission s) {
        if (bound == null) bound = OverflowBound.of(rules);
        if (probe == null) probe = new Calculator(rules, false, false); // check prints no trace nor rules used (#13)
        long ceiling = bound.ceiling(s);
        FacilityResult r = null;
        if (ceiling < 0 || ceiling > EXACT_ABOVE) {
            try {
                r = probe.compute(s);
            } catch (ArithmeticException overflow) {
                return List.of(Problem.of(s.source(), "", null, ErrorCode.AMOUNT_OVERFLOW));
            }
        }
        // the batch's totals as calc adds them (accept): while the sum of every valid facility's ceiling (its
        // subsidy when computed) fits in a long, no total can overflow and nothing more is computed
        long most = r != null ? r.totals().subsidyIfRequirementsMet() : ceiling;
        if (ceilings <= Long.MAX_VALUE - most) {
            ceilings += most;
            if (r != null) computedIfMet += most;
            return List.of();
        }
        // past it: each facility is computed, and the totals overflow when those of the computed ones do; the
        // facilities not computed before, each of a ceiling of at most EXACT_ABOVE, are not known exactly
        // (docs/interpretations.md, "#13 session 6, C")
        ceilings = Long.MAX_VALUE;
        if (r == null) r = probe.compute(s); // covered: cannot overflow
        long ifMet = r.totals().subsidyIfRequirementsMet();
        if (computedIfMet > Long.MAX_VALUE - ifMet) return List.of(Problem.of(s.source(), "", null, ErrorCode.AMOUNT_OVERFLOW));
        computedIfMet += ifMet;
        return List.of();
    }

    private Calculator probe;
    private OverflowBound bound;
    /**
     * check computes a valid facility whose ceiling is above this (4,294,967,296 yen; a realistic application's
     * is below a tenth of it), so that the batch's totals are known exactly but for facilities of at most this.
     */
    private static final long EXACT_ABOVE = 1L << 32;
    /** check: the sum of the valid facilities' ceilings (or subsidies when computed), up to Long.MAX_VALUE. */
    private long ceilings;
    /** check: the sum of the computed valid facilities' subsidies if requirements are met. */
    private long computedIfMet;

    /**
     * For a submission that failed to read: the errors the rule-dependent checks find in what could be
     * bound of it, so that a clerk sees them all at once rather than one fix at a time. What repeats an
     * error already reported (the same field) or follows from it (a reference to an item that failed)
     * is left out.
     */
    public List<Problem> more(ReadOutcome outcome) {
        if (outcome.partial() == null) return List.of();
        java.util.Set<String> fields = new java.util.HashSet<>();
        for (Problem p : outcome.problems()) fields.add(p.field());
        // an item with errors of its own: what else is wrong with it most likely follows from them
        java.util.Set<Integer> failedItemLines = new java.util.HashSet<>();
        for (kaigohojo.model.Item i : outcome.partial().items()) {
            if (outcome.failedItemIds().contains(i.id())) failedItemLines.add(i.at().start().line());
        }
        List<Problem> out = new ArrayList<>();
        for (Problem p : SubmissionChecks.check(outcome.partial(), rules)) {
            if (fields.contains(p.field()) || failedItemLines.contains(p.line())) continue;
            if (p.code().equals(ErrorCode.ATTACHED_TO_UNKNOWN.id()) && outcome.failedItemIds().contains(p.value())) continue;
            out.add(p);
        }
        return out;
    }

    /**
     * One application as it is checked and computed: a part read as it is, or the parts of a split
     * facility put together ({@code --split-facility merge}) or the part that replaces the others
     * ({@code replace}).
     *
     * @param assembled true when --split-facility made it from several parts: the parts are then no
     *     errors of each other
     * @param more errors found in putting the parts together (fields that disagree, an item id twice)
     * @param note what the report says about how the application was made, or null
     */
    private record Application(ReadOutcome outcome, boolean assembled, List<Problem> more, kaigohojo.engine.Finding note) {
        static Application asRead(ReadOutcome o) { return new Application(o, false, List.of(), null); }
    }

    /**
     * Hands on each application: each outcome as read, except that with {@code --split-facility merge}
     * or {@code replace} the parts of a facility found by {@link #prescan} are held until the last
     * one is read, then put together.
     */
    private void assemble(ReadOutcome outcome, Consumer<Application> next) {
        if (split != SplitMode.REJECT && !parts.isEmpty()) {
            String id = outcome.ok() ? outcome.submission().facility().id() : outcome.facilityId();
            List<String> all = id == null ? null : parts.get(id);
            if (all != null) {
                List<ReadOutcome> heldParts = pending.computeIfAbsent(id, k -> new ArrayList<>());
                heldParts.add(outcome);
                if (heldParts.size() < all.size()) return;
                pending.remove(id);
                if (split == SplitMode.REPLACE) replaced(heldParts, all, next);
                else merged(heldParts, all, next);
                return;
            }
        }
        next.accept(Application.asRead(outcome));
    }

    /** Parts still held after the last file (a file that changed between the prescan and the run): each as read, none lost. */
    private void flushPending(Consumer<Application> next) {
        for (List<ReadOutcome> heldParts : pending.values()) for (ReadOutcome o : heldParts) next.accept(Application.asRead(o));
        pending.clear();
    }

    /** replace: the part read last is the application; the report names the parts it replaced. */
    private void replaced(List<ReadOutcome> heldParts, List<String> where, Consumer<Application> next) {
        ReadOutcome last = heldParts.get(heldParts.size() - 1);
        String kept = partLocation(last);
        List<String> earlier = new ArrayList<>(where);
        earlier.remove(kept);
        next.accept(new Application(last, true, List.of(),
                kaigohojo.engine.Finding.warning("parts-replaced", null, null, kept, String.join(", ", earlier))));
    }

    /**
     * merge: one application with the facility fields of the first part and the items of all, when
     * every part read well; the fields the parts state differently are errors (#9). When a part
     * failed, every part is shown, none computed.
     */
    private void merged(List<ReadOutcome> heldParts, List<String> where, Consumer<Application> next) {
        boolean allOk = true;
        for (ReadOutcome o : heldParts) allOk &= o.ok();
        if (!allOk) {
            for (ReadOutcome o : heldParts) {
                if (!o.ok()) {
                    next.accept(Application.asRead(o));
                    continue;
                }
                Submission s = o.submission();
                next.accept(new Application(o, true, List.of(splitAcrossParts(s.facility().id(), partLocation(o),
                        s.facility().at().of("id"), s.facility().at().name("id"))), null));
            }
            return;
        }
        Submission first = heldParts.get(0).submission();
        List<kaigohojo.model.Item> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        java.util.Map<String, kaigohojo.model.Item> ids = new java.util.HashMap<>();
        for (ReadOutcome o : heldParts) {
            List<kaigohojo.model.Item> partItems = o.submission().items();
            if (o != heldParts.get(0)) {
                problems.addAll(PartsAgree.differences(first, o.submission(), vocab));
                partItems = PartsAgree.renumbered(partItems, ids.keySet());
            }
            for (kaigohojo.model.Item it : partItems) {
                kaigohojo.model.Item before = ids.putIfAbsent(it.id(), it);
                if (before == null) {
                    items.add(it);
                } else {
                    problems.add(Problem.of(it.at().of("id"), it.at().name("id"), it.id(), ErrorCode.DUPLICATE_ITEM_ID,
                            it.id(), before.at().start().file() + ":" + before.at().start().line()));
                }
            }
        }
        Submission merged = new Submission(first.source(), first.encoding(), first.facility(), items);
        next.accept(new Application(ReadOutcome.ok(merged), true, problems,
                kaigohojo.engine.Finding.warning("parts-merged", null, null, String.join(", ", where))));
    }

    /** The errors that keep an application that was read from being computed: the checks, and what assembling it found. */
    private List<Problem> problems(Application a) {
        Submission s = a.outcome().submission();
        List<Problem> p = a.assembled() ? SubmissionChecks.check(s, rules) : check(s);
        if (a.more().isEmpty()) return p;
        List<Problem> all = new ArrayList<>(a.more());
        all.addAll(p);
        return all;
    }

    private void compute(Calculator calc, Application a, Consumer<FacilityResult> onResult, Consumer<Rejected> onRejected) {
        if (!a.outcome().ok()) {
            reject(rejected(a.outcome(), !a.assembled()), onRejected);
            return;
        }
        Submission s = a.outcome().submission();
        List<Problem> p = problems(a);
        if (!p.isEmpty()) {
            reject(rejected(s, p), onRejected);
            return;
        }
        FacilityResult r;
        try {
            r = calc.compute(s);
        } catch (ArithmeticException overflow) {
            reject(rejected(s, List.of(Problem.of(s.source(), "", null, ErrorCode.AMOUNT_OVERFLOW))), onRejected);
            return;
        }
        if (!addsUp(r)) { // #13 (session 6): the batch's totals would overflow: this facility is not counted in them
            reject(rejected(s, List.of(Problem.of(s.source(), "", null, ErrorCode.AMOUNT_OVERFLOW))), onRejected);
            return;
        }
        if (a.note() != null || !s.warnings().isEmpty()) {
            List<kaigohojo.engine.Finding> findings = new ArrayList<>(r.findings());
            for (Problem w : s.warnings()) findings.add(readWarning(w));
            if (a.note() != null) findings.add(a.note());
            r = new FacilityResult(r.submission(), r.eligible(), findings, r.items(), r.groups(), r.totals(), r.rulesUsed());
        }
        accept(r, onResult);
    }

    /**
     * #9: a value read but left unused (an unknown prefecture) as a warning of the facility, said with
     * its place in every format: "facility.prefecture（a.yaml:4:15）: 都道府県「東京府」が分かりません。…".
     */
    private static kaigohojo.engine.Finding readWarning(Problem w) {
        kaigohojo.text.Localized text = kaigohojo.text.Localized.of(describe(w, kaigohojo.text.Lang.JA), describe(w, kaigohojo.text.Lang.EN));
        return kaigohojo.engine.Finding.warning("input-warning", null, null, w.where(), w.field(), text);
    }

    private static String describe(Problem w, kaigohojo.text.Lang lang) {
        kaigohojo.text.Messages m = kaigohojo.text.Messages.of(lang);
        String text = m.t("error." + w.code(), w.args());
        return w.suggestion() == null ? text : text + m.t("hint.did-you-mean", w.suggestion());
    }

    /**
     * What {@code check} reports: for each application read (or put together from its parts), its
     * errors as calc would find them, overflow included; an empty list for a valid one.
     */
    public void checkEach(List<InputFiles.Input> inputs, InputStream stdin, Consumer<List<Problem>> onApplication)
            throws IOException {
        holdStdin(inputs, stdin);
        prescan(inputs);
        Consumer<Application> each = a -> onApplication.accept(errorsOf(a));
        read(inputs, stdin, outcome -> assemble(outcome, each));
        flushPending(each);
    }

    private List<Problem> errorsOf(Application a) {
        if (!a.outcome().ok()) return rejected(a.outcome(), !a.assembled()).errors();
        Submission s = a.outcome().submission();
        List<Problem> p = problems(a);
        if (p.isEmpty()) p = overflow(s);
        if (p.isEmpty()) {
            if (a.note() != null) notes.add(new Note(s.facility().id(), s.facility().name(), a.note()));
            return p;
        }
        return rejected(s, p).errors();
    }

    /** What check says about applications put together from their parts (--split-facility merge|replace). */
    private final List<Note> notes = new ArrayList<>();

    /** What check says about one application put together from its parts: its facility and how. */
    public record Note(String facilityId, String facilityName, kaigohojo.engine.Finding finding) {}

    /** The notes check reports: how split facilities were put together. */
    public List<Note> notes() { return notes; }

    /** Whether the batch's totals can take this facility's subsidies without overflow (subsidy ≤ subsidy if met). */
    private boolean addsUp(FacilityResult r) {
        return subsidy <= Long.MAX_VALUE - r.totals().subsidy()
                && subsidyIfMet <= Long.MAX_VALUE - r.totals().subsidyIfRequirementsMet();
    }

    private void accept(FacilityResult r, Consumer<FacilityResult> onResult) {
        facilities++;
        if (r.eligible()) eligible++;
        subsidy += r.totals().subsidy(); // addsUp(r) held
        subsidyIfMet += r.totals().subsidyIfRequirementsMet();
        anyIneligible |= r.hasIneligibleItems();
        anyUnmet |= !r.eligible();
        anyWarning |= r.hasWarnings();
        onResult.accept(r);
    }

    private void reject(Rejected r, Consumer<Rejected> onRejected) {
        failed++;
        errors.addAll(r.errors());
        onRejected.accept(r);
    }

    /**
     * A submission that failed to read, as a rejected application: its errors (with what the rule checks
     * find in the part that was read), each marked with the facility's id and name where they were read.
     */
    public Rejected rejected(ReadOutcome outcome) {
        return rejected(outcome, true);
    }

    /** @param namingParts whether an error naming the facility's other parts is added (not for one put together from them) */
    private Rejected rejected(ReadOutcome outcome, boolean namingParts) {
        List<Problem> all = new ArrayList<>(outcome.problems());
        all.addAll(more(outcome));
        String id = outcome.facilityId(), name = outcome.facilityName();
        if (outcome.partial() != null) {
            if (id == null) id = outcome.partial().facility().id();
            if (name == null) name = outcome.partial().facility().name();
        }
        if (namingParts && id != null && !all.isEmpty()) {
            Problem split = splitAcrossParts(id, partLocation(outcome), all.get(0).at(), "");
            if (split != null) all.add(split);
        }
        String file;
        int line;
        if (outcome.partial() != null) {
            file = outcome.partial().source().file();
            line = outcome.partial().source().line();
        } else if (!all.isEmpty()) {
            file = all.get(0).file();
            line = all.get(0).line();
        } else {
            file = "";
            line = 0;
        }
        return new Rejected(file, line, id, name, tag(all, id, name));
    }

    /** A submission that was read but failed the checks before computing, as a rejected application. */
    public static Rejected rejected(Submission s, List<Problem> problems) {
        String id = s.facility().id(), name = s.facility().name();
        return new Rejected(s.source().file(), s.source().line(), id, name, tag(problems, id, name));
    }

    private static List<Problem> tag(List<Problem> problems, String id, String name) {
        if (id == null && name == null) return problems;
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem p : problems) out.add(p.withFacility(id, name));
        return out;
    }

    /** The warnings of the applications of the file being read (Submission.warnings). */
    private final List<Problem> readWarnings = new ArrayList<>();

    /** Reads only: each outcome (a submission or its problems) in input order. */
    public void read(List<InputFiles.Input> inputs, InputStream stdin, Consumer<ReadOutcome> sink) throws IOException {
        java.util.Set<Object> read = new java.util.HashSet<>();
        for (InputFiles.Input in : inputs) {
            // the same file named twice (a.csv a.csv, or a.csv and its folder) is read once
            if (!in.stdin() && !in.missing() && in.path() != null && !read.add(identity(in.path()))) continue;
            if (in.missing()) {
                Problem p = Problem.of(Location.of(in.name(), 0, 0), "", null, ErrorCode.FILE_NOT_FOUND, in.name());
                sink.accept(ReadOutcome.failed(p));
                files.add(new Summary.FileInfo(in.name(), null));
                continue;
            }
            String format = in.format();
            if (InputFiles.EMPTY_FOLDER.equals(format)) {
                Problem p = Problem.of(Location.of(in.name(), 0, 0), "", null, ErrorCode.NO_INPUT_FILES, in.name());
                sink.accept(ReadOutcome.failed(p));
                continue;
            }
            if (InputFiles.LINK_LOOP.equals(format) || InputFiles.UNREADABLE.equals(format)) { // #8
                Problem p = Problem.of(Location.of(in.name(), 0, 0), "", null, ErrorCode.FILE_UNREADABLE,
                        InputFiles.LINK_LOOP.equals(format) ? kaigohojo.text.Localized.of("シンボリックリンクの循環", "a loop of symbolic links")
                                : kaigohojo.text.Localized.of("読み取りの権限がありません", "no permission to read it"));
                sink.accept(ReadOutcome.failed(p));
                files.add(new Summary.FileInfo(in.name(), null));
                continue;
            }
            if (InputFiles.NOT_REGULAR.equals(format)) { // session 4 (L): a FIFO named x.csv in a folder
                Problem p = Problem.of(Location.of(in.name(), 0, 0), "", null, ErrorCode.FILE_UNREADABLE,
                        kaigohojo.text.Localized.of("通常のファイルではなく、名前付きパイプかデバイスです。読むときはその名前をコマンドラインに直接指定してください",
                                "it is not a regular file but a named pipe, device or socket; name it on the command line to read it"));
                sink.accept(ReadOutcome.failed(p));
                files.add(new Summary.FileInfo(in.name(), null));
                continue;
            }
            if (format == null) {
                Problem p = Problem.of(Location.of(in.name(), 0, 0), "", null, ErrorCode.UNSUPPORTED_FILE_TYPE, in.name());
                sink.accept(ReadOutcome.failed(p));
                files.add(new Summary.FileInfo(in.name(), null));
                continue;
            }
            SubmissionReader reader = format.equals("csv")
                    ? new CsvSubmissionReader(vocab, overrides::apply, sheet)
                    : format.equals("xlsx") ? Workbooks.reader(vocab, overrides::apply, sheet)
                    : new YamlSubmissionReader(vocab, overrides::apply);
            String enc;
            try {
                // #8: a pipe or FIFO (<(cat x.csv)) can be read once: kept like standard input, then read from the copy
                ByteSource before = held.get(in.name());
                ByteSource source = before != null ? before
                        : in.stdin() ? ByteSource.spool(stdin)
                        : java.nio.file.Files.isRegularFile(in.path()) ? ByteSource.of(in.path())
                        : ByteSource.spool(java.nio.file.Files.newInputStream(in.path()));
                enc = reader.read(in.name(), source, encoding, o -> {
                    if (o.ok() && !o.submission().warnings().isEmpty()) readWarnings.addAll(o.submission().warnings());
                    sink.accept(o);
                });
            } catch (kaigohojo.input.ClosedStdin.Closed e) { // #8: calc - <&-
                sink.accept(ReadOutcome.failed(Problem.of(Location.of(in.name(), 0, 0), "", null, ErrorCode.STDIN_CLOSED)));
                enc = null;
            } catch (IOException e) {
                Problem p = Problem.of(Location.of(in.name(), 0, 0), "", null, ErrorCode.FILE_UNREADABLE,
                        in.stdin() ? kaigohojo.text.Localized.of("標準入力が閉じられています", "standard input is closed") : reason(e));
                sink.accept(ReadOutcome.failed(p));
                enc = null;
            }
            List<Problem> fileWarnings = reader.warnings();
            if (!readWarnings.isEmpty()) { // #9: a value left unused in an application (an unknown prefecture)
                fileWarnings = new ArrayList<>(fileWarnings);
                fileWarnings.addAll(readWarnings);
                readWarnings.clear();
            }
            files.add(new Summary.FileInfo(in.name(), enc, fileWarnings));
            warnings.addAll(fileWarnings);
        }
    }

    /** What tells two names of one file apart from two files: its file key, or its real path. */
    private static Object identity(java.nio.file.Path p) {
        try {
            Object key = java.nio.file.Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            return key != null ? key : p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** #10: the sheet of a workbook to read (--sheet), null for the first one. */
    /** Whether results keep the trace of each group's computation (default yes; #13: not when the report does not print it). */
    public Batch traced(boolean yes) {
        this.traced = yes;
        return this;
    }

    private boolean traced = true;

    /** Whether results list the rules they used (default yes; #13 session 6: not when the report prints none). */
    public Batch ledgered(boolean yes) {
        this.ledgered = yes;
        return this;
    }

    private boolean ledgered = true;

    public Batch sheet(String name) {
        this.sheet = name;
        return this;
    }

    /** What reading warned about: columns ignored, a workbook named .csv (nothing refused). */
    public List<Problem> warnings() { return warnings; }

    /** Why a file could not be read, in words (not an exception's class name, #8). */
    private static kaigohojo.text.Localized reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return kaigohojo.text.Localized.of("読み取りの権限がありません", "no permission to read it");
        if (e instanceof java.nio.file.NoSuchFileException) return kaigohojo.text.Localized.of("ファイルがなくなりました", "the file went away");
        if (e instanceof java.nio.file.FileSystemLoopException) return kaigohojo.text.Localized.of("シンボリックリンクの循環", "a loop of symbolic links");
        return kaigohojo.text.Localized.of("入出力エラー", "an input/output error");
    }

    public List<Problem> errors() { return errors; }

    public Summary summary() {
        return new Summary(files.size(), facilities, eligible, failed, errors.size(), subsidy, subsidyIfMet, files);
    }

    public boolean anyIneligible() { return anyIneligible; }
    public boolean anyUnmet() { return anyUnmet; }
    public boolean anyWarning() { return anyWarning; }
}
