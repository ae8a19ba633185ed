package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue #9 / README: {@code --set items.<id>.<key>} naming no item is a usage error with "did you mean". */
class SetItemTest {

    @Test
    @DisplayName("calc --set items.tablet.quantity (the item is 'tablets'): exit 2, did you mean items.tablets.quantity, nothing printed")
    void calcMistypedItem() {
        CliRun r = CliRun.run("calc", "--set", "items.tablet.quantity=20", "samples/01-tokuyo-sakura.yaml");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("items.tablet.quantity"), r.err());
        assertTrue(r.err().contains("items.tablets.quantity"), "did you mean: " + r.err());
        assertEquals("", r.out(), "no report beside a usage error");
        assertTrue(r.noStackTrace());
    }

    @Test
    @DisplayName("calc --set items.tablets.quantity (a real item) still works: exit 0")
    void calcRealItem() {
        CliRun r = CliRun.run("calc", "--set", "items.tablets.quantity=20", "samples/01-tokuyo-sakura.yaml");
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    @DisplayName("calc from standard input: the mistyped item is still exit 2 (found after the run)")
    void calcStdin() throws Exception {
        byte[] in = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("samples/01-tokuyo-sakura.yaml"));
        CliRun r = CliRun.runWithInput(in, "calc", "--input-format", "yaml", "--set", "items.tablet.quantity=20", "-");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("items.tablets.quantity"), r.err());
    }

    @Test
    @DisplayName("compare with a scenario --set items.tablet.quantity: exit 2 with did you mean")
    void compareMistypedItem() {
        CliRun r = CliRun.run("compare", "--scenario", "more=--set items.tablet.quantity=30", "samples/01-tokuyo-sakura.yaml");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("items.tablets.quantity"), r.err());
        assertEquals("", r.out());
    }
}
