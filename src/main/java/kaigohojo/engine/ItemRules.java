package kaigohojo.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaigohojo.model.Item;
import kaigohojo.model.Training;
import kaigohojo.rules.Cited;
import kaigohojo.rules.Rules;
import kaigohojo.text.Localized;

/**
 * The item rules of rules-national-r8.md §3, applied in the order their dependencies need: rules
 * about an item alone; then items that need a main item in the application (定着促進費, 情報端末);
 * then ancillary costs, which follow the item they are attached to; then 業務改善支援, which needs
 * training and an eligible technology item. Every exclusion carries its citation.
 */
final class ItemRules {
    private final Rules rules;
    private final Ledger ledger;
    private final ItemsById byId;
    /** Up to how many items "is there an eligible … ?" is answered by looking at them (#13, session 6). */
    private final int scan;
    private final List<ItemState> items;
    private final kaigohojo.model.Facility facility;
    /** How many slings of each line count (問15), by sling id, once worked out for their lift. */
    private Map<String, Long> slingAllowed; // made at the first sling (#13: most facilities have none)
    /** The sling lines by the id of the item they are attached to, made once (#8: linear in lifts × items before). */
    private Map<String, List<ItemState>> slingsByLift;

    ItemRules(Rules rules, Ledger ledger, List<ItemState> items, ItemsById byId,
              kaigohojo.model.Facility facility, int scan) {
        this.scan = scan;
        this.rules = rules;
        this.ledger = ledger;
        this.items = items;
        this.byId = byId;
        this.facility = facility;
    }

    void apply() {
        for (ItemState s : items) standalone(s);
        if (items.size() > scan) countEligible(); // else anyEligible looks at the few items themselves (#13)
        for (ItemState s : items) {
            boolean was = s.eligible;
            needsMainItem(s);
            if (was && !s.eligible && eligibleByCategory != null) eligibleByCategory.merge(s.category(), -1, Integer::sum);
        }
        // the counts are still exact here: the pass above excludes only the item it looks at, and counts it out
        for (ItemState s : items) {
            boolean was = s.eligible;
            if (s.ancillary) ancillary(s);
            if (was && !s.eligible && eligibleByCategory != null) eligibleByCategory.merge(s.category(), -1, Integer::sum);
        }
        eligibleByCategory = null;
        for (ItemState s : items) if (s.category().equals("improvement_support")) improvementSupport(s);
    }

    static Localized label(Item i) {
        return Localized.of(i.category().ja(), i.category().en());
    }

    // ── rules about an item alone ──────────────────────────────────────────────────────────────

    private void standalone(ItemState s) {
        Item it = s.item;
        String cat = s.category();
        /* 重複補助の禁止 (R7 要綱): an item paid by another subsidy is not paid twice. */
        if (it.otherSubsidy()) {
            Cited<String> r = ledger.cite(rules.otherSubsidy());
            if (r.value().equals("ineligible")) {
                s.exclude(Reason.of("other-subsidy", r));
                return;
            }
        }
        /* 問20: 福祉用具貸与事業所が貸与するための福祉用具 … 補助対象としては認められません。 */
        if (cat.equals("rental_stock")) {
            Cited<String> r = ledger.cite(rules.rentalStock());
            if (r.value().equals("ineligible")) {
                s.exclude(Reason.of("rental-stock", r));
                return;
            }
        }
        /* R7 対象外経費: 通信費・回線使用料, 開発費, 廃棄, 建物改修, 振込手数料, 保険料, 消費税. */
        Cited<List<String>> never = ledger.cite(rules.alwaysIneligible());
        if (rules.isAlwaysIneligible(cat)) {
            s.exclude(Reason.of("excluded-cost." + cat, never, label(it)));
            return;
        }
        /* #12: a prefecture that admits only listed 4(1)イ devices (愛知県 R7: 「上記aからg以外の機器は対象外です。」). */
        if (!closedList(s)) return;
        /* 問18: only modifications for the five standards are eligible. */
        if (cat.equals("software_modification")) {
            Cited<List<String>> std = ledger.cite(rules.modificationStandards());
            if (it.standard() == null) {
                s.exclude(Reason.of("modification-standard-missing", std));
            } else if (!std.value().contains(it.standard())) {
                s.exclude(Reason.of("modification-standard-outside", std, it.standard()));
            } else {
                s.note(Reason.of("modification-standard-ok", std, standardLabel(it.standard())));
            }
            return;
        }
        /* 問17: 機器説明にかかる費用 … 実施主体が認める場合は、補助して差し支えありません。 */
        if (cat.equals("vendor_explanation")) {
            Cited<String> r = ledger.cite(rules.vendorExplanation());
            if (r.value().equals("approval_required") && !it.approvedByPrefecture()) {
                s.exclude(Reason.of("vendor-explanation-not-approved", r));
            }
            return;
        }
        /* 実施要綱 4(1)イ: 実施主体が判断した機器等. */
        if (cat.equals("equivalent_device")) {
            Cited<String> r = ledger.cite(rules.equivalentDevice());
            if (r.value().equals("approval_required") && !it.approvedByPrefecture()) {
                s.exclude(Reason.of("equivalent-device-not-approved", r));
                return;
            }
        }
        /* 問6: バックオフィスソフト … 一気通貫の環境が実現されていなくても … 補助対象として差し支えありません。 */
        if (cat.equals("back_office")) {
            Cited<String> r = ledger.cite(rules.backOffice());
            if (!r.value().equals("allowed")) {
                s.exclude(Reason.of("back-office-ineligible", r));
                return;
            }
            s.note(Reason.of("back-office-no-integration", r));
        }
        /* 問10: 介護テクノロジーのレンタル費用も補助対象 … お見込みのとおり。 */
        if (it.payment() == kaigohojo.model.Payment.RENTAL) {
            Cited<String> r = ledger.cite(rules.rental());
            if (!r.value().equals("allowed")) {
                s.exclude(Reason.of("rental-ineligible", r));
                return;
            }
            s.note(Reason.of("paid-this-year-rental", r, it.paidThisYear()));
        } else if (it.paidThisYear() != null && it.payment() != kaigohojo.model.Payment.PURCHASE) {
            /* 問9: 補助対象額＝当年度の支払金額 (licence, lease, subscription). */
            Cited<List<String>> p = ledger.cite(rules.paidThisYearRequired());
            s.note(Reason.of("paid-this-year", p, it.paidThisYear()));
        }
    }

