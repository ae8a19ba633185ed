package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The packaged tool as a user runs it: a separate process, its stdout, stderr and exit code. Runs
 * after {@code package} (maven-failsafe), on target/kaigo-hojo.jar and on bin/kaigo-hojo.
 */
class ProcessIT {
    record Result(int exit, String out, String err) {}

    static Result run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        Path out = Files.createTempFile("kh-out", ".txt");
        Path err = Files.createTempFile("kh-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("KAIGO_HOJO_LANG");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("no answer in 120 s: " + command);
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }

    static List<String> jar(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add("target" + File.separator + "kaigo-hojo.jar");
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    @DisplayName("java -jar: calc on a sample prints the Japanese report in UTF-8 and exits 0")
    void jarCalc() throws Exception {
        Result r = run(jar("calc", "samples/06-package-aoba.yaml"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("補助額: 6,640,000円"), r.out());
        assertEquals("", r.err());
    }

    @Test
    @DisplayName("java -jar: bad input exits 3 with the error and no stack trace")
    void jarBadInput() throws Exception {
        Path bin = Files.createTempFile("kh", ".yaml");
        Files.write(bin, new byte[] {0, 1, 2, 3, (byte) 0xff, 0x50, 0x4b});
        Result r = run(jar("calc", "--format", "json", bin.toString(), "samples/05-gh-momiji.yaml"));
        Files.deleteIfExists(bin);
        assertEquals(3, r.exit());
        assertTrue(r.out().contains("\"code\" : \"binary-file\""), r.out());
        assertTrue(r.out().contains("\"subsidy\" : 821000"), "the good file is still computed");
        assertFalse(r.out().contains("\tat ") || r.err().contains("\tat "));
    }

    @Test
    @DisplayName("java -jar: usage errors exit 2 on stderr; rules errors exit 4")
    void jarUsage() throws Exception {
        Result r = run(jar("calc", "--nope", "samples/05-gh-momiji.yaml"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--nope"), r.err());
        Result rules = run(jar("calc", "--rules", "missing-rules.yaml", "samples/05-gh-momiji.yaml"));
        assertEquals(4, rules.exit());
        assertFalse(rules.err().contains("\tat "));
    }

    @Test
    @DisplayName("bin/kaigo-hojo runs the packaged jar (and writes its class-data archive)")
    void binScript() throws Exception {
        if (!new File("bin/kaigo-hojo").canExecute() || System.getProperty("os.name").startsWith("Windows")) return;
        Result r = run(List.of("bin/kaigo-hojo", "calc", "--format", "json", "samples/04-kyotaku-kaede.yaml"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"subsidy\" : 800000"), r.out());
        Result again = run(List.of("bin/kaigo-hojo", "--version"));
        assertEquals(0, again.exit());
        assertTrue(again.out().startsWith("kaigo-hojo "), again.out());
        // the start-up cache (vocabulary, rules, messages already parsed) changes nothing in the output
        assertTrue(new File("target/kaigo-hojo.cache").isFile(), "bin/kaigo-hojo writes its start-up cache");
        for (String format : List.of("json", "table")) {
            Result cached = run(List.of("bin/kaigo-hojo", "calc", "--format", format, "--explain", "samples/02-roken-asahi.yaml"));
            Result plain = run(jar("calc", "--format", format, "--explain", "samples/02-roken-asahi.yaml"));
            assertEquals(plain.out(), cached.out(), format);
            Result en = run(List.of("bin/kaigo-hojo", "calc", "--lang", "en", "--format", format, "samples/02-roken-asahi.yaml"));
            Result enPlain = run(jar("calc", "--lang", "en", "--format", format, "samples/02-roken-asahi.yaml"));
            assertEquals(enPlain.out(), en.out(), "en " + format);
        }
    }

    /**
     * #13: a warm run of the launcher forks no tool (each fork cost every run: find 9 ms, readlink 6 ms of
     * CPU here). With only java and bash on PATH and no JAVA_HOME it runs, quietly, from its archive: the
     * launcher looked for newer sources and found its JDK's version with shell built-ins. Before, readlink
     * was missing and the run failed.
     */
    static Result warmRunWithJavaAndBashOnly(Path bareDir, List<String> command, java.util.Map<String, String> env) throws Exception {
        Files.createDirectories(bareDir);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
        Files.createSymbolicLink(bareDir.resolve("java"), java);
        Path bash = Files.isExecutable(Path.of("/bin/bash")) ? Path.of("/bin/bash") : Path.of("/usr/bin/bash");
        Files.createSymbolicLink(bareDir.resolve("bash"), bash);
        ProcessBuilder warm = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        warm.environment().clear();
        warm.environment().putAll(env);
        warm.environment().put("PATH", bareDir + File.pathSeparator + "/usr/bin:/bin");
        Process w = warm.start();
        assertTrue(w.waitFor(180, TimeUnit.SECONDS), "the warm-up run");
        assertEquals(0, w.exitValue(), "the warm-up run");
        Path log = Files.createTempFile("kh-class-load", ".log");
        List<String> cmd = new ArrayList<>(command);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Path out = Files.createTempFile("kh-out", ".txt");
        Path err = Files.createTempFile("kh-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().clear(); // no JAVA_HOME: the java on PATH
        pb.environment().putAll(env);
        pb.environment().put("PATH", bareDir.toString());
        pb.environment().put("KAIGO_HOJO_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "no answer: " + cmd);
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        String loaded = Files.readString(log);
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        Files.deleteIfExists(log);
        assertTrue(loaded.contains("kaigohojo.Main source: shared objects file"), "the run used its archive");
        return r;
    }

    @Test
    @DisplayName("bin/kaigo-hojo, warm, forks no tool: it runs with only java and bash on PATH (#13)")
    void binScriptForksNothingWhenWarm() throws Exception {
        if (!new File("bin/kaigo-hojo").canExecute() || System.getProperty("os.name").startsWith("Windows")) return;
        Path bare = Files.createTempDirectory("kh-bare-path");
        try {
            Result r = warmRunWithJavaAndBashOnly(bare, List.of("bin/kaigo-hojo", "calc", "samples/06-package-aoba.yaml"), java.util.Map.of());
            assertEquals(0, r.exit(), r.err());
            assertEquals("", r.err());
            assertTrue(r.out().contains("補助額: 6,640,000円"), r.out());
        } finally {
            for (String f : List.of("java", "bash")) Files.deleteIfExists(bare.resolve(f));
            Files.deleteIfExists(bare);
        }
    }

    @Test
    @DisplayName("calc … | head: when the reader of stdout goes away the run stops at once, quietly, with 141")
    void readerGone() throws Exception {
        // 30,000 facilities: a report far larger than a pipe's buffer
        Path csv = Files.createTempFile("kh-many", ".csv");
        StringBuilder b = new StringBuilder("facility_id,facility_name,prefecture,service,staff,security_action,"
                + "improvement_plan,item_id,item_name,category,unit_price,quantity\n");
        for (int i = 0; i < 30_000; i++) {
            b.append(String.format("13%08d,F%d,東京都,特養,40,二つ星,はい,t,タブレット,情報端末,55000,20%n", i, i));
        }
        Files.writeString(csv, b.toString(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(jar("calc", "--format", "csv", csv.toString()))
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertTrue(out.readLine().contains("事業所番号"), "the report started");
        }
        boolean ended = p.waitFor(60, TimeUnit.SECONDS);
        Files.deleteIfExists(csv);
        if (!ended) {
            p.destroyForcibly();
            throw new AssertionError("the run went on after its reader left");
        }
        assertEquals(ExitCodes.READER_GONE, p.exitValue());
        assertEquals("", new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8), "no message, no trace");
    }

    @Test
    @DisplayName("--version | head -0, --help | head -0: the reader gone while picocli prints help is 141, no stack trace")
    void readerGoneDuringHelp() throws Exception {
        for (String option : List.of("--version", "--help")) {
            Process p = new ProcessBuilder(jar(option)).redirectError(ProcessBuilder.Redirect.PIPE).start();
            p.getInputStream().close(); // the reader leaves before the first line
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), option + " ended");
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals("", err, option + ": no message, no trace");
            assertEquals(ExitCodes.READER_GONE, p.exitValue(), option);
        }
    }

    @Test
    @DisplayName("-o @x.csv in the working folder, where x.csv exists: the report goes to @x.csv, x.csv is not read as an argument file (session 4 L)")
    void outputValueIsNoArgumentFile() throws Exception {
        Path work = Files.createTempDirectory("kh-at");
        Path x = work.resolve("x.csv");
        Files.writeString(x, "--format json\n");
        List<String> cmd = jar("calc", "--format", "csv", "-o", "@x.csv", Path.of("samples/06-package-aoba.yaml").toAbsolutePath().toString());
        cmd.set(2, Path.of("target", "kaigo-hojo.jar").toAbsolutePath().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "ended");
        assertEquals(0, p.exitValue(), said);
        assertTrue(Files.readString(work.resolve("@x.csv"), StandardCharsets.UTF_8).contains("事業所番号"), "the CSV report is in @x.csv");
        assertEquals("--format json\n", Files.readString(x), "x.csv untouched");
    }
}
