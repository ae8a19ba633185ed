package kaigohojo.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kaigohojo.model.Facility;
import kaigohojo.model.Item;
import kaigohojo.model.Payment;
import kaigohojo.model.Pricing;
import kaigohojo.model.Submission;
import kaigohojo.money.Yen;
import kaigohojo.rules.Cited;
import kaigohojo.rules.Rules;

/**
 * Computes one facility's subsidy under a rule set: item rules (§3), package check (問5), cap
 * groups (§2), the formula per group (§1), the facility cap, the requirements (§4) and the totals.
 * Holds no subsidy number: every one comes from {@link Rules}.
 *
 * <p>Expects a submission that passed {@link SubmissionChecks}.
 */
public final class Calculator {
    public static final String SOFTWARE = "software";
    public static final String PACKAGE = "package";
    public static final String IMPROVEMENT = "improvement_support";
    private static final Set<String> RESERVED = Set.of(SOFTWARE, PACKAGE, IMPROVEMENT);

    private final Rules rules;
    private final boolean traced;
    /** The citation of each cap rule a group took, by rule (the same objects every facility: Rules keeps them). */
    private final Map<Cited<?>, String> capSources = new java.util.IdentityHashMap<>();

    public Calculator(Rules rules) {
        this(rules, true);
    }

    /** @param traced whether each group keeps the steps of its computation (false when no report prints them, #13) */
    public Calculator(Rules rules, boolean traced) {
        this(rules, traced, true);
    }

    /**
     * @param ledgered whether each result lists the rules it used ({@link FacilityResult#rulesUsed}; false when
     *     no report prints them or their unverified ones, #13 session 6: the per-item and per-facility CSV, check)
     */
    public Calculator(Rules rules, boolean traced, boolean ledgered) {
        this.rules = rules;
        this.traced = traced;
        this.ledgered = ledgered;
    }

    private final boolean ledgered;
    /** Up to how many items (or groups) a facility's are found by comparison rather than through a map. */
    private int scan = ItemsById.SCAN;

    /**
     * For the differential test (ScanDifferentialProperties): 0 makes every look-up of a facility's items and
     * groups go through a map, the plain path; a large number makes every one a comparison.
     */
    public Calculator scanning(int upTo) {
        this.scan = upTo;
        return this;
    }

    public Rules rules() { return rules; }

    public FacilityResult compute(Submission s) {
        Ledger ledger = ledgered ? new Ledger() : Ledger.NONE;
        Facility f = s.facility();
        List<ItemState> states = new ArrayList<>(s.items().size());
        for (Item i : s.items()) {
            ItemState st = new ItemState(i);
            st.ancillary = rules.isAncillary(st.category());
            states.add(st);
        }
        ItemsById byId = new ItemsById(states, scan);
        new ItemRules(rules, ledger, states, byId, f, scan).apply();
        List<Finding> findings = new ArrayList<>();
        Requirements req = new Requirements(rules, ledger);
        findings.addAll(req.unmet(f));
        boolean eligible = findings.isEmpty();

        boolean packageOk = packageHolds(states, ledger, findings);
        assignGroups(states, byId, packageOk);

        GroupFormula formula = new GroupFormula(rules, ledger, traced, capSources);
        List<GroupResult> groups = new ArrayList<>();
        Groups members = new Groups(scan);
        for (ItemState st : states) {
            if (st.eligible && st.group != null) members.add(st.group, st);
        }
        for (int g = 0; g < members.size(); g++) {
            groups.add(group(members.name(g), members.members(g), f, req, formula, ledger));
        }
        warnings(s, states, findings);

        long requested = 0, eligibleCost = 0, groupSum = 0;
        for (ItemState st : states) {
            requested = Yen.add(requested, st.requested);
            if (st.eligible && st.group != null) eligibleCost = Yen.add(eligibleCost, st.eligibleCost);
        }
        for (GroupResult g : groups) groupSum = Yen.add(groupSum, g.subsidy());
        List<Totals.CapRow> capRows = new ArrayList<>();
        long running = FacilityLimits.apply(rules, ledger, f, groups, groupSum, requested, capRows);
        Cited<Long> facilityCap = ledger.cite(rules.facilityCap());
        long ifMet = running;
        long reduction = 0;
        if (facilityCap.value() != null && running > facilityCap.value()) {
            ifMet = facilityCap.value();
            reduction = running - ifMet;
            capRows.add(new Totals.CapRow("facility-cap", running, ifMet, reduction, facilityCap.cite(),
                    facilityCap.verified(), facilityCap.path(), List.of()));
        }
        long subsidy = eligible ? ifMet : 0;
        Totals totals = new Totals(requested, eligibleCost, groupSum, facilityCap.value(), reduction, ifMet, subsidy,
                requested - subsidy, capRows);
        List<ItemResult> items = new ArrayList<>();
        for (ItemState st : states) items.add(st.freeze());
        return new FacilityResult(s, eligible, findings, items, groups, totals, ledger.used());
    }

