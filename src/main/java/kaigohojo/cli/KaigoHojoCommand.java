package kaigohojo.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code kaigo-hojo}: the top command; each subcommand is its own class. */
@Command(name = "kaigo-hojo",
        scope = ScopeType.INHERIT, // -h, -V and the version provider: declared here, every subcommand has them
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

    /**
     * The options every command has, declared once and inherited by every subcommand (picocli's
     * {@link ScopeType#INHERIT}): {@code kaigo-hojo --lang en calc …} and {@code kaigo-hojo calc --lang en …}
     * set the same field. The default comes from the environment through picocli ({@code KAIGO_HOJO_LANG}).
     * {@link Cli#langOf} also reads --lang before parsing, since the help texts depend on it.
     */
    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "opt.lang", scope = ScopeType.INHERIT,
            defaultValue = "${env:KAIGO_HOJO_LANG:-ja}", completionCandidates = CommonOptions.LangCandidates.class)
    String lang = "ja";

    /** Read by {@link Cli} before parsing (an error while parsing may need it); declared here for help and completion. */
    @Option(names = "--debug", descriptionKey = "opt.debug", scope = ScopeType.INHERIT)
    boolean debug;

    private final Io io;

    public KaigoHojoCommand(Io io) {
        this.io = io;
    }

    public Io io() { return io; }

    /**
     * The language text of this run (--lang before or after the subcommand, else KAIGO_HOJO_LANG, else ja),
     * for the command of {@code spec}. An unsupported value is a usage error that says where it came from.
     */
    static kaigohojo.text.Lang lang(CommandSpec spec) {
        CommandSpec root = spec.root();
        String value = root.userObject() instanceof KaigoHojoCommand k ? k.lang : "ja";
        try {
            return kaigohojo.text.Lang.parse(value);
        } catch (IllegalArgumentException e) {
            String hint = kaigohojo.text.DidYouMean.suggest(value, java.util.List.of("ja", "en")).orElse(null);
            if (!givenOnCommandLine(spec, "--lang") && value.equals(System.getenv("KAIGO_HOJO_LANG"))) {
                throw new UsageError("usage.bad-lang-env", hint, value);
            }
            throw new UsageError("usage.bad-lang", hint, value);
        }
    }

    private static boolean givenOnCommandLine(CommandSpec spec, String option) {
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            CommandLine.ParseResult pr = s.commandLine() == null ? null : s.commandLine().getParseResult();
            if (pr != null && pr.hasMatchedOption(option)) return true;
        }
        return false;
    }

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
