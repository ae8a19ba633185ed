package kaigohojo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kaigohojo.input.Problem;
import kaigohojo.input.SubmissionBinder;
import kaigohojo.input.Vocabulary;
import kaigohojo.input.YamlTree;
import kaigohojo.model.Submission;
import kaigohojo.report.JsonReport;
import kaigohojo.report.ReportContext;
import kaigohojo.report.Summary;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.RuleSetError;
import kaigohojo.rules.RuleSetLoader;
import kaigohojo.rules.Rules;
import kaigohojo.text.Lang;

/**
 * Shared helpers for the rule tests: a submission is a few lines of YAML, a result is looked up by
 * item or group id. Every helper fails the test loudly on input it cannot use.
 *
 * <pre>
 * FacilityResult r = calc(doc(facility(), items("{id: lift, category: transfer_support, unit_price: 1500000}")));
 * assertEquals(1_000_000, group(r, "lift").subsidy());
 * </pre>
 */
public final class Fixture {
    private Fixture() {}

    public static final Vocabulary VOCAB = Vocabulary.get();

    private static final Map<String, RuleSet> BUILTIN = new java.util.concurrent.ConcurrentHashMap<>();

    // ── rule sets ───────────────────────────────────────────────────────────────────────────────

    public static RuleSet ruleSet(String id) {
        return BUILTIN.computeIfAbsent(id, k -> {
            try {
                return new RuleSetLoader(VOCAB).load(k);
            } catch (RuleSetError e) {
                throw new AssertionError("cannot load rule set " + k + ": " + e, e);
            }
        });
    }

    public static RuleSet r8() { return ruleSet("national-r8"); }

    public static RuleSet r7() { return ruleSet("national-r7"); }

    /** national-r8 with {@code --set} assignments such as "formula=cap_then_rate". */
    public static RuleSet r8(String... sets) { return with(r8(), sets); }

    public static RuleSet with(RuleSet base, String... sets) {
        RuleSet r = base;
        for (String s : sets) {
            int eq = s.indexOf('=');
            try {
                r = r.set(s.substring(0, eq), s.substring(eq + 1), VOCAB);
            } catch (RuleSetError e) {
                throw new AssertionError("--set " + s + " refused: " + e, e);
            }
        }
        return r;
    }

    // ── YAML documents ──────────────────────────────────────────────────────────────────────────

