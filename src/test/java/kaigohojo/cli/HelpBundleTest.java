package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import kaigohojo.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The help texts (kaigohojo/i18n/help_*.properties): complete, in both languages, and true to the command line. */
class HelpBundleTest {
    private static final Set<String> EXIT_CODES = Set.of("0", "1", "2", "3", "4", "70", "141");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HelpBundleTest.class.getResourceAsStream("/kaigohojo/i18n/" + name);
             Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static CommandLine commandLine(Lang lang) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Cli.commandLine(new Io(InputStream.nullInputStream(), sink, sink), lang);
    }

    private static List<CommandSpec> all(CommandSpec root) {
        List<CommandSpec> all = new ArrayList<>();
        all.add(root);
        all.addAll(ManPage.commands(root));
        return all;
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        for (String base : List.of("help", "man")) {
            Set<String> ja = new TreeSet<>(load(base + "_ja.properties").stringPropertyNames());
            Set<String> en = new TreeSet<>(load(base + "_en.properties").stringPropertyNames());
            Set<String> onlyJa = new TreeSet<>(ja);
            onlyJa.removeAll(en);
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(ja);
            assertTrue(onlyJa.isEmpty() && onlyEn.isEmpty(), base + ": only in ja " + onlyJa + ", only in en " + onlyEn);
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyOptionAndParameterHasADescription(Lang lang) {
        for (CommandSpec c : all(commandLine(lang).getCommandSpec())) {
            List<ArgSpec> args = new ArrayList<>(c.options());
            args.addAll(c.positionalParameters());
            for (ArgSpec a : args) {
                if (a.hidden()) continue;
                String what = c.qualifiedName() + " " + (a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel());
                String d = String.join(" ", a.description()).strip();
                assertFalse(d.isEmpty(), lang + ": no description for " + what + " (key " + a.descriptionKey() + ")");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyCommandHasHeaderDescriptionExamplesAndExitCodes(Lang lang) {
        for (CommandSpec c : all(commandLine(lang).getCommandSpec())) {
            var u = c.usageMessage();
            String name = c.qualifiedName();
            assertEquals(1, u.header().length, lang + ": " + name + " needs a one-line header");
            assertFalse(u.header()[0].isBlank(), lang + ": " + name + " header");
            assertTrue(u.description().length > 0, lang + ": " + name + " has no description");
            assertTrue(u.footer().length >= 2, lang + ": " + name + " has no examples");
            assertFalse(u.exitCodeList().isEmpty(), lang + ": " + name + " has no exit codes");
            for (String code : u.exitCodeList().keySet()) {
                assertTrue(EXIT_CODES.contains(code.strip()), lang + ": " + name + " lists exit code " + code);
            }
            String help = c.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertFalse(help.contains("%n") || help.contains("${"), lang + ": " + name + " help has an unformatted text:\n" + help);
        }
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void calcAndTheTopCommandListEveryExitCode(Lang lang) {
        CommandSpec root = commandLine(lang).getCommandSpec();
        for (CommandSpec c : List.of(root, root.subcommands().get("calc").getCommandSpec())) {
            Set<String> codes = new HashSet<>();
            for (String k : c.usageMessage().exitCodeList().keySet()) codes.add(k.strip());
            assertEquals(EXIT_CODES, codes, c.qualifiedName());
        }
    }

    /** A qualified key names a command that exists and, for an option, a key that command uses: no stale texts. */
    @Test
    void everyKeyIsUsed() throws IOException {
        CommandSpec root = commandLine(Lang.EN).getCommandSpec();
        Set<String> commands = new HashSet<>();
        Set<String> used = new HashSet<>();
        Set<String> usedBy = new HashSet<>();
        for (CommandSpec c : all(root)) {
            String q = c.qualifiedName(".");
            commands.add(q);
            List<ArgSpec> args = new ArrayList<>(c.options());
            args.addAll(c.positionalParameters());
            for (ArgSpec a : args) {
                if (a.descriptionKey() == null || a.descriptionKey().isEmpty()) continue;
                used.add(a.descriptionKey());
                usedBy.add(q + "." + a.descriptionKey());
            }
        }
        for (String key : load("help_en.properties").stringPropertyNames()) {
            if (key.startsWith("usage.")) continue;
            int u = key.indexOf(".usage.");
            if (u > 0) {
                assertTrue(commands.contains(key.substring(0, u)), "no command " + key.substring(0, u) + " for " + key);
            } else if (key.startsWith(root.name() + ".")) {
                assertTrue(usedBy.contains(key), "no command uses " + key);
            } else {
                assertTrue(used.contains(key), "no option or parameter uses " + key);
            }
        }
    }

    /** Every example in a footer parses, and the sample files it names exist. */
    @Test
    void everyExampleIsAValidCommandLine() {
        for (Lang lang : Lang.values()) {
            for (CommandSpec c : all(commandLine(lang).getCommandSpec())) {
                for (String line : c.usageMessage().footer()) {
                    String l = line.strip();
                    if (!l.startsWith("kaigo-hojo ")) continue;
                    List<String> tokens = shellWords(l);
                    tokens.remove(0);
                    for (String t : tokens) {
                        if (t.startsWith("samples/")) assertTrue(Files.exists(Path.of(t)), l + ": no file " + t);
                        if (t.contains("=samples/")) {
                            String f = t.substring(t.indexOf("=samples/") + 1);
                            assertTrue(Files.exists(Path.of(f)), l + ": no file " + f);
                        }
                    }
                    assertDoesNotThrow(() -> commandLine(Lang.EN).parseArgs(tokens.toArray(new String[0])), l);
                }
            }
        }
    }

    /** Words as a POSIX shell splits them (quotes, no expansion), up to a redirection or a pipe. */
    static List<String> shellWords(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quote != 0) {
                if (ch == quote) quote = 0;
                else w.append(ch);
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                inWord = true;
            } else if (Character.isWhitespace(ch)) {
                if (inWord) out.add(w.toString());
                w.setLength(0);
                inWord = false;
            } else if (ch == '>' || ch == '<' || ch == '|') {
                break;
            } else {
                w.append(ch);
                inWord = true;
            }
        }
        if (inWord) out.add(w.toString());
        return out;
    }
}
