package kaigohojo.engine;

import static kaigohojo.engine.Fixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** rules-national-r8.md §3: the item rules, each with its Q&A question or 要綱 source. */
class ItemRulesTest {

    private static final String SOFT = "{id: soft, category: care_software, unit_price: 500000}";

    // ── 問2 onboarding support ───────────────────────────────────────────────────────────────────

    @Test
    @DisplayName("問2: onboarding support with care software in the application is eligible (software group)")
    void onboardingWithSoftware() {
        // E = 500,000 + 200,000 = 700,000 → 560,000
        FacilityResult r = calc(withItems(SOFT, "{id: ob, category: onboarding_support, unit_price: 200000}"));
        assertEligible(r, "ob", "software");
        assertEquals("問2", reason(item(r, "ob"), "onboarding-with-software").cite());
        assertEquals(560_000, group(r, "software").subsidy());
    }

    @Test
    @DisplayName("問2: onboarding support without care software is ineligible")
    void onboardingWithoutSoftware() {
        FacilityResult r = calc(withItems(
                "{id: s, category: monitoring, unit_price: 100000}",
                "{id: ob, category: onboarding_support, unit_price: 200000}"));
        assertIneligible(r, "ob", "onboarding-without-software", "問2");
        assertTotals(r, 300_000, 80_000);
    }

    @Test
    @DisplayName("問2: back-office software alone does not carry onboarding support")
    void onboardingWithBackOfficeOnly() {
        FacilityResult r = calc(withItems(
                "{id: bo, category: back_office, unit_price: 500000}",
                "{id: ob, category: onboarding_support, unit_price: 200000}"));
        assertIneligible(r, "ob", "onboarding-without-software", "問2");
        assertEquals(400_000, group(r, "software").subsidy());
    }

    @Test
    @DisplayName("問2: care software that is itself ineligible (other subsidy) does not carry onboarding support")
    void onboardingWithIneligibleSoftware() {
        FacilityResult r = calc(withItems(
                "{id: soft, category: care_software, unit_price: 500000, other_subsidy: true}",
                "{id: ob, category: onboarding_support, unit_price: 200000}"));
        assertIneligible(r, "ob", "onboarding-without-software", "問2");
        assertTotals(r, 700_000, 0);
    }

    // ── 問3 intercom, 問4 chat tools ───────────────────────────────────────────────────────────

    @Test
    @DisplayName("問3: the intercom cap is per device: 3 × 1,500,000 → 3,600,000 capped at 3,000,000")
    void intercomPerDevice() {
        // E = 4,500,000; × 4/5 = 3,600,000; cap 1,000,000 × 3
        FacilityResult r = calc(withItems("{id: ic, category: intercom, unit_price: 1500000, quantity: 3}"));
        assertEquals(3_000_000, group(r, "ic").cap());
        assertEquals("問3", group(r, "ic").capSource());
        assertEquals(3_000_000, group(r, "ic").subsidy());
    }

    @Test
    @DisplayName("問3: a single intercom stays below its 1,000,000 cap (60,000 × 5 → 240,000)")
    void intercomBelowCap() {
        FacilityResult r = calc(withItems("{id: ic, category: インカム, unit_price: 60000, quantity: 5}"));
        assertEquals(5_000_000, group(r, "ic").cap());
        assertEquals(240_000, group(r, "ic").subsidy());
    }

    @Test
    @DisplayName("問4: chat tools (LINE WORKS) are eligible, 1,000,000 per unit: 2 × 800,000 → 1,280,000")
    void chatTool() {
        // E = 1,600,000; × 4/5 = 1,280,000 ≤ cap 2,000,000
        FacilityResult r = calc(withItems("{id: chat, category: chat_tool, unit_price: 800000, quantity: 2}"));
        assertEligible(r, "chat", "chat");
        assertEquals(2_000_000, group(r, "chat").cap());
        assertEquals("問4 INT", group(r, "chat").capSource(), "the cap of chat tools is our interpretation of 問4");
        assertEquals(1_280_000, group(r, "chat").subsidy());
    }

