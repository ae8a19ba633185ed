package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kaigohojo.text.Lang;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options every command shares (--lang, --debug, -h, -V) are declared once, on kaigo-hojo, and
 * inherited by every subcommand (picocli ScopeType.INHERIT): --lang works before or after the command.
 */
class SharedOptionsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "--lang en calc samples/03-houmon-himawari.yaml",
            "calc --lang en samples/03-houmon-himawari.yaml",
            "calc samples/03-houmon-himawari.yaml --lang=en",
            "--lang=en calc samples/03-houmon-himawari.yaml"})
    @DisplayName("--lang en before or after the subcommand gives the English report")
    void langAnywhere(String line) {
        CliRun r = CliRun.run(line.split(" "));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Subsidy: 1,180,000 yen"), r.out());
        assertFalse(r.out().contains("補助額:"), r.out());
    }

    @Test
    @DisplayName("--lang before a nested command (rules show) reaches it; the last --lang given wins")
    void langNested() {
        CliRun r = CliRun.run("--lang", "en", "rules", "show", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        CliRun ja = CliRun.run("rules", "show", "--format", "json");
        assertFalse(r.out().equals(ja.out()), "rules show --lang en differs from the Japanese one");
        CliRun t = CliRun.run("--lang", "ja", "template", "--lang", "en");
        assertEquals(0, t.exit(), t.err());
        assertEquals(CliRun.run("template", "--lang", "en").out(), t.out());
    }

    @Test
    @DisplayName("--lang xx is a usage error (exit 2) naming the value, wherever it is given")
    void badLang() {
        for (List<String> line : List.of(List.of("--lang", "fr", "calc", "samples/03-houmon-himawari.yaml"),
                List.of("calc", "--lang", "fr", "samples/03-houmon-himawari.yaml"))) {
            CliRun r = CliRun.run(line.toArray(new String[0]));
            assertEquals(2, r.exit(), r.out() + r.err());
            assertTrue(r.err().contains("fr"), r.err());
            assertTrue(r.noStackTrace());
        }
    }

    @Test
    @DisplayName("--lang and --debug are declared once (on kaigo-hojo) and every subcommand has them, inherited")
    void declaredOnceInherited() throws Exception {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        CommandLine cl = Cli.commandLine(new Io(InputStream.nullInputStream(), sink, sink), Lang.EN);
        for (String name : List.of("--lang", "--debug")) {
            OptionSpec top = cl.getCommandSpec().findOption(name);
            assertEquals(CommandLine.ScopeType.INHERIT, top.scopeType(), name);
            check(cl.getCommandSpec(), name);
        }
        assertEquals("${env:KAIGO_HOJO_LANG:-ja}", KaigoHojoCommand.class.getDeclaredField("lang").getAnnotation(CommandLine.Option.class).defaultValue(),
                "the environment's default through picocli");
    }

    private static void check(CommandSpec spec, String name) {
        for (CommandLine sub : spec.subcommands().values()) {
            OptionSpec o = sub.getCommandSpec().findOption(name);
            assertTrue(o != null, sub.getCommandSpec().qualifiedName() + " lacks " + name);
            assertTrue(o.inherited(), sub.getCommandSpec().qualifiedName() + " declares " + name + " again");
            assertTrue(sub.getCommandSpec().findOption("--help").usageHelp(), sub.getCommandSpec().qualifiedName());
            check(sub.getCommandSpec(), name);
        }
    }
}
