package kaigohojo.cli;

import java.util.List;
import java.util.concurrent.Callable;
import kaigohojo.report.RulesTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rules template [BASE]} (#12): a prefecture's commented starting file, every changeable value in it. */
@Command(name = "template")
public final class RulesTemplateCommand implements Callable<Integer> {
    private final Io io;

    @Mixin RulesOptions options;

    @Parameters(paramLabel = "BASE", arity = "0..1", descriptionKey = "param.rules-base",
            completionCandidates = CommonOptions.RuleSetCandidates.class)
    String base = kaigohojo.rules.RuleSetLoader.DEFAULT_ID;

    public RulesTemplateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Setup.format(options.format, List.of("table", "yaml"));
        Setup setup = Setup.from(options.lang(), base, List.of());
        try (Output out = Output.open(options.output, null, false, io)) {
            RulesTemplate.write(setup.ruleSet, setup.lang, out.writer());
        }
        return ExitCodes.OK;
    }
}