    // ── 問6 back office ─────────────────────────────────────────────────────────────────────────

    @Test
    @DisplayName("問6: back-office software needs no 一気通貫 environment: eligible alone (15 staff, 2,000,000 → 1,500,000)")
    void backOfficeAlone() {
        // E = 2,000,000; × 4/5 = 1,600,000; cap 11–20 staff: 1,500,000
        FacilityResult r = calc(doc(facility("staff: 15"), items("{id: bo, category: back_office, unit_price: 2000000}")));
        assertEligible(r, "bo", "software");
        assertEquals("問6", reason(item(r, "bo"), "back-office-no-integration").cite());
        assertEquals(1_500_000, group(r, "software").subsidy());
    }

    // ── 問8 terminals and ancillaries ────────────────────────────────────────────────────────────

    @Test
    @DisplayName("問8: a terminal without care or back-office software is ineligible")
    void terminalWithoutSoftware() {
        FacilityResult r = calc(withItems(
                "{id: s, category: monitoring, unit_price: 100000}",
                "{id: tab, category: terminal, unit_price: 80000, quantity: 2}"));
        assertIneligible(r, "tab", "terminal-without-software", "問8");
        assertEquals(List.of("s"), groupIds(r));
        assertTotals(r, 260_000, 80_000);
    }

    @Test
    @DisplayName("問8: a terminal beside back-office software is eligible (software group)")
    void terminalWithBackOffice() {
        FacilityResult r = calc(withItems(
                "{id: bo, category: back_office, unit_price: 300000}",
                "{id: tab, category: terminal, unit_price: 100000, quantity: 2}"));
        assertEligible(r, "tab", "software");
        assertEquals(400_000, group(r, "software").subsidy()); // 500,000 × 4/5
    }

    @Test
    @DisplayName("問8: a terminal beside ineligible care software is ineligible")
    void terminalWithIneligibleSoftware() {
        FacilityResult r = calc(withItems(
                "{id: soft, category: care_software, unit_price: 300000, other_subsidy: true}",
                "{id: tab, category: terminal, unit_price: 100000}"));
        assertIneligible(r, "tab", "terminal-without-software", "問8");
        assertTrue(r.groups().isEmpty());
    }

    @Test
    @DisplayName("問8: maintenance (保守・クラウド) attached to care software joins the software group")
    void maintenanceAttached() {
        // 500,000 + 120,000 = 620,000 → 496,000
        FacilityResult r = calc(withItems(SOFT, "{id: mnt, category: maintenance, unit_price: 120000, attached_to: soft}"));
        assertEligible(r, "mnt", "software");
        assertEquals("問8", reason(item(r, "mnt"), "ancillary-attached").cite());
        assertEquals(496_000, group(r, "software").subsidy());
    }

    @Test
    @DisplayName("問8: network without attached_to joins the software group when care software is present")
    void unattachedNetworkJoinsSoftware() {
        FacilityResult r = calc(withItems(SOFT, "{id: wifi, category: network, unit_price: 300000}"));
        assertEligible(r, "wifi", "software");
        assertTrue(reasonCodes(item(r, "wifi")).contains("ancillary-joins-software"));
        assertEquals(640_000, group(r, "software").subsidy()); // 800,000 × 4/5
    }

    @Test
    @DisplayName("問8: maintenance without attached_to joins the software group when care software is present")
    void unattachedMaintenanceJoinsSoftware() {
        FacilityResult r = calc(withItems(SOFT, "{id: mnt, category: maintenance, unit_price: 100000}"));
        assertEligible(r, "mnt", "software");
    }

