package kaigohojo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command with a start-up cache whose national-r8 rate was altered (8 bytes: 4/5 → 1/5):
 * the subsidy is the one the rules say, never the altered one, and the cache is rebuilt. Before the
 * check, this run printed the subsidy at a rate of 1/5.
 */
class StartupCacheIT {
    @TempDir Path dir;

    private static String run(Path cache, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (cache != null) cmd.add("-Dkaigohojo.cache=" + cache);
        cmd.addAll(List.of("-jar", PackagedJarIT.JAR.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(out, UTF_8));
        return new String(out, UTF_8);
    }

    @Test
    void anAlteredCacheIsNeitherUsedNorKept() throws Exception {
        assumeTrue(Files.isRegularFile(PackagedJarIT.JAR), "target/kaigo-hojo.jar not built yet");
        Path cache = dir.resolve("kaigo-hojo.cache");
        kaigohojo.app.Preload.write(cache, PackagedJarIT.JAR);
        byte[] good = Files.readAllBytes(cache);
        String sample = "samples/01-tokuyo-sakura.yaml";
        String expected = run(null, "calc", "--format", "json", sample);
        assertEquals(expected, run(cache, "calc", "--format", "json", sample), "an intact cache changes nothing");

        byte[] bad = good.clone();
        byte[] rate = {0, 4, 'r', 'a', 't', 'e'};
        int at = -1;
        search:
        for (int i = 0; i + 40 < bad.length; i++) {
            for (int k = 0; k < rate.length; k++) if (bad[i + k] != rate[k]) continue search;
            for (int j = i + rate.length; j < i + 40; j++) {
                if (bad[j] == 2 && bad[j + 8] == 4 && bad[j + 16] == 5) {
                    at = j + 8;
                    break search;
                }
            }
        }
        assertTrue(at > 0, "rate 4/5 not found in the cache");
        bad[at] = 1;
        Files.write(cache, bad);
        assertEquals(expected, run(cache, "calc", "--format", "json", sample), "an altered cache must not be used");
        assertArrayEquals(good, Files.readAllBytes(cache), "the altered cache is rebuilt");
    }
}
