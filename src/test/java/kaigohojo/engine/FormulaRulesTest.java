package kaigohojo.engine;

import static kaigohojo.engine.Fixture.*;
import static org.junit.jupiter.api.Assertions.*;

import kaigohojo.money.Fraction;
import kaigohojo.rules.Rules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** rules-national-r8.md §1: rate, formula, 千円未満切捨て, eligible cost, facility cap. */
class FormulaRulesTest {

    private static final String LIFT_1_5M = "{id: lift, category: transfer_support, unit_price: 1500000}";

    @Test
    @DisplayName("§1 YK rate: national-r8 rate is the exact fraction 4/5, formula rate_then_cap, unit 1,000")
    void rateIsFourFifths() {
        Rules r = new Rules(r8());
        assertEquals(Fraction.of(4, 5), r.rate().value());
        assertEquals("rate_then_cap", r.formula().value());
        assertEquals(1000L, r.roundingUnit().value());
    }

    @Test
    @DisplayName("§1 YK rate_then_cap: 1,500,000 lift, cap 1,000,000 → 1,000,000")
    void rateThenCapLift() {
        // E = 1,500,000; 1,500,000 × 4/5 = 1,200,000; floor_1000 = 1,200,000; min(1,200,000, 1,000,000) = 1,000,000
        FacilityResult r = calc(withItems(LIFT_1_5M));
        GroupResult g = group(r, "lift");
        assertEquals(1_500_000, g.eligibleCost());
        assertEquals(1_000_000, g.cap());
        assertEquals("rate_then_cap", g.formula());
        assertEquals(1_000_000, g.subsidy());
        assertTotals(r, 1_500_000, 1_000_000);
    }

    @Test
    @DisplayName("§1 cap_then_rate (--set formula=cap_then_rate): 1,500,000 lift → 800,000")
    void capThenRateLift() {
        // min(1,500,000, 1,000,000) = 1,000,000; × 4/5 = 800,000; floor_1000 = 800,000
        FacilityResult r = calc(r8("formula=cap_then_rate"), withItems(LIFT_1_5M));
        GroupResult g = group(r, "lift");
        assertEquals("cap_then_rate", g.formula());
        assertEquals(800_000, g.subsidy());
        assertTotals(r, 1_500_000, 800_000);
    }

    @Test
    @DisplayName("§1 both formulas agree below the cap: 999,999 lift → 799,000")
    void formulasAgreeBelowCap() {
        // 999,999 × 4/5 = 799,999.2 → 799,000 (both; the cap 1,000,000 is not reached)
        String in = withItems("{id: lift, category: transfer_support, unit_price: 999999}");
        assertEquals(799_000, group(calc(in), "lift").subsidy());
        assertEquals(799_000, group(calc(r8("formula=cap_then_rate"), in), "lift").subsidy());
    }

    @Test
    @DisplayName("§1 R7 要綱 千円未満切捨て: 123,456 sensor → 98,764.8 → 98,000")
    void roundingDownNonRoundProduct() {
        // 123,456 × 4/5 = 98,764.8; floor_1000 → 98,000 (not 98,765, not 99,000)
        FacilityResult r = calc(withItems("{id: s, category: monitoring, unit_price: 123456}"));
        assertEquals(98_000, group(r, "s").subsidy());
    }

    @Test
    @DisplayName("§1 千円未満切捨て under cap_then_rate: 299,999 sensor → 239,999.2 → 239,000")
    void roundingDownCapThenRate() {
        // min(299,999, 300,000) = 299,999; × 4/5 = 239,999.2; floor_1000 → 239,000
        FacilityResult r = calc(r8("formula=cap_then_rate"), withItems("{id: s, category: monitoring, unit_price: 299999}"));
        assertEquals(239_000, group(r, "s").subsidy());
    }

    @Test
    @DisplayName("§1 rate is exact: 1,234,567 × 4/5 = 987,653.6 → 987,000 (lift quantity 2, cap 2,000,000)")
    void exactFraction() {
        FacilityResult r = calc(withItems("{id: lift, category: transfer_support, unit_price: 1234567}"));
        assertEquals(987_000, group(r, "lift").subsidy());
    }

    @Test
    @DisplayName("§1 --set rate=3/4: 1,000,000 lift → 750,000")
    void rateOverride() {
        // 1,000,000 × 3/4 = 750,000
        FacilityResult r = calc(r8("rate=3/4"), withItems("{id: lift, category: transfer_support, unit_price: 1000000}"));
        assertEquals(750_000, group(r, "lift").subsidy());
        assertEquals(Fraction.of(3, 4), group(r, "lift").rate());
    }

