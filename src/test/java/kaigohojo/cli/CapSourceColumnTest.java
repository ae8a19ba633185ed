package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The groups' cap-source column (基準額の根拠) of the table, Markdown and HTML reports says the same thing:
 * each part of the cap in words with its citation (問13 the staff band, 問11 the linkage addition), joined by
 * " + ", and not the step that adds them up.
 */
class CapSourceColumnTest {
    static final String TWO_PART_CAP = "職員数 9人（1-10人）の基準額 1,000,000円（問13*） + ケアプランデータ連携（5事業所）の加算 50,000円（問11*）";

    @ParameterizedTest
    @ValueSource(strings = {"table", "markdown", "html"})
    void aCapOfTwoPartsNamesBothWithTheirCitations(String format) {
        CliRun r = CliRun.run("calc", "--format", format, "samples/07-two-facilities.yaml");
        assertEquals(0, r.exit(), r.err());
        String out = r.out().replace("\\*", "*"); // Markdown escapes the asterisk
        assertTrue(out.contains(TWO_PART_CAP), out);
        assertFalse(out.contains("基準額の計"), "the step that adds the parts up is not one of them: " + out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "markdown", "html"})
    void inEnglishToo(String format) {
        CliRun r = CliRun.run("--lang", "en", "calc", "--format", format, "samples/07-two-facilities.yaml");
        assertEquals(0, r.exit(), r.err());
        String out = r.out().replace("\\*", "*");
        assertTrue(out.contains("Cap for 9 staff (band 1-10): 1,000,000 yen (問13*) + Plus, for care-plan data linkage (5 offices): 50,000 yen (問11*)"), out);
        assertFalse(out.contains("Cap in all"), out);
    }
}
