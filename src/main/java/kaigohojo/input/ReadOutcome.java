package kaigohojo.input;

import java.util.List;
import kaigohojo.model.Submission;

/**
 * What reading produced for one submission (a YAML document, a CSV facility) or for a whole file
 * that could not be read: a submission, or the problems that kept it from being one.
 */
public record ReadOutcome(Submission submission, List<Problem> problems, Submission partial, java.util.Set<String> failedItemIds) {
    public ReadOutcome {
        problems = List.copyOf(problems);
        failedItemIds = failedItemIds == null ? java.util.Set.of() : java.util.Set.copyOf(failedItemIds);
    }

    public static ReadOutcome ok(Submission s) { return new ReadOutcome(s, List.of(), null, null); }

    public static ReadOutcome failed(List<Problem> p) { return new ReadOutcome(null, p, null, null); }

    public static ReadOutcome failed(Problem p) { return new ReadOutcome(null, List.of(p), null, null); }

    /** A failed submission with what could be bound of it (for checks that can still report errors). */
    public static ReadOutcome failed(SubmissionBinder.Result r, List<Problem> more) {
        List<Problem> all = new java.util.ArrayList<>(more);
        all.addAll(r.problems());
        return new ReadOutcome(null, all, r.partial(), r.failedItemIds());
    }

    public boolean ok() { return submission != null; }
}
