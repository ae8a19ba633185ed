package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #9 and README §4: {@code --set items.<id>.<key>} naming no item is a usage error (exit 2) with
 * "did you mean", in every command that reads applications with --set, not a warning with exit 0.
 */
class SetNoItemEverywhereTest {
    static final String SAMPLE = "samples/06-package-aoba.yaml"; // items soft, sensors, incom, wifi

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"calc", "check", "advise"})
    @DisplayName("a mistyped item id: exit 2, the close id suggested, nothing on standard output")
    void usageError(String command) {
        CliRun r = CliRun.run(command, "--set", "items.sensor.quantity=3", SAMPLE);
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("items.sensors.quantity"), r.err());
        assertEquals("", r.out());
    }

    @ParameterizedTest(name = "compare --scenario {0}")
    @ValueSource(strings = {"a=items.sensor.quantity=3", "a=--set items.sensor.quantity=3"})
    void compareScenario(String scenario) {
        CliRun r = CliRun.run("compare", "--scenario", scenario, SAMPLE);
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("items.sensors.quantity"), r.err());
    }
}
