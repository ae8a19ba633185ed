package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** KAIGO_HOJO_LANG, --lang's default from the environment (picocli ${env:…}), on the packaged jar. */
class LangEnvIT {
    private static ProcessIT.Result run(String env, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ProcessIT.jar(args));
        Path out = Files.createTempFile("kh-out", ".txt");
        Path err = Files.createTempFile("kh-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        if (env == null) pb.environment().remove("KAIGO_HOJO_LANG");
        else pb.environment().put("KAIGO_HOJO_LANG", env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("no answer in 120 s");
        }
        ProcessIT.Result r = new ProcessIT.Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }

    @Test
    @DisplayName("KAIGO_HOJO_LANG=en gives the English report, help and errors; --lang ja still wins")
    void environmentSetsTheLanguage() throws Exception {
        ProcessIT.Result en = run("en", "calc", "samples/03-houmon-himawari.yaml");
        assertEquals(0, en.exit(), en.err());
        assertTrue(en.out().contains("Subsidy: 1,180,000 yen"), en.out());
        ProcessIT.Result ja = run("en", "--lang", "ja", "calc", "samples/03-houmon-himawari.yaml");
        assertTrue(ja.out().contains("補助額: 1,180,000円"), ja.out());
        ProcessIT.Result rules = run("en", "rules", "list");
        assertEquals(run(null, "rules", "list", "--lang", "en").out(), rules.out());
        ProcessIT.Result help = run("en", "calc", "--help");
        assertTrue(help.out().contains("Usage: kaigo-hojo calc"), help.out());
    }

    @Test
    @DisplayName("KAIGO_HOJO_LANG=fr is a usage error (exit 2) that names the variable and its value")
    void badEnvironmentValue() throws Exception {
        ProcessIT.Result r = run("fr", "calc", "samples/03-houmon-himawari.yaml");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("KAIGO_HOJO_LANG") && r.err().contains("fr"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        for (String cmd : List.of("calc", "check")) {
            assertEquals(0, run("fr", "--lang", "en", cmd, "samples/03-houmon-himawari.yaml").exit(), cmd + ": --lang overrides it");
        }
    }
}
