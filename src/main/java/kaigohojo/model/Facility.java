package kaigohojo.model;

import java.util.List;

/**
 * The facility part of a submission (product.md §2), as read. Optional fields are null when not stated.
 *
 * @param otherIncome 寄付金その他の収入 (donations and other income toward the project), or null
 */
public record Facility(
        String id,
        String name,
        String prefecture,
        Service service,
        Integer staff,
        SecurityAction securityAction,
        Boolean improvementPlan,
        Linkage linkage,
        List<Training> training,
        boolean centerOpenedLate,
        Positions at,
        Long otherIncome) {

    public Facility {
        training = List.copyOf(training);
        linkage = linkage == null ? Linkage.NONE : linkage;
    }

    public Facility(String id, String name, String prefecture, Service service, Integer staff,
                    SecurityAction securityAction, Boolean improvementPlan, Linkage linkage, List<Training> training,
                    boolean centerOpenedLate, Positions at) {
        this(id, name, prefecture, service, staff, securityAction, improvementPlan, linkage, training,
                centerOpenedLate, at, null);
    }

    /** 寄付金その他の収入 toward the project (#12, 愛知県 step イ): 0 when not stated. */
    public long otherIncomeOrZero() { return otherIncome == null ? 0 : otherIncome; }

}
