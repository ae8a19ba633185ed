package kaigohojo.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import kaigohojo.engine.Calculator;
import kaigohojo.engine.FacilityResult;
import kaigohojo.engine.Fixture;
import kaigohojo.engine.SubmissionChecks;
import kaigohojo.model.Item;
import kaigohojo.model.Submission;
import kaigohojo.rules.RuleSetLoader;
import kaigohojo.rules.Rules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * #13 (session 6): a facility's items by id, its eligible items by category and its cap groups by name are
 * found by comparison up to 16 of them (engine/ItemsById, Groups), through maps past that. Random valid
 * submissions (SubmissionGen), also copied up to five times over (so past 16 items and groups), computed
 * under every built-in rule set with maps only (the plain path), with the default, and with comparisons
 * only, give equal results: items, reasons, groups, traces, totals, findings and the rules used; without
 * the ledger (Calculator(rules, traced, false)) the same with no rules used listed.
 */
class ScanDifferentialProperties {
    static final long BASE_SEED = 20261128_6L;

    static LongStream seeds() {
        String one = System.getProperty("kaigo.seed", "").strip();
        if (!one.isEmpty()) return LongStream.of(Long.parseLong(one));
        return CalculatorProperties.seedsFrom(BASE_SEED, 80);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scanAndMapGiveTheSameResult(long seed) {
        SubmissionGen.Case c = SubmissionGen.generate(seed);
        Submission base = Fixture.submission(c.yaml());
        int past = 0;
        for (String id : RuleSetLoader.BUILTIN) {
            Rules rules = new Rules(Fixture.ruleSet(id));
            for (int copies : new int[] {1, 2, 5}) {
                Submission s = copies(base, copies);
                if (!SubmissionChecks.check(s, rules).isEmpty()) continue;
                if (s.items().size() > 16) past++;
                String what = "seed " + seed + " under " + id + ", " + copies + " copies\n" + c.yaml();
                for (boolean traced : new boolean[] {true, false}) {
                    List<Object> plain = parts(new Calculator(rules, traced).scanning(0).compute(s));
                    assertEquals(plain, parts(new Calculator(rules, traced).compute(s)), what);
                    assertEquals(plain, parts(new Calculator(rules, traced).scanning(Integer.MAX_VALUE).compute(s)), what);
                    // without the ledger (a CSV report, check): the same but for the rules used, not listed
                    List<Object> unlisted = new ArrayList<>(plain);
                    unlisted.set(unlisted.size() - 1, List.of());
                    assertEquals(unlisted, parts(new Calculator(rules, traced, false).compute(s)), what);
                    assertTrue(!((List<?>) plain.get(plain.size() - 1)).isEmpty(), what);
                }
            }
        }
        assertTrue(past > 0 || base.items().size() < 4, "copies take some cases past 16 items: seed " + seed);
    }

    /** A result's parts, each with value equality (its rulesUsed is a view that has none). */
    static List<Object> parts(FacilityResult r) {
        return List.of(r.eligible(), List.copyOf(r.findings()), List.copyOf(r.items()), List.copyOf(r.groups()), r.totals(),
                List.copyOf(r.rulesUsed()));
    }

    /** The submission {@code copies} times over, ids suffixed and attachments kept within each copy. */
    static Submission copies(Submission s, int copies) {
        if (copies == 1) return s;
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            String suffix = k == 0 ? "" : "~" + k;
            for (Item i : s.items()) {
                items.add(new Item(i.id() + suffix, i.name(), i.category(), i.pricing(), i.pricingStated(), i.payment(),
                        i.unitPrice(), i.quantity(), i.paidThisYear(), i.plannedDate(),
                        i.attachedTo() == null ? null : i.attachedTo() + suffix, i.inPackage(), i.standard(),
                        i.approvedByPrefecture(), i.otherSubsidy(), i.at(), i.deviceKind()));
            }
        }
        return new Submission(s.source(), s.encoding(), s.facility(), items);
    }
}
