package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check, compare, test and template on the real command line. */
class CommandsTest {
    @TempDir Path dir;

    @Test
    @DisplayName("check: every error with file, line, column, field and code; a summary by code; exit 3")
    void check() {
        CliRun r = CliRun.run("check", "--format", "json", "samples/invalid/bad-key.yaml", "samples/05-gh-momiji.yaml");
        assertEquals(3, r.exit());
        assertTrue(r.out().contains("\"code\" : \"unknown-key\""));
        assertTrue(r.out().contains("\"line\" : 12"));
        assertTrue(r.out().contains("\"by_code\""));
        assertTrue(r.out().contains("\"valid\" : 1"), r.out());
        CliRun ok = CliRun.run("check", "samples/05-gh-momiji.yaml");
        assertEquals(0, ok.exit());
        CliRun csv = CliRun.run("check", "--format", "csv", "samples/invalid/bad-key.yaml");
        assertTrue(csv.out().startsWith("ファイル,行,列,項目,値,コード,内容"), csv.out());
    }

    @Test
    @DisplayName("check lists every error at once: a facility's unknown key does not hide its items' errors")
    void everyErrorAtOnce() throws Exception {
        Path f = dir.resolve("m.yaml");
        Files.writeString(f, "facility:\n  id: \"1370000001\"\n  name: a\n  service: 訪問介護\n  colour: red\nitems:\n"
                + "  - {id: s, category: care_software, payment: lease, unit_price: 100}\n"
                + "  - {id: w, category: network, unit_price: 100, attached_to: nothere}\n"
                + "  - {id: x, category: monitoring, unit_prise: 100}\n");
        CliRun r = CliRun.run("check", "--format", "json", f.toString());
        assertEquals(3, r.exit());
        for (String code : new String[] {"unknown-key", "paid-this-year-required", "attached-to-unknown", "staff-required"}) {
            assertTrue(r.out().contains("\"code\" : \"" + code + "\""), code + ": " + r.out());
        }
        assertFalse(r.out().contains("\"code\" : \"price-required\""), "no echo of the unknown key: " + r.out());
        assertEquals(5, r.out().split("\"code\" :", -1).length - 1, r.out());
    }

    @Test
    @DisplayName("check --max-errors lists only N")
    void maxErrors() throws Exception {
        Path f = dir.resolve("two.csv");
        Files.writeString(f, "facility_id,facility_name,service,category,unit_price\n"
                + "1310000001,a,訪問介護,care_softwar,100\n1310000002,b,訪問介護,care_software,-5\n");
        CliRun all = CliRun.run("check", "--format", "json", f.toString());
        assertTrue(all.out().contains("\"truncated\" : false"), all.out());
        assertTrue(all.out().contains("\"errors\" : 2"), all.out());
        CliRun one = CliRun.run("check", "--max-errors", "1", "--format", "json", f.toString());
        assertEquals(3, one.exit());
        assertTrue(one.out().contains("\"truncated\" : true"), one.out());
        assertEquals(1, one.out().split("\"code\" :", -1).length - 1, one.out());
        assertEquals(2, CliRun.run("check", "--max-errors", "0", "samples/").exit());
    }

