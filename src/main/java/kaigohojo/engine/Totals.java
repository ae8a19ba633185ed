package kaigohojo.engine;

/**
 * A facility's totals. {@code subsidy} is 0 when a requirement is unmet; {@code subsidyIfRequirementsMet}
 * is what it would then be. {@code facilityShare} = requested − subsidy.
 *
 * @param facilityCap null when the rule set sets none
 * @param facilityCapReduction how much the facility cap took off the sum of the groups (0 if none)
 */
public record Totals(long requested, long eligibleCost, long groupSum, Long facilityCap,
                     long facilityCapReduction, long subsidyIfRequirementsMet, long subsidy, long facilityShare) {}
