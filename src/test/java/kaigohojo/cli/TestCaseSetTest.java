package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #9: a test case's {@code set:} may be a mapping; a wrong one names the case. */
class TestCaseSetTest {
    @TempDir Path dir;

    @Test
    @DisplayName("samples/tests: set: as a mapping (rate: 3/4, caps: {package: …}) passes")
    void mappingInSamples() {
        CliRun r = CliRun.run("test", "samples/tests/pref-example.yaml");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("set: をキーと値の対応で書く例"), r.out());
    }

    @Test
    @DisplayName("a set: that is neither KEY=VALUE nor a mapping: the error names the case, not （）")
    void badSetNamesTheCase() throws Exception {
        Path c = dir.resolve("t.yaml");
        Files.writeString(c, """
                name: 上限を変えるケース
                input: %s
                set: [rate]
                expect:
                  facilities: {}
                """.formatted(Path.of("samples/06-package-aoba.yaml").toAbsolutePath()), StandardCharsets.UTF_8);
        CliRun r = CliRun.run("test", c.toString());
        assertTrue(r.out().contains("上限を変えるケース"), r.out());
        assertFalse(r.out().contains("（）"), r.out());
    }
}
