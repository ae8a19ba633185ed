package kaigohojo.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kaigohojo.input.YNode;

/**
 * A test case of {@code kaigo-hojo test}: an input (a file, or the submission itself), a rule set and
 * {@code --set}s, and what the computation must give.
 *
 * @param input the input file, resolved against the case file's folder; null when {@code submission} is given
 * @param submission the submission written in the case itself, or null
 */
public record TestCase(String name, Path file, int line, Path input, YNode submission, String rules,
                       List<String> sets, Map<String, Expected> facilities, boolean facilitiesGiven,
                       List<ExpectedError> errors) {

    /** What one facility must give; null fields are not checked. */
    public record Expected(Boolean eligible, Long subsidy, Long subsidyIfMet, Map<String, Long> groups,
                           Map<String, String> items) {}

    /** An input error that must be reported; null fields are not checked. */
    public record ExpectedError(Integer line, String field, String code) {}
}
