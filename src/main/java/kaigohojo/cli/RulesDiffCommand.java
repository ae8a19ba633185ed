package kaigohojo.cli;

import java.util.List;
import java.util.concurrent.Callable;
import kaigohojo.report.RulesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rules diff A B}: what changed from rule set A to rule set B (R7 → R8, a prefecture against its base). */
@Command(name = "diff")
public final class RulesDiffCommand implements Callable<Integer> {
    private final Io io;

    @Mixin RulesOptions options;

    @picocli.CommandLine.Option(names = "--set", paramLabel = "KEY=VALUE", descriptionKey = "opt.rules-set")
    List<String> sets = new java.util.ArrayList<>();

    @Parameters(index = "0", paramLabel = "A", descriptionKey = "param.rules-a", completionCandidates = CommonOptions.RuleSetCandidates.class)
    String a;

    @Parameters(index = "1", paramLabel = "B", descriptionKey = "param.rules-b", completionCandidates = CommonOptions.RuleSetCandidates.class)
    String b;

    public RulesDiffCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Setup.format(options.format, List.of("table", "json", "markdown"));
        Setup sa = Setup.from(options.lang(), a, List.of());
        Setup sb = Setup.from(options.lang(), b, sets);
        try (Output out = Output.open(options.output, null, false, io)) {
            RulesReport.diff(options.format, sa.lang, sa.ruleSet, sb.ruleSet, out.writer());
        }
        return ExitCodes.OK;
    }
}
