package kaigohojo.engine;

import static kaigohojo.engine.Fixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 問5 and rules-national-r8.md §2/§3: パッケージ型導入. */
class PackageRulesTest {
    /** Care software marked package: the anchor of 問5 (1,000,000). */
    private static final String MARKED_SOFT = "{id: soft, category: care_software, unit_price: 1000000, package: true}";
    /** A sensor marked package: a second technology item (1,000,000; 300,000 cap when alone). */
    private static final String MARKED_SENSOR = "{id: s, category: monitoring, unit_price: 1000000, package: true}";

    @Test
    @DisplayName("問5: care software + sensors marked package form one package group; per-unit caps do not apply inside")
    void packageHolds() {
        // package E = 1,000,000 + 1,000,000 = 2,000,000; × 4/5 = 1,600,000 ≤ 10,000,000.
        // Outside a package the sensor would be capped at 300,000 and the total would be 800,000 + 300,000.
        FacilityResult r = calc(withItems(
                MARKED_SOFT,
                MARKED_SENSOR));
        assertEquals(List.of("package"), groupIds(r));
        assertEligible(r, "soft", "package");
        assertEligible(r, "s", "package");
        assertEquals("問5", reason(item(r, "s"), "in-package").cite());
        assertEquals(1_600_000, group(r, "package").subsidy());
        assertTotals(r, 2_000_000, 1_600_000);
        assertFalse(findingCodes(r).contains("package-too-few"));
    }

    @Test
    @DisplayName("問5: the same items unmarked are computed one by one (800,000 + 300,000)")
    void sameItemsUnmarked() {
        FacilityResult r = calc(withItems(
                "{id: soft, category: care_software, unit_price: 1000000}",
                "{id: s, category: monitoring, unit_price: 1000000}"));
        assertEquals(List.of("software", "s"), groupIds(r));
        assertTotals(r, 2_000_000, 1_100_000);
    }

    @Test
    @DisplayName("問5: a 介護業務支援機器 (care_work_device) is an anchor too")
    void careWorkDeviceAnchor() {
        // E = 500,000 + 500,000 → 800,000 (individually: 300,000 + 300,000)
        FacilityResult r = calc(withItems(
                "{id: d, category: care_work_device, unit_price: 500000, package: true}",
                "{id: s, category: monitoring, unit_price: 500000, package: true}"));
        assertEquals(800_000, group(r, "package").subsidy());
    }

    @Test
    @DisplayName("問5: too few items: one marked technology item → computed individually, with a warning")
    void tooFewItems() {
        FacilityResult r = calc(withItems(
                MARKED_SOFT,
                "{id: s, category: monitoring, unit_price: 1000000}"));
        Finding f = finding(r, "package-too-few");
        assertEquals(Finding.Severity.WARNING, f.severity());
        assertEquals("問5", f.cite());
        assertTrue(r.eligible());
        assertFalse(groupIds(r).contains("package"));
        assertTotals(r, 2_000_000, 1_100_000);
    }

    @Test
    @DisplayName("問5/§2: a terminal is not a technology item: care software + terminal marked is too few")
    void terminalDoesNotCount() {
        FacilityResult r = calc(withItems(
                MARKED_SOFT,
                "{id: tab, category: terminal, unit_price: 100000, package: true}"));
        assertTrue(findingCodes(r).contains("package-too-few"));
        assertEquals(List.of("software"), groupIds(r));
        assertEquals(880_000, group(r, "software").subsidy()); // 1,100,000 × 4/5
    }

    @Test
    @DisplayName("問5: an ineligible marked item does not count toward the two (other subsidy)")
    void ineligibleMarkedItemDoesNotCount() {
        FacilityResult r = calc(withItems(
                MARKED_SOFT,
                "{id: s, category: monitoring, unit_price: 1000000, package: true, other_subsidy: true}"));
        assertTrue(findingCodes(r).contains("package-too-few"));
        assertTotals(r, 2_000_000, 800_000);
    }

    @Test
    @DisplayName("問5: no anchor: sensors + intercoms without care software or care-work device → individually, warned")
    void noAnchor() {
        // s: 1,000,000 → 800,000 capped 300,000; ic: 1,000,000 → 800,000 (cap 1,000,000): 1,100,000
        FacilityResult r = calc(withItems(
                MARKED_SENSOR,
                "{id: ic, category: intercom, unit_price: 1000000, package: true}"));
        assertEquals(Finding.Severity.WARNING, finding(r, "package-no-anchor").severity());
        assertEquals(List.of("s", "ic"), groupIds(r));
        assertTotals(r, 2_000_000, 1_100_000);
    }

    @Test
    @DisplayName("問5: an ineligible anchor is no anchor (care software paid by another subsidy)")
    void ineligibleAnchor() {
        FacilityResult r = calc(withItems(
                "{id: soft, category: care_software, unit_price: 1000000, package: true, other_subsidy: true}",
                MARKED_SENSOR,
                "{id: ic, category: intercom, unit_price: 1000000, package: true}"));
        assertTrue(findingCodes(r).contains("package-no-anchor"));
        assertFalse(groupIds(r).contains("package"));
    }

    @Test
    @DisplayName("問5/§2: an ancillary follows its main item into the package, even unmarked")
    void ancillaryFollowsMainIntoPackage() {
        // E = 1,000,000 + 1,000,000 + 200,000 = 2,200,000 → 1,760,000
        FacilityResult r = calc(withItems(
                MARKED_SOFT,
                MARKED_SENSOR,
                "{id: wifi, category: network, unit_price: 200000, attached_to: s}"));
        assertEligible(r, "wifi", "package");
        assertEquals(1_760_000, group(r, "package").subsidy());
    }

    @Test
    @DisplayName("§2: an ancillary marked package follows its unmarked main item out of the package")
    void ancillaryFollowsMainOutOfPackage() {
        // package: 1,000,000 + 1,000,000 → 1,600,000; lift: 800,000 + 200,000 → 800,000
        FacilityResult r = calc(withItems(
                MARKED_SOFT,
                MARKED_SENSOR,
                "{id: lift, category: transfer_support, unit_price: 800000}",
                "{id: work, category: construction, unit_price: 200000, attached_to: lift, package: true}"));
        assertEligible(r, "work", "lift");
        assertEquals(1_600_000, group(r, "package").subsidy());
        assertEquals(800_000, group(r, "lift").subsidy());
    }

    @Test
    @DisplayName("§2: improvement_support marked package stays in its own 480,000 group")
    void improvementSupportNotInPackage() {
        FacilityResult r = calc(doc(facility("training: [{course: beginner_seminar, date: 2026-05-01}]"), items(
                MARKED_SOFT,
                MARKED_SENSOR,
                "{id: imp, category: improvement_support, unit_price: 700000, package: true}")));
        assertEligible(r, "imp", "improvement_support");
        assertEquals(480_000, group(r, "improvement_support").subsidy());
        assertEquals(2_000_000, group(r, "package").eligibleCost());
    }

    @Test
    @DisplayName("§2: unmarked per-unit items keep their own caps beside a package")
    void unmarkedBesidePackage() {
        FacilityResult r = calc(withItems(
                MARKED_SOFT,
                MARKED_SENSOR,
                "{id: s2, category: monitoring, unit_price: 1000000}"));
        assertEquals(300_000, group(r, "s2").subsidy());
        assertTotals(r, 3_000_000, 1_900_000);
    }
}
