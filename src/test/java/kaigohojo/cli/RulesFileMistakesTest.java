package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9: a rules file with several mistakes reports all of them in one run, in {@code rules check}
 * and in {@code calc --rules FILE}; a YAML syntax error no longer hides the mistakes after it.
 */
class RulesFileMistakesTest {
    /** Five mistakes: a bad rate, a bad amount, an unclosed [ (syntax), an unknown key, a bad word. */
    static final String FIVE = """
            id: five-mistakes
            extends: national-r8
            source: 例示県交付要綱
            rate: 3/0
            facility_cap:
              value: 4,000,00x
            caps:
              package: [1, 2
            vendor_explanation: maybe
            formual: cap_then_rate
            """;

    private static List<Integer> lines(JsonNode errors) {
        List<Integer> out = new ArrayList<>();
        for (JsonNode e : errors) out.add(e.get("line").asInt());
        return out;
    }

    @Test
    @DisplayName("rules check: a file with 5 mistakes, one a YAML syntax error, lists all 5, each at its line, in Japanese")
    void rulesCheckListsAll(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("five.yaml"), FIVE, StandardCharsets.UTF_8);
        CliRun r = CliRun.run("rules", "check", "--format", "json", f.toString());
        assertEquals(4, r.exit(), r.out() + r.err());
        JsonNode errors = new ObjectMapper().readTree(r.out()).get("files").get(0).get("errors");
        assertEquals(List.of(4, 6, 8, 9, 10), lines(errors), errors.toString());
        assertEquals("rules-syntax", errors.get(2).get("code").asText(), errors.toString());
        assertEquals("formula", errors.get(4).get("suggestion") == null ? "formula"
                : errors.get(4).get("suggestion").asText(), errors.toString());
        CliRun table = CliRun.run("rules", "check", f.toString());
        assertTrue(table.out().contains("5件の誤りがあります"), table.out());
        assertTrue(table.out().contains("[ ] の中の書き方に誤りがあります"), table.out());
        assertFalse(table.out().contains("while parsing"), "the parser's English is said in Japanese: " + table.out());
        assertTrue(table.out().contains("もしかして「formula」"), table.out());
    }

    @Test
    @DisplayName("calc --rules FILE reports every mistake of the file at once (exit 4), not only the first")
    void calcListsAll(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("five.yaml"), FIVE, StandardCharsets.UTF_8);
        CliRun r = CliRun.run("calc", "--rules", f.toString(), "samples/01-tokuyo-sakura.yaml");
        assertEquals(4, r.exit(), r.err());
        for (String at : new String[] {":4:", ":6:", ":8:", ":9:", ":10:"}) {
            assertTrue(r.err().contains(f + at), at + "\n" + r.err());
        }
        assertTrue(r.err().contains("5件の誤りがあります"), r.err());
        assertTrue(r.noStackTrace(), r.err());
        // semantic mistakes only (no syntax error): all of them too
        Path g = Files.writeString(dir.resolve("two.yaml"), FIVE.replace("[1, 2", "4000000"), StandardCharsets.UTF_8);
        CliRun two = CliRun.run("calc", "--rules", g.toString(), "samples/01-tokuyo-sakura.yaml");
        assertEquals(4, two.exit(), two.err());
        assertTrue(two.err().contains("4件の誤りがあります"), two.err());
        // one mistake: said once, without a count
        Path one = Files.writeString(dir.resolve("one.yaml"), "id: x\nextends: national-r8\nrate: 3/0\n", StandardCharsets.UTF_8);
        CliRun single = CliRun.run("calc", "--rules", one.toString(), "samples/01-tokuyo-sakura.yaml");
        assertEquals(4, single.exit());
        assertEquals(1, single.err().strip().split("\n").length, single.err());
    }

    @Test
    @DisplayName("a syntax error in the extends line: the rest cannot be judged, the syntax error alone is listed")
    void lostBase(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("b.yaml"), "id: x\nextends: [national-r8\nrate: 3/0\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("rules", "check", "--format", "json", f.toString());
        assertEquals(4, r.exit());
        JsonNode errors = new ObjectMapper().readTree(r.out()).get("files").get(0).get("errors");
        assertTrue(errors.size() >= 1, errors.toString());
        for (JsonNode e : errors) assertFalse(e.get("code").asText().equals("rules-missing-key"), errors.toString());
    }
}
