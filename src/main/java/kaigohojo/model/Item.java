package kaigohojo.model;

import java.time.LocalDate;

/**
 * One planned purchase (product.md §2 items). Amounts are tax-exclusive yen.
 *
 * @param unitPrice null when only {@code paid_this_year} was given
 * @param paidThisYear what is paid in this fiscal year (問9, 問10), or null
 * @param standard for software_modification: the standard the change implements (問18), or null
 * @param deviceKind the kind of device (vocabulary device_kind), for a prefecture's closed list (#12), or null
 */
public record Item(
        String id,
        String name,
        Category category,
        Pricing pricing,
        boolean pricingStated,
        Payment payment,
        Long unitPrice,
        long quantity,
        Long paidThisYear,
        LocalDate plannedDate,
        String attachedTo,
        boolean inPackage,
        String standard,
        boolean approvedByPrefecture,
        boolean otherSubsidy,
        Positions at,
        String deviceKind) {

    public Item(String id, String name, Category category, Pricing pricing, boolean pricingStated, Payment payment,
                Long unitPrice, long quantity, Long paidThisYear, LocalDate plannedDate, String attachedTo,
                boolean inPackage, String standard, boolean approvedByPrefecture, boolean otherSubsidy, Positions at) {
        this(id, name, category, pricing, pricingStated, payment, unitPrice, quantity, paidThisYear, plannedDate,
                attachedTo, inPackage, standard, approvedByPrefecture, otherSubsidy, at, null);
    }

    /** What the facility asks to have counted: paid_this_year where given, else unit_price × quantity. */
    public long requested() {
        if (paidThisYear != null) return paidThisYear;
        return Math.multiplyExact(unitPrice == null ? 0 : unitPrice, quantity);
    }

    public String categoryId() { return category.id(); }
}
