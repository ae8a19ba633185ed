package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report escapes every text of the input: markup, quotes, bidi and invisible controls. */
class HtmlEscapingTest {
    static final String HOSTILE_YAML = "facility:\n"
            + "  id: \"1370000001\"\n"
            + "  name: \"<script>alert(1)</script> \\\"さくら\\\" '苑' &amp; \\u202Eevil\\u202C\"\n"
            + "  service: 特養\n  staff: 10\n  security_action: two_star\n  improvement_plan: true\n"
            + "items:\n"
            + "  - {id: \"x<img src=x onerror=alert(2)>\", name: \"</td><td>\\u2066inj\\u2069\", category: monitoring, unit_price: 100000}\n";

    @Test
    @DisplayName("hostile names in calc --format html: <script>, quotes, & and bidi controls become text, never markup")
    void hostileNamesAreEscaped(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("hostile.yaml");
        Files.writeString(in, HOSTILE_YAML, StandardCharsets.UTF_8);
        CliRun r = CliRun.run("calc", "--format", "html", in.toString());
        assertEquals(0, r.exit(), r.err() + r.out());
        String html = r.out();
        assertFalse(html.contains("<script>alert"), "no script from the input");
        assertFalse(html.contains("<img"), "no element from the input");
        assertFalse(html.contains("</td><td>\u2066"), "no cell break from the input");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("&quot;さくら&quot; &#39;苑&#39; &amp;amp;"), html);
        assertTrue(html.contains("[U+202E]evil[U+202C]"), "bidi controls shown as code points");
        assertTrue(html.contains("[U+2066]inj[U+2069]"));
        for (char c = 0x202a; c <= 0x202e; c++) assertEquals(-1, html.indexOf(c), "no raw bidi control " + Integer.toHexString(c));
        // the only script is the report's own page-fitting one
        assertEquals(1, html.split("<script>", -1).length - 1);
    }

    @Test
    @DisplayName("the HTML report is self-contained: no URL to fetch (no src=, href= or url( outside the page)")
    void selfContained() {
        CliRun r = CliRun.run("calc", "--format", "html", "samples/07-two-facilities.yaml");
        assertEquals(0, r.exit(), r.err());
        String html = r.out();
        assertFalse(html.contains("src="), "no external resource");
        assertFalse(html.contains("href="), "no link");
        assertFalse(html.replace("url(#h", "").contains("url("), "only in-page SVG patterns");
        assertFalse(html.contains("http://") && !html.replace("http://www.w3.org/2000/svg", "").isEmpty()
                && html.replace("http://www.w3.org/2000/svg", "").contains("http://"), "no URL but the SVG namespace");
        assertTrue(html.contains("<html lang=\"ja\">"));
        assertTrue(html.contains("<th scope=\"col\">"), "table headers for screen readers");
        assertTrue(html.contains("role=\"img\"") && html.contains("<desc "), "the chart has a text equivalent");
        assertEquals(2, html.split("<section class=\"page\"", -1).length - 1, "one page section per facility");
        CliRun en = CliRun.run("calc", "--lang", "en", "--format", "html", "samples/07-two-facilities.yaml");
        assertTrue(en.out().contains("<html lang=\"en\">"));
        assertTrue(en.out().contains("Subsidy: 1,520,000 yen"), en.out());
    }

    @Test
    @DisplayName("a rejected application (入力エラー) has its own page in calc and advise --format html, with its errors")
    void rejectedApplicationsHaveTheirPage() {
        for (String cmd : new String[] {"calc", "advise"}) {
            CliRun r = CliRun.run(cmd, "--format", "html", "samples/03-houmon-himawari.yaml", "samples/invalid/bad-key.yaml");
            assertEquals(3, r.exit(), r.err());
            String html = r.out();
            assertEquals(2, html.split("<section class=\"page\"", -1).length - 1, cmd + ": a page per application read");
            assertTrue(html.contains("1310000008　つばさ小規模多機能"), html);
            assertTrue(html.contains("<strong>入力エラー</strong>"), html);
            assertTrue(html.contains("unit_prise"), html);
            assertEquals(1, html.split(java.util.regex.Pattern.quote("不明なキー「unit_prise」"), -1).length - 1, cmd + ": each error once, on its application's page");
        }
    }
}