    @Test
    @DisplayName("問8: unattached network with only back-office software is ineligible (care software required)")
    void unattachedNetworkWithBackOfficeOnly() {
        FacilityResult r = calc(withItems(
                "{id: bo, category: back_office, unit_price: 500000}",
                "{id: wifi, category: network, unit_price: 300000}"));
        assertIneligible(r, "wifi", "ancillary-without-main", "問8");
    }

    @Test
    @DisplayName("問8: unattached network without any software is ineligible")
    void unattachedNetworkNoSoftware() {
        FacilityResult r = calc(withItems(
                "{id: s, category: monitoring, unit_price: 100000}",
                "{id: wifi, category: network, unit_price: 300000}"));
        assertIneligible(r, "wifi", "ancillary-without-main", "問8");
        assertTotals(r, 400_000, 80_000);
    }

    @Test
    @DisplayName("問8/問17: unattached construction does not join the software group (only network, maintenance do)")
    void unattachedConstructionIneligible() {
        FacilityResult r = calc(withItems(SOFT, "{id: work, category: construction, unit_price: 100000}"));
        assertIneligible(r, "work", "ancillary-without-main", "問8");
        assertEquals(400_000, group(r, "software").subsidy());
    }

    @Test
    @DisplayName("問8: an ancillary attached to an ineligible main item is ineligible")
    void ancillaryOfIneligibleMain() {
        FacilityResult r = calc(withItems(
                "{id: s, category: monitoring, unit_price: 100000, other_subsidy: true}",
                "{id: work, category: construction, unit_price: 50000, attached_to: s}",
                "{id: lift, category: transfer_support, unit_price: 100000}"));
        assertIneligible(r, "work", "ancillary-main-ineligible", "問8");
        assertTotals(r, 250_000, 80_000);
    }

    @Test
    @DisplayName("問8: an ancillary attached to a terminal that lacks software is ineligible")
    void ancillaryOfIneligibleTerminal() {
        FacilityResult r = calc(withItems(
                "{id: tab, category: terminal, unit_price: 100000}",
                "{id: mnt, category: maintenance, unit_price: 50000, attached_to: tab}",
                "{id: s, category: monitoring, unit_price: 100000}"));
        assertIneligible(r, "mnt", "ancillary-main-ineligible", "問8");
    }

    // ── 問9, 問10 payments ──────────────────────────────────────────────────────────────────────

    @Test
    @DisplayName("問9: a five-year licence paid in full this year is wholly eligible (3,000,000 → 2,400,000)")
    void licencePaidInFull() {
        // paid_this_year 3,000,000 → E 3,000,000; × 4/5 = 2,400,000 ≤ cap (31 staff) 2,500,000
        FacilityResult r = calc(doc(facility("staff: 31"), items(
                "{id: soft, category: care_software, payment: license, unit_price: 600000, quantity: 5, paid_this_year: 3000000}")));
        assertEquals(3_000_000, item(r, "soft").eligibleCost());
        assertEquals("問9", reason(item(r, "soft"), "paid-this-year").cite());
        assertEquals(2_400_000, group(r, "software").subsidy());
    }

    @Test
    @DisplayName("問9: a multi-year licence paid yearly counts one year (600,000 of 3,000,000 → 480,000)")
    void licencePaidYearly() {
        FacilityResult r = calc(doc(facility("staff: 31"), items(
                "{id: soft, category: care_software, payment: license, unit_price: 600000, quantity: 5, paid_this_year: 600000}")));
        assertEquals(600_000, item(r, "soft").requested());
        assertEquals(600_000, item(r, "soft").eligibleCost());
        assertEquals(480_000, group(r, "software").subsidy());
    }

    @Test
    @DisplayName("問9: a monthly subscription counts what is paid this year (9 months × 50,000 = 450,000 → 360,000)")
    void subscriptionPaidThisYear() {
        FacilityResult r = calc(withItems(
                "{id: soft, category: care_software, payment: subscription, unit_price: 50000, quantity: 60, paid_this_year: 450000}"));
        assertEquals(450_000, item(r, "soft").eligibleCost());
        assertEquals(360_000, group(r, "software").subsidy());
    }

