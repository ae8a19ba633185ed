package kaigohojo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rules list | show [ID] | diff A B}: the rule sets, every value with its source. */
@Command(name = "rules",
        subcommands = {RulesListCommand.class, RulesShowCommand.class, RulesDiffCommand.class,
                RulesCheckCommand.class, RulesTemplateCommand.class})
public final class RulesCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                kaigohojo.text.Messages.of(Cli.langOf(new String[0])).t("usage.no-subcommand", "list, show, diff, check, template"));
    }
}
