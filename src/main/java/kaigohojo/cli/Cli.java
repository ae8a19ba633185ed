package kaigohojo.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import kaigohojo.rules.RuleSetError;
import kaigohojo.text.Lang;
import kaigohojo.text.Messages;
import picocli.CommandLine;

/**
 * Builds the command line and runs it with the exit codes of product.md §7. No stack trace reaches a
 * user: usage errors print one message and exit 2, rule-file errors exit 4, a defect of ours prints
 * one line saying so and exits 70 (the trace only with {@code --debug}).
 */
public final class Cli {
    public static final String ISSUES = "https://github.com/kaigo-hojo/kaigo-hojo/issues";

    private Cli() {}

    public static int run(String[] givenArgs, InputStream in, PrintStream out, PrintStream err) {
        return run(givenArgs, in, out, err, true);
    }

    /** As {@link #run(String[], InputStream, PrintStream, PrintStream)}; {@code programmatic}: see {@link #commandLine(Io, Lang, String[], boolean)}. */
    static int run(String[] givenArgs, InputStream in, PrintStream out, PrintStream err, boolean programmatic) {
        Lang lang = langOf(givenArgs);
        String[] args;
        try {
            args = ArgFiles.expand(givenArgs); // #8: @FILE, bounded, instead of picocli's expansion
        } catch (UsageError u) {
            PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(err, ConsoleCharset.stdout()), true);
            w.println("kaigo-hojo: " + Messages.of(lang).t(u.key(), u.args()));
            w.flush();
            return ExitCodes.USAGE;
        }
        lang = langOf(args);
        String unusable = unusableArgument(args);
        if (unusable != null) { // #8: LANG unset (cron, a bare container): Java cannot name 申請.csv
            PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(err, ConsoleCharset.stdout()), true);
            w.println("kaigo-hojo: " + Messages.of(lang).t("usage.locale-cannot-name", kaigohojo.report.VisibleText.of(unusable),
                    System.getProperty("sun.jnu.encoding", "?")));
            w.flush();
            return ExitCodes.USAGE;
        }
        KaigoHojoCommand.Version.wanted = wantsVersion(args);
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        Io io = new Io(in, out, err);
        CommandLine cl = commandLine(io, lang, args, programmatic);
        java.nio.charset.Charset cs = ConsoleCharset.stdout(); // CP932 in a Japanese Windows console, else UTF-8
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, cs), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, cs), true));
        Messages msg = Messages.of(lang);
        // --version | head, --help | head: picocli prints help outside the execution-exception handler, and
        // its catch-all prints a stack trace; the reader gone there is the same quiet 141 as during a report.
        // anonymous classes, not lambdas: on JDK 17 linking a lambda at start-up costs 0.2-0.5 ms (#13 session 7)
        CommandLine.IExecutionStrategy last = new CommandLine.RunLast();
        cl.setExecutionStrategy(new CommandLine.IExecutionStrategy() {
            @Override
            public int execute(CommandLine.ParseResult parseResult) {
                try {
                    return last.execute(parseResult);
                } catch (Stdout.ReaderGone e) {
                    return ExitCodes.READER_GONE;
                }
            }
        });
        cl.setParameterExceptionHandler(new CommandLine.IParameterExceptionHandler() {
            @Override
            public int handleParseException(CommandLine.ParameterException ex, String[] a) {
                PrintWriter w = ex.getCommandLine().getErr();
                w.println("kaigo-hojo: " + usageMessage(ex, msg));
                if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                    w.println(msg.t("hint.did-you-mean", String.join(", ", u.getSuggestions())).strip());
                }
                w.println(msg.t("usage.try-help", ex.getCommandLine().getCommandSpec().qualifiedName()));
                w.flush();
                return ExitCodes.USAGE;
            }
        });
        cl.setExecutionExceptionHandler(new CommandLine.IExecutionExceptionHandler() {
            @Override
            public int handleExecutionException(Exception ex, CommandLine c, CommandLine.ParseResult parseResult) {
                if (ex instanceof Stdout.ReaderGone) return ExitCodes.READER_GONE;
                PrintWriter w = c.getErr();
                if (ex instanceof UsageError u) {
                    String m = msg.t(u.key(), u.args());
                    if (u.suggestion() != null) m += msg.t("hint.did-you-mean", u.suggestion());
                    w.println("kaigo-hojo: " + m);
                    w.flush();
                    return ExitCodes.USAGE;
                }
                if (ex instanceof java.io.UncheckedIOException u && u.getCause() instanceof Output.OutputFailed o) {
                    w.println("kaigo-hojo: " + msg.t("output.failed", o.where())); // #8: a full disk while the report is written
                    w.flush();
                    return ExitCodes.INTERNAL;
                }
                if (ex instanceof Output.OutputFailed o) {
                    w.println("kaigo-hojo: " + msg.t("output.failed", o.where()));
                    w.flush();
                    return ExitCodes.INTERNAL;
                }
                if (ex instanceof RuleSetError r) {
                    for (RuleSetError each : r.all()) w.println("kaigo-hojo: " + RuleErrors.describe(each, msg));
                    if (r.all().size() > 1) w.println("kaigo-hojo: " + msg.t("rules.check-count", r.all().size()));
                    w.flush();
                    return r.code().startsWith("set-") ? ExitCodes.USAGE : ExitCodes.RULES;
                }
                return internal(ex, w, msg, debug);
            }
        });
        try {
            return cl.execute(args);
        } catch (Stdout.ReaderGone e) {
            return ExitCodes.READER_GONE;
        } catch (RuntimeException | Error e) {
            PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(err, ConsoleCharset.stdout()), true);
            return internal(e, w, msg, debug);
        }
    }

    /**
     * The first argument that file names cannot carry in this process (#8): with no locale (LANG unset under
     * cron or in a bare container) Java decodes the command line and encodes file names as ASCII, so
     * {@code 申請.csv} arrives as {@code ??????.csv} and cannot be opened. bin/kaigo-hojo sets a UTF-8 locale
     * then; {@code java -jar} run without one gets this clear usage error instead of an internal error.
     */
    static String unusableArgument(String[] args) {
        java.nio.charset.Charset jnu;
        try {
            jnu = java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return null;
        }
        if (jnu.equals(StandardCharsets.UTF_8)) return null;
        java.nio.charset.CharsetEncoder enc = jnu.newEncoder();
        for (String a : args) {
            if (a.indexOf('\uFFFD') >= 0 || !enc.canEncode(a)) return a;
        }
        return null;
    }

    /** picocli's usage errors in the user's language: the common ones translated, others as picocli says them. */
    static String usageMessage(CommandLine.ParameterException ex, Messages msg) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return msg.t("usage.unmatched", String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (var a : m.getMissing()) {
                names.add(a instanceof picocli.CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel());
            }
            return msg.t("usage.missing", String.join(", ", names));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            var a = o.getOverwritten();
            return msg.t("usage.overwritten", a instanceof picocli.CommandLine.Model.OptionSpec os ? os.longestName() : a.paramLabel());
        }
        return msg.t("usage.error", ex.getMessage());
    }

    private static int internal(Throwable ex, PrintWriter w, Messages msg, boolean debug) {
        StackTraceElement where = ex.getStackTrace().length > 0 ? ex.getStackTrace()[0] : null;
        w.println("kaigo-hojo: " + msg.t("internal.error", ex.getClass().getSimpleName()
                + (where == null ? "" : " @ " + where.getClassName() + ":" + where.getLineNumber()), ISSUES));
        if (debug) ex.printStackTrace(w);
        w.flush();
        return ExitCodes.INTERNAL;
    }

    /** The CommandLine with every command and the help texts of {@code lang}. */
    public static CommandLine commandLine(Io io, Lang lang) {
        return commandLine(io, lang, null);
    }

    /**
     * The CommandLine for {@code args}: when they name a subcommand, only that one is registered (its
     * model is all this run needs); otherwise every one (help, completion, an unknown command's
     * did-you-mean).
     */
    static CommandLine commandLine(Io io, Lang lang, String[] args) {
        return commandLine(io, lang, args, true);
    }

    /**
     * As {@link #commandLine(Io, Lang, String[])}; {@code programmatic}: calc and check, when no help or
     * version is asked for, get the model built without reading annotations (#13, {@link ProgrammaticModel}).
     */
    static CommandLine commandLine(Io io, Lang lang, String[] args, boolean programmatic) {
        String first = null;
        if (args != null) {
            for (String a : args) {
                if (a.startsWith("-")) continue;
                first = a;
                break;
            }
        }
        if (programmatic && args != null && ProgrammaticModel.covers(first) && !wantsHelp(args) && !wantsVersion(args)) {
            return configured(ProgrammaticModel.commandLine(io, first));
        }
        Factory factory = new Factory(io);
        CommandLine cl = new CommandLine(new KaigoHojoCommand(io), factory);
        Class<?> only = first == null || first.equals("generate-completion") ? null
                : KaigoHojoCommand.SUBCOMMANDS.get(first);
        for (var e : KaigoHojoCommand.SUBCOMMANDS.entrySet()) {
            if (only != null && e.getValue() != only) continue;
            try {
                cl.addSubcommand(e.getKey(), factory.create(e.getValue()));
            } catch (Exception ex) {
                throw new IllegalStateException("cannot create command " + e.getKey(), ex);
            }
        }
        if (args == null || wantsHelp(args)) cl.setResourceBundle(helpBundle(lang)); // 10 ms: only for help
        return configured(cl);
    }

    /** The settings every command line has, whichever model it was built from. */
    private static CommandLine configured(CommandLine cl) {
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExpandAtFiles(false); // #8: Cli.run expands @FILE itself (ArgFiles), within bounds
        cl.setUsageHelpWidth(100);
        cl.setUsageHelpLongOptionsMaxWidth(30);
        return cl;
    }

    /** -V, --version, or -V among short options (-hV): the version text is made only then. */
    private static boolean wantsVersion(String[] args) {
        for (String a : args) {
            if (a.equals("--version") || a.startsWith("-") && !a.startsWith("--") && a.indexOf('V') > 0) return true;
        }
        return false;
    }

    /** The help texts are read only for a run that prints help. */
    private static boolean wantsHelp(String[] args) {
        if (args.length == 0) return true;
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("help") || a.equals("generate-completion")
                    || a.startsWith("-h") && !a.startsWith("--")) {
                return true;
            }
        }
        return false;
    }

    public static ResourceBundle helpBundle(Lang lang) {
        Locale loc = lang == Lang.EN ? Locale.ENGLISH : Locale.JAPANESE;
        return ResourceBundle.getBundle("kaigohojo.i18n.help", loc,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** --lang before parsing (help texts depend on it), then KAIGO_HOJO_LANG; Japanese by default. */
    static Lang langOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = null;
            if (a.equals("--lang") && i + 1 < args.length) v = args[i + 1];
            else if (a.startsWith("--lang=")) v = a.substring(7);
            if (v != null) {
                try {
                    return Lang.parse(v);
                } catch (IllegalArgumentException e) {
                    return Lang.JA;
                }
            }
        }
        String env = System.getenv("KAIGO_HOJO_LANG");
        if (env != null) {
            try {
                return Lang.parse(env);
            } catch (IllegalArgumentException e) {
                return Lang.JA;
            }
        }
        return Lang.JA;
    }

    /** Gives commands that want one the {@link Io} of this run. */
    static final class Factory implements CommandLine.IFactory {
        private final Io io;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(Io io) {
            this.io = io;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(Io.class).newInstance(io);
            } catch (NoSuchMethodException e) {
                return fallback.create(cls);
            }
        }
    }
}
