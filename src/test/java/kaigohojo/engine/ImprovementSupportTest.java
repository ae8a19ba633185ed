package kaigohojo.engine;

import static kaigohojo.engine.Fixture.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 問7: 業務改善支援 needs qualifying training, this fiscal year, before adoption, and a technology item. */
class ImprovementSupportTest {

    /** 300,000 of improvement support (→ 240,000 when eligible). */
    private static final String IMP = "{id: imp, category: improvement_support, unit_price: 300000}";

    /** A beginner seminar taken on {@code date}, these items, and {@link #IMP}. */
    private static FacilityResult trainedOn(String date, String... items) {
        String[] all = java.util.Arrays.copyOf(items, items.length + 1);
        all[items.length] = IMP;
        return calc(doc(facility("training: [{course: beginner_seminar, date: " + date + "}]"), items(all)));
    }

    /** A sensor planned for 1 July 2026 and 300,000 of improvement support (→ 240,000 when eligible). */
    private static String withTraining(String training, String... extraFacility) {
        String[] lines = new String[extraFacility.length + 1];
        lines[0] = "training: " + training;
        System.arraycopy(extraFacility, 0, lines, 1, extraFacility.length);
        return doc(facility(lines), items(
                "{id: s, category: monitoring, unit_price: 100000, planned_date: 2026-07-01}",
                IMP));
    }

    private static void eligible(FacilityResult r, String reason) {
        assertEligible(r, "imp", "improvement_support");
        assertEquals("問7", reason(item(r, "imp"), reason).cite());
        assertEquals(240_000, group(r, "improvement_support").subsidy()); // 300,000 × 4/5
        assertTotals(r, 400_000, 320_000);
    }

    private static void ineligible(FacilityResult r, String reason) {
        ineligible(r, reason, "問7");
    }

