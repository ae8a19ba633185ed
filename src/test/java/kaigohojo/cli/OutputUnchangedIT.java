package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch path's speed work (issue #13) changes no byte of any report: a 100,000-row CSV (10,000
 * facilities, bench/lib/gencsv.py's seeded file) computed by the packaged jar gives exactly the reports
 * the jar gave before that work. The reports are tens of MB, so only their SHA-256 is kept here; they
 * were made with main at 111600b. A change of output that is meant (a new column, a reworded reason)
 * updates these hashes in the same commit: the failure message prints the new one.
 * #12 changed calc csv (a facility_caps column) and calc json (a "caps" array in each facility's totals).
 */
class OutputUnchangedIT {
    static final String INPUT_SHA = "aac591abc3cf2910fd151e52cf909610fd2b77452142f4f2911df7d5c9cb3965";

    @TempDir static Path dir;

    @BeforeAll
    static void input() throws Exception {
        assumeTrue(Files.isRegularFile(PackagedJarIT.JAR), "target/kaigo-hojo.jar not built yet");
        Process p = new ProcessBuilder("python3", Path.of("bench/lib/gencsv.py").toAbsolutePath().toString(),
                "--facilities", "10000", "--rows-per", "10", "apps.csv").directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("gen.txt").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), () -> read(dir.resolve("gen.txt")));
        assertEquals(INPUT_SHA, sha(dir.resolve("apps.csv")), "bench/lib/gencsv.py no longer writes the same file");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    static String sha(Path p) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(p)) {
            byte[] b = new byte[1 << 16];
            for (int n; (n = in.read(b)) > 0; ) md.update(b, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void same(String expected, String... args) throws Exception {
        Path out = dir.resolve("report.out");
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-jar", PackagedJarIT.JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("apps.csv", "-o", out.toString()));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("stderr.txt").toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), () -> read(dir.resolve("stderr.txt")));
        assertEquals(expected, sha(out), String.join(" ", args) + ": the report changed");
        Files.delete(out);
    }

    @Test
    void calcCsv() throws Exception {
        // #9: status, 区分, はい/いいえ and group names in Japanese (meant)
        same("e9a1ff1ba89fbb9c2a0900ed0c463c4bd0f13a7bfdfde8bb6b78f3864cf4285b", "calc", "--format", "csv");
    }

    @Test
    void calcJson() throws Exception {
        same("ec5bb98609f9c954e72e168579605756d5b494991ac2db047140e78c8ce379cb", "calc", "--format", "json");
    }

    @Test
    void checkCsv() throws Exception {
        same("6be49d1bdd799d8cb08bf73f353be437a0aa6d0642835c5c1a568f6f798fb1d5", "check", "--format", "csv");
    }

    // #13 (session 4): the other per-row writers pinned before their rows were pre-encoded (hashes from main at dc579df)
    @Test
    void calcCsvInCp932() throws Exception {
        same("10c040a69ed3ea29ef217444ba42d3a931b486c5495c044507e2c7a1efa48298", "calc", "--format", "csv", "--output-encoding", "cp932");
    }

    @Test
    void calcCsvInEnglish() throws Exception {
        same("98cb812ef2a93f27d35fadddee48c3fc79dbfb8c85116bea649432de890fd2b1", "calc", "--format", "csv", "--lang", "en");
    }

    @Test
    void calcCsvPerFacility() throws Exception {
        same("628f680369b6e46cccb837b731ee4202c3920580c9819ca1f135060c338afcb0", "calc", "--format", "csv", "--per", "facility");
    }

    @Test
    void calcJsonInEnglish() throws Exception {
        same("003120c9443daa07a342bffe525eb47160a9ea0efdabd7130f211141e573b960", "calc", "--format", "json", "--lang", "en");
    }
}
