package kaigohojo.engine;

import static kaigohojo.engine.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kaigohojo.rules.RuleSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * #12, rules-prefectures.md §3: what a prefecture's 交付要綱 adds, each as rule data set here with
 * {@code --set} on national-r8, never as code for one prefecture.
 */
class PrefecturalRuleFeaturesTest {
    /** Software 2,000,000 (cap 2,000,000 at 28 staff → 1,600,000) and two lifts (2 × 800,000 = 1,600,000). */
    private static final String MIXED = withItems(
            "{id: soft, category: care_software, unit_price: 2000000}",
            "{id: lift, category: transfer_support, unit_price: 1000000, quantity: 2}");

    @Test
    @DisplayName("§3 千葉県: a cap on the sum of some groups only cuts those groups, with its own row and citation")
    void partialCap() {
        FacilityResult r = calc(r8("facility_cap_partial=1000000"), MIXED);
        assertEquals(1_600_000, group(r, "lift").subsidy());
        assertEquals(1_600_000, group(r, "software").subsidy());
        assertEquals(2_600_000, r.totals().subsidy(), "per-unit 1,600,000 → 1,000,000; software untouched");
        Totals.CapRow row = r.totals().capRows().get(0);
        assertEquals("facility-cap-partial", row.code());
        assertEquals(1_600_000, row.base());
        assertEquals(600_000, row.reduction());
        assertEquals("--set", row.cite());
        FacilityResult all = calc(r8("facility_cap_partial=1000000", "facility_cap_partial_groups=software,per_unit"), MIXED);
        assertEquals(1_000_000, all.totals().subsidy(), "over every group when the rule says so");
        assertEquals(List.of(), calc(r8(), MIXED).totals().capRows(), "national-r8: no such cap");
    }

    @Test
    @DisplayName("§3: the partial cap and then the facility cap, each its own row")
    void partialThenFacilityCap() {
        FacilityResult r = calc(r8("facility_cap_partial=1000000", "facility_cap=2000000"), MIXED);
        assertEquals(2_000_000, r.totals().subsidy());
        assertEquals(List.of("facility-cap-partial", "facility-cap"),
                r.totals().capRows().stream().map(Totals.CapRow::code).toList());
        assertEquals(600_000, r.totals().facilityCapReduction(), "2,600,000 → 2,000,000");
    }

    @Test
    @DisplayName("§3 愛知県: a closed list of devices refuses a device outside it, or without its kind, with a reason")
    void closedList() {
        RuleSet rules = r8("item_rules.closed_device_list=intercom,floor_lift");
        FacilityResult r = calc(rules, withItems(
                "{id: ic, category: intercom, device_kind: インカム, unit_price: 100000}",
                "{id: nokind, category: transfer_support, unit_price: 100000}",
                "{id: sensor, category: monitoring, device_kind: other, unit_price: 100000}",
                "{id: soft, category: care_software, unit_price: 100000}"));
        assertEligible(r, "ic", "ic");
        assertIneligible(r, "nokind", "device-kind-missing", "--set");
        assertIneligible(r, "sensor", "device-outside-list", "--set");
        assertEligible(r, "soft", "software");
        FacilityResult national = calc(r8(), withItems("{id: sensor, category: monitoring, device_kind: other, unit_price: 100000}"));
        assertEligible(national, "sensor", "sensor");
    }

    @Test
    @DisplayName("§3 愛知県 step イ: donations and other income deducted from the total cost before the rate")
    void otherIncome() {
        RuleSet rules = r8("deduct_other_income=true");
        String in = doc(facility("other_income: 1500000"), items("{id: lift, category: transfer_support, unit_price: 1000000, quantity: 2}"));
        FacilityResult r = calc(rules, in);
        assertEquals(1_600_000, group(r, "lift").subsidy());
        assertEquals(400_000, r.totals().subsidy(), "(2,000,000 − 1,500,000) × 4/5");
        assertEquals("other-income", r.totals().capRows().get(0).code());
        assertEquals(1_600_000, calc(rules, doc(facility(), items("{id: lift, category: transfer_support, unit_price: 1000000, quantity: 2}")))
                .totals().subsidy(), "no income stated: nothing deducted");
        assertEquals(1_600_000, calc(r8(), in).totals().subsidy(), "national-r8 deducts nothing");
    }

    @Test
    @DisplayName("§3 千葉県・福島県: a prefectural seminar is a requirement, met by training course prefectural_seminar")
    void seminar() {
        RuleSet rules = r8("requirements.prefectural_seminar=県のセミナー");
        String lift = "{id: lift, category: transfer_support, unit_price: 1000000}";
        FacilityResult unmet = calc(rules, withItems(lift));
        assertFalse(unmet.eligible());
        assertEquals(List.of("prefectural-seminar-missing"), errorFindings(unmet));
        assertEquals("県のセミナー", finding(unmet, "prefectural-seminar-missing").args().get(0));
        FacilityResult met = calc(rules, doc(facility("training: [{course: 県のセミナー, date: 2026-06-01}]"), items(lift)));
        assertTrue(met.eligible(), () -> String.valueOf(errorFindings(met)));
    }

    @Test
    @DisplayName("§3: a planned date or a training date outside the application window is a warning, not a cut")
    void window() {
        RuleSet rules = r8("application_window.start=2026-06-22", "application_window.end=2026-07-21",
                "application_window.install_by=2026-12-31");
        String in = doc(facility("training: [{course: beginner_seminar, date: 2026-05-20}]"), items(
                "{id: a, category: monitoring, unit_price: 100000, planned_date: 2026-07-01}",
                "{id: b, category: monitoring, unit_price: 100000, planned_date: 2027-01-10}"));
        FacilityResult r = calc(rules, in);
        List<String> codes = findingCodes(r);
        assertTrue(codes.contains("planned-date-outside-window"), codes.toString());
        assertTrue(codes.contains("planned-date-after-deadline"), codes.toString());
        assertTrue(codes.contains("training-date-outside-window"), codes.toString());
        assertEquals(1, codes.stream().filter("planned-date-outside-window"::equals).count(), "a (07-01) is inside");
        assertEquals(160_000, r.totals().subsidy(), "warnings change no amount");
        assertFalse(findingCodes(calc(r8(), in)).contains("planned-date-outside-window"), "no window nationally");
    }
}