    @Test
    @DisplayName("§1 E_g is the sum of its items' eligible costs: soft 500,000 + tablet 200,000 + maintenance 100,000 → 640,000")
    void groupSumsItsItems() {
        // software group E = 500,000 + 200,000 + 100,000 = 800,000; × 4/5 = 640,000; cap (28 staff) 2,000,000
        FacilityResult r = calc(withItems(
                "{id: soft, category: care_software, unit_price: 500000}",
                "{id: tab, category: terminal, unit_price: 200000}",
                "{id: mnt, category: maintenance, unit_price: 100000, attached_to: soft}"));
        GroupResult g = group(r, "software");
        assertEquals(800_000, g.eligibleCost());
        assertEquals(java.util.List.of("soft", "tab", "mnt"), g.items());
        assertEquals(640_000, g.subsidy());
        assertTotals(r, 800_000, 640_000);
    }

    @Test
    @DisplayName("§1 問9/問10: eligible cost is unit_price × quantity without paid_this_year (100,000 × 3 → 240,000)")
    void eligibleCostFromUnitPrice() {
        // 100,000 × 3 = 300,000 ≤ cap 300,000 × 3; × 4/5 = 240,000
        FacilityResult r = calc(withItems("{id: s, category: monitoring, unit_price: 100000, quantity: 3}"));
        assertEquals(300_000, item(r, "s").eligibleCost());
        assertEquals(240_000, group(r, "s").subsidy());
    }

    @Test
    @DisplayName("§1 tax-exclusive: 消費税 as an item is never eligible, the rest is unchanged")
    void consumptionTaxNotEligible() {
        // lift 1,000,000 → 800,000; tax 100,000 ineligible; share = 1,100,000 − 800,000 = 300,000
        FacilityResult r = calc(withItems(
                "{id: lift, category: transfer_support, unit_price: 1000000}",
                "{id: tax, category: consumption_tax, unit_price: 100000}"));
        assertIneligible(r, "tax", "excluded-cost.consumption_tax", "対象外経費");
        assertTotals(r, 1_100_000, 800_000);
        assertEquals(1_000_000, r.totals().eligibleCost());
    }

    @Test
    @DisplayName("§1 facility_cap: none nationally")
    void noFacilityCapNationally() {
        FacilityResult r = calc(withItems(
                "{id: a, category: transfer_support, unit_price: 1000000, quantity: 3}",
                "{id: b, category: bathing_support, unit_price: 1000000, quantity: 3}"));
        // 3,000,000 × 4/5 = 2,400,000 each (cap 3,000,000); 4,800,000 in total, no facility cap
        assertNull(r.totals().facilityCap());
        assertEquals(0, r.totals().facilityCapReduction());
        assertTotals(r, 6_000_000, 4_800_000);
    }

    @Test
    @DisplayName("§1 R7 Ishikawa facility_cap via --set facility_cap=4000000: 4,800,000 → 4,000,000")
    void facilityCapBinds() {
        // groups 2,400,000 + 2,400,000 = 4,800,000 > 4,000,000 → 4,000,000; reduction 800,000; share 6,000,000 − 4,000,000
        FacilityResult r = calc(r8("facility_cap=4000000"), withItems(
                "{id: a, category: transfer_support, unit_price: 1000000, quantity: 3}",
                "{id: b, category: bathing_support, unit_price: 1000000, quantity: 3}"));
        assertEquals(4_800_000, r.totals().groupSum());
        assertEquals(4_000_000L, r.totals().facilityCap());
        assertEquals(800_000, r.totals().facilityCapReduction());
        assertTotals(r, 6_000_000, 4_000_000);
        assertEquals(2_400_000, group(r, "a").subsidy(), "the cap applies to the facility total, not to groups");
    }

    @Test
    @DisplayName("§1 facility_cap not reached: 800,000 stays 800,000")
    void facilityCapNotReached() {
        FacilityResult r = calc(r8("facility_cap=4000000"), withItems("{id: lift, category: transfer_support, unit_price: 1000000}"));
        assertEquals(0, r.totals().facilityCapReduction());
        assertTotals(r, 1_000_000, 800_000);
    }

    @Test
    @DisplayName("§1/§4 facility_cap with a requirement unmet: subsidy 0, subsidy_if_requirements_met 4,000,000")
    void facilityCapAndUnmetRequirement() {
        FacilityResult r = calc(r8("facility_cap=4000000"), doc(facility("-security_action"), items(
                "{id: a, category: transfer_support, unit_price: 1000000, quantity: 3}",
                "{id: b, category: bathing_support, unit_price: 1000000, quantity: 3}")));
        assertFalse(r.eligible());
        assertEquals(0, r.totals().subsidy());
        assertEquals(4_000_000, r.totals().subsidyIfRequirementsMet());
        assertEquals(6_000_000, r.totals().facilityShare());
    }
}
