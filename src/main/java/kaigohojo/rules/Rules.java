package kaigohojo.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaigohojo.money.Fraction;

/**
 * The engine's view of a {@link RuleSet}: one typed accessor per rule parameter, each returning the
 * value with its citation. The names follow rules-national-r8.md; the numbers live in the rule file.
 */
public final class Rules {
    /** A staff band of the software 基準額 (問13): min..max staff (max null: no upper bound). */
    public record Band(int min, Integer max, Cited<Long> cap) {
        public boolean contains(int staff) { return staff >= min && (max == null || staff <= max); }
        public String label() { return max == null ? min + "-" : min + "-" + max; }
    }

    private final RuleSet set;
    /** Read once: every facility asks these many times. */
    private final Map<String, Cited<?>> memo = new java.util.HashMap<>();
    private final Map<String, Optional<Cited<Long>>> perUnit = new java.util.HashMap<>();
    private List<Band> bands;

    public Rules(RuleSet set) {
        this.set = set;
    }

    public RuleSet set() { return set; }
    public String id() { return set.id(); }
    public int fiscalYear() { return set.fiscalYear(); }

    /** 1 April of the fiscal year. */
    public LocalDate fiscalYearStart() { return LocalDate.of(set.fiscalYear(), 4, 1); }
    /** 31 March of the next calendar year. */
    public LocalDate fiscalYearEnd() { return LocalDate.of(set.fiscalYear() + 1, 3, 31); }

    @SuppressWarnings("unchecked")
    private <T> Cited<T> cited(String path) {
        Cited<?> c = memo.get(path);
        if (c == null) {
            RuleLeaf l = set.leaf(path);
            c = new Cited<>(l.value(), path, l.provenance());
            memo.put(path, c);
        }
        return (Cited<T>) c;
    }

    public Cited<Fraction> rate() { return cited("rate"); }
    public Cited<String> formula() { return cited("formula"); }
    public Cited<Long> roundingUnit() { return cited("rounding_unit"); }
    /** Null value: no facility cap. */
    public Cited<Long> facilityCap() { return cited("facility_cap"); }

    public List<Band> softwareBands() {
        if (bands == null) bands = List.copyOf(readBands());
        return bands;
    }

    private List<Band> readBands() {
        List<Band> out = new ArrayList<>();
        for (Map.Entry<String, RuleLeaf> e : set.section("caps.software.staff_bands").entrySet()) {
            String k = e.getKey();
            int dash = k.indexOf('-');
            int min = Integer.parseInt(k.substring(0, dash));
            String maxText = k.substring(dash + 1);
            Integer max = maxText.isEmpty() ? null : Integer.valueOf(maxText);
            RuleLeaf l = e.getValue();
            out.add(new Band(min, max, new Cited<>((Long) l.value(), l.path(), l.provenance())));
        }
        return out;
    }

    public Optional<Band> softwareBand(int staff) {
        for (Band b : softwareBands()) if (b.contains(staff)) return Optional.of(b);
        return Optional.empty();
    }

    public Cited<Long> softwareFlatCap() { return cited("caps.software.flat"); }
    public Cited<Long> onboardingBonus() { return cited("caps.software.onboarding_bonus"); }
    public Cited<Long> linkageBonus() { return cited("caps.software.linkage_bonus"); }
    public Cited<Long> linkageBonusMinPartners() { return cited("linkage_bonus.min_partners"); }

    /** The per-unit cap of a category, when it is a per-unit category. */
    public Optional<Cited<Long>> perUnitCap(String category) {
        return perUnit.computeIfAbsent(category, c ->
                set.find("caps.per_unit." + c).map(l -> new Cited<>((Long) l.value(), l.path(), l.provenance())));
    }

    public Cited<Long> terminalPerUnit() { return cited("caps.terminal_per_unit"); }
    public Cited<Long> improvementSupportCap() { return cited("caps.improvement_support"); }
    public Cited<Long> packageCap() { return cited("caps.package"); }

    public Cited<List<String>> softwareGroup() { return cited("groups.software"); }
    public Cited<List<String>> ancillary() { return cited("groups.ancillary"); }
    public Cited<List<String>> technologyMain() { return cited("groups.technology"); }

    private java.util.Set<String> softwareSet, ancillarySet, technologySet;

    public boolean isSoftwareGroup(String category) {
        if (softwareSet == null) softwareSet = new java.util.HashSet<>(softwareGroup().value());
        return softwareSet.contains(category);
    }

    public boolean isAncillary(String category) {
        if (ancillarySet == null) ancillarySet = new java.util.HashSet<>(ancillary().value());
        return ancillarySet.contains(category);
    }

    public boolean isPerUnit(String category) { return perUnitCap(category).isPresent(); }

    /** Technology item (rules §2): care/back-office software or any per-unit category. */
    public boolean isTechnology(String category) {
        if (technologySet == null) technologySet = new java.util.HashSet<>(technologyMain().value());
        return technologySet.contains(category) || isPerUnit(category);
    }

    public Cited<List<String>> onboardingRequires() { return cited("item_rules.onboarding_support_requires"); }
    public Cited<List<String>> terminalRequires() { return cited("item_rules.terminal_requires"); }
    public Cited<List<String>> unattachedJoinSoftware() { return cited("item_rules.unattached_join_software"); }
    public Cited<List<String>> unattachedRequires() { return cited("item_rules.unattached_requires"); }
    public Cited<List<String>> liftSlingAttachTo() { return cited("item_rules.lift_sling_attach_to"); }
    public Cited<Long> liftSlingPerUnit() { return cited("item_rules.lift_sling_per_unit"); }
    public Cited<List<String>> modificationStandards() { return cited("item_rules.modification_standards"); }
    public Cited<String> equivalentDevice() { return cited("item_rules.equivalent_device"); }
    public Cited<String> otherSubsidy() { return cited("item_rules.other_subsidy"); }
    public Cited<List<String>> paidThisYearRequired() { return cited("item_rules.paid_this_year_required"); }
    public Cited<String> rentalStock() { return cited("item_rules.rental_stock"); }
    public Cited<String> rental() { return cited("item_rules.rental"); }
    public Cited<String> backOffice() { return cited("item_rules.back_office"); }
    public Cited<List<String>> alwaysIneligible() { return cited("item_rules.always_ineligible"); }
    public Cited<String> vendorExplanation() { return cited("vendor_explanation"); }

    public Cited<Long> packageMinItems() { return cited("package.min_technology_items"); }
    public Cited<List<String>> packageAnchor() { return cited("package.anchor"); }

    public Cited<List<String>> trainingCourses() { return cited("improvement_support.courses"); }
    public Cited<Boolean> trainingBeforeAdoption() { return cited("improvement_support.before_adoption"); }
    public Cited<Boolean> improvementRequiresTechnology() { return cited("improvement_support.requires_technology"); }

    public Cited<List<String>> securityActionLevels() { return cited("requirements.security_action"); }
    public Cited<Boolean> improvementPlanRequired() { return cited("requirements.improvement_plan"); }
    public Cited<Boolean> linkageRecordRequired() { return cited("requirements.linkage_record"); }
    public Cited<List<String>> linkageServices() { return cited("requirements.linkage_services"); }
    public Cited<List<String>> linkageIfPlanned() { return cited("requirements.linkage_if_planned"); }
    public Cited<List<String>> ineligibleServices() { return cited("requirements.ineligible_services"); }
}
