package kaigohojo.engine;

import static kaigohojo.engine.Fixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import kaigohojo.rules.RuleSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 問1 and the R7 rule 「情報端末について、1台あたりの補助額は10万円以内とする」: the per-unit cap limits the
 * terminal's subsidy to exactly 100,000 a unit. The cost it allows (100,000 ÷ 3/4 = 133,333⅓ yen) is kept
 * exact until the 千円未満切捨て, so that the lost third of a yen never drops a whole thousand (issue #9).
 */
class TerminalCapExactTest {

    private static final String ISSUE_CASE = doc(facility("staff: 31"), items(
            "{id: soft, category: care_software, unit_price: 200000}",
            "{id: tabs, category: terminal, unit_price: 150000, quantity: 10}"));

    @Test
    @DisplayName("問1/R7: care software 200,000 + 10 tablets at 150,000 under national-r7 → 1,150,000 (150,000 + 10 × 100,000)")
    void r7RuleSet() {
        FacilityResult r = calc(r7(), ISSUE_CASE);
        assertEquals(1_150_000, group(r, "software").subsidy());
        assertEquals("問1", reason(item(r, "tabs"), "terminal-per-unit-cap").cite());
        assertEquals(1_333_333, item(r, "tabs").eligibleCost(), "the item's cost is shown in whole yen");
    }

    @Test
    @DisplayName("問1/R7: the same with --set rate=3/4 --set caps.terminal_per_unit=100000 on national-r8, both formulas")
    void r8WithR7Cap() {
        for (String formula : new String[] {"rate_then_cap", "cap_then_rate"}) {
            RuleSet rules = r8("rate=3/4", "caps.terminal_per_unit=100000", "formula=" + formula);
            assertEquals(1_150_000, group(calc(rules, ISSUE_CASE), "software").subsidy(), formula);
        }
    }

    @Test
    @DisplayName("問1/R7 --explain: the eligible cost and its product are shown exactly (1,533,333.3333… × 3/4 = 1,150,000)")
    void traceShowsTheExactAmount() {
        GroupResult g = group(calc(r7(), ISSUE_CASE), "software");
        String steps = g.trace().toString();
        assertTrue(steps.contains("1,533,333.3333…"), steps);
        assertTrue(steps.contains("1,150,000"), steps);
    }

    @Test
    @DisplayName("問15/R7: a sling's shared payment stays exact: lift 1,000,000 + 2,667 × 1/2 = 1,001,333.5 × 3/4 → 751,000 (not 750,000)")
    void slingShareIsExact() {
        FacilityResult r = calc(r7(), withItems(
                "{id: lift, category: transfer_support, unit_price: 1000000}",
                "{id: sl, category: lift_sling, payment: rental, unit_price: 2667, quantity: 2, paid_this_year: 2667, attached_to: lift}"));
        assertEquals(1_333, item(r, "sl").eligibleCost());
        assertEquals(751_000, group(r, "lift").subsidy());
    }

    static LongStream seeds() {
        return new SplittableRandom(20261127L).longs(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("property (問1/R7): a capped terminal never loses a thousand: subsidy = min(floor₁₀₀₀(¾·software + 100,000·units), cap)")
    void cappedTerminalNeverLosesAThousand(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long software = 1000L * rnd.nextLong(1, 400);       // 1,000 … 399,000
        long units = rnd.nextLong(1, 15);
        long price = rnd.nextLong(133_334, 400_000);       // above 100,000 ÷ 3/4: always capped
        String formula = rnd.nextBoolean() ? "rate_then_cap" : "cap_then_rate";
        RuleSet rules = with(r7(), "formula=" + formula);
        String in = doc(facility("staff: 31"), items(
                "{id: soft, category: care_software, unit_price: " + software + "}",
                "{id: tabs, category: terminal, unit_price: " + price + ", quantity: " + units + "}"));
        GroupResult g = group(calc(rules, in), "software");
        // exact: ¾·software + 100,000·units, as a multiple of ¼ yen
        long quarters = 3 * software + 4 * 100_000 * units;
        long floored = Math.floorDiv(quarters, 4) / 1000 * 1000;
        long expected = formula.equals("rate_then_cap") ? Math.min(floored, g.cap())
                : Math.min(floored, Math.floorDiv(3 * g.cap(), 4) / 1000 * 1000);
        assertEquals(expected, g.subsidy(), in);
    }
}
