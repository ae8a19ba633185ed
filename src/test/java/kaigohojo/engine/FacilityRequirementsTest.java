package kaigohojo.engine;

import static kaigohojo.engine.Fixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * rules-national-r8.md §4: a facility failing a requirement gets 0, its report still shows what it
 * would get, and each unmet requirement is named with its source.
 */
class FacilityRequirementsTest {

    /** A lift of 1,000,000 → 800,000 when the facility is eligible. */
    private static final String LIFT = items("{id: lift, category: transfer_support, unit_price: 1000000}");

    private static void met(FacilityResult r) {
        assertTrue(r.eligible(), () -> "unmet: " + errorFindings(r));
        assertEquals(List.of(), errorFindings(r));
        assertTotals(r, 1_000_000, 800_000);
    }

    /** Subsidy 0, 800,000 if met, share = everything requested, and exactly the named requirement unmet. */
    private static void unmet(FacilityResult r, String code, String cite) {
        assertFalse(r.eligible());
        assertEquals(List.of(code), errorFindings(r));
        assertEquals(cite, finding(r, code).cite());
        assertEquals(0, r.totals().subsidy());
        assertEquals(800_000, r.totals().subsidyIfRequirementsMet());
        assertEquals(1_000_000, r.totals().facilityShare());
        assertEquals(800_000, group(r, "lift").subsidy(), "the group still shows its amount");
    }

    @Test
    @DisplayName("§4: the default facility (特養, ★★, plan submitted) meets every requirement")
    void allMet() {
        met(calc(doc(facility(), LIFT)));
    }

    // ── 問14 SECURITY ACTION ─────────────────────────────────────────────────────────────────────

    @Test
    @DisplayName("問14: SECURITY ACTION not declared (left blank) → 0")
    void securityActionMissing() {
        unmet(calc(doc(facility("-security_action"), LIFT)), "security-action-missing", "問14");
    }