    /** A facility meeting every requirement: a 特養 (no linkage requirement), 28 staff. */
    private static final Map<String, String> DEFAULT_FACILITY = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", "\"1370000001\"");
        m.put("name", "テスト苑");
        m.put("service", "介護老人福祉施設");
        m.put("staff", "28");
        m.put("security_action", "two_star");
        m.put("improvement_plan", "true");
        return m;
    }

    /**
     * The facility block: the defaults above, each line "key: value" replacing the default of its key
     * (or adding one), and "-key" removing it. Values may be YAML flow collections, e.g.
     * {@code "care_plan_linkage: {in_use: true, track_record: true, partners: 5}"}.
     */
    public static String facility(String... lines) {
        Map<String, String> m = new LinkedHashMap<>(DEFAULT_FACILITY);
        for (String l : lines) {
            if (l.startsWith("-")) {
                m.remove(l.substring(1).strip());
                continue;
            }
            int colon = l.indexOf(':');
            m.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
        }
        StringBuilder sb = new StringBuilder("facility:\n");
        m.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
        return sb.toString();
    }

    /** The items block: each argument one YAML flow mapping, e.g. "{id: a, category: monitoring, unit_price: 1000}". */
    public static String items(String... flowItems) {
        StringBuilder sb = new StringBuilder("items:\n");
        for (String i : flowItems) sb.append("  - ").append(i).append('\n');
        return sb.toString();
    }

    public static String doc(String facility, String items) { return facility + items; }

    /** The default facility with these items. */
    public static String withItems(String... flowItems) { return doc(facility(), items(flowItems)); }

    // ── reading, checking, computing ────────────────────────────────────────────────────────────

    /** Parses and binds; fails the test on any binding problem. */
    public static Submission submission(String yaml) {
        SubmissionBinder.Result res = bind(yaml);
        if (!res.ok()) fail("input does not bind: " + codes(res.problems()) + "\n" + yaml);
        return res.submission();
    }

    public static SubmissionBinder.Result bind(String yaml) {
        try {
            return SubmissionBinder.bind(YamlTree.parse(new YamlTree.Document(yaml, 1)), "test.yaml", "UTF-8", VOCAB);
        } catch (YamlTree.Failure e) {
            throw new AssertionError("YAML does not parse: " + e.getMessage() + "\n" + yaml, e);
        }
    }

    /** SubmissionChecks under the given rules. */
    public static List<Problem> check(RuleSet rules, String yaml) {
        return SubmissionChecks.check(submission(yaml), new Rules(rules));
    }

    public static List<Problem> check(String yaml) { return check(r8(), yaml); }

    /** Binds, checks (must pass) and computes under the given rules. */
    public static FacilityResult calc(RuleSet rules, String yaml) {
        Submission s = submission(yaml);
        return calc(rules, s);
    }

    public static FacilityResult calc(RuleSet rules, Submission s) {
        Rules r = new Rules(rules);
        List<Problem> problems = SubmissionChecks.check(s, r);
        if (!problems.isEmpty()) fail("submission has input errors: " + codes(problems));
        return new Calculator(r).compute(s);
    }

    public static FacilityResult calc(String yaml) { return calc(r8(), yaml); }

    // ── looking at results ──────────────────────────────────────────────────────────────────────

    public static ItemResult item(FacilityResult r, String id) {
        for (ItemResult i : r.items()) if (i.id().equals(id)) return i;
        throw new AssertionError("no item " + id + " in " + r.items().stream().map(ItemResult::id).toList());
    }

    public static GroupResult group(FacilityResult r, String id) {
        for (GroupResult g : r.groups()) if (g.id().equals(id)) return g;
        throw new AssertionError("no group " + id + " in " + groupIds(r));
    }

    public static List<String> groupIds(FacilityResult r) {
        return r.groups().stream().map(GroupResult::id).toList();
    }

    public static List<String> reasonCodes(ItemResult i) {
        return i.reasons().stream().map(Reason::code).toList();
    }

    public static Reason reason(ItemResult i, String code) {
        for (Reason x : i.reasons()) if (x.code().equals(code)) return x;
        throw new AssertionError("item " + i.id() + " has no reason " + code + ": " + reasonCodes(i));
    }

    public static List<String> findingCodes(FacilityResult r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    public static List<String> errorFindings(FacilityResult r) {
        return r.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).map(Finding::code).toList();
    }

    public static Finding finding(FacilityResult r, String code) {
        for (Finding f : r.findings()) if (f.code().equals(code)) return f;
        throw new AssertionError("no finding " + code + ": " + findingCodes(r));
    }

    public static List<String> codes(List<Problem> problems) {
        return problems.stream().map(p -> p.code() + "@" + p.field()).collect(Collectors.toList());
    }

    public static List<String> problemCodes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }

    /** An item wholly eligible, in the given group, with its whole request as eligible cost. */
    public static void assertEligible(FacilityResult r, String id, String group) {
        ItemResult i = item(r, id);
        assertEquals(Status.ELIGIBLE, i.status(), () -> id + " reasons " + reasonCodes(i));
        assertEquals(group, i.group(), id + " group");
        assertEquals(i.requested(), i.eligibleCost(), id + " eligible cost");
    }

    /** An item ineligible for the given reason (its cite checked too when given). */
    public static void assertIneligible(FacilityResult r, String id, String reasonCode, String cite) {
        ItemResult i = item(r, id);
        assertEquals(Status.INELIGIBLE, i.status(), () -> id + " reasons " + reasonCodes(i));
        assertEquals(0, i.eligibleCost(), id + " eligible cost");
        assertEquals(null, i.group(), id + " group");
        assertTrue(reasonCodes(i).contains(reasonCode), () -> id + ": expected " + reasonCode + " in " + reasonCodes(i));
        if (cite != null) assertEquals(cite, reason(i, reasonCode).cite(), id + " cite");
        for (GroupResult g : r.groups()) {
            assertTrue(!g.items().contains(id), () -> id + " must be in no group, is in " + g.id());
        }
    }

    /** Totals when every requirement is met and no facility cap applies. */
    public static void assertTotals(FacilityResult r, long requested, long subsidy) {
        assertEquals(requested, r.totals().requested(), "requested");
        assertEquals(subsidy, r.totals().subsidy(), "subsidy");
        assertEquals(subsidy, r.totals().subsidyIfRequirementsMet(), "subsidy_if_requirements_met");
        assertEquals(requested - subsidy, r.totals().facilityShare(), "facility_share");
    }

    // ── JSON ────────────────────────────────────────────────────────────────────────────────────

    /** The JSON report of one facility, with the trace. */
    public static String json(RuleSet rules, FacilityResult r) {
        StringWriter out = new StringWriter();
        try {
            JsonReport w = new JsonReport(new ReportContext(Lang.JA, rules, true), out);
            w.begin();
            w.facility(r);
            w.end(List.of(), new Summary(1, 1, r.eligible() ? 1 : 0, 0, 0, r.totals().subsidy(),
                    r.totals().subsidyIfRequirementsMet(), List.of(new Summary.FileInfo("test.yaml", "UTF-8"))));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    static List<String> ids(List<ItemResult> items) {
        List<String> out = new ArrayList<>();
        for (ItemResult i : items) out.add(i.id());
        return out;
    }
}