    /** false when the item is refused by the rule set's closed list of devices. */
    private boolean closedList(ItemState s) {
        Cited<List<String>> list = rules.closedDeviceList();
        if (list.value().isEmpty() || !rules.closedDeviceCategories().value().contains(s.category())) return true;
        ledger.cite(list);
        ledger.cite(rules.closedDeviceCategories());
        String kind = s.item.deviceKind();
        if (kind == null) {
            s.exclude(Reason.of("device-kind-missing", list, label(s.item), deviceLabels(list.value())));
            return false;
        }
        if (!list.value().contains(kind)) {
            s.exclude(Reason.of("device-outside-list", list, termLabel("device_kind", kind), deviceLabels(list.value())));
            return false;
        }
        s.note(Reason.of("device-in-list", list, termLabel("device_kind", kind)));
        return true;
    }

    private static Localized deviceLabels(List<String> ids) {
        return termLabels("device_kind", ids);
    }

    /** The labels of several enumerated values, joined: 「床走行式リフト、インカム」 / "floor-travelling lift, intercom". */
    static Localized termLabels(String kind, List<String> ids) {
        StringBuilder ja = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (String id : ids) {
            Localized l = termLabel(kind, id);
            if (ja.length() > 0) {
                ja.append('、');
                en.append(", ");
            }
            ja.append(l.ja());
            en.append(l.en());
        }
        return Localized.of(ja.toString(), en.toString());
    }

    private static Localized standardLabel(String id) {
        return termLabel("standard", id);
    }

    /** The Japanese and English labels of an enumerated value (a standard, a course), or its id. */
    static Localized termLabel(String kind, String id) {
        kaigohojo.input.Vocabulary.Term t = kaigohojo.input.Vocabulary.get().terms(kind).get(id);
        return t == null ? Localized.same(id) : Localized.of(t.ja(), t.en());
    }

    // ── items that need a main item in the same application ────────────────────────────────────

    /**
     * Eligible items by category while a pass over the items runs, kept up to date as the pass excludes
     * some: "is there an eligible care software?" for each of 100,000 terminals is then one look-up,
     * not a scan of every item (#8: linear).
     */
    private Map<String, Integer> eligibleByCategory;

    private void countEligible() {
        eligibleByCategory = new java.util.HashMap<>();
        for (ItemState o : items) if (o.eligible) eligibleByCategory.merge(o.category(), 1, Integer::sum);
    }

    private boolean anyEligible(List<String> categories) {
        if (eligibleByCategory != null) {
            for (String c : categories) if (eligibleByCategory.getOrDefault(c, 0) > 0) return true;
            return false;
        }
        for (ItemState o : items) if (o.eligible && categories.contains(o.category())) return true;
        return false;
    }

