package kaigohojo.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kaigohojo.input.Vocabulary;
import kaigohojo.report.RulesReport;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.RuleSetError;
import kaigohojo.rules.RuleSetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rules list}: the built-in rule sets. */
@Command(name = "list")
public final class RulesListCommand implements Callable<Integer> {
    private final Io io;

    @Mixin RulesOptions options;

    public RulesListCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Setup.format(options.format, List.of("table", "json", "markdown"));
        var lang = options.lang();
        RuleSetLoader loader = new RuleSetLoader(Vocabulary.get());
        List<RuleSet> sets = new ArrayList<>();
        for (String id : RuleSetLoader.BUILTIN) {
            try {
                sets.add(loader.load(id));
            } catch (RuleSetError e) {
                throw new IllegalStateException("built-in rule set " + id + " is broken: " + e.getMessage(), e);
            }
        }
        try (Output out = Output.open(options.output, null, false, io)) {
            RulesReport.list(options.format, lang, sets, out.writer());
        }
        return ExitCodes.OK;
    }
}