    /**
     * 問5: a パッケージ型導入 needs at least two eligible technology items marked package, one of them a
     * 介護業務支援 item. When it does not hold, the marked items are computed one by one, with a warning.
     */
    private boolean packageHolds(List<ItemState> states, Ledger ledger, List<Finding> findings) {
        List<ItemState> marked = new ArrayList<>();
        for (ItemState st : states) if (st.item.inPackage() && inPackageRole(st)) marked.add(st);
        if (marked.isEmpty()) return false;
        Cited<Long> min = ledger.cite(rules.packageMinItems());
        Cited<List<String>> anchor = ledger.cite(rules.packageAnchor());
        int tech = 0;
        boolean hasAnchor = false;
        for (ItemState st : marked) {
            if (!st.eligible || !rules.isTechnology(st.category())) continue;
            tech++;
            if (anchor.value().contains(st.category())) hasAnchor = true;
        }
        if (tech >= min.value() && hasAnchor) return true;
        findings.add(Finding.warning(hasAnchor ? "package-too-few" : "package-no-anchor", min, null,
                (long) tech, min.value()));
        return false;
    }

    private boolean inPackageRole(ItemState st) {
        return !st.ancillary && !st.category().equals(IMPROVEMENT);
    }

    private void assignGroups(List<ItemState> states, ItemsById byId, boolean packageOk) {
        Groups taken = null; // the group names given so far, made at the first per-unit group (#13)
        for (ItemState st : states) {
            if (!st.eligible || st.ancillary) continue;
            String cat = st.category();
            if (packageOk && st.item.inPackage() && inPackageRole(st)) {
                st.group = PACKAGE;
                st.note(Reason.of("in-package", rules.packageCap()));
            } else if (cat.equals(IMPROVEMENT)) {
                st.group = IMPROVEMENT;
            } else if (rules.isSoftwareGroup(cat)) {
                st.group = SOFTWARE;
            } else if (rules.isPerUnit(cat)) {
                if (taken == null) taken = Groups.names(RESERVED, scan);
                st.group = uniqueName(st.item.id(), taken);
                Cited<Long> cap = rules.perUnitCap(cat).orElseThrow();
                st.note(Reason.of("per-unit-cap", cap, ItemRules.label(st.item), cap.value(), st.item.quantity()));
            } else {
                st.exclude(Reason.of("no-cap-group", null, ItemRules.label(st.item)));
            }
        }
        // ancillary items follow their main item; unattached Wi-Fi or maintenance follows the care software
        boolean softwareOutsidePackage = false;
        boolean softwareInPackage = false;
        for (ItemState st : states) {
            if (st.eligible && rules.unattachedRequires().value().contains(st.category())) {
                if (PACKAGE.equals(st.group)) softwareInPackage = true;
                else softwareOutsidePackage = true;
            }
        }
        for (ItemState st : states) {
            if (!st.eligible || !st.ancillary) continue;
            if (st.item.attachedTo() != null) {
                ItemState main = byId.get(st.item.attachedTo());
                if (main == null || !main.eligible || main.group == null) {
                    st.exclude(Reason.of("ancillary-main-ineligible", rules.ancillary(), st.item.attachedTo()));
                } else {
                    st.group = main.group;
                }
            } else {
                st.group = softwareInPackage && !softwareOutsidePackage ? PACKAGE : SOFTWARE;
            }
        }
    }

    /** A per-unit group is named by its item's id; "item-<id>" (then -2, -3 …) when that name is taken. */
    private static String uniqueName(String id, Groups taken) {
        String name = taken.contains(id) ? "item-" + id : id;
        for (int n = 2; taken.contains(name); n++) name = "item-" + id + "-" + n;
        taken.add(name, null);
        return name;
    }

    private GroupResult group(String id, List<ItemState> members, Facility f,
                              Requirements req, GroupFormula formula, Ledger ledger) {
        List<GroupFormula.CapPart> parts = new ArrayList<>();
        Cited<?> membership;
        String kind;
        if (id.equals(SOFTWARE)) {
            kind = "software";
            membership = rules.softwareGroup();
            softwareCap(members, f, req, ledger, parts);
        } else if (id.equals(PACKAGE)) {
            kind = "package";
            Cited<Long> cap = ledger.cite(rules.packageCap());
            membership = cap;
            parts.add(new GroupFormula.CapPart("cap-package", stepArgs(cap.value()), cap.value(), cap));
        } else if (id.equals(IMPROVEMENT)) {
            kind = "improvement_support";
            Cited<Long> cap = ledger.cite(rules.improvementSupportCap());
            membership = cap;
            parts.add(new GroupFormula.CapPart("cap-improvement", stepArgs(cap.value()), cap.value(), cap));
        } else {
            kind = "per_unit";
            ItemState main = null;
            for (int i = 0; i < members.size() && main == null; i++) if (rules.isPerUnit(members.get(i).category())) main = members.get(i);
            Cited<Long> perUnit = ledger.cite(rules.perUnitCap(main.category()).orElseThrow());
            long total = Math.multiplyExact(perUnit.value(), main.item.quantity());
            membership = perUnit;
            // the step's arguments only when the trace is kept (#13: a per-unit group is the most common one)
            parts.add(new GroupFormula.CapPart("cap-per-unit", !traced ? List.of()
                    : List.of(ItemRules.label(main.item), perUnit.value(), main.item.quantity(), total), total, perUnit));
        }
        return formula.compute(id, kind, members, parts, membership);
    }

