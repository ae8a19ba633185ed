package kaigohojo.cli;

import java.util.List;
import java.util.concurrent.Callable;
import kaigohojo.report.RulesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rules show [ID|FILE]}: every value with its source, citation and verification. */
@Command(name = "show")
public final class RulesShowCommand implements Callable<Integer> {
    private final Io io;

    @Mixin RulesOptions options;

    @picocli.CommandLine.Option(names = "--set", paramLabel = "KEY=VALUE", descriptionKey = "opt.rules-set")
    List<String> sets = new java.util.ArrayList<>();

    @Parameters(paramLabel = "ID|FILE", arity = "0..1", descriptionKey = "param.rules", completionCandidates = CommonOptions.RuleSetCandidates.class)
    String rules = kaigohojo.rules.RuleSetLoader.DEFAULT_ID;

    public RulesShowCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Setup.format(options.format, List.of("table", "json", "markdown"));
        Setup setup = Setup.from(options.lang(), rules, sets);
        try (Output out = Output.open(options.output, null, false, io)) {
            RulesReport.show(options.format, setup.lang, setup.ruleSet, out.writer());
        }
        return ExitCodes.OK;
    }
}
