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

/**
 * Issue #9 in test-case files: the flow-mapping comma hint wherever an amount's commas split it into
 * keys (here too), a YAML mistake said in words (not the bare code), and a {@code set:} naming no item
 * failing its case with "did you mean", as {@code --set} does.
 */
class TestCaseFileMistakesTest {
    @TempDir Path dir;
    static final String INPUT = Path.of("samples/06-package-aoba.yaml").toAbsolutePath().toString(); // soft, sensors, incom, wifi

    @Test
    @DisplayName("caps: {package: 4,000,000} in set: a duplicate key 000, said in Japanese with the comma hint")
    void flowCommaInSet() throws Exception {
        Path c = Files.writeString(dir.resolve("t.yaml"), """
                name: ケース1
                input: %s
                set:
                  caps: {package: 4,000,000}
                expect:
                  facilities: {}
                """.formatted(INPUT), StandardCharsets.UTF_8);
        CliRun r = CliRun.run("test", c.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains(c + ":4"), r.out());
        assertTrue(r.out().contains("キー「000」が2回書かれています"), r.out());
        assertTrue(r.out().contains("カンマが区切りと読まれます"), r.out());
        assertFalse(r.out().contains("（duplicate-key）"), r.out());
    }

    @Test
    @DisplayName("expect: {subsidy: 1,200} makes an unknown key 200: the comma hint")
    void flowCommaInExpect() throws Exception {
        Path c = Files.writeString(dir.resolve("t.yaml"), """
                name: ケース2
                input: %s
                expect:
                  facilities:
                    "0110000606": {subsidy: 1,200}
                """.formatted(INPUT), StandardCharsets.UTF_8);
        CliRun r = CliRun.run("test", c.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("カンマが区切りと読まれます"), r.out());
    }

    @Test
    @DisplayName("set: {items.sensor.quantity: 3} names no item: the case fails, named, with did-you-mean")
    void setNamingNoItem() throws Exception {
        Path c = Files.writeString(dir.resolve("t.yaml"), """
                name: 数量を変えるケース
                input: %s
                set:
                  items.sensor.quantity: 3
                expect:
                  facilities:
                    "0110000606": {}
                """.formatted(INPUT), StandardCharsets.UTF_8);
        CliRun r = CliRun.run("test", c.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("FAIL 数量を変えるケース"), r.out());
        assertTrue(r.out().contains("items.sensors.quantity"), r.out());
    }
}
