package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules list/show/diff and rule files given with --rules (product.md §5). */
class RulesCommandTest {
    @TempDir Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    @DisplayName("rules list shows both built-in rule sets with their rates")
    void list() {
        CliRun r = CliRun.run("rules", "list");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("national-r8") && r.out().contains("4/5"), r.out());
        assertTrue(r.out().contains("national-r7") && r.out().contains("3/4"), r.out());
    }

    @Test
    @DisplayName("rules show prints every value with its source and verification")
    void show() {
        CliRun r = CliRun.run("rules", "show", "--format", "json");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("\"path\" : \"caps.per_unit.intercom\""));
        assertTrue(r.out().contains("\"cite\" : \"問3\""));
        assertTrue(r.out().contains("\"verified\" : false"));
        CliRun t = CliRun.run("rules", "show");
        assertTrue(t.out().contains("未確認") && t.out().contains("確認済み"), t.out());
    }

    @Test
    @DisplayName("問1: rules diff national-r7 national-r8 shows the rate 3/4 → 4/5 and the terminal cap removed")
    void diffR7R8() {
        CliRun r = CliRun.run("rules", "diff", "national-r7", "national-r8", "--lang", "en");
        assertEquals(0, r.exit());
        // #12: in words a clerk understands, the path beside them
        assertTrue(r.out().contains("Subsidy rate（rate）") && r.out().contains("3/4 → 4/5"), r.out());
        assertTrue(r.out().contains("caps.terminal_per_unit") && r.out().contains("100,000 yen → none"), r.out());
        assertTrue(r.out().contains("requirements.linkage_record"), "問12: the record requirement is new in R8");
    }

    @Test
    @DisplayName("a prefecture file overrides values; rules diff against its base lists exactly them")
    void overlay() throws Exception {
        Path f = write("pref.yaml", "extends: national-r8\nrate: 3/4\ncaps:\n  package: 4,000,000\n");
        CliRun r = CliRun.run("rules", "diff", "national-r8", f.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"path\" : \"rate\""));
        assertTrue(r.out().contains("\"path\" : \"caps.package\""));
        assertTrue(r.out().contains("\"b\" : 4000000"));
        assertEquals(2, r.out().split("\"path\"", -1).length - 1, r.out());
    }

    @Test
    @DisplayName("overlay chains: a file that extends a file that extends national-r8")
    void chain() throws Exception {
        write("base.yaml", "id: region\nextends: national-r8\nrate: 3/4\nfacility_cap: 5000000\n");
        Path top = write("city.yaml", "id: city\nextends: base.yaml\nfacility_cap: 3000000\n");
        CliRun r = CliRun.run("rules", "show", top.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"chain\" : [ \"city\", \"region\", \"national-r8\" ]"), r.out());
        CliRun calc = CliRun.run("calc", "--format", "json", "--rules", top.toString(), "samples/01-tokuyo-sakura.yaml");
        assertEquals(0, calc.exit(), calc.err());
        assertTrue(calc.out().contains("\"facility_cap\" : 3000000"), calc.out());
        assertTrue(calc.out().contains("\"subsidy\" : 3000000"));
        assertTrue(calc.out().contains("\"rate\" : \"3/4\""));
    }

    @Test
    @DisplayName("a typo in a rules file: exit 4, file and line, did you mean")
    void typo() throws Exception {
        Path f = write("bad.yaml", "extends: national-r8\n# comment\ncaps:\n  pakage: 4000000\n");
        CliRun r = CliRun.run("calc", "--rules", f.toString(), "samples/01-tokuyo-sakura.yaml");
        assertEquals(4, r.exit());
        assertTrue(r.err().contains("bad.yaml:4:3"), r.err());
        assertTrue(r.err().contains("package"), r.err());
        assertTrue(r.noStackTrace());
    }

    @Test
    @DisplayName("a bad value in a rules file: exit 4 with the expected type")
    void badValue() throws Exception {
        Path f = write("bad.yaml", "extends: national-r8\nrate: 5/4\n");
        CliRun r = CliRun.run("rules", "show", f.toString());
        assertEquals(4, r.exit());
        assertTrue(r.err().contains("bad.yaml:2"), r.err());
    }

    @Test
    @DisplayName("extends loops and missing bases are errors, not hangs")
    void cycles() throws Exception {
        write("a.yaml", "extends: b.yaml\n");
        Path b = write("b.yaml", "extends: a.yaml\n");
        CliRun r = CliRun.run("rules", "show", b.toString());
        assertEquals(4, r.exit());
        Path m = write("m.yaml", "extends: national-r9\n");
        CliRun missing = CliRun.run("rules", "show", m.toString());
        assertEquals(4, missing.exit());
        assertTrue(missing.err().contains("national-r8"), missing.err());
    }

    @Test
    @DisplayName("--rules with an unknown built-in id suggests the right one")
    void unknownBuiltin() {
        CliRun r = CliRun.run("calc", "--rules", "national-r6", "samples/01-tokuyo-sakura.yaml");
        assertEquals(4, r.exit());
        assertTrue(r.err().contains("national-r"), r.err());
    }
}
