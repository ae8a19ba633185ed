package kaigohojo.cli;

import java.util.List;
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
                top.lang, new Binding() {
                    @Override Object value() { return top.lang; }
                    @Override void assign(Object v) { top.lang = (String) v; }
                }));
        root.addOption(bound(OptionSpec.builder("--debug").paramLabel("<debug>").descriptionKey("opt.debug")
                .scopeType(ScopeType.INHERIT).type(boolean.class), false, new Binding() {
                    @Override Object value() { return top.debug; }
                    @Override void assign(Object v) { top.debug = (Boolean) v; }
                }));
        helpOptions(root);
        CommandLine cl = new CommandLine(root);

        CommandSpec sub;
        if (command.equals("calc")) {
            CalcCommand calc = new CalcCommand(io);
            sub = CommandSpec.wrapWithoutInspection(calc).name("calc");
            calc.options = commonOptions(sub);
            sub.addOption(bound(OptionSpec.builder("--per").paramLabel("item|facility").descriptionKey("opt.per").type(String.class),
                    calc.per, new Binding() {
                        @Override Object value() { return calc.per; }
                        @Override void assign(Object v) { calc.per = (String) v; }
                    }));
            calc.split = splitFacility(sub);
            helpOptions(sub);
            sub.addPositional(files(new Binding() {
                @Override Object value() { return calc.filesGiven; }
                @Override void assign(Object v) { calc.filesGiven = cast(v); }
            }));
        } else if (command.equals("check")) {
            CheckCommand check = new CheckCommand(io);
            sub = CommandSpec.wrapWithoutInspection(check).name("check");
            check.options = commonOptions(sub);
            check.split = splitFacility(sub);
            sub.addOption(bound(OptionSpec.builder("--max-errors").paramLabel("N").descriptionKey("opt.max-errors").type(Integer.class),
                    check.maxErrors, new Binding() {
                        @Override Object value() { return check.maxErrors; }
                        @Override void assign(Object v) { check.maxErrors = (Integer) v; }
                    }));
            helpOptions(sub);
            sub.addPositional(files(new Binding() {
                @Override Object value() { return check.filesGiven; }
                @Override void assign(Object v) { check.filesGiven = cast(v); }
            }));
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
                o.format, new Binding() {
                    @Override Object value() { return o.format; }
                    @Override void assign(Object v) { o.format = (String) v; }
                }));
        spec.addOption(bound(OptionSpec.builder("--rules").paramLabel("ID|FILE").descriptionKey("opt.rules")
                .completionCandidates(new CommonOptions.RuleSetCandidates()).type(String.class),
                o.rules, new Binding() {
                    @Override Object value() { return o.rules; }
                    @Override void assign(Object v) { o.rules = (String) v; }
                }));
        spec.addOption(bound(OptionSpec.builder("--set").paramLabel("KEY=VALUE").descriptionKey("opt.set")
                .type(List.class).auxiliaryTypes(String.class), o.sets, new Binding() {
                    @Override Object value() { return o.sets; }
                    @Override void assign(Object v) { o.sets = cast(v); }
                }));
        spec.addOption(bound(OptionSpec.builder("-o", "--output").paramLabel("FILE").descriptionKey("opt.output")
                .type(java.nio.file.Path.class), o.output, new Binding() {
                    @Override Object value() { return o.output; }
                    @Override void assign(Object v) { o.output = (java.nio.file.Path) v; }
                }));
        spec.addOption(bound(OptionSpec.builder("--encoding").paramLabel("ENCODING").descriptionKey("opt.encoding")
                .type(String.class), o.encoding, new Binding() {
                    @Override Object value() { return o.encoding; }
                    @Override void assign(Object v) { o.encoding = (String) v; }
                }));
        spec.addOption(bound(OptionSpec.builder("--output-encoding").paramLabel("ENCODING").descriptionKey("opt.output-encoding")
                .type(String.class), o.outputEncoding, new Binding() {
                    @Override Object value() { return o.outputEncoding; }
                    @Override void assign(Object v) { o.outputEncoding = (String) v; }
                }));
        spec.addOption(bound(OptionSpec.builder("--input-format").paramLabel("yaml|csv|xlsx").descriptionKey("opt.input-format")
                .type(String.class), o.inputFormat, new Binding() {
                    @Override Object value() { return o.inputFormat; }
                    @Override void assign(Object v) { o.inputFormat = (String) v; }
                }));
        spec.addOption(bound(OptionSpec.builder("--sheet").paramLabel("NAME").descriptionKey("opt.sheet")
                .type(String.class), o.sheet, new Binding() {
                    @Override Object value() { return o.sheet; }
                    @Override void assign(Object v) { o.sheet = (String) v; }
                }));
        spec.addOption(bound(OptionSpec.builder("--strict").paramLabel("<strict>").descriptionKey("opt.strict")
                .type(boolean.class), o.strict, new Binding() {
                    @Override Object value() { return o.strict; }
                    @Override void assign(Object v) { o.strict = (Boolean) v; }
                }));
        spec.addOption(bound(OptionSpec.builder("--explain").paramLabel("<explain>").descriptionKey("opt.explain")
                .type(boolean.class), o.explain, new Binding() {
                    @Override Object value() { return o.explain; }
                    @Override void assign(Object v) { o.explain = (Boolean) v; }
                }));
        return o;
    }

    private static SplitFacilityOption splitFacility(CommandSpec spec) {
        SplitFacilityOption s = new SplitFacilityOption();
        spec.addOption(bound(OptionSpec.builder("--split-facility").paramLabel("reject|merge|replace")
                .descriptionKey("opt.split-facility").type(String.class),
                s.splitFacility, new Binding() {
                    @Override Object value() { return s.splitFacility; }
                    @Override void assign(Object v) { s.splitFacility = (String) v; }
                }));
        return s;
    }

    /** -h/--help and -V/--version as picocli's mixinStandardHelpOptions declares them (run only in the other model). */
    private static void helpOptions(CommandSpec spec) {
        boolean[] asked = {false, false};
        spec.addOption(bound(OptionSpec.builder("-h", "--help").usageHelp(true).paramLabel("<helpRequested>")
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.")
                .type(boolean.class), false, new Binding() {
                    @Override Object value() { return asked[0]; }
                    @Override void assign(Object v) { asked[0] = (Boolean) v; }
                }));
        spec.addOption(bound(OptionSpec.builder("-V", "--version").versionHelp(true).paramLabel("<versionRequested>")
                .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.")
                .type(boolean.class), false, new Binding() {
                    @Override Object value() { return asked[1]; }
                    @Override void assign(Object v) { asked[1] = (Boolean) v; }
                }));
    }

    /** The FILE… parameters (a list of File: shell completion offers file names). */
    private static PositionalParamSpec files(Binding b) {
        return PositionalParamSpec.builder().index("0..*").arity("1..*").paramLabel("FILE").descriptionKey("param.files")
                .required(true).type(List.class).auxiliaryTypes(java.io.File.class).initialValue(null).getter(b).setter(b).build();
    }

    private static OptionSpec bound(OptionSpec.Builder b, Object initial, Binding binding) {
        return b.initialValue(initial).getter(binding).setter(binding).build();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object v) {
        return (T) v;
    }

    /**
     * A field of a command object, read and written without reflection: one small class per field, not
     * a pair of lambdas (#13 session 7: on JDK 17 each lambda's call site is linked at its first use
     * through method handles, in the interpreter, 0.2-0.5 ms each even when its class is in the archive;
     * a class from the archive loads in a few microseconds).
     */
    private abstract static class Binding implements IGetter, ISetter {
        abstract Object value();

        abstract void assign(Object v);

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) value();
        }

        @Override
        public <T> T set(T value) {
            T old = get();
            assign(value);
            return old;
        }
    }
}
