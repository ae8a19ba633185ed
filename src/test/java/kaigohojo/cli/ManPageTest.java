package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kaigohojo.text.Lang;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The committed man pages are exactly what {@link ManPage} renders from the command line of today, and
 * they document every command, option and parameter. To accept a change:
 * {@code mvn -B test -Dtest=ManPageTest -Dkaigohojo.man.update=true} (or the ManPage main method).
 */
class ManPageTest {
    private static final String REGENERATE = "Regenerate it: mvn -B test -Dtest=ManPageTest -Dkaigohojo.man.update=true"
            + "  (or: mvn -B -q -DskipTests package && java -cp target/kaigo-hojo.jar kaigohojo.cli.ManPage)";

    private static String path(Lang lang) {
        return lang == Lang.EN ? ManPage.EN_PATH : ManPage.JA_PATH;
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void committedPageIsUpToDate(Lang lang) throws IOException {
        String want = ManPage.render(lang);
        Path file = Path.of(path(lang));
        if (Boolean.getBoolean("kaigohojo.man.update")) {
            ManPage.write(file, want);
            return;
        }
        assertTrue(Files.exists(file), file + " is missing. " + REGENERATE);
        String have = Files.readString(file, StandardCharsets.UTF_8);
        if (have.equals(want)) return;
        String[] h = have.split("\n", -1);
        String[] w = want.split("\n", -1);
        int i = 0;
        while (i < h.length && i < w.length && h[i].equals(w[i])) i++;
        fail(file + " lags behind the command line (first difference at line " + (i + 1) + ":\n  committed: "
                + (i < h.length ? h[i] : "<end>") + "\n  generated: " + (i < w.length ? w[i] : "<end>") + "\n)\n" + REGENERATE);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyCommandHasItsSectionWithAllItsOptions(Lang lang) {
        String page = ManPage.render(lang);
        Map<String, String> sections = subsections(page);
        CommandSpec root = root(lang);
        for (CommandSpec c : ManPage.commands(root)) {
            String body = sections.get(c.qualifiedName());
            assertNotNull(body, "no .SS section for " + c.qualifiedName() + " in " + sections.keySet());
            for (OptionSpec o : ManPage.options(c)) {
                for (String n : o.names()) {
                    assertTrue(body.contains("\\fB" + ManPage.esc(n) + "\\fR"), c.qualifiedName() + ": option " + n + " missing");
                }
                assertTrue(body.contains(troff(lang, ManPage.fmt(String.join(" ", o.description())).strip())),
                        c.qualifiedName() + ": description of " + o.longestName() + " missing");
            }
            for (PositionalParamSpec p : ManPage.positionals(c)) {
                assertTrue(body.contains("\\fI" + ManPage.esc(p.paramLabel()) + "\\fR"), c.qualifiedName() + ": parameter " + p.paramLabel() + " missing");
                assertTrue(body.contains(troff(lang, String.join(" ", p.description()).strip())),
                        c.qualifiedName() + ": description of " + p.paramLabel() + " missing");
            }
            for (String code : c.usageMessage().exitCodeList().keySet()) {
                assertTrue(body.contains(".TP\n\\fB" + code.strip() + "\\fR\n"), c.qualifiedName() + ": exit code " + code + " missing");
            }
        }
    }

    @Test
    void optionsSectionNamesEveryOptionOfEveryCommand() {
        String page = ManPage.render(Lang.EN);
        int from = page.indexOf(".SH \"OPTIONS\"");
        int to = page.indexOf(".SH ", from + 1);
        assertTrue(from >= 0 && to > from, "no OPTIONS section");
        String options = page.substring(from, to);
        CommandSpec root = root(Lang.EN);
        List<CommandSpec> all = new ArrayList<>(ManPage.commands(root));
        all.add(root);
        for (CommandSpec c : all) {
            for (OptionSpec o : c.options()) {
                if (o.hidden()) continue;
                for (String n : o.names()) {
                    assertTrue(options.contains("\\fB" + ManPage.esc(n) + "\\fR"), "OPTIONS lacks " + n + " of " + c.qualifiedName());
                }
            }
        }
        for (String section : List.of("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "EXIT STATUS", "ENVIRONMENT",
                "FILES", "EXAMPLES", "SEE ALSO")) {
            assertTrue(page.contains(".SH \"" + section + "\"\n"), "no section " + section);
        }
        for (int code : new int[] {0, 1, 2, 3, 4, 70}) {
            assertTrue(page.contains(".TP\n\\fB" + code + "\\fR\n"), "exit status " + code + " missing");
        }
    }

    @Test
    void troffEscapes() {
        assertEquals("a\\eb", ManPage.esc("a\\b"));
        assertEquals("\\-\\-set", ManPage.esc("--set"));
        assertEquals("\\&.yaml files", ManPage.esc(".yaml files"));
        assertEquals("\\&'quoted'", ManPage.esc("'quoted'"));
        assertEquals("a.b 'c'", ManPage.esc("a.b 'c'"));
        assertEquals("\"say \\(dqhi\\(dq\"", ManPage.arg("say \"hi\""));
        assertEquals("two\nlines 5%", ManPage.fmt("two%nlines 5%%"));
    }

    /** Text lines never start with a control character, and only these macros are used. */
    @ParameterizedTest
    @EnumSource(Lang.class)
    void onlyKnownRequestsStartALine(Lang lang) {
        Set<String> known = Set.of(".\\\"", ".TH", ".SH", ".SS", ".PP", ".TP", ".br", ".RS", ".RE", ".nf", ".fi", ".nh", ".ad", ".if");
        int n = 0;
        for (String line : ManPage.render(lang).split("\n")) {
            n++;
            if (line.startsWith(".") || line.startsWith("'")) {
                String req = line.split(" ", 2)[0];
                assertTrue(known.contains(req), "line " + n + " starts with an unknown request: " + line);
            }
        }
    }

    /** groff renders the committed pages without a warning (skipped where groff is not installed). */
    @ParameterizedTest
    @EnumSource(Lang.class)
    void groffRendersWithoutWarnings(Lang lang) throws Exception {
        Path file = Path.of(path(lang));
        Assumptions.assumeTrue(Files.exists(file));
        Process p;
        try {
            p = new ProcessBuilder("groff", "-man", "-Tutf8", "-k", "-wall", "-z", file.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("groff is not installed");
            return;
        }
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "groff did not finish");
        assertEquals(0, p.exitValue(), output);
        assertEquals("", output.strip(), "groff warnings for " + file);
    }

    /** Text as the page of {@code lang} writes it. */
    private static String troff(Lang lang, String text) {
        String t = ManPage.esc(text);
        return lang == Lang.EN ? ManPage.ascii(t) : t;
    }

    @Test
    void theEnglishPageIsAscii() {
        String page = ManPage.render(Lang.EN);
        assertTrue(page.chars().allMatch(c -> c < 0x80), "non-ASCII in the English page");
        assertTrue(page.contains("\\[u4ECB]\\[u8B77]"), "介護 as groff escapes");
        assertEquals("a\\[u554F]13 \\[u1F600]", ManPage.ascii("a問13 \uD83D\uDE00"));
    }

    static CommandSpec root(Lang lang) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CommandLine cl = Cli.commandLine(new Io(InputStream.nullInputStream(), sink, sink), lang);
        return cl.getCommandSpec();
    }

    /** The .SS subsections by title (unescaped). */
    private static Map<String, String> subsections(String page) {
        Map<String, String> out = new LinkedHashMap<>();
        String title = null;
        StringBuilder body = new StringBuilder();
        for (String line : page.split("\n")) {
            if (line.startsWith(".SS ") || line.startsWith(".SH ")) {
                if (title != null) out.put(title, body.toString());
                title = line.startsWith(".SS ") ? line.substring(4).replace("\"", "").replace("\\-", "-") : null;
                body.setLength(0);
            } else if (title != null) {
                body.append(line).append('\n');
            }
        }
        if (title != null) out.put(title, body.toString());
        return out;
    }
}
