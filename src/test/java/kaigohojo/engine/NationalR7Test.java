package kaigohojo.engine;

import static kaigohojo.engine.Fixture.*;
import static org.junit.jupiter.api.Assertions.*;

import kaigohojo.money.Fraction;
import kaigohojo.rules.Rules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** rules-national-r8.md §5: national-r7 differs from national-r8 in exactly these ways. */
class NationalR7Test {

    @Test
    @DisplayName("§5 R7: rate 3/4 (verified), fiscal year 2025")
    void r7Values() {
        Rules r = new Rules(r7());
        assertEquals(Fraction.of(3, 4), r.rate().value());
        // rules-prefectures.md §1: 3/4 is the common R7 value (Aichi and Kanagawa used 4/5), not a verified national one
        org.junit.jupiter.api.Assertions.assertFalse(r.rate().verified());
        assertEquals(2025, r.fiscalYear());
    }

    @Test
    @DisplayName("§5 R7: rate 3/4: a 1,000,000 lift → 750,000 (R8: 800,000)")
    void rate() {
        String in = withItems("{id: lift, category: transfer_support, unit_price: 1000000}");
        assertEquals(750_000, group(calc(r7(), in), "lift").subsidy());
        assertEquals(800_000, group(calc(r8(), in), "lift").subsidy());
    }

    @Test
    @DisplayName("§5 R7/問1: terminals capped at 100,000 per unit in R7, not in R8")
    void terminalPerUnitCap() {
        // R7: 3 tablets × 300,000 = 900,000; subsidy ≤ 100,000 × 3 = 300,000, so the cost counted is
        //     300,000 ÷ 3/4 = 400,000 (INT). E = 100,000 + 400,000 = 500,000; × 3/4 = 375,000.
        // R8: E = 100,000 + 900,000 = 1,000,000; × 4/5 = 800,000 (cap 2,500,000 at 31 staff).
        String in = doc(facility("staff: 31"), items(
                "{id: soft, category: care_software, unit_price: 100000}",
                "{id: tab, category: terminal, unit_price: 300000, quantity: 3}"));
        FacilityResult r7 = calc(r7(), in);
        ItemResult tab = item(r7, "tab");
        assertEquals(Status.PARTIAL, tab.status());
        assertEquals(400_000, tab.eligibleCost());
        assertEquals("問1", reason(tab, "terminal-per-unit-cap").cite());
        assertEquals(375_000, group(r7, "software").subsidy());

        FacilityResult r8 = calc(r8(), in);
        assertEquals(900_000, item(r8, "tab").eligibleCost());
        assertEquals(800_000, group(r8, "software").subsidy());
    }

    @Test
    @DisplayName("§5 R7: a terminal below 100,000 per unit is not limited (2 × 80,000)")
    void terminalBelowR7Cap() {
        // limit 2 × 100,000 ÷ 3/4 = 266,666 > 160,000: E = 100,000 + 160,000 = 260,000 × 3/4 = 195,000
        FacilityResult r = calc(r7(), withItems(
                "{id: soft, category: care_software, unit_price: 100000}",
                "{id: tab, category: terminal, unit_price: 80000, quantity: 2}"));
        assertEquals(Status.ELIGIBLE, item(r, "tab").status());
        assertEquals(195_000, group(r, "software").subsidy());
    }

    @Test
    @DisplayName("§5 R7: improvement_support cap 450,000 (R8: 480,000): 700,000 → 450,000 / 480,000")
    void improvementSupportCap() {
        // R7: 700,000 × 3/4 = 525,000 → 450,000. R8: 700,000 × 4/5 = 560,000 → 480,000.
        String r7in = doc(facility("training: [{course: beginner_seminar, date: 2025-05-01}]"), items(
                "{id: s, category: monitoring, unit_price: 100000}",
                "{id: imp, category: improvement_support, unit_price: 700000}"));
        assertEquals(450_000, group(calc(r7(), r7in), "improvement_support").subsidy());
        String r8in = r7in.replace("2025-05-01", "2026-05-01");
        assertEquals(480_000, group(calc(r8(), r8in), "improvement_support").subsidy());
    }

    @Test
    @DisplayName("§5 R7/問7: the fiscal year is 2025: training on 2025-05-01 qualifies under R7, not under R8")
    void fiscalYear() {
        String in = doc(facility("training: [{course: beginner_seminar, date: 2025-05-01}]"), items(
                "{id: s, category: monitoring, unit_price: 100000}",
                "{id: imp, category: improvement_support, unit_price: 300000}"));
        assertEligible(calc(r7(), in), "imp", "improvement_support");
        assertIneligible(calc(r8(), in), "imp", "training-outside-year", "問7");
    }

    @Test
    @DisplayName("§5 R7/問12: no linkage record requirement in R7 (訪問介護 in use, no record): eligible; R8: 0")
    void noLinkageRecordRequirement() {
        String in = doc(facility("service: 訪問介護", "care_plan_linkage: {in_use: true, track_record: false}"),
                items("{id: lift, category: transfer_support, unit_price: 1000000}"));
        FacilityResult r7 = calc(r7(), in);
        assertTrue(r7.eligible(), () -> "R7 unmet: " + errorFindings(r7));
        assertEquals(750_000, r7.totals().subsidy());
        FacilityResult r8 = calc(r8(), in);
        assertFalse(r8.eligible());
        assertEquals(0, r8.totals().subsidy());
    }

    @Test
    @DisplayName("§5 R7: the system must still be in use for linkage services")
    void linkageStillRequiredInR7() {
        FacilityResult r = calc(r7(), doc(facility("service: 訪問介護", "care_plan_linkage: {in_use: false}"),
                items("{id: lift, category: transfer_support, unit_price: 1000000}")));
        assertEquals(java.util.List.of("linkage-not-in-use"), errorFindings(r));
    }

    @Test
    @DisplayName("§5 R7: software bands as R8 (31 staff → 2,500,000), marked unverified except the maximum")
    void softwareBands() {
        FacilityResult r = calc(r7(), doc(facility("staff: 31"), items("{id: soft, category: care_software, unit_price: 5000000}")));
        assertEquals(2_500_000, group(r, "software").subsidy());
        Rules rules = new Rules(r7());
        assertFalse(rules.softwareBand(10).orElseThrow().cap().verified());
        assertTrue(rules.softwareBand(31).orElseThrow().cap().verified());
        assertEquals(1_000_000L, rules.softwareBand(10).orElseThrow().cap().value());
    }
}
