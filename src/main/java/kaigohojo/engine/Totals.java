package kaigohojo.engine;

import java.util.List;

/**
 * A facility's totals. {@code subsidy} is 0 when a requirement is unmet; {@code subsidyIfRequirementsMet}
 * is what it would then be. {@code facilityShare} = requested − subsidy.
 *
 * @param facilityCap null when the rule set sets none
 * @param facilityCapReduction how much the facility cap took off the sum of the groups (0 if none)
 * @param capRows every facility-level limit that cut the sum of the groups, in the order applied (#12):
 *                a cap on some groups only, the deduction of other income, the facility cap
 */
public record Totals(long requested, long eligibleCost, long groupSum, Long facilityCap,
                     long facilityCapReduction, long subsidyIfRequirementsMet, long subsidy, long facilityShare,
                     List<CapRow> capRows) {
    public Totals {
        capRows = capRows == null ? List.of() : List.copyOf(capRows);
    }

    public Totals(long requested, long eligibleCost, long groupSum, Long facilityCap, long facilityCapReduction,
                  long subsidyIfRequirementsMet, long subsidy, long facilityShare) {
        this(requested, eligibleCost, groupSum, facilityCap, facilityCapReduction, subsidyIfRequirementsMet, subsidy,
                facilityShare, List.of());
    }

    /**
     * One facility-level limit that cut the total (#12).
     *
     * @param code facility-cap | facility-cap-partial | other-income
     * @param base the amount it applied to (the groups it sums, or the running total)
     * @param limit the limit
     * @param reduction how much it took off
     * @param args the message arguments of {@code cap-row.<code>} after base, limit and reduction
     */
    public record CapRow(String code, long base, long limit, long reduction, String cite, boolean verified,
                         String rulePath, List<Object> args) {
        public CapRow {
            args = List.copyOf(args);
        }
    }
}
