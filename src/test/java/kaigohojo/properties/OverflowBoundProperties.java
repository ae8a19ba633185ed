package kaigohojo.properties;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import kaigohojo.engine.Calculator;
import kaigohojo.engine.Fixture;
import kaigohojo.engine.OverflowBound;
import kaigohojo.engine.SubmissionChecks;
import kaigohojo.model.Facility;
import kaigohojo.model.Item;
import kaigohojo.model.Submission;
import kaigohojo.rules.RuleLeaf;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.RuleSetLoader;
import kaigohojo.rules.RuleType;
import kaigohojo.rules.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * #13: {@link OverflowBound} is sound. Random valid submissions (SubmissionGen: every category, package,
 * lifts with more slings than lifts, paid_this_year, rentals, training, linkage) are scaled to the
 * bound itself, every amount at the largest value it admits and the quantities as large as it lets
 * them be, with many items, and computed under every built-in rule set (each formula), under a copy
 * of national-r7 and national-r8 whose every yen value is the largest a rule file takes, and with
 * other income stated (愛知県's deduction). Compute must not throw: an operation added to the engine
 * that can overflow inside the bound fails here (then widen the bound in OverflowBound, and list the
 * operation there). One yen more and the bound must refuse the submission, so the cases really sit
 * at the bound and this test cannot pass by computing small numbers.
 */
class OverflowBoundProperties {
    static final long BASE_SEED = 20261128L;

    static LongStream seeds() {
        String one = System.getProperty("kaigo.seed", "").strip();
        if (!one.isEmpty()) return LongStream.of(Long.parseLong(one));
        String n = System.getProperty("kaigo.seeds", "").strip();
        return CalculatorProperties.seedsFrom(BASE_SEED, n.isEmpty() ? 60 : Integer.parseInt(n));
    }

    record Named(String name, RuleSet rules) {}

    /** The largest yen amount a rule file (or an input cell) takes. */
    static final long MAX_YEN = kaigohojo.input.FieldParsers.MAX_AMOUNT;

    private static final List<Named> RULE_SETS = ruleSets();

    private static List<Named> ruleSets() {
        List<Named> out = new ArrayList<>();
        for (String id : RuleSetLoader.BUILTIN) {
            out.add(new Named(id, Fixture.ruleSet(id)));
            out.add(new Named(id + " formula=cap_then_rate", Fixture.with(Fixture.ruleSet(id), "formula=cap_then_rate")));
        }
        out.add(new Named("national-r8, every yen value " + MAX_YEN, everyYenAt(Fixture.r8(), MAX_YEN)));
        out.add(new Named("national-r7, every yen value " + MAX_YEN, everyYenAt(Fixture.r7(), MAX_YEN)));
        out.add(new Named("national-r7 cap_then_rate, every yen value " + MAX_YEN,
                everyYenAt(Fixture.with(Fixture.r7(), "formula=cap_then_rate"), MAX_YEN)));
        return out;
    }

    /** The rule set with every yen value (caps, bands, bonuses, per-unit caps) set to {@code yen}. */
    static RuleSet everyYenAt(RuleSet base, long yen) {
        RuleSet r = base;
        for (RuleLeaf l : base.leaves().values()) {
            RuleType.Kind k = l.type().kind();
            if ((k == RuleType.Kind.YEN || k == RuleType.Kind.YEN_OR_NONE) && l.value() != null) {
                r = r.with(l.path(), yen, l.provenance());
            }
        }
        return r;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void computeNeverOverflowsInsideTheBound(long seed) {
        SubmissionGen.Case c = SubmissionGen.generate(seed);
        Submission base = Fixture.submission(c.yaml());
        for (Named nr : RULE_SETS) {
            Rules rules = new Rules(nr.rules());
            OverflowBound bound = OverflowBound.of(rules);
            long baseQ = 1;
            for (Item i : base.items()) baseQ = Math.max(baseQ, i.quantity());
            // the quantities as large as (2) lets them be, and smaller ones that leave room for larger amounts
            long[] quantities = {bound.maxQuantity(), Math.min(bound.maxQuantity(), 10_000_000L), baseQ};
            for (int copies : new int[] {1, 7}) {
                for (long q : quantities) {
                    long factor = Math.max(1, q / baseQ);
                    for (boolean income : new boolean[] {false, true}) {
                        Submission s = atBound(base, copies, factor, bound, income);
                        String what = "seed " + seed + " under " + nr.name() + ", " + copies + " copies, quantities ×" + factor
                                + (income ? ", other income" : "") + "\n  reproduce: mvn -B test -Dtest=OverflowBoundProperties -Dkaigo.seed="
                                + seed + "\n--- generated YAML (before scaling) ---\n" + c.yaml();
                        assertEquals(List.of(), Fixture.codes(SubmissionChecks.check(s, rules)), what);
                        assertTrue(bound.covers(s), "the bound must admit its own limit: " + what);
                        try {
                            new Calculator(rules, true).compute(s);
                            long ifMet = new Calculator(rules, false).compute(s).totals().subsidyIfRequirementsMet();
                            // #13 (session 6): check sums this ceiling to know a batch's totals cannot overflow
                            assertTrue(ifMet <= bound.ceiling(s), "subsidy " + ifMet + " above the ceiling " + bound.ceiling(s) + ": " + what);
                        } catch (ArithmeticException e) {
                            throw new AssertionError("compute overflowed inside OverflowBound: " + e + " — " + what, e);
                        }
                        assertFalse(bound.covers(oneMore(s)), "one yen more must be outside the bound: " + what);
                    }
                }
            }
        }
    }

    /**
     * The submission {@code copies} times over (ids suffixed, attachments kept within each copy), every
     * quantity times {@code factor}, and every unit price and paid_this_year at the largest amount the
     * bound admits for that many items and that largest quantity.
     */
    static Submission atBound(Submission s, int copies, long factor, OverflowBound bound, boolean income) {
        List<Item> items = new ArrayList<>();
        long q = 1;
        for (Item i : s.items()) q = Math.max(q, i.quantity() * factor);
        int n = s.items().size() * copies;
        long a = bound.maxAmount(n, q);
        for (int k = 0; k < copies; k++) {
            String suffix = k == 0 ? "" : "~" + k;
            for (Item i : s.items()) {
                items.add(new Item(i.id() + suffix, i.name(), i.category(), i.pricing(), i.pricingStated(), i.payment(),
                        i.unitPrice() == null ? null : a, i.quantity() * factor, i.paidThisYear() == null ? null : a,
                        i.plannedDate(), i.attachedTo() == null ? null : i.attachedTo() + suffix, i.inPackage(), i.standard(),
                        i.approvedByPrefecture(), i.otherSubsidy(), i.at(), i.deviceKind()));
            }
        }
        Facility f = s.facility();
        Facility withIncome = !income ? f : new Facility(f.id(), f.name(), f.prefecture(), f.service(), f.staff(),
                f.securityAction(), f.improvementPlan(), f.linkage(), f.training(), f.centerOpenedLate(), f.at(), 1L);
        return new Submission(s.source(), s.encoding(), withIncome, items);
    }

    /** The same submission with its first item's unit price (or paid_this_year) one yen above the largest amount. */
    static Submission oneMore(Submission s) {
        long a = 0;
        for (Item i : s.items()) {
            if (i.unitPrice() != null) a = Math.max(a, i.unitPrice());
            if (i.paidThisYear() != null) a = Math.max(a, i.paidThisYear());
        }
        List<Item> items = new ArrayList<>(s.items());
        Item i = items.get(0);
        items.set(0, new Item(i.id(), i.name(), i.category(), i.pricing(), i.pricingStated(), i.payment(), a + 1,
                i.quantity(), i.paidThisYear(), i.plannedDate(), i.attachedTo(), i.inPackage(), i.standard(),
                i.approvedByPrefecture(), i.otherSubsidy(), i.at(), i.deviceKind()));
        return new Submission(s.source(), s.encoding(), s.facility(), items);
    }

    /**
     * The path (2) is for, at its limit: R7's terminal cap (問1) × quantity × the rate's denominator, and a
     * per-unit cap × quantity, with every yen value of the rule set at the largest a rule file takes and
     * the quantity the largest (2) admits; lifts with more slings than the lifts allow (問15).
     */
    @Test
    void capsTimesQuantityAtTheBound() {
        String yaml = Fixture.withItems(
                "{id: soft, category: care_software, unit_price: 1000, quantity: 1}",
                "{id: tabs, category: terminal, unit_price: 1000, quantity: 1}",
                "{id: m, category: monitoring, unit_price: 1000, quantity: 1}",
                "{id: lift, category: transfer_support, unit_price: 1000, quantity: 1}",
                "{id: sl, category: lift_sling, unit_price: 1000, quantity: 1, payment: rental, paid_this_year: 1000, attached_to: lift}");
        Submission base = Fixture.submission(yaml);
        for (Named nr : RULE_SETS) {
            Rules rules = new Rules(nr.rules());
            OverflowBound bound = OverflowBound.of(rules);
            Submission s = atBound(base, 1, bound.maxQuantity(), bound, false);
            assertTrue(bound.covers(s), nr.name());
            try {
                new Calculator(rules, true).compute(s);
            } catch (ArithmeticException e) {
                throw new AssertionError("compute overflowed inside OverflowBound under " + nr.name() + ": " + e, e);
            }
        }
    }

    /**
     * Realistic data sits far inside the bound: the benchmark's facility (bench/lib/gencsv.py: ten items,
     * amounts up to 1,680,000 yen, quantities up to 14) with a thousand times the items, the quantities and the
     * amounts is still covered under every rule set, so check computes none of a real batch.
     */
    @Test
    void realisticApplicationsAreFarInside() {
        for (Named nr : RULE_SETS) {
            if (nr.name().contains("every yen")) continue;
            OverflowBound bound = OverflowBound.of(new Rules(nr.rules()));
            assertTrue(bound.maxQuantity() >= 14_000, nr.name() + ": " + bound.maxQuantity());
            assertTrue(bound.maxAmount(10 * 1000, 14 * 1000) >= 1_700_000L * 1000, nr.name() + ": " + bound.maxAmount(10_000, 14_000));
        }
    }
}
