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
                    put("advise", AdviseCommand.class); // #11
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

    /**
     * {@code --version}: what a clerk reads out on the phone: the version, the commit and its date the
     * jar was built from (kaigohojo/build.properties, filled in by the build), the Java runtime, and the
     * rule sets it carries with their fiscal years. In the user's language.
     */
    public static final class Version implements CommandLine.IVersionProvider {
        @Spec CommandSpec spec; // picocli injects the command whose -V was given

        /**
         * Whether this run asked for the version ({@link Cli#run} sets it from the arguments). picocli
         * asks every provider for its text when it hands the top command's attributes to each
         * subcommand (ScopeType.INHERIT), on every run: reading the rule sets then would cost every run.
         */
        static volatile boolean wanted;

        @Override
        public String[] getVersion() {
            if (!wanted) return new String[] {"kaigo-hojo"};
            kaigohojo.text.Lang lang;
            try {
                lang = spec == null ? Cli.langOf(new String[0]) : lang(spec);
            } catch (UsageError e) {
                lang = kaigohojo.text.Lang.JA;
            }
            kaigohojo.text.Messages m = kaigohojo.text.Messages.of(lang);
            java.util.Properties build = build();
            String version = known(build.getProperty("version"), "dev");
            String commit = known(build.getProperty("commit"), null);
            java.util.List<String> lines = new java.util.ArrayList<>();
            lines.add("kaigo-hojo " + version);
            if (commit == null) {
                lines.add(m.t("version.no-commit"));
            } else {
                if ("true".equals(build.getProperty("dirty"))) commit += "-dirty";
                lines.add(m.t("version.commit", commit, known(build.getProperty("commit.time"), "?")));
            }
            lines.add(m.t("version.java", System.getProperty("java.version"), System.getProperty("java.vendor")));
            lines.add(m.t("version.rules"));
            kaigohojo.rules.RuleSetLoader loader = new kaigohojo.rules.RuleSetLoader(kaigohojo.input.Vocabulary.get());
            for (String id : kaigohojo.rules.RuleSetLoader.BUILTIN) {
                String line;
                try {
                    kaigohojo.rules.RuleSet rs = loader.load(id);
                    line = m.t("version.rule-set", id, rs.fiscalYear(), rs.fiscalYear() - 2018, rs.title(lang));
                } catch (kaigohojo.rules.RuleSetError e) {
                    line = id;
                }
                if (id.equals(kaigohojo.rules.RuleSetLoader.DEFAULT_ID)) line += m.t("version.default");
                lines.add(line);
            }
            return lines.toArray(new String[0]);
        }

        static java.util.Properties build() {
            java.util.Properties p = new java.util.Properties();
            try (java.io.InputStream in = KaigoHojoCommand.class.getResourceAsStream("/kaigohojo/build.properties")) {
                if (in != null) p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                // no build information: "dev"
            }
            return p;
        }

        /** A value the build filled in, or {@code otherwise} (outside a git clone the placeholder stays). */
        private static String known(String v, String otherwise) {
            return v == null || v.isBlank() || v.startsWith("${") ? otherwise : v;
        }
    }
}
