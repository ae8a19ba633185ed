package kaigohojo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A few hostile inputs through the packaged command as a separate process (real exit codes, real
 * streams). An integration test (maven-failsafe, after `package`); the assumption below only guards a
 * run from an IDE before the jar exists.
 */
class PackagedJarIT {
    static final Path JAR = Path.of("target", "kaigo-hojo.jar");

    @BeforeAll
    static void jarIsCurrent() throws IOException {
        assumeTrue(Files.isRegularFile(JAR), "target/kaigo-hojo.jar not built yet");
        Path cli = Path.of("target", "classes", "kaigohojo", "cli", "Cli.class");
        assumeTrue(!Files.exists(cli) || !Files.getLastModifiedTime(JAR).toInstant()
                .isBefore(Files.getLastModifiedTime(cli).toInstant()), "target/kaigo-hojo.jar is older than the classes");
    }

    record Proc(int exit, String out, String err) {
        void assertNoStackTrace() {
            for (String s : new String[] {out, err}) {
                assertFalse(s.contains("Exception") || s.contains("\tat "), () -> "stack trace:\n" + s);
            }
        }
    }

    static Proc java(byte[] stdin, String... args) throws Exception {
        return java(List.of(), java.time.Duration.ofSeconds(60), stdin, args);
    }

    /** The packaged jar run with these JVM options (a small heap, a collector), killed and failed after {@code limit}. */
    static Proc java(List<String> jvmOptions, java.time.Duration limit, byte[] stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("kh-out", ".txt");
        Path err = Files.createTempFile("kh-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            if (stdin == null) pb.redirectInput(new File("/dev/null").exists() ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                    : ProcessBuilder.Redirect.PIPE);
            Process p = pb.start();
            if (stdin != null) {
                try (var os = p.getOutputStream()) { os.write(stdin); }
            }
            boolean done = p.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", args) + " did not finish within " + limit.toSeconds() + " s");
            }
            return new Proc(p.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static String hostile(String name) throws Exception {
        return Path.of(PackagedJarIT.class.getResource("/hostile/" + name).toURI()).toString();
    }

    @Test
    void badInputExitsThreeWithoutAStackTrace() throws Exception {
        Proc p = java(null, "check", hostile("y-alias-bomb.yaml"), hostile("c-unbalanced-quote.csv"), hostile("c-nul-bytes.csv"));
        p.assertNoStackTrace();
        assertEquals(3, p.exit(), p::toString);
        assertTrue(p.out().contains("yaml-alias") && p.out().contains("csv-unbalanced-quote") && p.out().contains("binary-file"), p.out());
    }

    @Test
    void goodFileExitsZero() throws Exception {
        Proc p = java(null, "calc", "--format", "json", HostileInputTest.goodFile().toString());
        p.assertNoStackTrace();
        assertEquals(0, p.exit(), p::toString);
        assertTrue(p.out().contains("\"1399999999\""), p.out());
    }

    @Test
    void stdinCsvInCp932() throws Exception {
        byte[] csv = Files.readAllBytes(Path.of(hostile("c-cp932-good.csv")));
        Proc p = java(csv, "calc", "--format", "json", "--input-format", "csv", "-");
        p.assertNoStackTrace();
        assertEquals(0, p.exit(), p::toString);
        assertTrue(p.out().contains("特養 さくら"), p.out());
        assertTrue(p.out().contains("\"CP932\""), p.out());
    }

    @Test
    void unknownOptionExitsTwo() throws Exception {
        Proc p = java(null, "check", "--no-such-option", hostile("y-empty.yaml"));
        p.assertNoStackTrace();
        assertEquals(2, p.exit(), p::toString);
    }

    @Test
    void unknownEncodingExitsTwo() throws Exception {
        Proc p = java(null, "check", "--encoding", "latin9", hostile("c-cp932-good.csv"));
        p.assertNoStackTrace();
        assertEquals(2, p.exit(), p::toString);
    }
}
