package kaigohojo.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random valid submissions (product.md §2/§3) as YAML text: every category, amounts round and not,
 * quantities, payments (with paid_this_year where required), attachments to valid main items,
 * package marks, staff, requirements met or not, training. Every generated case passes
 * SubmissionChecks; staff is always given.
 */
final class SubmissionGen {
    private SubmissionGen() {}

    static final List<String> ANCILLARY = List.of("construction", "maintenance", "network", "vendor_explanation", "lift_sling");

    static final List<String> TECHNOLOGY = List.of("care_software", "care_software", "back_office",
            "transfer_support", "transfer_support", "transfer_support", "bathing_support", "intercom", "chat_tool",
            "mobility_support", "excretion_support", "monitoring", "communication_robot", "care_work_device",
            "care_work_device", "functional_training", "meal_nutrition", "dementia_care", "equivalent_device");
    static final List<String> SOFTWARE_OTHER = List.of("software_modification", "onboarding_support", "terminal", "terminal");
    static final List<String> ANCILLARY_WEIGHTED = List.of("construction", "maintenance", "network", "vendor_explanation",
            "lift_sling", "lift_sling");
    static final List<String> INELIGIBLE = List.of("rental_stock", "communication_fee", "development_cost", "disposal",
            "building_renovation", "bank_fee", "insurance", "consumption_tax");

