package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #8, process and environment, on the packaged jar and the launcher: no locale at all (cron, a bare
 * container) with Japanese file names, and standard input closed ({@code <&-}).
 */
class EnvironmentIT {
    @TempDir Path dir;

    private static ProcessIT.Result run(Map<String, String> env, String shell) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", shell);
        pb.environment().clear();
        pb.environment().putAll(env);
        Path out = Files.createTempFile("kh-out", ".txt");
        Path err = Files.createTempFile("kh-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("no answer in 120 s: " + shell);
        }
        ProcessIT.Result r = new ProcessIT.Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }

    /** An environment as cron gives it: PATH and HOME, no LANG, no LC_*. */
    private static Map<String, String> bare() {
        String java = Path.of(System.getProperty("java.home"), "bin").toString();
        return Map.of("PATH", java + ":/usr/bin:/bin", "HOME", System.getProperty("java.io.tmpdir"));
    }

    private static String q(Object s) { return "'" + s.toString().replace("'", "'\\''") + "'"; }

    private static String javaJar() {
        return q(Path.of(System.getProperty("java.home"), "bin", "java")) + " -jar " + q(Path.of("target/kaigo-hojo.jar").toAbsolutePath());
    }

    private Path japaneseFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("申請 2026"));
        Files.copy(Path.of("samples/01-tokuyo-sakura.yaml"), folder.resolve("さくら苑.yaml"));
        return folder;
    }

    @Test
    @DisplayName("LANG unset: the launcher reads a Japanese file name and a Japanese folder (was exit 70)")
    void launcherWithoutLocale() throws Exception {
        Path folder = japaneseFolder();
        String launcher = q(Path.of("bin/kaigo-hojo").toAbsolutePath());
        ProcessIT.Result file = run(bare(), launcher + " calc --format json " + q(folder.resolve("さくら苑.yaml")));
        assertEquals(0, file.exit(), file::toString);
        assertTrue(file.out().contains("さくら苑.yaml"), file.out());
        ProcessIT.Result all = run(bare(), launcher + " check " + q(folder));
        assertEquals(0, all.exit(), all::toString);
        assertTrue(all.out().contains("さくら苑.yaml"), all.out());
    }

    @Test
    @DisplayName("LANG unset: java -jar gives a clear usage error naming LANG (exit 2), not an internal error (exit 70)")
    void javaJarWithoutLocale() throws Exception {
        Path folder = japaneseFolder();
        ProcessIT.Result r = run(bare(), javaJar() + " check " + q(folder.resolve("さくら苑.yaml")));
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("LANG=C.UTF-8"), r.err());
        assertFalse(r.err().contains("内部エラー") || r.err().contains("\tat "), r.err());
        Map<String, String> utf8 = new java.util.HashMap<>(bare());
        utf8.put("LANG", "C.UTF-8");
        ProcessIT.Result ok = run(utf8, javaJar() + " check " + q(folder.resolve("さくら苑.yaml")));
        assertEquals(0, ok.exit(), ok::toString);
    }

    @Test
    @DisplayName("standard input closed (calc - <&-): stdin-closed, exit 3, not binary-file or file-too-large")
    void closedStandardInput() throws Exception {
        List<String> shells = new ArrayList<>();
        for (String format : List.of("csv", "yaml")) {
            shells.add(javaJar() + " calc --format json --input-format " + format + " - <&-");
        }
        for (String shell : shells) {
            ProcessIT.Result r = run(bare(), shell);
            assertEquals(3, r.exit(), () -> shell + "\n" + r);
            assertTrue(r.out().contains("\"code\" : \"stdin-closed\""), () -> shell + "\n" + r);
            assertFalse(r.out().contains("binary-file") || r.out().contains("file-too-large"), r::toString);
        }
        ProcessIT.Result open = run(bare(), javaJar() + " check --format json --input-format yaml - < samples/01-tokuyo-sakura.yaml");
        assertEquals(0, open.exit(), open::toString);
        ProcessIT.Result devNull = run(bare(), javaJar() + " check --format json --input-format yaml - < /dev/null");
        assertTrue(devNull.out().contains("\"code\" : \"file-empty\""), devNull::toString);
    }

    @Test
    @DisplayName("folder with an unreadable subfolder, run as another user when the tests run as root: one file-unreadable, the rest read")
    void unreadableSubfolder() throws Exception {
        Path base = Files.createTempDirectory(Path.of("/tmp"), "kh-unreadable");
        try {
            Files.setPosixFilePermissions(base, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            Path in = Files.createDirectories(base.resolve("in"));
            Files.copy(HostileInputTest.goodFile(), in.resolve("good.yaml"));
            Files.setPosixFilePermissions(in.resolve("good.yaml"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            Files.setPosixFilePermissions(in, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            Path sub = Files.createDirectories(in.resolve("private"));
            Files.copy(HostileInputTest.goodFile(), sub.resolve("hidden.yaml"));
            Files.setPosixFilePermissions(sub, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            boolean root = "root".equals(System.getProperty("user.name"));
            String as = root ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
            if (!root) Files.setPosixFilePermissions(sub, java.util.Set.of());
            ProcessIT.Result r = run(bare(), as + javaJar() + " calc --format json " + q(in) + " 2>&1");
            assertEquals(3, r.exit(), r::toString);
            assertTrue(r.out().contains("\"code\" : \"file-unreadable\"") && r.out().contains("private"), r::toString);
            assertTrue(r.out().contains("\"id\" : \"" + HostileInputTest.GOOD_ID + "\""), r::toString);
            assertFalse(r.out().contains("\tat ") || r.out().contains("内部エラー"), r::toString);
        } finally {
            try (var walk = Files.walk(base)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
                        Files.delete(p);
                    } catch (Exception e) {
                        // best effort
                    }
                });
            }
        }
    }
}
