package kaigohojo.model;

import java.util.List;

/** The facility part of a submission (product.md §2), as read. Optional fields are null when not stated. */
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
        Positions at) {

    public Facility {
        training = List.copyOf(training);
        linkage = linkage == null ? Linkage.NONE : linkage;
    }

}