    /** Every category of product.md §3, technology items the most common. */
    static Arbitrary<String> categories() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.of(TECHNOLOGY)),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(SOFTWARE_OTHER)),
                net.jqwik.api.Tuple.of(6, Arbitraries.of(ANCILLARY_WEIGHTED)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just("improvement_support")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(INELIGIBLE)));
    }

    static final List<String> SERVICES = List.of("介護老人福祉施設", "介護老人福祉施設", "介護老人保健施設", "訪問介護", "通所介護",
            "居宅介護支援", "居宅療養管理指導", "養護老人ホーム", "軽費老人ホーム", "住宅型有料老人ホーム", "サービス付き高齢者向け住宅");

    static final List<String> STANDARDS = List.of("careplan_data_standard", "discharge_info_standard",
            "home_nursing_plan_standard", "financial_statement_output", "life_standard", "in_house_format", "");

    static final List<String> PAYMENTS = List.of("purchase", "purchase", "purchase", "lease", "subscription", "license", "rental");

    record Training(String course, LocalDate date) {}

    record FacilitySeed(String service, int staff, String security, String plan, String linkage,
                        List<Training> training, boolean centerLate) {}

    /**
     * @param attach index into the main-item candidates (modulo their number); ≥ 8 means no attached_to
     * @param flags bit 0 pricing flat, 1 package, 2 approved, 0+3 other subsidy, 4 paid_this_year on a purchase
     */
    record ItemSeed(String category, long unitPrice, int quantity, String payment, long paid, int attach,
                    int flags, String standard, LocalDate planned) {}

    /** A lift with its slings (問15), often more slings than lifts; paid_this_year on the slings when > 0. */
    record LiftBundle(long liftPrice, int lifts, long slingPrice, int slings, long slingPaid) {}

    /**
     * @param packageAll every item marked package (so that packages form often)
     * @param lift null, or a lift with slings appended to the items
     */
    record Case(FacilitySeed facility, List<ItemSeed> items, boolean packageAll, LiftBundle lift) {
        String yaml() { return render(this); }
    }

    // ── arbitraries ─────────────────────────────────────────────────────────────────────────────

    static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return Arbitraries.longs().between(0, days).map(d -> from.plusDays(d));
    }

    /** Yen amounts: small and large, round (multiples of 10,000) and not. */
    static Arbitrary<Long> amounts() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 3_000_000),
                Arbitraries.longs().between(0, 300).map(x -> x * 10_000),
                Arbitraries.of(0L, 1L, 999L, 1_000L, 299_999L, 300_000L, 375_000L, 999_999L, 1_000_000L, 1_250_001L));
    }

    static Arbitrary<ItemSeed> items() {
        Arbitrary<LocalDate> planned = Arbitraries.oneOf(Arbitraries.just(null),
                dates(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 5, 1)));
        Arbitrary<ItemSeed> base = Combinators.combine(
                categories(),
                amounts(),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(1)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(2, 5))),
                Arbitraries.of(PAYMENTS),
                amounts(),
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 31),
                Arbitraries.of(STANDARDS)).as((c, u, q, pay, paid, att, fl, std) ->
                        new ItemSeed(c, u, q, pay, paid, att, fl, std, null));
        return Combinators.combine(base, planned).as((s, d) ->
                new ItemSeed(s.category(), s.unitPrice(), s.quantity(), s.payment(), s.paid(), s.attach(), s.flags(),
                        s.standard(), d));
    }

    static Arbitrary<FacilitySeed> facilities() {
        Arbitrary<String> linkage = Combinators.combine(
                Arbitraries.of("true", "false", ""),
                Arbitraries.of("true", "false", ""),
                Arbitraries.integers().between(0, 8),
                Arbitraries.of("true", "false", "")).as((in, rec, partners, planned) -> {
                    List<String> parts = new ArrayList<>();
                    if (!in.isEmpty()) parts.add("in_use: " + in);
                    if (!rec.isEmpty()) parts.add("track_record: " + rec);
                    parts.add("partners: " + partners);
                    if (!planned.isEmpty()) parts.add("planned: " + planned);
                    return "{" + String.join(", ", parts) + "}";
                });
        Arbitrary<Training> training = Combinators.combine(
                Arbitraries.of("beginner_seminar", "followup_seminar", "digital_core_training", "prefectural_center"),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(1, Arbitraries.just((LocalDate) null)),
                        net.jqwik.api.Tuple.of(3, dates(LocalDate.of(2025, 3, 1), LocalDate.of(2027, 5, 31))),
                        net.jqwik.api.Tuple.of(6, dates(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))))
                .as(Training::new);
        return Combinators.combine(
                Arbitraries.of(SERVICES),
                Arbitraries.oneOf(Arbitraries.integers().between(1, 40), Arbitraries.of(10, 11, 20, 21, 30, 31)),
                Arbitraries.of("two_star", "two_star", "one_star", "none", ""),
                Arbitraries.of("true", "true", "true", "false", ""),
                Arbitraries.oneOf(Arbitraries.just(""), linkage, linkage),
                training.list().ofMaxSize(2),
                Arbitraries.of(false, false, true)).as(FacilitySeed::new);
    }

    static Arbitrary<Case> cases() {
        Arbitrary<LiftBundle> lift = Combinators.combine(amounts(), Arbitraries.integers().between(1, 3), amounts(),
                Arbitraries.integers().between(1, 6),
                Arbitraries.oneOf(Arbitraries.just(0L), amounts())).as(LiftBundle::new);
        return Combinators.combine(facilities(), items().list().ofMinSize(1).ofMaxSize(10),
                Arbitraries.of(false, false, true),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, Arbitraries.just((LiftBundle) null)),
                        net.jqwik.api.Tuple.of(1, lift))).as(Case::new);
    }

    // ── rendering ───────────────────────────────────────────────────────────────────────────────

    static String render(Case c) {
        FacilitySeed f = c.facility();
        StringBuilder sb = new StringBuilder();
        sb.append("facility:\n");
        sb.append("  id: \"1370000001\"\n");
        sb.append("  name: 生成施設\n");
        sb.append("  service: ").append(f.service()).append('\n');
        sb.append("  staff: ").append(f.staff()).append('\n');
        if (!f.security().isEmpty()) sb.append("  security_action: ").append(f.security()).append('\n');
        if (!f.plan().isEmpty()) sb.append("  improvement_plan: ").append(f.plan()).append('\n');
        if (!f.linkage().isEmpty()) sb.append("  care_plan_linkage: ").append(f.linkage()).append('\n');
        if (!f.training().isEmpty()) {
            sb.append("  training:\n");
            for (Training t : f.training()) {
                sb.append("    - {course: ").append(t.course());
                if (t.date() != null) sb.append(", date: ").append(t.date());
                sb.append("}\n");
            }
        }
        if (f.centerLate()) sb.append("  center_opened_late: true\n");
        sb.append("items:\n");
        List<ItemSeed> items = c.items();
        List<String> mains = new ArrayList<>();
        List<String> lifts = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            String cat = items.get(k).category();
            if (!ANCILLARY.contains(cat) && !cat.equals("improvement_support")) mains.add("i" + (k + 1));
            if (cat.equals("transfer_support")) lifts.add("i" + (k + 1));
        }
        for (int k = 0; k < items.size(); k++) {
            ItemSeed it = items.get(k);
            List<String> parts = new ArrayList<>();
            parts.add("id: i" + (k + 1));
            parts.add("category: " + it.category());
            boolean software = it.category().equals("care_software") || it.category().equals("back_office");
            if (software && (it.flags() & 1) != 0) parts.add("pricing: flat");
            parts.add("payment: " + it.payment());
            parts.add("unit_price: " + it.unitPrice());
            parts.add("quantity: " + it.quantity());
            boolean purchase = it.payment().equals("purchase");
            if (!purchase || (it.flags() & 16) != 0) parts.add("paid_this_year: " + it.paid());
            if (it.planned() != null) parts.add("planned_date: " + it.planned());
            // slings go mostly to a lift (問15), other ancillaries to any main item
            List<String> targets = it.category().equals("lift_sling") && !lifts.isEmpty() && it.attach() < 6 ? lifts : mains;
            if (ANCILLARY.contains(it.category()) && it.attach() < 8 && !targets.isEmpty()) {
                parts.add("attached_to: " + targets.get(it.attach() % targets.size()));
            }
            if (c.packageAll() || (it.flags() & 2) != 0) parts.add("package: true");
            if (it.category().equals("software_modification") && !it.standard().isEmpty()) {
                parts.add("standard: " + it.standard());
            }
            if ((it.flags() & 4) != 0) parts.add("approved_by_prefecture: true");
            if ((it.flags() & 9) == 9) parts.add("other_subsidy: true");
            sb.append("  - {").append(String.join(", ", parts)).append("}\n");
        }
        LiftBundle b = c.lift();
        if (b != null) {
            String pkg = c.packageAll() ? ", package: true" : "";
            sb.append("  - {id: lift, category: transfer_support, unit_price: ").append(b.liftPrice())
                    .append(", quantity: ").append(b.lifts()).append(pkg).append("}\n");
            sb.append("  - {id: slings, category: lift_sling, unit_price: ").append(b.slingPrice())
                    .append(", quantity: ").append(b.slings());
            if (b.slingPaid() > 0) sb.append(", payment: rental, paid_this_year: ").append(b.slingPaid());
            sb.append(", attached_to: lift}\n");
        }
        return sb.toString();
    }
}