    /** @param cite 問7, or --set when the course list was set on the command line */
    private static void ineligible(FacilityResult r, String reason, String cite) {
        assertIneligible(r, "imp", reason, cite);
        assertTotals(r, 400_000, 80_000);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"beginner_seminar", "followup_seminar", "digital_core_training", "prefectural_center",
            "ビギナーセミナー"})
    @DisplayName("問7: each listed course, taken this year before adoption, qualifies")
    void listedCourses(String course) {
        eligible(calc(withTraining("[{course: " + course + ", date: 2026-05-20}]")), "training-ok");
    }

    @Test
    @DisplayName("問7: training on the adoption date itself is 'on or before' adoption")
    void trainingOnAdoptionDay() {
        eligible(calc(withTraining("[{course: beginner_seminar, date: 2026-07-01}]")), "training-ok");
    }

    @Test
    @DisplayName("問7: training on 1 April, the first day of the fiscal year, qualifies")
    void firstDayOfYear() {
        eligible(calc(withTraining("[{course: beginner_seminar, date: 2026-04-01}]")), "training-ok");
    }

    @Test
    @DisplayName("問7: training after the earliest planned adoption is ineligible (2026-07-02 > 2026-07-01)")
    void afterAdoption() {
        ineligible(calc(withTraining("[{course: beginner_seminar, date: 2026-07-02}]")), "training-after-adoption");
    }

    @Test
    @DisplayName("問7: after adoption is allowed when the centre opened in the second half of the year")
    void afterAdoptionCentreOpenedLate() {
        eligible(calc(withTraining("[{course: prefectural_center, date: 2026-11-10}]", "center_opened_late: true")),
                "training-after-adoption-allowed");
    }

    @Test
    @DisplayName("問7: training outside the fiscal year is ineligible (31 March 2026, the previous year)")
    void beforeFiscalYear() {
        ineligible(calc(withTraining("[{course: beginner_seminar, date: 2026-03-31}]")), "training-outside-year");
    }

    @Test
    @DisplayName("問7: training outside the fiscal year is ineligible even when the centre opened late (1 April 2027)")
    void afterFiscalYearCentreLate() {
        ineligible(calc(withTraining("[{course: beginner_seminar, date: 2027-04-01}]", "center_opened_late: true")),
                "training-outside-year");
    }

    @Test
    @DisplayName("問7: training on 31 March 2027 (last day of the year) qualifies when no planned dates are given")
    void lastDayNoPlannedDates() {
        FacilityResult r = trainedOn("2027-03-31",
                "{id: s, category: monitoring, unit_price: 100000}");
        eligible(r, "training-ok");
    }

    @Test
    @DisplayName("問7: undated training cannot be checked: ineligible")
    void undated() {
        ineligible(calc(withTraining("[{course: beginner_seminar}]")), "training-undated");
    }

    @Test
    @DisplayName("問7: no training: ineligible")
    void noTraining() {
        FacilityResult r = calc(withItems(
                "{id: s, category: monitoring, unit_price: 100000}",
                IMP));
        ineligible(r, "training-missing");
    }

    @Test
    @DisplayName("問7: a course that the rule set does not list is ineligible (courses narrowed by --set)")
    void courseNotListed() {
        FacilityResult r = calc(r8("improvement_support.courses=beginner_seminar"),
                withTraining("[{course: followup_seminar, date: 2026-05-20}]"));
        ineligible(r, "training-course-not-listed", "--set");
    }

    @Test
    @DisplayName("問7: one qualifying course among failing ones is enough")
    void oneGoodCourse() {
        eligible(calc(withTraining("[{course: beginner_seminar, date: 2025-05-20}, {course: followup_seminar, date: 2026-06-01}]")),
                "training-ok");
    }

    @Test
    @DisplayName("問7: the earliest planned date of the eligible technology items is the limit")
    void earliestPlannedDate() {
        // sensor 1 June, lift 1 Sept: training on 1 July is after the earliest → ineligible
        FacilityResult r = trainedOn("2026-07-01",
                "{id: lift, category: transfer_support, unit_price: 100000, planned_date: 2026-09-01}",
                "{id: s, category: monitoring, unit_price: 100000, planned_date: 2026-06-01}");
        assertIneligible(r, "imp", "training-after-adoption", "問7");
    }

    @Test
    @DisplayName("問7: an ineligible item's earlier planned date does not count")
    void ineligibleItemDateIgnored() {
        // the 1 May sensor is paid by another subsidy; the eligible one is planned for 1 Sept; training 1 June
        FacilityResult r = trainedOn("2026-06-01",
                "{id: old, category: monitoring, unit_price: 100000, planned_date: 2026-05-01, other_subsidy: true}",
                "{id: s, category: monitoring, unit_price: 100000, planned_date: 2026-09-01}");
        assertEligible(r, "imp", "improvement_support");
    }

    @Test
    @DisplayName("問7/§2: a terminal is not a technology item: its planned date does not count")
    void terminalDateIgnored() {
        FacilityResult r = trainedOn("2026-06-01",
                "{id: soft, category: care_software, unit_price: 100000, planned_date: 2026-08-01}",
                "{id: tab, category: terminal, unit_price: 100000, planned_date: 2026-05-01}");
        assertEligible(r, "imp", "improvement_support");
    }

    @Test
    @DisplayName("問7: without an eligible technology item, improvement support is ineligible (a modification is not one)")
    void noTechnology() {
        FacilityResult r = trainedOn("2026-05-01",
                "{id: mod, category: software_modification, standard: life_standard, unit_price: 100000}");
        assertIneligible(r, "imp", "improvement-without-technology", "問7");
        assertTotals(r, 400_000, 80_000);
    }

    @Test
    @DisplayName("問7: an ineligible technology item does not carry improvement support")
    void onlyIneligibleTechnology() {
        FacilityResult r = trainedOn("2026-05-01",
                "{id: s, category: monitoring, unit_price: 100000, other_subsidy: true}");
        assertIneligible(r, "imp", "improvement-without-technology", "問7");
        assertTotals(r, 400_000, 0);
    }
}
