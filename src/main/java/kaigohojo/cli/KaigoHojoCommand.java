package kaigohojo.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kaigo-hojo}: the top command; each subcommand is its own class. */
@Command(name = "kaigo-hojo",
        mixinStandardHelpOptions = true,
        versionProvider = KaigoHojoCommand.Version.class,
        sortOptions = false,
        subcommands = {
                CalcCommand.class,
                CheckCommand.class,
                CompareCommand.class,
                RulesCommand.class,
                TestCommand.class,
                TemplateCommand.class,
                AutoComplete.GenerateCompletion.class,
        })
public final class KaigoHojoCommand implements Runnable {
    @Spec CommandSpec spec;

    private final Io io;

    public KaigoHojoCommand(Io io) {
        this.io = io;
    }

    public Io io() { return io; }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                kaigohojo.text.Messages.of(Cli.langOf(new String[0])).t("usage.no-command"));
    }

    /** The version from the jar's manifest ("dev" when run from classes). */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = KaigoHojoCommand.class.getPackage().getImplementationVersion();
            return new String[] {"kaigo-hojo " + (v == null ? "dev" : v),
                    "rules: " + String.join(", ", kaigohojo.rules.RuleSetLoader.BUILTIN)};
        }
    }
}
