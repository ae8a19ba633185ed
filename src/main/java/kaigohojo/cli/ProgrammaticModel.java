package kaigohojo.cli;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * The command line of the runs a clerk makes most ({@code calc} and {@code check} without help or
 * version), built with picocli's programmatic API (#13). Reading the annotations was about half of
 * start-up's Java time: picocli parses every annotation through generated proxy classes and builds
 * its standard help options from an annotated class of its own, at every start.
 *
 * <p>The annotated classes stay the source of help, version, completion and the man pages ({@link Cli}
 * uses them for every other run). This model declares the same options, in the same order, with the
 * same names, types, labels, defaults and scopes, bound to the same fields of the same command
 * objects, so that the command's code cannot tell the two apart; {@code ProgrammaticModelTest} compares
 * the two models option by option and runs command lines through both.
 */
final class ProgrammaticModel {
    private ProgrammaticModel() {}

    /** The commands this model covers. */
    static boolean covers(String command) {
        return "calc".equals(command) || "check".equals(command);
    }

    /** kaigo-hojo with the one subcommand {@code command} (calc or check) registered. */
    static CommandLine commandLine(Io io, String command) {
        KaigoHojoCommand top = new KaigoHojoCommand(io);
        CommandSpec root = CommandSpec.wrapWithoutInspection(top).name("kaigo-hojo");
        root.usageMessage().sortOptions(false);
        top.spec = root;
        root.addOption(bound(OptionSpec.builder("--lang").paramLabel("LANG").descriptionKey("opt.lang")
                .scopeType(ScopeType.INHERIT).defaultValue("${env:KAIGO_HOJO_LANG:-ja}")
                .completionCandidates(new CommonOptions.LangCandidates()).type(String.class),
                top.lang, () -> top.lang, v -> top.lang = (String) v));
        root.addOption(bound(OptionSpec.builder("--debug").paramLabel("<debug>").descriptionKey("opt.debug")
                .scopeType(ScopeType.INHERIT).type(boolean.class), false, () -> top.debug, v -> top.debug = (Boolean) v));
        helpOptions(root);
        CommandLine cl = new CommandLine(root);

        CommandSpec sub;
        if (command.equals("calc")) {
            CalcCommand calc = new CalcCommand(io);
            sub = CommandSpec.wrapWithoutInspection(calc).name("calc");
            calc.options = commonOptions(sub);
            sub.addOption(bound(OptionSpec.builder("--per").paramLabel("item|facility").descriptionKey("opt.per").type(String.class),
                    calc.per, () -> calc.per, v -> calc.per = (String) v));
            calc.split = splitFacility(sub);
            helpOptions(sub);
            sub.addPositional(files(() -> calc.filesGiven, v -> calc.filesGiven = cast(v)));
        } else if (command.equals("check")) {
            CheckCommand check = new CheckCommand(io);
            sub = CommandSpec.wrapWithoutInspection(check).name("check");
            check.options = commonOptions(sub);
            check.split = splitFacility(sub);
            sub.addOption(bound(OptionSpec.builder("--max-errors").paramLabel("N").descriptionKey("opt.max-errors").type(Integer.class),
                    check.maxErrors, () -> check.maxErrors, v -> check.maxErrors = (Integer) v));
            helpOptions(sub);
            sub.addPositional(files(() -> check.filesGiven, v -> check.filesGiven = cast(v)));
        } else {
            throw new IllegalArgumentException(command);
        }
        sub.usageMessage().sortOptions(false);
        cl.addSubcommand(command, new CommandLine(sub));
        return cl;
    }

