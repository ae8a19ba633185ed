package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kaigohojo.text.Lang;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * #13: calc and check run on a picocli model built without annotations ({@link ProgrammaticModel}). It
 * must be the annotated model in everything that parsing reads, and a run must not be able to tell
 * the two apart: same exit code, same stdout, same stderr, for good and for bad command lines.
 */
class ProgrammaticModelTest {
    @TempDir Path dir;

    private static final PrintStream SINK = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private static CommandLine model(String command, boolean programmatic) {
        Io io = new Io(new ByteArrayInputStream(new byte[0]), SINK, SINK);
        return Cli.commandLine(io, Lang.JA, new String[] {command, "x.yaml"}, programmatic);
    }

    /** Everything of an option or parameter that parsing, defaults, errors and the command's fields depend on. */
    private static String describe(ArgSpec a) {
        List<String> p = new ArrayList<>();
        if (a instanceof OptionSpec o) {
            p.add("names=" + Arrays.toString(o.names()));
            p.add("usageHelp=" + o.usageHelp());
            p.add("versionHelp=" + o.versionHelp());
            p.add("negatable=" + o.negatable());
            p.add("fallback=" + o.fallbackValue());
            p.add("order=" + o.order());
        } else {
            PositionalParamSpec pp = (PositionalParamSpec) a;
            p.add("index=" + pp.index());
        }
        p.add("arity=" + a.arity());
        p.add("type=" + a.type().getName());
        p.add("aux=" + Arrays.toString(a.auxiliaryTypes()));
        p.add("required=" + a.required());
        p.add("default=" + a.defaultValue());
        p.add("initial=" + a.initialValue());
        p.add("hasInitial=" + a.hasInitialValue());
        p.add("label=" + a.paramLabel());
        p.add("key=" + a.descriptionKey());
        p.add("description=" + Arrays.toString(a.description()));
        p.add("scope=" + a.scopeType());
        p.add("inherited=" + a.inherited());
        p.add("hidden=" + a.hidden());
        p.add("interactive=" + a.interactive());
        p.add("split=" + a.splitRegex());
        p.add("candidates=" + (a.completionCandidates() == null ? null : String.join(",", a.completionCandidates())));
        p.add("converters=" + a.converters().length);
        p.add("showDefault=" + a.showDefaultValue());
        p.add("group=" + a.group());
        p.add("value=" + a.getValue());
        return String.join(" ", p);
    }