    @Test
    @DisplayName("問9: a lease counts what is paid this year (240,000 → 192,000)")
    void leasePaidThisYear() {
        FacilityResult r = calc(withItems(
                "{id: lift, category: transfer_support, payment: lease, unit_price: 20000, quantity: 60, paid_this_year: 240000}"));
        assertEquals(240_000, item(r, "lift").eligibleCost());
        assertEquals(192_000, group(r, "lift").subsidy());
    }

    @Test
    @DisplayName("§4 warning: a purchase whose paid_this_year differs from unit_price × quantity is warned; paid_this_year counts")
    void purchasePaidDiffers() {
        // 100,000 × 2 = 200,000 but 150,000 paid: E = 150,000 → 120,000
        FacilityResult r = calc(withItems("{id: s, category: monitoring, unit_price: 100000, quantity: 2, paid_this_year: 150000}"));
        assertEquals(150_000, item(r, "s").eligibleCost());
        assertEquals(120_000, group(r, "s").subsidy());
        assertEquals(Finding.Severity.WARNING, finding(r, "paid-differs").severity());
        assertTrue(r.eligible(), "a warning changes nothing");
    }

    @Test
    @DisplayName("§4 warning: a planned_date outside the fiscal year is warned, amounts unchanged")
    void plannedDateOutsideYear() {
        FacilityResult r = calc(withItems("{id: s, category: monitoring, unit_price: 100000, planned_date: 2027-04-01}"));
        assertEquals("s", finding(r, "planned-date-outside-year").itemId());
        assertEquals(80_000, group(r, "s").subsidy());
        FacilityResult inside = calc(withItems("{id: s, category: monitoring, unit_price: 100000, planned_date: 2027-03-31}"));
        assertFalse(findingCodes(inside).contains("planned-date-outside-year"));
    }

    @Test
    @DisplayName("問10: rental is eligible at what is paid this year (12 months × 20,000 = 240,000 → 192,000)")
    void rental() {
        FacilityResult r = calc(withItems(
                "{id: lift, category: transfer_support, payment: rental, unit_price: 20000, quantity: 12, paid_this_year: 240000}"));
        assertEligible(r, "lift", "lift");
        assertEquals("問10", reason(item(r, "lift"), "paid-this-year-rental").cite());
        assertEquals(192_000, group(r, "lift").subsidy());
    }

    // ── 問15 lift slings ─────────────────────────────────────────────────────────────────────────

    private static final String TWO_LIFTS = "{id: lift, category: transfer_support, unit_price: 1000000, quantity: 2}";

    @Test
    @DisplayName("問15: as many slings as lifts are eligible, in the lift's group")
    void slingsWithinLifts() {
        // E = 2,000,000 + 2 × 50,000 = 2,100,000; × 4/5 = 1,680,000 ≤ cap 2,000,000
        FacilityResult r = calc(withItems(TWO_LIFTS, "{id: sl, category: lift_sling, unit_price: 50000, quantity: 2, attached_to: lift}"));
        assertEligible(r, "sl", "lift");
        assertEquals("問15", reason(item(r, "sl"), "sling-within-lifts").cite());
        assertEquals(1_680_000, group(r, "lift").subsidy());
    }

    @Test
    @DisplayName("問15: slings beyond the number of lifts are partly ineligible (3 slings, 2 lifts → 100,000 of 150,000)")
    void slingsBeyondLifts() {
        // eligible = 50,000 × 2 = 100,000; E = 2,100,000 → 1,680,000
        FacilityResult r = calc(withItems(TWO_LIFTS, "{id: sl, category: lift_sling, unit_price: 50000, quantity: 3, attached_to: lift}"));
        ItemResult sl = item(r, "sl");
        assertEquals(Status.PARTIAL, sl.status());
        assertEquals(150_000, sl.requested());
        assertEquals(100_000, sl.eligibleCost());
        assertEquals("問15", reason(sl, "sling-excess").cite());
        assertEquals(2_100_000, group(r, "lift").eligibleCost());
        assertEquals(1_680_000, group(r, "lift").subsidy());
        assertEquals(2_150_000, r.totals().requested());
        assertEquals(2_100_000, r.totals().eligibleCost());
    }