    /** {@link CommonOptions}, declared on {@code spec} in the order of its fields. */
    private static CommonOptions commonOptions(CommandSpec spec) {
        CommonOptions o = new CommonOptions();
        o.mixee = spec;
        spec.addOption(bound(OptionSpec.builder("--format").paramLabel("FORMAT").descriptionKey("opt.format")
                .completionCandidates(new CommonOptions.FormatCandidates()).type(String.class),
                o.format, () -> o.format, v -> o.format = (String) v));
        spec.addOption(bound(OptionSpec.builder("--rules").paramLabel("ID|FILE").descriptionKey("opt.rules")
                .completionCandidates(new CommonOptions.RuleSetCandidates()).type(String.class),
                o.rules, () -> o.rules, v -> o.rules = (String) v));
        spec.addOption(bound(OptionSpec.builder("--set").paramLabel("KEY=VALUE").descriptionKey("opt.set")
                .type(List.class).auxiliaryTypes(String.class), o.sets, () -> o.sets, v -> o.sets = cast(v)));
        spec.addOption(bound(OptionSpec.builder("-o", "--output").paramLabel("FILE").descriptionKey("opt.output")
                .type(java.nio.file.Path.class), o.output, () -> o.output, v -> o.output = (java.nio.file.Path) v));
        spec.addOption(bound(OptionSpec.builder("--encoding").paramLabel("ENCODING").descriptionKey("opt.encoding")
                .type(String.class), o.encoding, () -> o.encoding, v -> o.encoding = (String) v));
        spec.addOption(bound(OptionSpec.builder("--output-encoding").paramLabel("ENCODING").descriptionKey("opt.output-encoding")
                .type(String.class), o.outputEncoding, () -> o.outputEncoding, v -> o.outputEncoding = (String) v));
        spec.addOption(bound(OptionSpec.builder("--input-format").paramLabel("yaml|csv|xlsx").descriptionKey("opt.input-format")
                .type(String.class), o.inputFormat, () -> o.inputFormat, v -> o.inputFormat = (String) v));
        spec.addOption(bound(OptionSpec.builder("--sheet").paramLabel("NAME").descriptionKey("opt.sheet")
                .type(String.class), o.sheet, () -> o.sheet, v -> o.sheet = (String) v));
        spec.addOption(bound(OptionSpec.builder("--strict").paramLabel("<strict>").descriptionKey("opt.strict")
                .type(boolean.class), o.strict, () -> o.strict, v -> o.strict = (Boolean) v));
        spec.addOption(bound(OptionSpec.builder("--explain").paramLabel("<explain>").descriptionKey("opt.explain")
                .type(boolean.class), o.explain, () -> o.explain, v -> o.explain = (Boolean) v));
        return o;
    }

    private static SplitFacilityOption splitFacility(CommandSpec spec) {
        SplitFacilityOption s = new SplitFacilityOption();
        spec.addOption(bound(OptionSpec.builder("--split-facility").paramLabel("reject|merge|replace")
                .descriptionKey("opt.split-facility").type(String.class),
                s.splitFacility, () -> s.splitFacility, v -> s.splitFacility = (String) v));
        return s;
    }

    /** -h/--help and -V/--version as picocli's mixinStandardHelpOptions declares them (run only in the other model). */
    private static void helpOptions(CommandSpec spec) {
        boolean[] asked = {false, false};
        spec.addOption(bound(OptionSpec.builder("-h", "--help").usageHelp(true).paramLabel("<helpRequested>")
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.")
                .type(boolean.class), false, () -> asked[0], v -> asked[0] = (Boolean) v));
        spec.addOption(bound(OptionSpec.builder("-V", "--version").versionHelp(true).paramLabel("<versionRequested>")
                .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.")
                .type(boolean.class), false, () -> asked[1], v -> asked[1] = (Boolean) v));
    }

    /** The FILE… parameters (a list of File: shell completion offers file names). */
    private static PositionalParamSpec files(Supplier<Object> get, Consumer<Object> set) {
        Binding b = new Binding(get, set);
        return PositionalParamSpec.builder().index("0..*").arity("1..*").paramLabel("FILE").descriptionKey("param.files")
                .required(true).type(List.class).auxiliaryTypes(java.io.File.class).initialValue(null).getter(b).setter(b).build();
    }

    private static OptionSpec bound(OptionSpec.Builder b, Object initial, Supplier<Object> get, Consumer<Object> set) {
        Binding binding = new Binding(get, set);
        return b.initialValue(initial).getter(binding).setter(binding).build();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object v) {
        return (T) v;
    }

    /** A field of a command object, read and written without reflection. */
    private static final class Binding implements IGetter, ISetter {
        private final Supplier<Object> get;
        private final Consumer<Object> set;

        Binding(Supplier<Object> get, Consumer<Object> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) get.get();
        }

        @Override
        public <T> T set(T value) {
            T old = get();
            set.accept(value);
            return old;
        }
    }
}
