package kaigohojo.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Random valid submissions (product.md §2/§3) as YAML text: every category, amounts round and not,
 * quantities, payments (with paid_this_year where required), attachments to valid main items,
 * package marks, staff, requirements met or not, training. Every generated case passes
 * SubmissionChecks; staff is always given.
 *
 * <p>A plain seeded generator: {@link #generate(long)} gives the same case for the same seed on every
 * JVM (SplittableRandom's sequence is specified). The draws happen in a fixed order, so changing the
 * order of the draws below changes the case of every seed.
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

    static final List<String> SERVICES = List.of("介護老人福祉施設", "介護老人福祉施設", "介護老人保健施設", "訪問介護", "通所介護",
            "居宅介護支援", "居宅療養管理指導", "養護老人ホーム", "軽費老人ホーム", "住宅型有料老人ホーム", "サービス付き高齢者向け住宅");

    static final List<String> STANDARDS = List.of("careplan_data_standard", "discharge_info_standard",
            "home_nursing_plan_standard", "financial_statement_output", "life_standard", "in_house_format", "");

    static final List<String> PAYMENTS = List.of("purchase", "purchase", "purchase", "lease", "subscription", "license", "rental");

    static final List<String> COURSES = List.of("beginner_seminar", "followup_seminar", "digital_core_training",
            "prefectural_center");

    /** Yen amounts that sit on or next to a boundary of the rules (caps, ÷1,000, 3/4 of 500,000, …). */
    static final List<Long> EDGE_AMOUNTS = List.of(0L, 1L, 999L, 1_000L, 299_999L, 300_000L, 375_000L, 999_999L,
            1_000_000L, 1_250_001L);

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

    // ── the generator ───────────────────────────────────────────────────────────────────────────

    /** The case of this seed: a facility, 1–10 items, every item a package one time in three, a lift with slings one time in three. */
    static Case generate(long seed) {
        RandomGenerator r = new SplittableRandom(seed);
        FacilitySeed facility = facility(r);
        int n = between(r, 1, 10);
        List<ItemSeed> items = new ArrayList<>(n);
        for (int k = 0; k < n; k++) items.add(item(r));
        boolean packageAll = oneIn(r, 3);
        LiftBundle lift = weighted(r, 2, 1) == 0 ? null : lift(r);
        return new Case(facility, List.copyOf(items), packageAll, lift);
    }

    /** Every category of product.md §3, technology items the most common (weights 12:4:6:2:2). */
    static String category(RandomGenerator r) {
        return switch (weighted(r, 12, 4, 6, 2, 2)) {
            case 0 -> pick(r, TECHNOLOGY);
            case 1 -> pick(r, SOFTWARE_OTHER);
            case 2 -> pick(r, ANCILLARY_WEIGHTED);
            case 3 -> "improvement_support";
            default -> pick(r, INELIGIBLE);
        };
    }

    /** Yen amounts, each kind one time in three: any up to 3,000,000; round (multiples of 10,000); an edge value. */
    static long amount(RandomGenerator r) {
        return switch (r.nextInt(3)) {
            case 0 -> between(r, 0L, 3_000_000L);
            case 1 -> between(r, 0L, 300L) * 10_000;
            default -> pick(r, EDGE_AMOUNTS);
        };
    }

    static ItemSeed item(RandomGenerator r) {
        String category = category(r);
        long unitPrice = amount(r);
        int quantity = weighted(r, 3, 2) == 0 ? 1 : between(r, 2, 5);
        String payment = pick(r, PAYMENTS);
        long paid = amount(r);
        int attach = between(r, 0, 9);
        int flags = between(r, 0, 31);
        String standard = pick(r, STANDARDS);
        LocalDate planned = r.nextBoolean() ? null : date(r, LocalDate.of(2026, 3, 1), LocalDate.of(2027, 5, 1));
        return new ItemSeed(category, unitPrice, quantity, payment, paid, attach, flags, standard, planned);
    }

    /** care_plan_linkage one time in three absent, else a mapping whose keys are each given or not. */
    static String linkage(RandomGenerator r) {
        if (oneIn(r, 3)) return "";
        String in = pick(r, List.of("true", "false", ""));
        String rec = pick(r, List.of("true", "false", ""));
        int partners = between(r, 0, 8);
        String planned = pick(r, List.of("true", "false", ""));
        List<String> parts = new ArrayList<>();
        if (!in.isEmpty()) parts.add("in_use: " + in);
        if (!rec.isEmpty()) parts.add("track_record: " + rec);
        parts.add("partners: " + partners);
        if (!planned.isEmpty()) parts.add("planned: " + planned);
        return "{" + String.join(", ", parts) + "}";
    }

    /** A course, its date absent (1), anywhere in 2025-03..2027-05 (3), or in 2026 Q2 (6). */
    static Training training(RandomGenerator r) {
        String course = pick(r, COURSES);
        LocalDate date = switch (weighted(r, 1, 3, 6)) {
            case 0 -> null;
            case 1 -> date(r, LocalDate.of(2025, 3, 1), LocalDate.of(2027, 5, 31));
            default -> date(r, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
        };
        return new Training(course, date);
    }

    static FacilitySeed facility(RandomGenerator r) {
        String service = pick(r, SERVICES);
        // staff: half any of 1–40, half on either side of the staff bands' boundaries
        int staff = r.nextBoolean() ? between(r, 1, 40) : pick(r, List.of(10, 11, 20, 21, 30, 31));
        String security = pick(r, List.of("two_star", "two_star", "one_star", "none", ""));
        String plan = pick(r, List.of("true", "true", "true", "false", ""));
        String linkage = linkage(r);
        int courses = between(r, 0, 2);
        List<Training> training = new ArrayList<>(courses);
        for (int k = 0; k < courses; k++) training.add(training(r));
        boolean centerLate = oneIn(r, 3);
        return new FacilitySeed(service, staff, security, plan, linkage, List.copyOf(training), centerLate);
    }

    static LiftBundle lift(RandomGenerator r) {
        long liftPrice = amount(r);
        int lifts = between(r, 1, 3);
        long slingPrice = amount(r);
        int slings = between(r, 1, 6);
        long slingPaid = r.nextBoolean() ? 0L : amount(r);
        return new LiftBundle(liftPrice, lifts, slingPrice, slings, slingPaid);
    }

    // ── drawing ─────────────────────────────────────────────────────────────────────────────────

    /** One element, uniformly (an element listed twice is twice as likely). */
    static <T> T pick(RandomGenerator r, List<T> xs) { return xs.get(r.nextInt(xs.size())); }

    /** An index drawn with these weights. */
    static int weighted(RandomGenerator r, int... weights) {
        int total = 0;
        for (int w : weights) total += w;
        int x = r.nextInt(total);
        for (int k = 0; k < weights.length; k++) {
            x -= weights[k];
            if (x < 0) return k;
        }
        throw new AssertionError("unreachable");
    }

    /** Inclusive of both ends. */
    static int between(RandomGenerator r, int lo, int hi) { return r.nextInt(lo, hi + 1); }

    /** Inclusive of both ends. */
    static long between(RandomGenerator r, long lo, long hi) { return r.nextLong(lo, hi + 1); }

    static boolean oneIn(RandomGenerator r, int n) { return r.nextInt(n) == 0; }

    /** Inclusive of both ends. */
    static LocalDate date(RandomGenerator r, LocalDate from, LocalDate to) {
        return from.plusDays(between(r, 0L, to.toEpochDay() - from.toEpochDay()));
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