    /**
     * 問13: by staff when any care or back-office software of the group is priced per account, or when
     * the group has none; the flat amount when all of them are priced flat. Plus the onboarding bonus
     * (実施要綱) and the linkage bonus (問11).
     */
    private void softwareCap(List<ItemState> members, Facility f, Requirements req, Ledger ledger,
                             List<GroupFormula.CapPart> parts) {
        List<String> main = ledger.use(rules.pricedSoftware());
        boolean anyMain = false, perAccount = false, onboarding = false;
        for (ItemState m : members) {
            if (main.contains(m.category())) {
                anyMain = true;
                if (m.item.pricing() == Pricing.PER_ACCOUNT) perAccount = true;
            }
            if (m.category().equals("onboarding_support")) onboarding = true;
        }
        Cited<Long> flatCap = rules.softwareFlatCap();
        for (ItemState m : members) {
            if (!main.contains(m.category())) continue;
            boolean flat = m.item.pricing() == Pricing.FLAT;
            m.note(!flat ? Reason.of("software-per-account", flatCap)
                    : perAccount ? Reason.of("software-flat-but-band", flatCap)
                    : Reason.of("software-flat", flatCap, flatCap.value()));
        }
        if (!anyMain || perAccount) {
            int staff = f.staff() == null ? 0 : f.staff();
            Rules.Band band = rules.softwareBand(staff).orElseThrow(
                    () -> new IllegalStateException("no software band for staff " + staff));
            ledger.cite(band.cap());
            parts.add(new GroupFormula.CapPart("cap-staff-band", !traced ? List.of() : List.of((long) staff, band.label(), band.cap().value()),
                    band.cap().value(), band.cap()));
        } else {
            Cited<Long> flat = ledger.cite(rules.softwareFlatCap());
            parts.add(new GroupFormula.CapPart("cap-flat", stepArgs(flat.value()), flat.value(), flat));
        }
        if (onboarding) {
            Cited<Long> bonus = ledger.cite(rules.onboardingBonus());
            parts.add(new GroupFormula.CapPart("cap-onboarding", stepArgs(bonus.value()), bonus.value(), bonus));
        }
        if (req.linkageBonus(f)) {
            Cited<Long> bonus = ledger.cite(rules.linkageBonus());
            parts.add(new GroupFormula.CapPart("cap-linkage",
                    !traced ? List.of() : List.of(bonus.value(), (long) f.linkage().partners()), bonus.value(), bonus));
        }
    }

    /** A cap part's one argument for its trace step; none when no trace is kept (#13, session 6: nothing reads them then). */
    private List<Object> stepArgs(Long amount) {
        return traced ? List.of(amount) : List.of();
    }

    /** Warnings of rules-national-r8.md §4: they change no amount. */
    private void warnings(Submission s, List<ItemState> states, List<Finding> findings) {
        FacilityLimits.windowWarnings(rules, s, findings);
        for (ItemState st : states) {
            Item it = st.item;
            if (it.plannedDate() != null
                    && (it.plannedDate().isBefore(rules.fiscalYearStart()) || it.plannedDate().isAfter(rules.fiscalYearEnd()))) {
                findings.add(Finding.warning("planned-date-outside-year", null, it.id(), it.id(),
                        it.plannedDate().toString(), rules.fiscalYearStart().toString(), rules.fiscalYearEnd().toString()));
            }
            if (it.payment() == Payment.PURCHASE && it.paidThisYear() != null && it.unitPrice() != null) {
                long expected = Math.multiplyExact(it.unitPrice(), it.quantity());
                if (expected != it.paidThisYear()) {
                    findings.add(Finding.warning("paid-differs", rules.paidThisYearRequired(), it.id(), it.id(), it.paidThisYear(), expected));
                }
            }
            if (it.pricingStated() && !rules.pricedSoftware().value().contains(it.category().id())) {
                findings.add(Finding.warning("pricing-ignored", rules.pricedSoftware(), it.id(), it.id()));
            }
            if (it.attachedTo() != null && !st.ancillary) {
                findings.add(Finding.warning("attached-to-ignored", rules.ancillary(), it.id(), it.id(), it.attachedTo()));
            }
        }
    }
}
