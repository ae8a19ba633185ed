package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #8: {@code @FILE} on the real command line. A file argument that begins with {@code @} and exists is a
 * file; an argument file that is not a small text file is a located usage error (exit 2) within the corpus's
 * time bound, never read forever (picocli's own expansion read /dev/zero and FIFOs until it was killed).
 */
class ArgFileTest {
    static final String SAMPLE = Path.of("samples/01-tokuyo-sakura.yaml").toAbsolutePath().toString();

    @TempDir Path dir;

    private static void usageError(CliRunner.Result r, String... words) {
        r.assertNoStackTrace();
        assertEquals(2, r.exit(), r::toString);
        for (String w : words) assertTrue(r.err().contains(w), () -> "'" + w + "' in\n" + r);
    }

    @Test
    @DisplayName("an input named @申請.yaml that exists is read as that file, even when 申請.yaml exists too")
    void existingAtNameIsAFile() throws Exception {
        Path at = dir.resolve("@申請.yaml");
        Files.copy(Path.of(SAMPLE), at);
        Files.writeString(dir.resolve("申請.yaml"), "not an argument file\n"); // picocli would expand this one
        CliRunner.Result r = CliRunner.run("check", "--format", "json", at.toString()).assertNoStackTrace();
        assertEquals(0, r.exit(), r::toString);
        assertEquals(at.toString(), r.json().at("/summary/inputs/0/file").asText(), r::toString);
    }

    @Test
    @DisplayName("an argument file's arguments take its place: quotes, comments, CRLF, a BOM, CP932")
    void argumentsOfAFile() throws Exception {
        Path spaced = dir.resolve("申請 2026.yaml");
        Files.copy(Path.of(SAMPLE), spaced);
        Path args = dir.resolve("args.txt");
        Files.write(args, ("\uFEFF# 今月の申請\r\ncheck --format json\r\n\"" + spaced + "\"\r\n").getBytes(StandardCharsets.UTF_8));
        CliRunner.Result r = CliRunner.run("@" + args).assertNoStackTrace();
        assertEquals(0, r.exit(), r::toString);
        assertEquals(spaced.toString(), r.json().at("/summary/inputs/0/file").asText(), r::toString);
        Path cp932 = dir.resolve("cp932.txt");
        Files.write(cp932, ("check --format json '" + spaced + "'\n").getBytes(Charset.forName("windows-31j")));
        CliRunner.Result c = CliRunner.run("@" + cp932).assertNoStackTrace();
        assertEquals(0, c.exit(), c::toString);
    }

    @Test
    @DisplayName("@/dev/zero (a device) is refused at once, not read forever")
    void device() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        usageError(CliRunner.run("check", "@/dev/zero"), "@/dev/zero", "デバイスかパイプ");
        usageError(CliRunner.run("--lang", "en", "check", "@/dev/zero"), "'@/dev/zero' is a device or a pipe");
    }

    @Test
    @DisplayName("@FIFO is refused without opening it (opening one blocks until a writer comes)")
    void fifo() throws Exception {
        Path fifo = dir.resolve("ff");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo");
        usageError(CliRunner.run("check", "@" + fifo), "@" + fifo, "デバイスかパイプ");
    }

    @Test
    @DisplayName("@folder is refused")
    void folder() {
        usageError(CliRunner.run("check", "@" + dir), "@" + dir, "フォルダです");
    }

    @Test
    @DisplayName("an argument file over 1 MB, or over 20,000 lines, is refused")
    void bounds() throws Exception {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[ArgFiles.MAX_BYTES + 1]);
        usageError(CliRunner.run("check", "@" + big), "大きすぎます", "1024 KB");
        Path lines = dir.resolve("lines.txt");
        Files.writeString(lines, (SAMPLE + "\n").repeat(ArgFiles.MAX_LINES + 1));
        usageError(CliRunner.run("check", "@" + lines), "行が多すぎます", "20000");
    }

    @Test
    @DisplayName("binary content and undecodable bytes name their line; an open quote names its line")
    void located() throws Exception {
        Path nul = dir.resolve("nul.txt");
        Files.write(nul, "check\n--format json\nab\0cd\n".getBytes(StandardCharsets.UTF_8));
        usageError(CliRunner.run("@" + nul), "@" + nul, "3 行目");
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'c', 'h', 'e', 'c', 'k', '\n', (byte) 0xFF, (byte) 0xFE, (byte) 0x80, '\n'});
        usageError(CliRunner.run("--lang", "en", "@" + bad), "Line 2 of the argument file '@" + bad + "'");
        Path quote = dir.resolve("quote.txt");
        Files.writeString(quote, "check\n\"" + SAMPLE + "\n");
        usageError(CliRunner.run("@" + quote), "2 行目", "引用符");
    }

    @Test
    @DisplayName("an argument file naming itself stops at the nesting bound")
    void selfReference() throws Exception {
        Path self = dir.resolve("self.txt");
        Files.writeString(self, "@" + self + "\n");
        usageError(CliRunner.run("check", "@" + self), "入れ子が深すぎます");
    }

    @Test
    @DisplayName("after -- nothing is expanded; @ alone and an @name that names nothing stay arguments")
    void notExpanded() throws Exception {
        Path args = dir.resolve("args.txt");
        Files.writeString(args, "--format json\n");
        CliRunner.Result r = CliRunner.run("check", "--format", "json", "--", "@" + args).assertNoStackTrace();
        assertEquals(3, r.exit(), r::toString);
        assertEquals("file-not-found", r.json().at("/errors/0/code").asText(), r::toString);
        CliRunner.Result none = CliRunner.run("check", "--format", "json", "@" + dir.resolve("nothing.yaml")).assertNoStackTrace();
        assertEquals("file-not-found", none.json().at("/errors/0/code").asText(), none::toString);
    }

    @Test
    @DisplayName("an option's value is never an argument file: -o @x.csv, --rules @r.yaml stay as typed, even when x.csv exists (session 4 L)")
    void optionValueNotExpanded() throws Exception {
        Path args = dir.resolve("x.csv");
        Files.writeString(args, "--format json\n");
        String at = "@" + args;
        assertEquals(List.of("calc", "-o", at, "--rules", at, "--set", at, "-s", at, "--format", "json"),
                List.of(ArgFiles.expand(new String[] {"calc", "-o", at, "--rules", at, "--set", at, "-s", at, at})));
        // an argument file that ends with an option: the next argument is its value, not another file
        Path ends = dir.resolve("ends.txt");
        Files.writeString(ends, "calc --output\n");
        assertEquals(List.of("calc", "--output", at), List.of(ArgFiles.expand(new String[] {"@" + ends, at})));
        // attached values (--output=@x.csv) never began with @; after a flag (--strict) an @file is still a file
        assertEquals(List.of("calc", "--output=" + at, "--strict", "--format", "json"),
                List.of(ArgFiles.expand(new String[] {"calc", "--output=" + at, "--strict", at})));
    }

    @Test
    @DisplayName("ArgFiles knows every option that takes a value, of every command (from the picocli model)")
    void valueOptionsMatchTheModel() {
        java.util.Set<String> model = new java.util.TreeSet<>();
        java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>();
        todo.add(Cli.commandLine(new Io(System.in, System.out, System.err), kaigohojo.text.Lang.JA));
        while (!todo.isEmpty()) {
            picocli.CommandLine c = todo.pop();
            for (picocli.CommandLine.Model.OptionSpec o : c.getCommandSpec().options()) {
                if (o.arity().max() > 0) model.addAll(List.of(o.names()));
            }
            todo.addAll(c.getSubcommands().values());
        }
        assertEquals(model, new java.util.TreeSet<>(ArgFiles.VALUE_OPTIONS));
    }
}