    @Test
    @DisplayName("問15: with paid_this_year, the excess is removed pro rata, rounded down (100,000 × 1 ÷ 3 = 33,333)")
    void slingsBeyondLiftsPaidThisYear() {
        // rental: paid 100,000 for 3 slings, 1 lift → floor(100,000 × 1 / 3) = 33,333
        // lift E = 500,000 + 33,333 = 533,333; × 4/5 = 426,666.4 → 426,000
        FacilityResult r = calc(withItems(
                "{id: lift, category: transfer_support, unit_price: 500000}",
                "{id: sl, category: lift_sling, payment: rental, unit_price: 40000, quantity: 3, paid_this_year: 100000, attached_to: lift}"));
        assertEquals(33_333, item(r, "sl").eligibleCost());
        assertEquals(Status.PARTIAL, item(r, "sl").status());
        assertEquals(426_000, group(r, "lift").subsidy());
    }

    @Test
    @DisplayName("問15 (engine bug?): two sling lines on the same 2 lifts may not count 4 slings")
    void slingsSplitOverLines() {
        // 問15: 同時に導入する介護リフト等の台数と同数. Two lines of 2 slings for 2 lifts: at most 2 slings
        // (100,000) count, not 4 (200,000). Expected lift group E = 2,000,000 + 100,000 = 2,100,000.
        FacilityResult r = calc(withItems(TWO_LIFTS,
                "{id: sl1, category: lift_sling, unit_price: 50000, quantity: 2, attached_to: lift}",
                "{id: sl2, category: lift_sling, unit_price: 50000, quantity: 2, attached_to: lift}"));
        assertEquals(100_000, item(r, "sl1").eligibleCost() + item(r, "sl2").eligibleCost());
        assertEquals(2_100_000, group(r, "lift").eligibleCost());
    }

    @Test
    @DisplayName("問15 (engine bug?): a sling whose pro-rata eligible cost rounds down to 0 is ineligible and in no group")
    void slingProRataZero() {
        // rental: paid 1 yen for 2 slings, 1 lift → floor(1 × 1 / 2) = 0: nothing counts, status ineligible.
        // An ineligible item counts nowhere: its group must be null and no group may list it.
        FacilityResult r = calc(withItems(
                "{id: lift, category: transfer_support, unit_price: 500000}",
                "{id: sl, category: lift_sling, payment: rental, unit_price: 1, quantity: 2, paid_this_year: 1, attached_to: lift}"));
        assertEquals(Status.INELIGIBLE, item(r, "sl").status());
        assertEquals(0, item(r, "sl").eligibleCost());
        assertEquals(400_000, group(r, "lift").subsidy());
        assertNull(item(r, "sl").group(), "group of an ineligible item");
        assertEquals(List.of("lift"), group(r, "lift").items());
    }

    @Test
    @DisplayName("問15: a sling without attached_to is ineligible")
    void slingUnattached() {
        FacilityResult r = calc(withItems(TWO_LIFTS, "{id: sl, category: lift_sling, unit_price: 50000}"));
        assertIneligible(r, "sl", "sling-without-lift", "問15");
    }

    @Test
    @DisplayName("問15: a sling attached to something other than a transfer-support lift is ineligible")
    void slingOnBath() {
        FacilityResult r = calc(withItems(
                "{id: bath, category: bathing_support, unit_price: 1000000}",
                "{id: sl, category: lift_sling, unit_price: 50000, attached_to: bath}"));
        assertIneligible(r, "sl", "sling-without-lift", "問15");
        assertEquals(800_000, group(r, "bath").subsidy());
    }

