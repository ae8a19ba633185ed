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
    private Cited<List<String>> pricedSoftware;
    /** Each accessor's value, read once (the engine asks for them for every item of every facility). */
    private Cited<Fraction> rate;
    private Cited<String> formula;
    private Cited<Long> roundingUnit;
    private Cited<Long> facilityCap;
    private Cited<Long> softwareFlatCap;
    private Cited<Long> onboardingBonus;
    private Cited<Long> linkageBonus;
    private Cited<Long> linkageBonusMinPartners;
    private Cited<Long> terminalPerUnit;
    private Cited<Long> improvementSupportCap;
    private Cited<Long> packageCap;
    private Cited<List<String>> softwareGroup;
    private Cited<List<String>> ancillary;
    private Cited<List<String>> technologyMain;
    private Cited<List<String>> onboardingRequires;
    private Cited<List<String>> terminalRequires;
    private Cited<List<String>> unattachedJoinSoftware;
    private Cited<List<String>> unattachedRequires;
    private Cited<List<String>> liftSlingAttachTo;
    private Cited<Long> liftSlingPerUnit;
    private Cited<List<String>> modificationStandards;
    private Cited<String> equivalentDevice;
    private Cited<String> otherSubsidy;
    private Cited<List<String>> paidThisYearRequired;
    private Cited<String> rentalStock;
    private Cited<String> rental;
    private Cited<String> backOffice;
    private Cited<List<String>> alwaysIneligible;
    private Cited<String> vendorExplanation;
    private Cited<Long> packageMinItems;
    private Cited<List<String>> packageAnchor;
    private Cited<List<String>> trainingCourses;
    private Cited<Boolean> trainingBeforeAdoption;
    private Cited<Boolean> improvementRequiresTechnology;
    private Cited<List<String>> securityActionLevels;
    private Cited<Boolean> improvementPlanRequired;
    private Cited<Boolean> linkageRecordRequired;
    private Cited<List<String>> linkageServices;
    private Cited<List<String>> linkageIfPlanned;
    private Cited<List<String>> ineligibleServices;

    public Rules(RuleSet set) {
        this.set = set;
    }

    public RuleSet set() { return set; }
    public String id() { return set.id(); }
    public int fiscalYear() { return set.fiscalYear(); }

    /** 1 April of the fiscal year. */
    public LocalDate fiscalYearStart() {
        if (yearStart == null) yearStart = LocalDate.of(set.fiscalYear(), 4, 1); // #13: asked for every item
        return yearStart;
    }
    /** 31 March of the next calendar year. */
    public LocalDate fiscalYearEnd() {
        if (yearEnd == null) yearEnd = LocalDate.of(set.fiscalYear() + 1, 3, 31);
        return yearEnd;
    }

    private LocalDate yearStart, yearEnd;

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

    public Cited<Fraction> rate() {
        if (rate == null) rate = cited("rate");
        return rate;
    }
    public Cited<String> formula() {
        if (formula == null) formula = cited("formula");
        return formula;
    }
    public Cited<Long> roundingUnit() {
        if (roundingUnit == null) roundingUnit = cited("rounding_unit");
        return roundingUnit;
    }
    /** Null value: no facility cap. */
    public Cited<Long> facilityCap() {
        if (facilityCap == null) facilityCap = cited("facility_cap");
        return facilityCap;
    }

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

    public Cited<List<String>> pricedSoftware() {
        if (pricedSoftware == null) pricedSoftware = cited("caps.software.priced");
        return pricedSoftware;
    }

    public Cited<Long> softwareFlatCap() {
        if (softwareFlatCap == null) softwareFlatCap = cited("caps.software.flat");
        return softwareFlatCap;
    }
    public Cited<Long> onboardingBonus() {
        if (onboardingBonus == null) onboardingBonus = cited("caps.software.onboarding_bonus");
        return onboardingBonus;
    }
    public Cited<Long> linkageBonus() {
        if (linkageBonus == null) linkageBonus = cited("caps.software.linkage_bonus");
        return linkageBonus;
    }
    public Cited<Long> linkageBonusMinPartners() {
        if (linkageBonusMinPartners == null) linkageBonusMinPartners = cited("linkage_bonus.min_partners");
        return linkageBonusMinPartners;
    }

    /** The per-unit cap of a category, when it is a per-unit category. */
    public Optional<Cited<Long>> perUnitCap(String category) {
        // #13: asked several times for every item; a look-up, with no lambda made for each question
        Optional<Cited<Long>> cap = perUnit.get(category);
        if (cap == null) {
            cap = set.find("caps.per_unit." + category).map(l -> new Cited<>((Long) l.value(), l.path(), l.provenance()));
            perUnit.put(category, cap);
        }
        return cap;
    }

    public Cited<Long> terminalPerUnit() {
        if (terminalPerUnit == null) terminalPerUnit = cited("caps.terminal_per_unit");
        return terminalPerUnit;
    }
    public Cited<Long> improvementSupportCap() {
        if (improvementSupportCap == null) improvementSupportCap = cited("caps.improvement_support");
        return improvementSupportCap;
    }
    public Cited<Long> packageCap() {
        if (packageCap == null) packageCap = cited("caps.package");
        return packageCap;
    }

    public Cited<List<String>> softwareGroup() {
        if (softwareGroup == null) softwareGroup = cited("groups.software");
        return softwareGroup;
    }
    public Cited<List<String>> ancillary() {
        if (ancillary == null) ancillary = cited("groups.ancillary");
        return ancillary;
    }
    public Cited<List<String>> technologyMain() {
        if (technologyMain == null) technologyMain = cited("groups.technology");
        return technologyMain;
    }

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

    public Cited<List<String>> onboardingRequires() {
        if (onboardingRequires == null) onboardingRequires = cited("item_rules.onboarding_support_requires");
        return onboardingRequires;
    }
    public Cited<List<String>> terminalRequires() {
        if (terminalRequires == null) terminalRequires = cited("item_rules.terminal_requires");
        return terminalRequires;
    }
    public Cited<List<String>> unattachedJoinSoftware() {
        if (unattachedJoinSoftware == null) unattachedJoinSoftware = cited("item_rules.unattached_join_software");
        return unattachedJoinSoftware;
    }
    public Cited<List<String>> unattachedRequires() {
        if (unattachedRequires == null) unattachedRequires = cited("item_rules.unattached_requires");
        return unattachedRequires;
    }
    public Cited<List<String>> liftSlingAttachTo() {
        if (liftSlingAttachTo == null) liftSlingAttachTo = cited("item_rules.lift_sling_attach_to");
        return liftSlingAttachTo;
    }
    public Cited<Long> liftSlingPerUnit() {
        if (liftSlingPerUnit == null) liftSlingPerUnit = cited("item_rules.lift_sling_per_unit");
        return liftSlingPerUnit;
    }
    public Cited<List<String>> modificationStandards() {
        if (modificationStandards == null) modificationStandards = cited("item_rules.modification_standards");
        return modificationStandards;
    }
    public Cited<String> equivalentDevice() {
        if (equivalentDevice == null) equivalentDevice = cited("item_rules.equivalent_device");
        return equivalentDevice;
    }
    public Cited<String> otherSubsidy() {
        if (otherSubsidy == null) otherSubsidy = cited("item_rules.other_subsidy");
        return otherSubsidy;
    }
    public Cited<List<String>> paidThisYearRequired() {
        if (paidThisYearRequired == null) paidThisYearRequired = cited("item_rules.paid_this_year_required");
        return paidThisYearRequired;
    }
    public Cited<String> rentalStock() {
        if (rentalStock == null) rentalStock = cited("item_rules.rental_stock");
        return rentalStock;
    }
    public Cited<String> rental() {
        if (rental == null) rental = cited("item_rules.rental");
        return rental;
    }
    public Cited<String> backOffice() {
        if (backOffice == null) backOffice = cited("item_rules.back_office");
        return backOffice;
    }
    public Cited<List<String>> alwaysIneligible() {
        if (alwaysIneligible == null) alwaysIneligible = cited("item_rules.always_ineligible");
        return alwaysIneligible;
    }
    private java.util.Set<String> alwaysIneligibleSet;

    /** Whether a category is one of {@link #alwaysIneligible}'s (#13, session 6: asked for every item; a set, not the list). */
    public boolean isAlwaysIneligible(String category) {
        if (alwaysIneligibleSet == null) alwaysIneligibleSet = new java.util.HashSet<>(alwaysIneligible().value());
        return alwaysIneligibleSet.contains(category);
    }
    public Cited<String> vendorExplanation() {
        if (vendorExplanation == null) vendorExplanation = cited("vendor_explanation");
        return vendorExplanation;
    }

    public Cited<Long> packageMinItems() {
        if (packageMinItems == null) packageMinItems = cited("package.min_technology_items");
        return packageMinItems;
    }
    public Cited<List<String>> packageAnchor() {
        if (packageAnchor == null) packageAnchor = cited("package.anchor");
        return packageAnchor;
    }

    public Cited<List<String>> trainingCourses() {
        if (trainingCourses == null) trainingCourses = cited("improvement_support.courses");
        return trainingCourses;
    }
    public Cited<Boolean> trainingBeforeAdoption() {
        if (trainingBeforeAdoption == null) trainingBeforeAdoption = cited("improvement_support.before_adoption");
        return trainingBeforeAdoption;
    }
    public Cited<Boolean> improvementRequiresTechnology() {
        if (improvementRequiresTechnology == null) improvementRequiresTechnology = cited("improvement_support.requires_technology");
        return improvementRequiresTechnology;
    }

    public Cited<List<String>> securityActionLevels() {
        if (securityActionLevels == null) securityActionLevels = cited("requirements.security_action");
        return securityActionLevels;
    }
    public Cited<Boolean> improvementPlanRequired() {
        if (improvementPlanRequired == null) improvementPlanRequired = cited("requirements.improvement_plan");
        return improvementPlanRequired;
    }
    public Cited<Boolean> linkageRecordRequired() {
        if (linkageRecordRequired == null) linkageRecordRequired = cited("requirements.linkage_record");
        return linkageRecordRequired;
    }
    public Cited<List<String>> linkageServices() {
        if (linkageServices == null) linkageServices = cited("requirements.linkage_services");
        return linkageServices;
    }
    public Cited<List<String>> linkageIfPlanned() {
        if (linkageIfPlanned == null) linkageIfPlanned = cited("requirements.linkage_if_planned");
        return linkageIfPlanned;
    }
    public Cited<List<String>> ineligibleServices() {
        if (ineligibleServices == null) ineligibleServices = cited("requirements.ineligible_services");
        return ineligibleServices;
    }

    // ── #12: prefectural rule features, each absent (null, empty, false) in the national sets ──────

    /** A value the rule set may lack (a complete file written before #12): null value, cited as absent. */
    @SuppressWarnings("unchecked")
    private <T> Cited<T> optional(String path, T absent) {
        Cited<?> c = memo.get(path);
        if (c == null) {
            RuleLeaf l = set.find(path).orElse(null);
            c = l == null ? new Cited<>(absent, path, Provenance.of(null, null, true))
                    : new Cited<>(l.value(), path, l.provenance());
            memo.put(path, c);
        }
        return (Cited<T>) c;
    }

    /** A facility cap on the sum of some groups only (千葉県 R7: 7,500,000 on all but the care software), or null. */
    public Cited<Long> facilityCapPartial() {
        if (facilityCapPartial == null) facilityCapPartial = optional("facility_cap_partial", null);
        return facilityCapPartial;
    }
    /** The group kinds (software, per_unit, package, improvement_support) that partial cap sums. */
    public Cited<List<String>> facilityCapPartialGroups() { return optional("facility_cap_partial_groups", List.of()); }
    /** 愛知県 step イ: deduct donations and other income from the total cost before the rate. */
    public Cited<Boolean> deductOtherIncome() {
        if (deductOtherIncome == null) deductOtherIncome = optional("deduct_other_income", Boolean.FALSE);
        return deductOtherIncome;
    }
    /** A closed list of admitted device kinds (愛知県 a–g); empty: every device of its category. */
    public Cited<List<String>> closedDeviceList() {
        if (closedDeviceList == null) closedDeviceList = optional("item_rules.closed_device_list", List.of());
        return closedDeviceList;
    }
    /** The categories the closed list governs (the 4(1)イ devices). */
    public Cited<List<String>> closedDeviceCategories() { return optional("item_rules.closed_device_categories", List.of()); }
    /** The name of a seminar or consultation the prefecture requires, or null. */
    public Cited<String> prefecturalSeminar() {
        if (prefecturalSeminar == null) prefecturalSeminar = optional("requirements.prefectural_seminar", null);
        return prefecturalSeminar;
    }
    /** The application window's first and last day, and the day by which items must be installed; each may be null. */
    public Cited<LocalDate> windowStart() {
        if (windowStart == null) windowStart = optional("application_window.start", null);
        return windowStart;
    }
    public Cited<LocalDate> windowEnd() {
        if (windowEnd == null) windowEnd = optional("application_window.end", null);
        return windowEnd;
    }
    public Cited<LocalDate> installBy() {
        if (installBy == null) installBy = optional("application_window.install_by", null);
        return installBy;
    }

    /** #13: the optional values the engine asks for every facility or item, each read once. */
    private Cited<Long> facilityCapPartial;
    private Cited<Boolean> deductOtherIncome;
    private Cited<List<String>> closedDeviceList;
    private Cited<String> prefecturalSeminar;
    private Cited<LocalDate> windowStart, windowEnd, installBy;
}
