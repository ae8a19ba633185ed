package kaigohojo.properties;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import kaigohojo.advise.Advice;
import kaigohojo.advise.Adviser;
import kaigohojo.engine.Calculator;
import kaigohojo.engine.FacilityResult;
import kaigohojo.engine.Fixture;
import kaigohojo.model.Item;
import kaigohojo.model.Submission;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.Rules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * advise over random valid submissions: the advised application, computed by the calculator, gives
 * exactly the advised amount and never less than the original; and it differs from the original only
 * in the applicant's own choices (package marks, attached_to of unattached ancillaries, unstated
 * pricing), never in a price, a quantity or a fact. Reproduce with {@code -Dkaigo.seed=S}.
 */
class AdviseProperties {
    static LongStream seeds() {
        String one = System.getProperty("kaigo.seed", "").strip();
        if (!one.isEmpty()) return LongStream.of(Long.parseLong(one));
        return new SplittableRandom(20261127L).longs(120);
    }

    private static final List<RuleSet> RULES = List.of(Fixture.r8(), Fixture.r8("caps.package=4000000"),
            Fixture.r8("formula=cap_then_rate", "facility_cap=3000000"), Fixture.r7());

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void advisedApplicationReproducesTheAdvisedAmountAndNeverLoses(long seed) {
        SubmissionGen.Case c = SubmissionGen.generate(seed);
        Submission s = Fixture.submission(c.yaml());
        for (RuleSet rs : RULES) {
            Calculator calc = new Calculator(new Rules(rs));
            FacilityResult original = calc.compute(s);
            Advice a = new Adviser(calc).advise(original);
            String where = "seed " + seed + " under " + rs.id() + " " + rs.overrides() + "\n" + c.yaml();
            FacilityResult again = calc.compute(a.advised());
            assertEquals(a.best().totals().subsidy(), again.totals().subsidy(), where);
            assertEquals(a.best().totals().subsidyIfRequirementsMet(), again.totals().subsidyIfRequirementsMet(), where);
            assertTrue(again.totals().subsidy() >= original.totals().subsidy(), where);
            assertTrue(Advice.value(again) >= Advice.value(original), where);
            long sum = Advice.value(original);
            for (var step : a.steps()) sum += step.added();
            assertEquals(Advice.value(again), sum, "the steps add up to the gain: " + where);
            if (a.method().equals("heuristic")) assertTrue(a.upperBound() >= Advice.value(again), where);
            assertSameFacts(s, a.advised(), where);
        }
    }

    /** Only package, attached_to (where it was absent) and an unstated pricing may differ. */
    static void assertSameFacts(Submission before, Submission after, String where) {
        assertEquals(before.facility(), after.facility(), where);
        assertEquals(before.items().size(), after.items().size(), where);
        for (int i = 0; i < before.items().size(); i++) {
            Item x = before.items().get(i), y = after.items().get(i);
            assertEquals(x.id(), y.id(), where);
            assertEquals(x.category(), y.category(), where);
            assertEquals(x.unitPrice(), y.unitPrice(), where);
            assertEquals(x.quantity(), y.quantity(), where);
            assertEquals(x.paidThisYear(), y.paidThisYear(), where);
            assertEquals(x.payment(), y.payment(), where);
            assertEquals(x.plannedDate(), y.plannedDate(), where);
            assertEquals(x.otherSubsidy(), y.otherSubsidy(), where);
            assertEquals(x.approvedByPrefecture(), y.approvedByPrefecture(), where);
            if (x.attachedTo() != null) assertEquals(x.attachedTo(), y.attachedTo(), where);
            if (x.pricingStated()) assertEquals(x.pricing(), y.pricing(), where);
        }
    }
}