    @Test
    @DisplayName("問15: a sling attached to an ineligible lift is ineligible")
    void slingOnIneligibleLift() {
        FacilityResult r = calc(withItems(
                "{id: lift, category: transfer_support, unit_price: 1000000, other_subsidy: true}",
                "{id: sl, category: lift_sling, unit_price: 50000, attached_to: lift}"));
        assertIneligible(r, "sl", "ancillary-main-ineligible", "問15");
        assertTotals(r, 1_050_000, 0);
    }

    // ── 問17 construction and vendor explanation ─────────────────────────────────────────────────

    @Test
    @DisplayName("問17: construction attached to a lift is an eligible ancillary cost in the lift's group")
    void constructionAttached() {
        // E = 800,000 + 200,000 = 1,000,000 → 800,000
        FacilityResult r = calc(withItems(
                "{id: lift, category: transfer_support, unit_price: 800000}",
                "{id: work, category: 工事費, unit_price: 200000, attached_to: lift}"));
        assertEligible(r, "work", "lift");
        assertEquals(800_000, group(r, "lift").subsidy());
    }

    @Test
    @DisplayName("問17: a maker's explanation not approved by the prefecture is ineligible")
    void vendorExplanationNotApproved() {
        FacilityResult r = calc(withItems(
                "{id: lift, category: transfer_support, unit_price: 800000}",
                "{id: ex, category: vendor_explanation, unit_price: 50000, attached_to: lift}"));
        assertIneligible(r, "ex", "vendor-explanation-not-approved", "問17");
        assertEquals(640_000, group(r, "lift").subsidy());
    }

    @Test
    @DisplayName("問17: a maker's explanation approved by the prefecture joins its main item (850,000 → 680,000)")
    void vendorExplanationApproved() {
        FacilityResult r = calc(withItems(
                "{id: lift, category: transfer_support, unit_price: 800000}",
                "{id: ex, category: vendor_explanation, unit_price: 50000, attached_to: lift, approved_by_prefecture: true}"));
        assertEligible(r, "ex", "lift");
        assertEquals(680_000, group(r, "lift").subsidy());
    }

    @Test
    @DisplayName("問17: with the rule set's vendor_explanation: allowed, no approval is needed")
    void vendorExplanationAllowedByRules() {
        FacilityResult r = calc(r8("vendor_explanation=allowed"), withItems(
                "{id: lift, category: transfer_support, unit_price: 800000}",
                "{id: ex, category: vendor_explanation, unit_price: 50000, attached_to: lift}"));
        assertEligible(r, "ex", "lift");
        assertEquals(680_000, group(r, "lift").subsidy());
    }

    @Test
    @DisplayName("問17/問8: an approved maker's explanation still needs a main item")
    void vendorExplanationUnattached() {
        FacilityResult r = calc(withItems(SOFT, "{id: ex, category: vendor_explanation, unit_price: 50000, approved_by_prefecture: true}"));
        assertIneligible(r, "ex", "ancillary-without-main", "問8");
    }

