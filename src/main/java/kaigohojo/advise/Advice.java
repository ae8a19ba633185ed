package kaigohojo.advise;

import java.util.List;
import kaigohojo.engine.FacilityResult;
import kaigohojo.model.Submission;

/**
 * The advice for one facility: the application as submitted and computed, the best application
 * found and its computation, the steps from one to the other, and what is left on the table.
 *
 * @param method exhaustive (every combination of the choices was computed) or heuristic
 * @param combinations how many combinations the choices allow
 * @param evaluated how many were computed
 * @param upperBound for a heuristic search, an amount no application of these items can exceed; else the best
 * @param sets every {@code --set} assignment that turns the submitted application into the advised one
 */
public record Advice(FacilityResult current, FacilityResult best, Submission advised, List<Step> steps,
                     List<LeftOver> left, String method, long combinations, long evaluated, long upperBound,
                     List<String> sets) {
    public Advice {
        steps = List.copyOf(steps);
        left = List.copyOf(left);
        sets = List.copyOf(sets);
    }

    /** The amount the optimiser maximises: the subsidy once the requirements are met (it does not depend on the choices). */
    public static long value(FacilityResult r) {
        return r.totals().subsidyIfRequirementsMet();
    }

    public long gain() {
        return best.totals().subsidy() - current.totals().subsidy();
    }
}
