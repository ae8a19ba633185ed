package kaigohojo.cli;

import java.util.ArrayList;
import java.util.List;
import kaigohojo.app.Batch;
import picocli.CommandLine.Option;

/**
 * {@code --split-facility reject|merge|replace} (#9), for the commands that read many files (calc,
 * check, compare): what to do when one facility's application comes in several files.
 */
public final class SplitFacilityOption {
    @Option(names = "--split-facility", paramLabel = "reject|merge|replace", descriptionKey = "opt.split-facility")
    String splitFacility = "reject";

    /** The mode asked for; a usage error (exit 2, with "did you mean") for any other word. */
    Batch.SplitMode mode() {
        java.util.Optional<Batch.SplitMode> mode = Batch.SplitMode.byId(splitFacility);
        if (mode.isPresent()) return mode.get(); // no lambda for the error: linking one costs every run (#13 session 7)
        List<String> ids = new ArrayList<>();
        for (Batch.SplitMode m : Batch.SplitMode.values()) ids.add(m.id());
        throw new UsageError("usage.bad-split-facility",
                kaigohojo.text.DidYouMean.suggest(splitFacility, ids).orElse(null), splitFacility);
    }
}
