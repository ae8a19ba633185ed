package kaigohojo.input;

import java.util.List;
import kaigohojo.model.Submission;

/**
 * What reading produced for one submission (a YAML document, a CSV facility) or for a whole file
 * that could not be read: a submission, or the problems that kept it from being one.
 */
public record ReadOutcome(Submission submission, List<Problem> problems, Submission partial, java.util.Set<String> failedItemIds,
                          String facilityId, String facilityName) {
    public ReadOutcome {
        problems = List.copyOf(problems);
        failedItemIds = failedItemIds == null ? java.util.Set.of() : java.util.Set.copyOf(failedItemIds);
    }

    public ReadOutcome(Submission submission, List<Problem> problems, Submission partial, java.util.Set<String> failedItemIds) {
        this(submission, problems, partial, failedItemIds, null, null);
    }

    /** This failed outcome with the 事業所番号 and 事業所名 of its application, as far as they could be read. */
    public ReadOutcome withFacility(String id, String name) {
        return new ReadOutcome(submission, problems, partial, failedItemIds, blankToNull(id), blankToNull(name));
    }

    /** This failed outcome with the facility's id and name as the document (or CSV rows) state them, if they do. */
    public ReadOutcome withFacilityOf(YNode doc) {
        if (doc instanceof YNode.Mapping root && root.get("facility") instanceof YNode.Mapping f) {
            String id = scalar(f.get("id"));
            return withFacility(id == null ? null : kaigohojo.text.Normalize.nfkc(id), scalar(f.get("name")));
        }
        return this;
    }

    private static String scalar(YNode n) {
        return n instanceof YNode.Scalar s && s.text() != null ? s.text().strip() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
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
