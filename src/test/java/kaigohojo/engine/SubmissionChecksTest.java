package kaigohojo.engine;

import static kaigohojo.engine.Fixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import kaigohojo.input.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input errors that only the rule set can tell (SubmissionChecks): such a submission is not computed. */
class SubmissionChecksTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lease", "subscription", "license", "rental", "リース", "サブスク"})
    @DisplayName("問9/問10: a lease, subscription, licence or rental without paid_this_year is an input error")
    void paidThisYearRequired(String payment) {
        List<Problem> p = check(withItems("{id: lift, category: transfer_support, payment: " + payment + ", unit_price: 20000, quantity: 12}"));
        assertEquals(List.of("paid-this-year-required"), problemCodes(p));
        assertEquals("items[1].paid_this_year", p.get(0).field());
    }

    @Test
    @DisplayName("問9: a purchase needs no paid_this_year; a lease with it passes")
    void paidThisYearNotRequired() {
        assertEquals(List.of(), check(withItems(
                "{id: a, category: transfer_support, unit_price: 20000}",
                "{id: b, category: transfer_support, payment: lease, unit_price: 20000, quantity: 12, paid_this_year: 240000}")));
    }

    @Test
    @DisplayName("問13: per-account care software without staff is an input error")
    void staffRequired() {
        List<Problem> p = check(doc(facility("-staff"), items("{id: soft, category: care_software, unit_price: 100000}")));
        assertEquals(List.of("staff-required"), problemCodes(p));
        assertEquals("facility.staff", p.get(0).field());
    }

    @Test
    @DisplayName("問13: a software group without care/back-office software needs staff too (terminal-only, modification)")
    void staffRequiredWithoutMainSoftware() {
        List<Problem> p = check(doc(facility("-staff"),
                items("{id: mod, category: software_modification, standard: life_standard, unit_price: 100000}")));
        assertEquals(List.of("staff-required"), problemCodes(p));
    }

    @Test
    @DisplayName("§2: without software items, staff may be left out")
    void staffNotRequiredWithoutSoftware() {
        assertEquals(List.of(), check(doc(facility("-staff"), items("{id: s, category: monitoring, unit_price: 100000}"))));
    }

    @Test
    @DisplayName("問8/問17: attached_to naming no item is an input error, with a suggestion")
    void attachedToUnknown() {
        List<Problem> p = check(withItems(
                "{id: lift, category: transfer_support, unit_price: 800000}",
                "{id: work, category: construction, unit_price: 100000, attached_to: lfit}"));
        assertEquals(List.of("attached-to-unknown"), problemCodes(p));
        assertEquals("lfit", p.get(0).value());
        assertEquals("lift", p.get(0).suggestion());
    }

    @Test
    @DisplayName("問8: attached_to naming an ancillary item is an input error")
    void attachedToAncillary() {
        List<Problem> p = check(withItems(
                "{id: lift, category: transfer_support, unit_price: 800000}",
                "{id: work, category: construction, unit_price: 100000, attached_to: lift}",
                "{id: mnt, category: maintenance, unit_price: 50000, attached_to: work}"));
        assertEquals(List.of("attached-to-invalid"), problemCodes(p));
        assertEquals("work", p.get(0).value());
    }

    @Test
    @DisplayName("問15: a sling attached to another sling is an input error (slings are ancillary)")
    void slingAttachedToSling() {
        List<Problem> p = check(withItems(
                "{id: lift, category: transfer_support, unit_price: 800000}",
                "{id: sl1, category: lift_sling, unit_price: 50000, attached_to: lift}",
                "{id: sl2, category: lift_sling, unit_price: 50000, attached_to: sl1}"));
        assertEquals(List.of("attached-to-invalid"), problemCodes(p));
    }

    @Test
    @DisplayName("問8: attached_to naming an improvement_support item is an input error")
    void attachedToImprovementSupport() {
        List<Problem> p = check(withItems(
                "{id: s, category: monitoring, unit_price: 100000}",
                "{id: imp, category: improvement_support, unit_price: 300000}",
                "{id: ex, category: vendor_explanation, unit_price: 50000, attached_to: imp, approved_by_prefecture: true}"));
        assertEquals(List.of("attached-to-invalid"), problemCodes(p));
    }

    @Test
    @DisplayName("問8: attached_to naming a technology item, a terminal or an ineligible item is no input error")
    void attachedToValidTargets() {
        assertEquals(List.of(), check(withItems(
                "{id: soft, category: care_software, unit_price: 100000}",
                "{id: tab, category: terminal, unit_price: 100000}",
                "{id: s, category: monitoring, unit_price: 100000, other_subsidy: true}",
                "{id: a, category: maintenance, unit_price: 10000, attached_to: tab}",
                "{id: b, category: construction, unit_price: 10000, attached_to: s}",
                "{id: c, category: network, unit_price: 10000, attached_to: soft}")));
    }

    @Test
    @DisplayName("§3: a non-ancillary item with attached_to is computed, with a warning that attached_to is unused")
    void attachedToOnMainItemIgnored() {
        FacilityResult r = calc(withItems(
                "{id: s, category: monitoring, unit_price: 100000}",
                "{id: t, category: monitoring, unit_price: 100000, attached_to: s}"));
        assertEquals(Finding.Severity.WARNING, finding(r, "attached-to-ignored").severity());
        assertEquals(List.of("s", "t"), groupIds(r));
    }
}