    // ── 問18 software modification ───────────────────────────────────────────────────────────────

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"careplan_data_standard", "discharge_info_standard", "home_nursing_plan_standard",
            "financial_statement_output", "life_standard", "ケアプランデータ連携標準仕様", "LIFE"})
    @DisplayName("問18: a modification for one of the five standards is eligible (400,000 → 320,000)")
    void modificationForStandard(String standard) {
        FacilityResult r = calc(withItems("{id: mod, category: software_modification, standard: " + standard + ", unit_price: 400000}"));
        assertEligible(r, "mod", "software");
        assertEquals("問18", reason(item(r, "mod"), "modification-standard-ok").cite());
        assertEquals(320_000, group(r, "software").subsidy());
    }

    @Test
    @DisplayName("問18: a modification for another format is ineligible")
    void modificationOutsideStandards() {
        FacilityResult r = calc(withItems("{id: mod, category: software_modification, standard: in_house_format, unit_price: 400000}"));
        assertIneligible(r, "mod", "modification-standard-outside", "問18");
        assertTotals(r, 400_000, 0);
    }

    @Test
    @DisplayName("問18: a modification naming no standard is ineligible")
    void modificationWithoutStandard() {
        FacilityResult r = calc(withItems("{id: mod, category: software_modification, unit_price: 400000}"));
        assertIneligible(r, "mod", "modification-standard-missing", "問18");
    }

    // ── 問20, equivalent devices, other subsidies, always-ineligible costs ───────────────────────

    @Test
    @DisplayName("問20: welfare equipment bought to rent out (rental_stock) is ineligible")
    void rentalStock() {
        FacilityResult r = calc(doc(facility("service: 福祉用具貸与",
                "care_plan_linkage: {in_use: true, track_record: true, partners: 3}"), items(
                "{id: stock, category: rental_stock, unit_price: 120000, quantity: 10}",
                "{id: s, category: mobility_support, unit_price: 200000}")));
        assertIneligible(r, "stock", "rental-stock", "問20");
        assertTotals(r, 1_400_000, 160_000);
    }

    @Test
    @DisplayName("YK 4(1)イ: a device the prefecture may accept, not approved, is ineligible")
    void equivalentDeviceNotApproved() {
        FacilityResult r = calc(withItems("{id: d, category: equivalent_device, unit_price: 200000}"));
        assertIneligible(r, "d", "equivalent-device-not-approved", "実施要綱4(1)イ");
        assertTotals(r, 200_000, 0);
    }

    @Test
    @DisplayName("YK 4(1)イ: an approved equivalent device is a 300,000-per-unit item (400,000 → 300,000)")
    void equivalentDeviceApproved() {
        // 400,000 × 4/5 = 320,000; cap 300,000
        FacilityResult r = calc(withItems("{id: d, category: equivalent_device, unit_price: 400000, approved_by_prefecture: true}"));
        assertEligible(r, "d", "d");
        assertEquals(300_000, group(r, "d").subsidy());
    }

    @Test
    @DisplayName("R7 重複補助の禁止: an item funded by another subsidy is ineligible; the same item without it is not")
    void otherSubsidy() {
        FacilityResult r = calc(withItems(
                "{id: a, category: monitoring, unit_price: 100000, other_subsidy: true}",
                "{id: b, category: monitoring, unit_price: 100000, other_subsidy: false}"));
        assertIneligible(r, "a", "other-subsidy", "重複補助の禁止");
        assertEligible(r, "b", "b");
        assertTotals(r, 200_000, 80_000);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"communication_fee", "development_cost", "disposal", "building_renovation", "bank_fee",
            "insurance", "consumption_tax"})
    @DisplayName("R7 対象外経費: always-ineligible categories, each with its own reason")
    void alwaysIneligible(String category) {
        FacilityResult r = calc(withItems(SOFT,
                "{id: x, category: " + category + ", unit_price: 100000, attached_to: soft}"));
        assertIneligible(r, "x", "excluded-cost." + category, "対象外経費");
        assertTotals(r, 600_000, 400_000);
    }

    @Test
    @DisplayName("R7 対象外経費: Japanese labels of the always-ineligible categories are accepted (通信費, 消費税)")
    void alwaysIneligibleJapanese() {
        FacilityResult r = calc(withItems("{id: x, category: 通信費, unit_price: 100000}", "{id: y, category: 消費税, unit_price: 10000}"));
        assertIneligible(r, "x", "excluded-cost.communication_fee", "対象外経費");
        assertIneligible(r, "y", "excluded-cost.consumption_tax", "対象外経費");
    }
}
