package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The release archive as a clerk or a consultant gets it (#14): target/kaigo-hojo-VERSION.zip unpacked
 * into a clean, container-like folder: a read-only install, HOME elsewhere (no ~/.m2), a PATH that holds
 * java and a few shell tools but no Maven, no JAVA_HOME. Runs after `package` (maven-failsafe).
 */
class ReleaseArchiveIT {
    static Path room;
    static Path install;
    static Path home;
    static Path path;

    record Run(int exit, byte[] out, String err) {
        String text() { return new String(out, StandardCharsets.UTF_8); }
    }

    static Path zip() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("target"))) {
            return s.filter(p -> p.getFileName().toString().matches("kaigo-hojo-.+\\.zip")).findFirst()
                    .orElseThrow(() -> new AssertionError("mvn package makes target/kaigo-hojo-VERSION.zip"));
        }
    }

    @BeforeAll
    static void unpack() throws Exception {
        room = Files.createTempDirectory("kh-clean-room");
        install = room.resolve("opt");
        home = room.resolve("home");
        path = room.resolve("path");
        Files.createDirectories(home);
        Files.createDirectories(path);
        unzip(zip(), install);
        // only java and the tools a shell script needs: no mvn, no git
        Path java = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
        Files.createSymbolicLink(path.resolve("java"), java);
        for (String tool : List.of("bash", "mkdir", "touch", "rm", "mv", "readlink")) {
            for (String dir : List.of("/bin", "/usr/bin")) {
                Path t = Path.of(dir, tool);
                if (Files.isExecutable(t) && !Files.exists(path.resolve(tool))) Files.createSymbolicLink(path.resolve(tool), t);
            }
        }
        readOnly(install);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (room == null) return;
        try (Stream<Path> s = Files.walk(room)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        }
    }

    static Path top() throws IOException {
        try (Stream<Path> s = Files.list(install)) {
            return s.findFirst().orElseThrow();
        }
    }

    static void unzip(Path zip, Path to) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                Path out = to.resolve(e.getName()).normalize();
                assertTrue(out.startsWith(to), "an entry outside the folder: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (var in = z.getInputStream(e)) {
                        Files.copy(in, out);
                    }
                    if (e.getName().endsWith("bin/kaigo-hojo")) out.toFile().setExecutable(true, false);
                }
            }
        }
    }

    static void readOnly(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) p.toFile().setWritable(false, false);
        }
    }

    static Run run(Map<String, String> env, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(room.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", path.toString());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("kh-out", ".bin");
        Path err = Files.createTempFile("kh-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("no answer in 180 s: " + command);
        }
        Run r = new Run(p.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }

    static List<String> launcher(String... args) throws IOException {
        List<String> c = new ArrayList<>();
        c.add(top().resolve("bin/kaigo-hojo").toString());
        c.addAll(List.of(args));
        return c;
    }

    @Test
    @DisplayName("the archive holds the jar, both launchers, man pages, schema, samples, rule-set docs, README and LICENSE")
    void contents() throws Exception {
        Path t = top();
        for (String f : List.of("lib/kaigo-hojo.jar", "bin/kaigo-hojo", "bin/kaigo-hojo.cmd", "man/kaigo-hojo.1",
                "man/ja/kaigo-hojo.1", "schema/kaigo-hojo-submission.schema.json", "samples/01-tokuyo-sakura.yaml",
                "samples/csv/applications.csv", "docs/interpretations.md", "docs/rules/national-r8.yaml", "README.md",
                "LICENSE", "NOTICE")) {
            assertTrue(Files.isRegularFile(t.resolve(f)), "missing in the archive: " + f);
        }
        assertTrue(Files.readString(t.resolve("LICENSE")).contains("Apache License"));
        WindowsLauncherTest.check(Files.readAllBytes(t.resolve("bin/kaigo-hojo.cmd")));
        assertFalse(Files.exists(t.resolve("pom.xml")) || Files.exists(t.resolve("src")), "no build in the archive");
    }

    @Test
    @DisplayName("clean room: --help, calc on a sample and check on a CSV folder run with a JRE only; the cache goes to ~/.cache")
    void cleanRoom() throws Exception {
        Run help = run(Map.of(), launcher("--help"));
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.text().contains("kaigo-hojo calc"), help.text());

        Path sample = top().resolve("samples/03-houmon-himawari.yaml");
        Run calc = run(Map.of(), launcher("calc", sample.toString()));
        assertEquals(0, calc.exit(), calc.err());
        assertTrue(calc.text().contains("補助額: 1,180,000円"), calc.text());
        assertEquals("", calc.err(), "nothing on stderr (no build, no JVM warning)");

        Path folder = home.resolve("申請 2026");
        Files.createDirectories(folder);
        Files.copy(top().resolve("samples/csv/applications.csv"), folder.resolve("申請 一覧.csv"));
        Run check = run(Map.of(), launcher("check", folder.toString()));
        assertEquals(0, check.exit(), check.text() + check.err());

        Path cache = home.resolve(".cache/kaigo-hojo");
        assertTrue(Files.isDirectory(cache), "the per-user cache folder");
        try (Stream<Path> s = Files.walk(cache)) {
            assertTrue(s.anyMatch(p -> p.getFileName().toString().startsWith("kaigo-hojo.")), "the class-data archive or start-up cache is kept there");
        }
        Run again = run(Map.of(), launcher("calc", "--format", "json", sample.toString()));
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.text().contains("\"subsidy\" : 1180000"), again.text());

        Run xdg = run(Map.of("XDG_CACHE_HOME", room.resolve("xdg").toString()), launcher("--version"));
        assertEquals(0, xdg.exit(), xdg.err());
        assertTrue(xdg.text().startsWith("kaigo-hojo "), xdg.text());
        assertTrue(Files.isDirectory(room.resolve("xdg/kaigo-hojo")), "XDG_CACHE_HOME is honoured");

        Run jar = run(Map.of(), List.of(path.resolve("java").toString(), "-jar",
                top().resolve("lib/kaigo-hojo.jar").toString(), "calc", sample.toString()));
        assertEquals(0, jar.exit(), jar.err());
        assertTrue(jar.text().contains("補助額: 1,180,000円"), "java -jar works too");
    }

    @Test
    @DisplayName("the launcher rebuilds its per-user start-up files when the jar changes, and runs on when it cannot write them")
    void cacheFollowsTheJar() throws Exception {
        Path own = room.resolve("own");
        unzip(zip(), own);
        Path top;
        try (Stream<Path> s = Files.list(own)) {
            top = s.findFirst().orElseThrow();
        }
        List<String> cmd = List.of(top.resolve("bin/kaigo-hojo").toString(), "--version");
        Path cacheHome = room.resolve("cache-own");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cacheHome.toString());
        assertEquals(0, run(env, cmd).exit());
        Path stamp;
        try (Stream<Path> s = Files.walk(cacheHome)) {
            stamp = s.filter(p -> p.getFileName().toString().equals("jar.stamp")).findFirst().orElseThrow();
        }
        Path jar = top.resolve("lib/kaigo-hojo.jar");
        assertEquals(Files.getLastModifiedTime(jar), Files.getLastModifiedTime(stamp));
        FileTime older = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 86_400_000L);
        Files.setLastModifiedTime(jar, older); // another jar (even an older one) in the same place
        assertEquals(0, run(env, cmd).exit());
        assertEquals(older, Files.getLastModifiedTime(stamp), "the cache folder was made again for the new jar");

        Path locked = room.resolve("locked");
        Files.createDirectories(locked);
        locked.toFile().setWritable(false, false);
        Run r = run(Map.of("XDG_CACHE_HOME", locked.toString()), cmd);
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    @DisplayName("the release launcher, warm, forks no tool: it runs with only java and bash on PATH, from its archive (#13)")
    void warmRunForksNothing() throws Exception {
        Path sample = top().resolve("samples/03-houmon-himawari.yaml");
        ProcessIT.Result r = ProcessIT.warmRunWithJavaAndBashOnly(room.resolve("bare-path"), launcher("calc", sample.toString()),
                Map.of("HOME", home.toString(), "LANG", "C.UTF-8"));
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err(), "nothing on stderr");
        assertTrue(r.out().contains("補助額: 1,180,000円"), r.out());
    }

    @Test
    @DisplayName("with the properties of a Japanese Windows console (MS932) the report is CP932 that decodes; redirected, UTF-8")
    void windowsConsoleEncoding() throws Exception {
        Path jar = top().resolve("lib/kaigo-hojo.jar");
        Path sample = top().resolve("samples/03-houmon-himawari.yaml");
        List<String> console = List.of(path.resolve("java").toString(), "-Dkaigohojo.console=true",
                "-Dstdout.encoding=MS932", "-Dsun.stdout.encoding=MS932", "-Dnative.encoding=MS932",
                "-Dfile.encoding=MS932", "-jar", jar.toString(), "calc", sample.toString());
        Run r = run(Map.of(), console);
        assertEquals(0, r.exit(), r.err());
        String text = strict(r.out(), Charset.forName("windows-31j"));
        assertTrue(text.contains("補助額: 1,180,000円"), text);
        assertFalse(r.text().contains("補助額"), "not UTF-8");

        List<String> pipe = new ArrayList<>(console);
        pipe.remove("-Dkaigohojo.console=true");
        Run p = run(Map.of(), pipe);
        assertTrue(strict(p.out(), StandardCharsets.UTF_8).contains("補助額: 1,180,000円"), "a pipe or a file gets UTF-8");

        List<String> forced = new ArrayList<>(console);
        forced.addAll(List.of("--output-encoding", "utf-8"));
        assertTrue(strict(run(Map.of(), forced).out(), StandardCharsets.UTF_8).contains("補助額"), "--output-encoding wins");
    }

    private static String strict(byte[] b, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(b)).toString();
    }
}
