package kaigohojo.engine;

import java.time.LocalDate;
import java.util.List;
import kaigohojo.model.Facility;
import kaigohojo.model.Item;
import kaigohojo.model.Submission;
import kaigohojo.model.Training;
import kaigohojo.money.Fraction;
import kaigohojo.money.Yen;
import kaigohojo.rules.Cited;
import kaigohojo.rules.Rules;

/**
 * Prefectural limits at facility level (#12), each a rule value, none for one prefecture in code:
 * a cap on the sum of some groups only (千葉県 R7: 7,500,000 on everything but the care software),
 * the deduction of donations and other income before the rate (愛知県 R7 step イ), and the
 * warnings of an application window. The facility cap itself stays in {@link Calculator}.
 */
final class FacilityLimits {
    private FacilityLimits() {}

    /** Applies the limits before the facility cap; returns the running total and adds a row per cut. */
    static long apply(Rules rules, Ledger ledger, Facility f, List<GroupResult> groups, long groupSum,
                      long requested, List<Totals.CapRow> rows) {
        long running = groupSum;
        Cited<Long> partial = rules.facilityCapPartial();
        if (partial.value() != null) {
            ledger.cite(partial);
            Cited<List<String>> kinds = ledger.cite(rules.facilityCapPartialGroups());
            long sum = 0;
            for (GroupResult g : groups) if (kinds.value().contains(g.kind())) sum = Yen.add(sum, g.subsidy());
            if (sum > partial.value()) {
                long cut = sum - partial.value();
                rows.add(new Totals.CapRow("facility-cap-partial", sum, partial.value(), cut, partial.cite(),
                        partial.verified() && kinds.verified(), partial.path(), List.of(ItemRules.termLabels("cap_group", kinds.value()))));
                running -= cut;
            }
        }
        Cited<Boolean> deduct = rules.deductOtherIncome();
        if (Boolean.TRUE.equals(deduct.value()) && f.otherIncomeOrZero() > 0) {
            ledger.cite(deduct);
            Cited<Fraction> rate = ledger.cite(rules.rate());
            long unit = ledger.use(rules.roundingUnit());
            long net = Math.max(0, requested - f.otherIncomeOrZero());
            long limit = Yen.floorTo(rate.value().timesFloor(net), unit);
            if (running > limit) {
                rows.add(new Totals.CapRow("other-income", running, limit, running - limit, deduct.cite(),
                        deduct.verified(), deduct.path(), List.of(requested, f.otherIncomeOrZero(), net,
                        rate.value().toString())));
                running = limit;
            }
        }
        return running;
    }

    /** The application window: a planned date or a training date outside it, an item planned after the deadline. */
    static void windowWarnings(Rules rules, Submission s, List<Finding> findings) {
        Cited<LocalDate> start = rules.windowStart();
        Cited<LocalDate> end = rules.windowEnd();
        Cited<LocalDate> by = rules.installBy();
        boolean window = start.value() != null || end.value() != null;
        if (!window && by.value() == null) return;
        Cited<LocalDate> cite = start.value() != null ? start : end;
        String from = start.value() == null ? "" : start.value().toString();
        String to = end.value() == null ? "" : end.value().toString();
        for (Item it : s.items()) {
            LocalDate d = it.plannedDate();
            if (d == null) continue;
            if (window && outside(d, start.value(), end.value())) {
                findings.add(Finding.warning("planned-date-outside-window", cite, it.id(), it.id(), d.toString(), from, to));
            }
            if (by.value() != null && d.isAfter(by.value())) {
                findings.add(Finding.warning("planned-date-after-deadline", by, it.id(), it.id(), d.toString(),
                        by.value().toString()));
            }
        }
        if (!window) return;
        for (Training t : s.facility().training()) {
            if (t.date() != null && outside(t.date(), start.value(), end.value())) {
                findings.add(Finding.warning("training-date-outside-window", cite, null,
                        ItemRules.courseLabel(t.course()), t.date().toString(), from, to));
            }
        }
    }

    private static boolean outside(LocalDate d, LocalDate from, LocalDate to) {
        return (from != null && d.isBefore(from)) || (to != null && d.isAfter(to));
    }
}
