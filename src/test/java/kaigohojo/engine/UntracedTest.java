package kaigohojo.engine;

import static kaigohojo.engine.Fixture.*;
import static org.junit.jupiter.api.Assertions.*;

import kaigohojo.model.Submission;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.Rules;
import org.junit.jupiter.api.Test;

/**
 * #13: a run whose report prints no trace (calc --format csv, json without --explain, check) makes no
 * trace steps, and nothing else changes: the same groups, amounts, reasons and rules used (the unverified
 * footnotes come from those). Both formulas, and the exact one (a terminal's per-unit cap, 問1).
 */
class UntracedTest {
    private static final String ITEMS_SOFT_TABS_LIFT = withItems(
            "{id: soft, category: care_software, unit_price: 200000}",
            "{id: tabs, category: terminal, unit_price: 150000, quantity: 10}",
            "{id: lift, category: transfer_support, unit_price: 1500000}");

    @Test
    void withoutTraceEverythingButTheStepsIsTheSame() {
        for (RuleSet rules : new RuleSet[] {r8(), r8("formula=cap_then_rate"), ruleSet("national-r7")}) {
            Submission s = submission(ITEMS_SOFT_TABS_LIFT);
            FacilityResult traced = new Calculator(new Rules(rules)).compute(s);
            FacilityResult untraced = new Calculator(new Rules(rules), false).compute(s);
            assertFalse(traced.groups().isEmpty());
            assertEquals(traced.groups().size(), untraced.groups().size());
            for (int i = 0; i < traced.groups().size(); i++) {
                GroupResult a = traced.groups().get(i), b = untraced.groups().get(i);
                assertFalse(a.trace().isEmpty(), a.id());
                assertTrue(b.trace().isEmpty(), b.id() + ": no steps are made");
                assertEquals(a.id(), b.id());
                assertEquals(a.eligibleCost(), b.eligibleCost());
                assertEquals(a.cap(), b.cap());
                assertEquals(a.subsidy(), b.subsidy());
            }
            assertEquals(traced.items(), untraced.items());
            assertEquals(traced.totals(), untraced.totals());
            assertEquals(traced.findings(), untraced.findings());
            assertEquals(java.util.List.copyOf(traced.rulesUsed()), java.util.List.copyOf(untraced.rulesUsed()),
                    "the rules a step cites count as used either way");
        }
    }

    /**
     * #13 (session 6): a run whose report prints no rules used (calc --format csv, check) keeps no ledger:
     * the same result with no rules used listed; with a ledger they are listed.
     */
    @Test
    void withoutLedgerEverythingButTheRulesUsedIsTheSame() {
        for (RuleSet rules : new RuleSet[] {r8(), r8("formula=cap_then_rate"), ruleSet("national-r7")}) {
            Submission s = submission(ITEMS_SOFT_TABS_LIFT);
            FacilityResult kept = new Calculator(new Rules(rules), false).compute(s);
            FacilityResult none = new Calculator(new Rules(rules), false, false).compute(s);
            assertFalse(kept.rulesUsed().isEmpty());
            assertTrue(none.rulesUsed().isEmpty());
            assertEquals(kept.items(), none.items());
            assertEquals(kept.groups(), none.groups());
            assertEquals(kept.totals(), none.totals());
            assertEquals(kept.findings(), none.findings());
        }
    }
}
