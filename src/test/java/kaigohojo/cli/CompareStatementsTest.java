package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 4 (L): what a compare report states besides its facilities. The --split-facility choice has a page in
 * HTML even when no facility was computed; --own-year (message compare.own-year, unused before) is stated in the
 * table, Markdown, HTML, CSV and JSON when it is given, and only then.
 */
class CompareStatementsTest {
    static final String SAMPLE = "samples/01-tokuyo-sakura.yaml";
    static final String SPLIT = "複数の箇所に分かれた申請の扱い";
    static final String OWN_YEAR = "日付はすべて基準の年度 ";

    @TempDir Path dir;

    @Test
    @DisplayName("compare --format html with no facility computed: a page states the scenarios and the split choice")
    void htmlWithoutFacility() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "facility: [\n");
        Path html = dir.resolve("c.html");
        CliRunner.Result r = CliRunner.run("compare", "--format", "html", "-o", html.toString(), "-s", "r7=--rules national-r7",
                bad.toString()).assertNoStackTrace();
        assertEquals(3, r.exit(), r::toString);
        String page = Files.readString(html);
        assertTrue(page.contains(SPLIT), page);
        assertTrue(page.contains("r7: "), "the scenario line");
        assertTrue(page.contains("bad.yaml"), "the errors page");
    }

    @Test
    @DisplayName("--own-year is stated in the table, Markdown, HTML, CSV and JSON, with the base's year; not without it")
    void ownYearStated() throws Exception {
        String[] s = {"-s", "r7=--rules national-r7"};
        for (String format : new String[] {"table", "markdown", "csv"}) {
            CliRunner.Result with = CliRunner.run("compare", "--own-year", "--format", format, s[0], s[1], SAMPLE).assertNoStackTrace();
            assertEquals(0, with.exit(), with::toString);
            assertTrue(with.out().matches("(?s).*" + OWN_YEAR + "20\\d\\d で判定しています.*"), with::toString);
            CliRunner.Result without = CliRunner.run("compare", "--format", format, s[0], s[1], SAMPLE).assertNoStackTrace();
            assertFalse(without.out().contains(OWN_YEAR), without::toString);
        }
        Path html = dir.resolve("y.html");
        CliRunner.run("compare", "--own-year", "--format", "html", "-o", html.toString(), s[0], s[1], SAMPLE).assertNoStackTrace();
        assertTrue(Files.readString(html).contains(OWN_YEAR), "html");
        CliRunner.Result json = CliRunner.run("compare", "--own-year", "--format", "json", s[0], s[1], SAMPLE).assertNoStackTrace();
        assertTrue(json.json().at("/own_year/fiscal_year").asInt() > 2000, json::toString);
        assertTrue(json.json().at("/own_year/message").asText().startsWith(OWN_YEAR), json::toString);
        CliRunner.Result en = CliRunner.run("--lang", "en", "compare", "--own-year", s[0], s[1], SAMPLE).assertNoStackTrace();
        assertTrue(en.out().contains("Every date is judged in the base's fiscal year 20"), en::toString);
    }
}