    private static List<String> describe(CommandSpec spec) {
        List<String> out = new ArrayList<>();
        out.add("command " + spec.qualifiedName() + " sortOptions=" + spec.usageMessage().sortOptions()
                + " user=" + spec.userObject().getClass().getSimpleName());
        for (OptionSpec o : spec.options()) out.add(describe(o));
        for (PositionalParamSpec p : spec.positionalParameters()) out.add(describe(p));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"calc", "check"})
    @DisplayName("the programmatic model of calc and check is the annotated one, option by option")
    void sameModel(String command) {
        CommandLine annotated = model(command, false);
        CommandLine programmatic = model(command, true);
        assertFalse(programmatic.getCommandSpec().userObject() == annotated.getCommandSpec().userObject());
        assertEquals(describe(annotated.getCommandSpec()), describe(programmatic.getCommandSpec()), "kaigo-hojo");
        assertEquals(List.of(command), new ArrayList<>(programmatic.getSubcommands().keySet()));
        assertEquals(describe(annotated.getSubcommands().get(command).getCommandSpec()),
                describe(programmatic.getSubcommands().get(command).getCommandSpec()), command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"calc", "check"})
    @DisplayName("the fields the command reads are filled the same way: values, lists, defaults, inherited --lang")
    void sameFields(String command) {
        String[] args = {"--lang", "en", command, "--format", "json", "--set", "a=1", "--set", "b=2", "-o", "out.json",
            "--encoding", "cp932", "--strict", "--split-facility", "merge", "--debug", "f1.yaml", "f2.csv"};
        for (boolean programmatic : new boolean[] {false, true}) {
            Io io = new Io(new ByteArrayInputStream(new byte[0]), SINK, SINK);
            String[] a = Arrays.copyOfRange(args, 2, args.length);
            CommandLine cl = Cli.commandLine(io, Lang.JA, a, programmatic);
            List<String> all = new ArrayList<>(List.of(args));
            cl.parseArgs(all.toArray(new String[0]));
            Object user = cl.getSubcommands().get(command).getCommandSpec().userObject();
            CommonOptions o = user instanceof CalcCommand c ? c.options : ((CheckCommand) user).options;
            SplitFacilityOption split = user instanceof CalcCommand c ? c.split : ((CheckCommand) user).split;
            List<java.io.File> files = user instanceof CalcCommand c ? c.filesGiven : ((CheckCommand) user).filesGiven;
            String where = programmatic ? "programmatic" : "annotated";
            assertEquals("json", o.format, where);
            assertEquals(List.of("a=1", "b=2"), o.sets, where);
            assertEquals(Path.of("out.json"), o.output, where);
            assertEquals("cp932", o.encoding, where);
            assertTrue(o.strict, where);
            assertFalse(o.explain, where);
            assertEquals(kaigohojo.rules.RuleSetLoader.DEFAULT_ID, o.rules, where);
            assertEquals("merge", split.splitFacility, where);
            assertEquals(List.of(new java.io.File("f1.yaml"), new java.io.File("f2.csv")), files, where);
            assertEquals(Lang.EN, o.lang(), where + ": --lang before the command");
            KaigoHojoCommand top = (KaigoHojoCommand) cl.getCommandSpec().userObject();
            assertTrue(top.debug, where);
            assertNotNull(o.mixee, where);
        }
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(boolean programmatic, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), programmatic);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "calc samples/01-tokuyo-sakura.yaml",
        "calc --lang en --format json --explain samples/02-roken-asahi.yaml",
        "calc --format csv --per facility samples/03-houmon-himawari.yaml samples/04-kyotaku-kaede.yaml",
        "calc --format markdown --rules national-r7 samples/05-gh-momiji.yaml",
        "calc --set facility.staff=3 --set facility.staff=4 samples/01-tokuyo-sakura.yaml",
        "calc --strict samples/06-package-aoba.yaml",
        "calc --split-facility merge samples/csv",
        "calc --lang=en samples/01-tokuyo-sakura.yaml",
        "calc --per=everything samples/01-tokuyo-sakura.yaml",
        "calc --format jsn samples/01-tokuyo-sakura.yaml",
        "calc --fromat json samples/01-tokuyo-sakura.yaml",
        "calc --nope samples/01-tokuyo-sakura.yaml",
        "calc --lang en --hepl samples/01-tokuyo-sakura.yaml",
        "calc",
        "calc --lang en",
        "calc --format",
        "calc --format json --format csv samples/01-tokuyo-sakura.yaml",
        "calc --lang fr samples/01-tokuyo-sakura.yaml",
        "calc --strict=yes samples/01-tokuyo-sakura.yaml",
        "calc -o samples/01-tokuyo-sakura.yaml samples/01-tokuyo-sakura.yaml",
        "calc no-such-file.yaml",
        "calc --rules no-such-rules.yaml samples/01-tokuyo-sakura.yaml",
        "calc --split-facility join samples/csv",
        "calc -- --strict",
        "check samples/01-tokuyo-sakura.yaml samples/csv",
        "check --format json --lang en samples/csv/applications.csv",
        "check --max-errors 1 samples/01-tokuyo-sakura.yaml",
        "check --max-errors x samples/01-tokuyo-sakura.yaml",
        "check --max-errors 0 samples/01-tokuyo-sakura.yaml",
        "check --max-errors",
        "check --per item samples/01-tokuyo-sakura.yaml",
        "check --lang en --debug --input-format yaml samples/01-tokuyo-sakura.yaml",
        "check --sheet 申請 --encoding cp932 --output-encoding utf-8 samples/csv",
        "check",
        "check --explain samples/01-tokuyo-sakura.yaml",
    })
    @DisplayName("a command line gives the same exit code, stdout and stderr on both models")
    void sameRun(String line) {
        String[] args = line.split(" ");
        Run annotated = run(false, args);
        Run programmatic = run(true, args);
        assertEquals(annotated, programmatic, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"calc", "check"})
    @DisplayName("-o FILE: the report written is the same on both models")
    void sameFile(String command) throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertEquals(0, run(false, command, "--format", "json", "-o", a.toString(), "samples/01-tokuyo-sakura.yaml").exit());
        assertEquals(0, run(true, command, "--format", "json", "-o", b.toString(), "samples/01-tokuyo-sakura.yaml").exit());
        assertEquals(Files.readString(a), Files.readString(b));
    }
}