    private void needsMainItem(ItemState s) {
        if (!s.eligible) return;
        String cat = s.category();
        /* 問2: 介護ソフトを今回導入しない場合は補助することができないか。(答) ご認識の通りです。 */
        if (cat.equals("onboarding_support")) {
            Cited<List<String>> req = ledger.cite(rules.onboardingRequires());
            if (!anyEligible(req.value())) {
                s.exclude(Reason.of("onboarding-without-software", req));
            } else {
                s.note(Reason.of("onboarding-with-software", req));
            }
        }
        /* 問1, 問8: 情報端末 counts only with eligible care or back-office software; R8 has no per-unit cap. */
        if (cat.equals("terminal")) {
            Cited<List<String>> req = ledger.cite(rules.terminalRequires());
            if (!anyEligible(req.value())) {
                s.exclude(Reason.of("terminal-without-software", req));
                return;
            }
            Cited<Long> perUnit = ledger.cite(rules.terminalPerUnit());
            if (perUnit.value() == null) {
                s.note(Reason.of("terminal-in-software-cap", perUnit));
            } else {
                limitTerminal(s, perUnit);
            }
        }
    }

    /**
     * R7 (quoted in 問1): 「情報端末について、1台あたりの補助額は10万円以内とする」. The subsidy of a terminal
     * is at most cap × quantity; we count at most the cost that the rate turns into that subsidy
     * (INT: cost ≤ cap × quantity ÷ rate), kept exact (100,000 ÷ 3/4 = 133,333⅓) so that the subsidy
     * it gives is exactly the cap: rounded down to whole yen, the lost third would drop a thousand at
     * the 千円未満切捨て (issue #9).
     */
    private void limitTerminal(ItemState s, Cited<Long> perUnit) {
        kaigohojo.money.Fraction rate = ledger.use(rules.rate());
        long capTotal = Math.multiplyExact(perUnit.value(), s.item.quantity());
        kaigohojo.money.ExactYen maxCost = kaigohojo.money.ExactYen.ratio(
                Math.multiplyExact(capTotal, rate.denominator()), rate.numerator());
        if (maxCost.compareTo(kaigohojo.money.ExactYen.of(s.eligibleCost)) < 0) {
            s.eligibleCost = maxCost.floor();
            s.exactCost = maxCost;
            s.note(Reason.of("terminal-per-unit-cap", perUnit, perUnit.value(),
                    s.item.quantity(), maxCost.isWhole() ? (Object) maxCost.floor() : maxCost));
        } else {
            s.note(Reason.of("terminal-within-per-unit-cap", perUnit, perUnit.value()));
        }
    }

    // ── ancillary costs (付帯経費) ────────────────────────────────────────────────────────────────

    /**
     * 問8: 主となる機器と併せて導入する場合に限って補助対象. 問17: 工事費は付帯経費. 問15: つり具 as many as
     * the lifts they go with.
     */
    private void ancillary(ItemState s) {
        if (!s.eligible) return;
        Item it = s.item;
        Cited<List<String>> anc = ledger.cite(rules.ancillary());
        if (it.category().id().equals("lift_sling")) {
            liftSling(s);
            return;
        }
        if (it.attachedTo() != null) {
            ItemState main = byId.get(it.attachedTo());
            if (main == null || !main.eligible) {
                s.exclude(Reason.of("ancillary-main-ineligible", anc, it.attachedTo()));
            } else {
                s.note(Reason.of("ancillary-attached", anc, it.attachedTo()));
            }
            return;
        }
        Cited<List<String>> join = ledger.cite(rules.unattachedJoinSoftware());
        Cited<List<String>> req = ledger.cite(rules.unattachedRequires());
        if (join.value().contains(it.category().id()) && anyEligible(req.value())) {
            s.note(Reason.of("ancillary-joins-software", join));
        } else {
            s.exclude(Reason.of("ancillary-without-main", anc, label(it)));
        }
    }

    /** 問15: 原則、同時に導入する介護リフト等の台数と同数を補助対象とします。 */
    private void liftSling(ItemState s) {
        Item it = s.item;
        Cited<List<String>> to = ledger.cite(rules.liftSlingAttachTo());
        ItemState main = it.attachedTo() == null ? null : byId.get(it.attachedTo());
        if (main == null || !to.value().contains(main.category())) {
            s.exclude(Reason.of("sling-without-lift", to));
            return;
        }
        if (!main.eligible) {
            s.exclude(Reason.of("ancillary-main-ineligible", to, it.attachedTo()));
            return;
        }
        Cited<Long> perUnit = ledger.cite(rules.liftSlingPerUnit());
        long allowed = slingShare(main, perUnit.value()).get(it.id());
        if (allowed == it.quantity()) {
            s.note(Reason.of("sling-within-lifts", perUnit, it.quantity(), main.item.quantity()));
            return;
        }
        // the payment shared between the slings, exactly (paid × allowed ÷ quantity need not be whole yen)
        kaigohojo.money.ExactYen cost = it.paidThisYear() != null
                ? kaigohojo.money.ExactYen.ratio(Math.multiplyExact(it.paidThisYear(), allowed), it.quantity())
                : kaigohojo.money.ExactYen.of(Math.multiplyExact(it.unitPrice() == null ? 0 : it.unitPrice(), allowed));
        Reason why = Reason.of("sling-excess", perUnit, it.quantity() - allowed, allowed, main.item.quantity());
        if (cost.floor() == 0 && s.requested > 0) { // less than a yen: nothing counts
            s.exclude(why);
            return;
        }
        if (cost.compareTo(kaigohojo.money.ExactYen.of(s.eligibleCost)) < 0) {
            s.eligibleCost = cost.floor();
            s.exactCost = cost;
        }
        s.note(why);
    }

