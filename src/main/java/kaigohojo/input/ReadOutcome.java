package kaigohojo.input;

import java.util.List;
import kaigohojo.model.Submission;

/**
 * What reading produced for one submission (a YAML document, a CSV facility) or for a whole file
 * that could not be read: a submission, or the problems that kept it from being one.
 */
public record ReadOutcome(Submission submission, List<Problem> problems) {
    public ReadOutcome {
        problems = List.copyOf(problems);
    }

    public static ReadOutcome ok(Submission s) { return new ReadOutcome(s, List.of()); }

    public static ReadOutcome failed(List<Problem> p) { return new ReadOutcome(null, p); }

    public static ReadOutcome failed(Problem p) { return new ReadOutcome(null, List.of(p)); }

    public boolean ok() { return submission != null; }
}
