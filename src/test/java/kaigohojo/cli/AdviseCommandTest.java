package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** advise on the real command line: every sample's advice reproduced by calc, the formats, the languages. */
class AdviseCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> samples() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).map(Path::toString).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    @DisplayName("advise on every sample: calc with the printed --set assignments gives exactly the advised amount, never less than before")
    void calcReproducesTheAdvice(String sample) throws Exception {
        CliRun a = CliRun.run("advise", "--format", "json", sample);
        assertEquals(0, a.exit(), a.err());
        JsonNode facilities = JSON.readTree(a.out()).get("facilities");
        assertTrue(facilities.size() > 0);
        for (JsonNode f : facilities) {
            List<String> args = new ArrayList<>(List.of("calc", "--format", "json", sample));
            for (JsonNode s : f.get("set")) {
                args.add("--set");
                args.add(s.asText());
            }
            for (JsonNode s : f.get("steps")) assertFalse(s.get("cite").asText().isEmpty(), "every step is cited: " + s);
            CliRun c = CliRun.run(args.toArray(String[]::new));
            assertEquals(0, c.exit(), c.err());
            JsonNode calcF = null;
            for (JsonNode x : JSON.readTree(c.out()).get("facilities")) if (x.get("id").equals(f.get("id"))) calcF = x;
            assertNotNull(calcF, f.get("id").asText());
            JsonNode t = calcF.get("totals");
            assertEquals(f.get("best").get("subsidy").asLong(), t.get("subsidy").asLong(), sample + " " + f.get("id"));
            assertEquals(f.get("best").get("subsidy_if_requirements_met").asLong(), t.get("subsidy_if_requirements_met").asLong());
            assertTrue(f.get("best").get("subsidy").asLong() >= f.get("current").get("subsidy").asLong());
        }
    }

    @Test
    @DisplayName("a package that its cap cuts: advise says not to use the package, cites 問5, and calc agrees")
    void saysWhenTheBestIsNoPackage(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("pkg.yaml");
        Files.writeString(in, """
                facility: {id: "1370000001", name: テスト苑, service: 特養, staff: 28, security_action: two_star, improvement_plan: true}
                items:
                  - {id: soft, category: care_software, pricing: per_account, unit_price: 1000000, package: true}
                  - {id: s, category: monitoring, unit_price: 100000, quantity: 10, package: true}
                """, StandardCharsets.UTF_8);
        CliRun a = CliRun.run("advise", "--set", "caps.package=1000000", in.toString());
        assertEquals(0, a.exit(), a.err());
        assertTrue(a.out().contains("パッケージ型を使わず、品目ごとに申請する"), a.out());
        assertTrue(a.out().contains("+600,000円（問5"), a.out());
        assertTrue(a.out().contains("最善の申請の補助額: 1,600,000円"), a.out());
        assertTrue(a.out().contains("--set caps.package=1000000 --set items.soft.package=false --set items.s.package=false"), a.out());
        CliRun c = CliRun.run("calc", "--set", "caps.package=1000000", "--set", "items.soft.package=false",
                "--set", "items.s.package=false", in.toString());
        assertTrue(c.out().contains("補助額: 1,600,000円"), c.out());
        CliRun en = CliRun.run("advise", "--lang", "en", "--set", "caps.package=1000000", in.toString());
        assertTrue(en.out().contains("Do not use the package"), en.out());
        assertFalse(en.out().contains("パッケージ型を使わず"), en.out());
    }

    @Test
    @DisplayName("advise --format markdown and html; an unknown format is a usage error with a suggestion")
    void formats() {
        CliRun md = CliRun.run("advise", "--format", "markdown", "samples/01-tokuyo-sakura.yaml");
        assertEquals(0, md.exit(), md.err());
        assertTrue(md.out().startsWith("# "), md.out());
        assertTrue(md.out().contains("### 手順"), md.out());
        CliRun html = CliRun.run("advise", "--format", "html", "samples/01-tokuyo-sakura.yaml");
        assertEquals(0, html.exit(), html.err());
        assertTrue(html.out().startsWith("<!DOCTYPE html>"));
        assertTrue(html.out().contains("<ol>"), "the steps");
        CliRun bad = CliRun.run("advise", "--format", "htm", "samples/01-tokuyo-sakura.yaml");
        assertEquals(2, bad.exit());
        assertTrue(bad.noStackTrace());
    }

    @Test
    @DisplayName("a file with an input error: the others are advised, the error is listed, exit 3")
    void inputErrorsAreListed() {
        CliRun r = CliRun.run("advise", "samples/03-houmon-himawari.yaml", "samples/invalid/bad-key.yaml");
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.out().contains("2710000303"), r.out());
        assertTrue(r.out().contains("入力エラー"), r.out());
        assertTrue(r.noStackTrace());
    }
}
