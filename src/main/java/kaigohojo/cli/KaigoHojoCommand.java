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
        sortOptions = false)
public final class KaigoHojoCommand implements Runnable {
    /**
     * Every subcommand, in the order help lists them. They are registered by {@link Cli}: all of them
     * for help, completion and the man page; only the one named on the command line otherwise, since
     * building picocli's model of every command costs a clerk's every run some 50 ms.
     */
    public static final java.util.Map<String, Class<?>> SUBCOMMANDS = java.util.Collections.unmodifiableMap(
            new java.util.LinkedHashMap<>(java.util.Map.of()) {
                private static final long serialVersionUID = 1L;
                {
                    put("calc", CalcCommand.class);
                    put("check", CheckCommand.class);
                    put("compare", CompareCommand.class);
                    put("rules", RulesCommand.class);
                    put("test", TestCommand.class);
                    put("template", TemplateCommand.class);
                    put("generate-completion", AutoComplete.GenerateCompletion.class);
                }
            });

    @Spec CommandSpec spec;

    /** Read before parsing (help texts depend on it); accepted here so that `kaigo-hojo --lang en calc …` works. */
    @picocli.CommandLine.Option(names = "--lang", paramLabel = "LANG", descriptionKey = "opt.lang")
    String lang;

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