    @Test
    @DisplayName("compare: the base and each scenario side by side, with the differences")
    void compare() {
        CliRun r = CliRun.run("compare", "--format", "json", "samples/01-tokuyo-sakura.yaml",
                "--scenario", "r7=--rules=national-r7", "--scenario", "staff20=facility.staff=20");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"name\" : \"r7\""));
        // staff 20: software cap 1,500,000 + 150,000 onboarding = 1,650,000 instead of 2,650,000
        assertTrue(r.out().contains("\"difference\" : -1000000"), r.out());
        CliRun t = CliRun.run("compare", "samples/01-tokuyo-sakura.yaml", "--scenario", "r7=--rules national-r7");
        assertTrue(t.out().contains("基準との差"), t.out());
        assertEquals(2, CliRun.run("compare", "samples/01-tokuyo-sakura.yaml").exit(), "needs a scenario");
        assertEquals(2, CliRun.run("compare", "samples/01-tokuyo-sakura.yaml", "--scenario", "x").exit());
        assertEquals(2, CliRun.run("compare", "samples/01-tokuyo-sakura.yaml", "--scenario", "base=rate=3/4").exit(),
                "base names the baseline");
        assertEquals(2, CliRun.run("compare", "samples/01-tokuyo-sakura.yaml", "-s", "a=rate=3/4", "-s", "a=rate=1/2").exit());
        // per group against the base: staff 20 lowers the software cap by 1,000,000
        assertTrue(r.out().contains("\"software\" : -1000000"), r.out());
        assertTrue(t.out().contains("(−"), "the table shows each group's difference: " + t.out());
    }

    @Test
    @DisplayName("test: the sample cases pass; a wrong expectation fails with exit 1 and says why")
    void testCommand() throws Exception {
        CliRun ok = CliRun.run("test", "samples/tests");
        assertEquals(0, ok.exit(), ok.out());
        // the national samples and every prefecture's own cases (#12: one file per built-in prefectural set)
        assertTrue(ok.out().strip().matches("(?s).*\\b\\d+ passed, 0 failed"), ok.out());
        for (String pref : List.of("kumamoto-r8", "aichi-r7", "ishikawa-r7", "chiba-r7", "kanagawa-r7", "fukushima-r7")) {
            assertTrue(Files.exists(Path.of("samples/tests/" + pref + ".yaml")), "a test case file for " + pref);
            CliRun one = CliRun.run("test", "samples/tests/" + pref + ".yaml");
            assertEquals(0, one.exit(), one.out());
            assertFalse(one.out().matches("(?s).*\\b0 passed.*"), one.out());
        }
        Path c = dir.resolve("case.yaml");
        Files.writeString(c, "name: wrong\ninput: " + Path.of("samples/05-gh-momiji.yaml").toAbsolutePath()
                + "\nexpect:\n  facilities:\n    \"0410000505\": {subsidy: 999000, items: {robot: ineligible}}\n");
        CliRun bad = CliRun.run("test", c.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.out().contains("FAIL wrong"), bad.out());
        assertTrue(bad.out().contains("821,000") && bad.out().contains("999,000"), bad.out());
        assertTrue(bad.out().contains("items.robot"), bad.out());
        assertTrue(bad.out().strip().endsWith("0 passed, 1 failed"));
    }

    @Test
    @DisplayName("test: a case file with an unknown key fails with its line")
    void testCaseTypo() throws Exception {
        Path c = dir.resolve("case.yaml");
        Files.writeString(c, "name: typo\ninput: x.yaml\nexpcet: {}\n");
        CliRun r = CliRun.run("test", c.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains(":3:") && r.out().contains("expect"), r.out());
    }

    @Test
    @DisplayName("template: the YAML template lists every key; the CSV template every column, and reads back")
    void template() throws Exception {
        CliRun y = CliRun.run("template");
        assertEquals(0, y.exit());
        for (String k : kaigohojo.input.SubmissionBinder.ITEM_KEYS) assertTrue(y.out().contains(k + ":"), k);
        for (String k : kaigohojo.input.SubmissionBinder.FACILITY_KEYS) assertTrue(y.out().contains(k + ":"), k);
        CliRun c = CliRun.run("template", "--format", "csv", "--lang", "en");
        for (var col : kaigohojo.input.CsvColumns.all()) assertTrue(c.out().contains(col.key()), col.key());
        Path f = dir.resolve("t.csv");
        Files.writeString(f, c.out());
        // the comment lines are skipped and the header is understood: the blank template holds no submission yet
        CliRun check = CliRun.run("check", "--format", "json", f.toString());
        assertEquals(3, check.exit(), check.out());
        assertTrue(check.out().contains("\"code\" : \"file-empty\""), check.out());
        assertEquals(1, check.out().split("\"code\" :", -1).length - 1, "no error but file-empty: " + check.out());
    }

    @Test
    @DisplayName("--help and --version work for every command, in Japanese and English")
    void help() {
        for (String cmd : new String[] {"calc", "check", "compare", "rules", "test", "template"}) {
            CliRun r = CliRun.run(cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().contains(cmd), cmd);
            assertEquals(0, CliRun.run(cmd, "--help", "--lang", "en").exit());
        }
        CliRun v = CliRun.run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().contains("kaigo-hojo"));
    }

    @Test
    @DisplayName("-o never overwrites an input; -o inside a folder being read is refused, whatever its extension (#8)")
    void outputSafety() throws Exception {
        Path in = dir.resolve("a.yaml");
        Files.copy(Path.of("samples/05-gh-momiji.yaml"), in);
        byte[] before = Files.readAllBytes(in);
        CliRun same = CliRun.run("calc", "--format", "csv", "-o", in.toString(), in.toString());
        assertEquals(2, same.exit(), same.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(in)), "the input is untouched");
        CliRun folder = CliRun.run("calc", "-o", dir.toString(), in.toString());
        assertEquals(2, folder.exit(), folder.err());
        Path other = dir.resolve("b.csv");
        Files.copy(Path.of("samples/csv/applications.csv"), other);
        byte[] otherBefore = Files.readAllBytes(other);
        for (String target : new String[] {"b.csv", "計算結果.csv", "report.txt", "sub/../b.csv"}) {
            CliRun r = CliRun.run("calc", "--format", "csv", "-o", dir.resolve(target).toString(), dir.toString());
            assertEquals(2, r.exit(), () -> target + ": " + r.err());
            assertTrue(r.err().contains(dir.toString()), r.err());
        }
        assertTrue(java.util.Arrays.equals(otherBefore, Files.readAllBytes(other)), "b.csv is untouched");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "nothing written into the folder");
        }
    }

    @Test
    @DisplayName("the same facilities in two files (a copy): never paid twice, and no part shown as complete (product.md §8, #9)")
    void duplicateFacility() {
        CliRun r = CliRun.run("calc", "--format", "json", "samples/csv/applications.csv", "samples/csv/applications-cp932.csv");
        assertEquals(3, r.exit());
        assertTrue(r.out().contains("\"code\" : \"duplicate-facility\""), r.out());
        assertTrue(r.out().contains("\"facilities\" : 0"), "no part computed as if it were the whole: " + r.out());
        assertTrue(r.out().contains("\"facilities_with_errors\" : 6"), "each part flagged: " + r.out());
    }

    @Test
    @DisplayName("generate-completion prints a bash/zsh script")
    void completion() {
        CliRun r = CliRun.run("generate-completion");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("complete -F"), r.out().substring(0, 200));
        assertTrue(r.out().contains("calc") && r.out().contains("--format"));
    }
}
