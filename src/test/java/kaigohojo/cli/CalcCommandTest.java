package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** calc on the real command line: the report formats, the languages, the exit codes of product.md §7. */
class CalcCommandTest {

    @Test
    @DisplayName("calc prints a Japanese table by default, with the facility total and the share")
    void tableIsJapaneseByDefault() {
        CliRun r = CliRun.run("calc", "samples/03-houmon-himawari.yaml");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("補助額: 1,180,000円"), r.out());
        assertTrue(r.out().contains("事業所の負担額: 296,000円"), r.out());
        assertTrue(r.out().contains("（問9）"), "reasons carry their 問 citation");
        assertTrue(r.out().contains("問13*"), "unverified values are marked");
        assertTrue(r.out().contains("※"), "one footnote for the unverified values");
        assertTrue(r.noStackTrace());
    }

    @Test
    @DisplayName("--lang en switches the report to English")
    void english() {
        CliRun r = CliRun.run("calc", "--lang", "en", "samples/03-houmon-himawari.yaml");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Subsidy: 1,180,000 yen"), r.out());
        assertFalse(r.out().contains("補助額:"));
    }

    @Test
    @DisplayName("--format json follows the report schema of product.md §6")
    void jsonSchemaKeys() throws Exception {
        CliRun r = CliRun.run("calc", "--format", "json", "samples/01-tokuyo-sakura.yaml");
        assertEquals(0, r.exit(), r.err());
        List<String> keys = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(r.out())) {
            while (p.nextToken() != null) if (p.currentToken() == JsonToken.FIELD_NAME) keys.add(p.currentName());
        }
        for (String k : List.of("schema", "rules", "fiscal_year", "rate", "formula", "unverified_values_used",
                "facilities", "source", "file", "line", "id", "name", "service", "eligible", "findings", "items",
                "category", "group", "requested", "eligible_cost", "status", "reasons", "cite", "groups", "cap",
                "subsidy", "totals", "subsidy_if_requirements_met", "facility_share", "errors", "summary",
                "facilities_with_errors")) {
            assertTrue(keys.contains(k), "JSON report lacks key " + k);
        }
        assertTrue(r.out().contains("\"schema\" : \"kaigo-hojo/report/v1\""), r.out().substring(0, 200));
        assertTrue(r.out().contains("\"subsidy\" : 6018000"), "exact yen as integers");
    }

    @Test
    @DisplayName("--explain traces every group step by step with citations")
    void explain() {
        CliRun r = CliRun.run("calc", "--explain", "samples/02-roken-asahi.yaml");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("計算の内訳"));
        assertTrue(r.out().contains("千円未満切捨て: 1,516,800円 → 1,516,000円"), r.out());
        assertTrue(r.out().contains("1,516,000円 と 基準額 2,000,000円 の少ない方 = 補助額 1,516,000円"), r.out());
        CliRun j = CliRun.run("calc", "--explain", "--format", "json", "samples/02-roken-asahi.yaml");
        assertTrue(j.out().contains("\"trace\""));
        assertTrue(j.out().contains("\"step\" : \"round-down\""));
    }

    @Test
    @DisplayName("markdown report has the item table and the totals")
    void markdown() {
        CliRun r = CliRun.run("calc", "--format", "markdown", "samples/05-gh-momiji.yaml");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("# "));
        assertTrue(r.out().contains("|---|---|--:|--:|---|---|---|"));
        assertTrue(r.out().contains("**補助額: 821,000円**"), r.out());
    }

    @Test
    @DisplayName("every sample computes without error")
    void everySample() {
        for (String s : List.of("01-tokuyo-sakura", "02-roken-asahi", "03-houmon-himawari", "04-kyotaku-kaede",
                "05-gh-momiji", "06-package-aoba", "07-two-facilities")) {
            CliRun r = CliRun.run("calc", "--format", "json", "samples/" + s + ".yaml");
            assertEquals(0, r.exit(), s + ": " + r.err());
            assertTrue(r.out().contains("\"errors\" : [ ]"), s);
        }
    }

    @Test
    @DisplayName("a bad file in a batch: exit 3, its errors reported, the other files still computed")
    void batchWithBadFile() {
        CliRun r = CliRun.run("calc", "--format", "json", "samples/04-kyotaku-kaede.yaml", "samples/invalid/bad-key.yaml");
        assertEquals(3, r.exit());
        assertTrue(r.out().contains("\"id\" : \"1310000404\""), "the good facility is computed");
        assertTrue(r.out().contains("\"field\" : \"items[1].unit_prise\""), r.out());
        assertTrue(r.out().contains("\"line\" : 12"));
        assertTrue(r.noStackTrace());
    }

    @Test
    @DisplayName("a missing file is an input error (exit 3), not a crash")
    void missingFile() {
        CliRun r = CliRun.run("calc", "no/such/file.yaml");
        assertEquals(3, r.exit());
        assertTrue(r.out().contains("ファイル「no/such/file.yaml」が見つかりません"), r.out());
        assertTrue(r.noStackTrace());
    }

    @Test
    @DisplayName("--strict exits 1 when a requirement is unmet; without it, 0")
    void strict() {
        assertEquals(0, CliRun.run("calc", "samples/07-two-facilities.yaml").exit());
        assertEquals(1, CliRun.run("calc", "--strict", "samples/07-two-facilities.yaml").exit());
        assertEquals(0, CliRun.run("calc", "--strict", "samples/04-kyotaku-kaede.yaml").exit());
    }

    @Test
    @DisplayName("usage errors exit 2 with a did-you-mean")
    void usageErrors() {
        CliRun unknown = CliRun.run("calc", "--formt", "json", "samples/04-kyotaku-kaede.yaml");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("--format"), unknown.err());
        CliRun format = CliRun.run("calc", "--format", "jsno", "samples/04-kyotaku-kaede.yaml");
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("json"), format.err());
        CliRun set = CliRun.run("calc", "--set", "rat=3/4", "samples/04-kyotaku-kaede.yaml");
        assertEquals(2, set.exit());
        assertTrue(set.err().contains("rate"), set.err());
        CliRun value = CliRun.run("calc", "--set", "formula=cap_then_rat", "samples/04-kyotaku-kaede.yaml");
        assertEquals(2, value.exit());
        assertTrue(value.err().contains("cap_then_rate"), value.err());
        CliRun input = CliRun.run("calc", "--set", "facility.staf=3", "samples/04-kyotaku-kaede.yaml");
        assertEquals(2, input.exit());
        assertTrue(input.err().contains("facility.staff"), input.err());
        CliRun none = CliRun.run("calc");
        assertEquals(2, none.exit());
        assertTrue(none.noStackTrace());
    }

    @Test
    @DisplayName("--set changes rule values and input fields (what-if)")
    void whatIf() {
        CliRun r = CliRun.run("calc", "--format", "json", "--set", "formula=cap_then_rate", "--set", "rate=3/4",
                "samples/04-kyotaku-kaede.yaml");
        assertEquals(0, r.exit(), r.err());
        // software: min(1,000,000, 1,000,000) × 3/4 = 750,000
        assertTrue(r.out().contains("\"subsidy\" : 750000"), r.out());
        CliRun staff = CliRun.run("calc", "--format", "json", "--set", "facility.staff=31", "samples/03-houmon-himawari.yaml");
        // software cap 2,500,000 + 50,000: 1,380,000 × 4/5 = 1,104,000 either way; the cap changes
        assertTrue(staff.out().contains("\"cap\" : 2550000"), staff.out());
        CliRun price = CliRun.run("calc", "--format", "json", "--set", "items.chat.paid_this_year=200000",
                "samples/03-houmon-himawari.yaml");
        assertTrue(price.out().contains("\"subsidy\" : 160000"), price.out());
    }

    @Test
    @DisplayName("-o writes the report to a file")
    void outputFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("report.json");
        CliRun r = CliRun.run("calc", "--format", "json", "-o", f.toString(), "samples/05-gh-momiji.yaml");
        assertEquals(0, r.exit());
        assertEquals("", r.out());
        assertTrue(java.nio.file.Files.readString(f).contains("\"subsidy\" : 821000"));
    }

    @Test
    @DisplayName("the same input gives byte-identical output")
    void deterministic() {
        String a = CliRun.run("calc", "--format", "json", "samples/").out();
        String b = CliRun.run("calc", "--format", "json", "samples/").out();
        assertEquals(a, b);
    }

    @Test
    @DisplayName("stdin: - reads a submission from standard input")
    void stdin() throws Exception {
        byte[] yaml = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("samples/05-gh-momiji.yaml"));
        CliRun r = CliRun.runWithInput(yaml, "calc", "--format", "json", "--input-format", "yaml", "-");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"subsidy\" : 821000"));
    }
}