    /**
     * The lift's allowance (per unit × its quantity) shared by every eligible sling line attached to it,
     * handed out in the order of the slings' ids, so that the order of the lines changes nothing.
     */
    private Map<String, Long> slingShare(ItemState lift, long perUnit) {
        if (slingAllowed == null) slingAllowed = new java.util.HashMap<>();
        if (!slingAllowed.containsKey("\0" + lift.item.id())) {
            long left = Math.multiplyExact(perUnit, lift.item.quantity());
            if (slingsByLift == null) {
                slingsByLift = new java.util.HashMap<>();
                for (ItemState o : items) {
                    if (o.category().equals("lift_sling") && o.item.attachedTo() != null) {
                        slingsByLift.computeIfAbsent(o.item.attachedTo(), k -> new java.util.ArrayList<>()).add(o);
                    }
                }
            }
            List<ItemState> slings = new java.util.ArrayList<>();
            for (ItemState o : slingsByLift.getOrDefault(lift.item.id(), List.of())) {
                if (o.eligible) slings.add(o); // eligible now, as each lift's first sling is judged
            }
            slings.sort(java.util.Comparator.comparing(o -> o.item.id()));
            for (ItemState o : slings) {
                long take = Math.min(o.item.quantity(), left);
                slingAllowed.put(o.item.id(), take);
                left -= take;
            }
            slingAllowed.put("\0" + lift.item.id(), 0L);
        }
        return slingAllowed;
    }

    // ── 業務改善支援 ────────────────────────────────────────────────────────────────────────────

    /**
     * 問7: a course in the list, taken in the fiscal year, and in principle before the technology is
     * introduced (after it only when the prefecture's centre opened in the second half of the year);
     * and the support goes with the introduction of technology (導入支援と一体的に行う).
     */
    private void improvementSupport(ItemState s) {
        if (!s.eligible) return;
        Cited<Boolean> needsTech = ledger.cite(rules.improvementRequiresTechnology());
        LocalDate earliest = null;
        boolean anyTech = false;
        for (ItemState o : items) {
            if (o.eligible && rules.isTechnology(o.category())) {
                anyTech = true;
                LocalDate d = o.item.plannedDate();
                if (d != null && (earliest == null || d.isBefore(earliest))) earliest = d;
            }
        }
        if (needsTech.value() && !anyTech) {
            s.exclude(Reason.of("improvement-without-technology", needsTech));
            return;
        }
        Cited<List<String>> courses = ledger.cite(rules.trainingCourses());
        Cited<Boolean> before = ledger.cite(rules.trainingBeforeAdoption());
        LocalDate start = rules.fiscalYearStart();
        LocalDate end = rules.fiscalYearEnd();
        Optional<Training> qualifying = Optional.empty();
        String why = "training-missing";
        Object[] whyArgs = {};
        for (Training t : facility.training()) {
            if (!courses.value().contains(t.course())) {
                why = "training-course-not-listed";
                whyArgs = new Object[] {courseLabel(t.course())};
                continue;
            }
            if (t.date() == null) {
                why = "training-undated";
                whyArgs = new Object[] {courseLabel(t.course())};
                continue;
            }
            if (t.date().isBefore(start) || t.date().isAfter(end)) {
                why = "training-outside-year";
                whyArgs = new Object[] {courseLabel(t.course()), t.date().toString(), start.toString(), end.toString()};
                continue;
            }
            if (before.value() && earliest != null && t.date().isAfter(earliest) && !facility.centerOpenedLate()) {
                why = "training-after-adoption";
                whyArgs = new Object[] {courseLabel(t.course()), t.date().toString(), earliest.toString()};
                continue;
            }
            qualifying = Optional.of(t);
            break;
        }
        if (qualifying.isEmpty()) {
            s.exclude(Reason.of(why, courses, whyArgs));
            return;
        }
        Training t = qualifying.get();
        boolean late = earliest != null && t.date().isAfter(earliest);
        s.note(Reason.of(late ? "training-after-adoption-allowed" : "training-ok", courses,
                courseLabel(t.course()), t.date().toString()));
    }

    static Localized courseLabel(String id) {
        return termLabel("training_course", id);
    }
}