    @Test
    @DisplayName("問14: SECURITY ACTION 'none' → 0")
    void securityActionNone() {
        unmet(calc(doc(facility("security_action: none"), LIFT)), "security-action-insufficient", "問14");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"one_star", "two_star", "★一つ星", "★★二つ星"})
    @DisplayName("問14: one star or two stars meets the requirement")
    void securityActionDeclared(String level) {
        met(calc(doc(facility("security_action: " + level), LIFT)));
    }

    // ── 問11 業務改善計画 ─────────────────────────────────────────────────────────────────────────

    @Test
    @DisplayName("問11/問14/YK 7(1): no improvement plan (left blank) → 0")
    void improvementPlanMissing() {
        unmet(calc(doc(facility("-improvement_plan"), LIFT)), "improvement-plan-missing", "問11");
    }

    @Test
    @DisplayName("問11: improvement plan false → 0")
    void improvementPlanFalse() {
        unmet(calc(doc(facility("improvement_plan: false"), LIFT)), "improvement-plan-missing", "問11");
    }

    // ── eligible services ────────────────────────────────────────────────────────────────────────

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"住宅型有料老人ホーム", "サービス付き高齢者向け住宅", "サ高住"})
    @DisplayName("YK 対象事業所: 住宅型有料老人ホーム and サービス付き高齢者向け住宅 are not eligible → 0")
    void ineligibleServices(String service) {
        unmet(calc(doc(facility("service: " + service), LIFT)), "service-ineligible", "実施要綱 対象事業所");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"養護老人ホーム", "軽費老人ホーム", "特定施設入居者生活介護", "介護老人保健施設", "認知症対応型共同生活介護"})
    @DisplayName("YK 対象事業所: 養護老人ホーム, 軽費老人ホーム and 介護保険 services without linkage duty are eligible")
    void eligibleServices(String service) {
        met(calc(doc(facility("service: " + service), LIFT)));
    }

    // ── 問11/問12/問19 ケアプランデータ連携 ───────────────────────────────────────────────────────

    @Test
    @DisplayName("問11/問12: a linkage service (訪問介護) using the system with a record of exchange is eligible")
    void linkageInUseWithRecord() {
        met(calc(doc(facility("service: 訪問介護", "care_plan_linkage: {in_use: true, track_record: true, partners: 1}"), LIFT)));
    }

    @Test
    @DisplayName("問11: a linkage service not using the system → 0")
    void linkageNotInUse() {
        unmet(calc(doc(facility("service: 訪問介護", "care_plan_linkage: {in_use: false}"), LIFT)),
                "linkage-not-in-use", "問12 INT");
    }

    @Test
    @DisplayName("問11: a linkage service saying nothing about the system (left blank) → 0")
    void linkageBlank() {
        unmet(calc(doc(facility("service: 居宅介護支援"), LIFT)), "linkage-not-in-use", "問12 INT");
    }

    @Test
    @DisplayName("問12: system in use but no record of exchange (required from this year) → 0")
    void linkageRecordMissing() {
        unmet(calc(doc(facility("service: 通所介護", "care_plan_linkage: {in_use: true, track_record: false, partners: 6}"), LIFT)),
                "linkage-record-missing", "問12");
    }

    @Test
    @DisplayName("問12: system in use, record left blank → 0")
    void linkageRecordBlank() {
        unmet(calc(doc(facility("service: 短期入所生活介護", "care_plan_linkage: {in_use: true}"), LIFT)),
                "linkage-record-missing", "問12");
    }

    @Test
    @DisplayName("問12: a 介護予防 linkage service (介護予防福祉用具貸与) needs the system too")
    void preventiveLinkageService() {
        unmet(calc(doc(facility("service: 介護予防福祉用具貸与"), LIFT)), "linkage-not-in-use", "問12 INT");
    }

    @Test
    @DisplayName("問19: 居宅療養管理指導 planning exchange must use the system → 0 when not in use")
    void homeMedicalPlannedNotInUse() {
        unmet(calc(doc(facility("service: 居宅療養管理指導", "care_plan_linkage: {in_use: false, planned: true}"), LIFT)),
                "linkage-not-in-use", "問19");
    }

    @Test
    @DisplayName("問19 + 問12: 居宅療養管理指導 planning exchange, in use, without a record → 0")
    void homeMedicalPlannedNoRecord() {
        unmet(calc(doc(facility("service: 居宅療養管理指導", "care_plan_linkage: {in_use: true, track_record: false, planned: true}"), LIFT)),
                "linkage-record-missing", "問12");
    }

    @Test
    @DisplayName("問19: 居宅療養管理指導 not planning exchange needs no system")
    void homeMedicalNotPlanned() {
        met(calc(doc(facility("service: 居宅療養管理指導", "care_plan_linkage: {in_use: false, planned: false}"), LIFT)));
    }

    @Test
    @DisplayName("問19: 居宅療養管理指導 saying nothing about plans needs no system")
    void homeMedicalBlank() {
        met(calc(doc(facility("service: 居宅療養管理指導"), LIFT)));
    }

    @Test
    @DisplayName("§4: a service outside the linkage list (特養) needs no system")
    void nonLinkageServiceNeedsNoSystem() {
        met(calc(doc(facility("service: 特養", "care_plan_linkage: {in_use: false}"), LIFT)));
    }

    // ── several at once ──────────────────────────────────────────────────────────────────────────

    @Test
    @DisplayName("§4 問11/問12/問14: every unmet requirement is named (訪問介護 without SECURITY ACTION, plan or linkage)")
    void everyUnmetNamed() {
        FacilityResult r = calc(doc(facility("service: 訪問介護", "-security_action", "improvement_plan: false"), LIFT));
        assertFalse(r.eligible());
        assertEquals(List.of("security-action-missing", "improvement-plan-missing", "linkage-not-in-use"),
                errorFindings(r));
        assertEquals(0, r.totals().subsidy());
        assertEquals(800_000, r.totals().subsidyIfRequirementsMet());
    }

    @Test
    @DisplayName("§4: an unmet requirement leaves item results as they are (eligible items stay eligible)")
    void itemsUnaffected() {
        FacilityResult r = calc(doc(facility("-improvement_plan"), LIFT));
        assertEligible(r, "lift", "lift");
        assertEquals(1_000_000, r.totals().eligibleCost());
    }
}
