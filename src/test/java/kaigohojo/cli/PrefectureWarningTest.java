package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9: an optional field that cannot be read (都道府県, on which no amount depends) is a warning of
 * the facility, with its place and a "did you mean"; the facility is computed, not rejected.
 */
class PrefectureWarningTest {
    static final String CORPUS = "src/test/resources/hostile/y-unknown-prefecture.yaml"; // prefecture: 東京府

    @Test
    @DisplayName("calc computes the facility and warns, in every format, where the unknown prefecture is")
    void calcWarns() throws Exception {
        CliRun r = CliRun.run("calc", "--format", "json", CORPUS);
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(1, root.get("facilities").size());
        assertEquals(0, root.get("rejected").size());
        JsonNode f = root.get("facilities").get(0);
        assertTrue(f.get("findings").toString().contains("input-warning"), f.toString());
        assertTrue(f.get("findings").toString().contains("東京府") && f.get("findings").toString().contains("東京都"), f.toString());
        assertTrue(f.get("findings").toString().contains(CORPUS + ":4:15"), f.toString());
        for (String format : new String[] {"table", "csv", "markdown", "html"}) {
            CliRun any = CliRun.run("calc", "--format", format, CORPUS);
            assertEquals(0, any.exit(), format + any.err());
            assertTrue(any.out().contains("都道府県「東京府」が分かりません"), format + "\n" + any.out());
        }
        CliRun en = CliRun.run("--lang", "en", "calc", CORPUS);
        assertTrue(en.out().contains("Unknown prefecture '東京府'"), en.out());
        assertEquals(1, CliRun.run("calc", "--strict", CORPUS).exit(), "a warning fails --strict");
    }

    @Test
    @DisplayName("check counts the application valid and lists the warning with its place")
    void checkWarns(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.run("check", "--format", "json", CORPUS);
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(1, root.get("summary").get("valid").asInt());
        JsonNode w = root.get("summary").get("inputs").get(0).get("warnings").get(0);
        assertEquals("unknown-prefecture", w.get("code").asText());
        assertEquals(4, w.get("line").asInt());
        // in a CSV too: the prefecture column of the row
        Path csv = Files.writeString(dir.resolve("a.csv"), """
                facility_id,facility_name,prefecture,service,staff,item_id,category,unit_price
                1370000001,テスト施設,東京府,特養,10,bed,monitoring,100000
                """, StandardCharsets.UTF_8);
        CliRun c = CliRun.run("calc", "--format", "csv", csv.toString());
        assertEquals(0, c.exit(), c.out() + c.err());
        assertTrue(c.out().contains(csv + ":2:3: 都道府県「東京府」が分かりません。もしかして「東京都」ですか？"), c.out());
    }
}
