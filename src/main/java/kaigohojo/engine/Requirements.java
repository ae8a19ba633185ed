package kaigohojo.engine;

import java.util.ArrayList;
import java.util.List;
import kaigohojo.model.Facility;
import kaigohojo.model.Linkage;
import kaigohojo.rules.Cited;
import kaigohojo.rules.Rules;
import kaigohojo.text.Localized;

/**
 * The facility requirements of rules-national-r8.md §4. A requirement left blank counts as not met.
 * Each unmet requirement is an error finding; the facility then gets nothing, and the report shows
 * what it would get once they are met.
 */
final class Requirements {
    private final Rules rules;
    private final Ledger ledger;

    Requirements(Rules rules, Ledger ledger) {
        this.rules = rules;
        this.ledger = ledger;
    }

    List<Finding> unmet(Facility f) {
        List<Finding> out = new ArrayList<>();
        String service = f.service().name();
        /* 実施要綱 対象事業所: not 住宅型有料老人ホーム nor a サ高住 that is not a 特定施設. */
        Cited<List<String>> ineligible = ledger.cite(rules.ineligibleServices());
        if (ineligible.value().contains(service)) {
            out.add(Finding.error("service-ineligible", ineligible, serviceLabel(f)));
        }
        /* 問14: SECURITY ACTION ★一つ星 or ★★二つ星 declared. */
        Cited<List<String>> levels = ledger.cite(rules.securityActionLevels());
        if (f.securityAction() == null || !levels.value().contains(f.securityAction().id())) {
            out.add(Finding.error(f.securityAction() == null ? "security-action-missing" : "security-action-insufficient",
                    levels, f.securityAction() == null ? "" : f.securityAction().id()));
        }
        /* 問11, 問14, 実施要綱 7(1): 業務改善計画. */
        Cited<Boolean> plan = ledger.cite(rules.improvementPlanRequired());
        if (plan.value() && !Boolean.TRUE.equals(f.improvementPlan())) {
            out.add(Finding.error("improvement-plan-missing", plan));
        }
        /* #12: a seminar or consultation the prefecture requires (千葉県, 福島県 R7), recorded as a training course. */
        Cited<String> seminar = rules.prefecturalSeminar();
        if (seminar.value() != null) {
            ledger.cite(seminar);
            boolean attended = false;
            for (kaigohojo.model.Training t : f.training()) if (t.course().equals("prefectural_seminar")) attended = true;
            if (!attended) out.add(Finding.error("prefectural-seminar-missing", seminar, seminar.value()));
        }
        /* 問11, 問12, 問19: ケアプランデータ連携システム, with a record of exchange from R8. */
        if (linkageRequired(f)) {
            Linkage l = f.linkage();
            Cited<List<String>> svc = ledger.cite(linkageRule(f));
            if (!Boolean.TRUE.equals(l.inUse())) {
                out.add(Finding.error("linkage-not-in-use", svc, serviceLabel(f)));
            } else {
                Cited<Boolean> record = ledger.cite(rules.linkageRecordRequired());
                if (record.value() && !Boolean.TRUE.equals(l.trackRecord())) {
                    out.add(Finding.error("linkage-record-missing", record));
                }
            }
        }
        return out;
    }

    /** The service's name in both languages, made only for a finding that names it (#13). */
    private static Localized serviceLabel(Facility f) {
        return Localized.of(f.service().name(), f.service().en());
    }

    private Cited<List<String>> linkageRule(Facility f) {
        return rules.linkageIfPlanned().value().contains(f.service().name())
                ? rules.linkageIfPlanned() : rules.linkageServices();
    }

    /** 問19: 居宅療養管理指導 needs the system only when it plans to exchange care plans. */
    boolean linkageRequired(Facility f) {
        String service = f.service().name();
        if (ledger.use(rules.linkageServices()).contains(service)) return true;
        if (rules.linkageIfPlanned().value().contains(service)) {
            ledger.use(rules.linkageIfPlanned());
            return Boolean.TRUE.equals(f.linkage().planned());
        }
        return false;
    }

    /** 問11: +50,000 on the software cap with the system in use and at least 5 partner offices. */
    boolean linkageBonus(Facility f) {
        String service = f.service().name();
        boolean linkageService = rules.linkageServices().value().contains(service)
                || rules.linkageIfPlanned().value().contains(service);
        if (!linkageService || !Boolean.TRUE.equals(f.linkage().inUse())) return false;
        Integer partners = f.linkage().partners();
        long min = ledger.use(rules.linkageBonusMinPartners());
        return partners != null && partners >= min;
    }
}
