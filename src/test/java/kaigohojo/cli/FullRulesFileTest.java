package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #13 (session 6): a rules file written in full (no {@code extends}) that lacks a value the engine
 * reads, or whose software staff bands (問13) leave a staff count without a band, is a rules-file
 * error (exit 4, file:line:column) in calc, check and rules check alike. Before, calc ended in an
 * internal error (exit 70) at the first facility that needed the value, while check passed them all.
 */
class FullRulesFileTest {
    @TempDir Path dir;

    private static String national() throws Exception {
        try (InputStream in = FullRulesFileTest.class.getResourceAsStream("/kaigohojo/rules/national-r8.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("(?m)^id: .*$", "id: full-copy");
        }
    }

    /** Staff 4, care software priced per account: its cap goes by the staff band (問13). */
    static final String FOUR_STAFF = """
            facility:
              id: "1370000004"
              name: 四人の事業所
              service: 居宅介護支援
              staff: 4
              security_action: two_star
              improvement_plan: true
            items:
              - {id: soft, category: care_software, pricing: per_account, unit_price: 300000, quantity: 1}
            """;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private int lineOf(String text, String what) {
        return text.substring(0, text.indexOf(what)).split("\n", -1).length;
    }

    @Test
    void aStaffCountInNoBandIsARulesErrorInCalcAndCheckAlike() throws Exception {
        String text = national().replace("\"1-10\":", "\"5-10\":");
        Path rules = file("gap.yaml", text);
        Path app = file("app.yaml", FOUR_STAFF);
        String where = rules + ":" + lineOf(text, "  staff_bands:") + ":5: ";
        for (String cmd : new String[] {"calc", "check"}) {
            CliRun r = CliRun.run(cmd, "--rules", rules.toString(), app.toString());
            assertTrue(r.noStackTrace(), r.err());
            assertEquals(4, r.exit(), cmd + ": " + r.out() + r.err());
            assertTrue(r.err().contains(where + "職員数 1-4 人の介護ソフト等の基準額がありません"), cmd + ": " + r.err());
        }
        CliRun en = CliRun.run("rules", "check", "--lang", "en", rules.toString());
        assertEquals(4, en.exit(), en.out() + en.err());
        assertTrue(en.out().contains(where + "No software cap for 1-4 staff"), en.out());
        assertTrue(en.out().contains("\n1 mistake.\n") || en.out().startsWith("1 mistake.\n"), "singular count: " + en.out());
        assertFalse(en.out().contains("1 mistakes."), en.out());
    }

    @Test
    void bandsWithNoUpperEndOverlapsAndBadKeysAreEachFound() throws Exception {
        String noTop = national().replaceAll("(?m)^ *\"31-\":.*\\n", "");
        CliRun calc = CliRun.run("calc", "--rules", file("notop.yaml", noTop).toString(), file("a.yaml", FOUR_STAFF).toString());
        assertEquals(4, calc.exit(), calc.out() + calc.err());
        assertTrue(calc.err().contains("職員数 31 人以上の介護ソフト等の基準額がありません"), calc.err());

        String overlap = national().replace("\"11-20\":", "\"10-20\":");
        CliRun o = CliRun.run("rules", "check", file("overlap.yaml", overlap).toString());
        assertEquals(4, o.exit(), o.out());
        assertTrue(o.out().contains("overlap.yaml:" + lineOf(overlap, "\"10-20\"") + ":7: 職員数 10 人が区分「1-10」と「10-20」の両方に入ります"),
                o.out());

        String bad = national().replace("\"21-30\":", "\"30-21\":").replace("\"31-\":", "\"31人-\":");
        CliRun b = CliRun.run("rules", "check", file("bad.yaml", bad).toString());
        assertEquals(4, b.exit(), b.out());
        assertTrue(b.out().contains("職員数の区分「30-21」は") && b.out().contains("職員数の区分「31人-」は"), b.out());
        assertTrue(b.out().contains("2件の誤りがあります"), "bands not read say nothing of coverage: " + b.out());
    }

    @Test
    void aMissingValueOrAnotherTypeIsARulesErrorNotAnInternalOne() throws Exception {
        String missing = national().replaceAll("(?m)^    onboarding_bonus:\\n(      .*\\n)*", "");
        CliRun calc = CliRun.run("calc", "--rules", file("missing.yaml", missing).toString(), "samples/01-tokuyo-sakura.yaml");
        assertTrue(calc.noStackTrace(), calc.err());
        assertEquals(4, calc.exit(), calc.out() + calc.err());
        assertTrue(calc.err().contains("必須のキー「caps.software.onboarding_bonus」がありません"), calc.err());

        String typed = national().replaceFirst("(\"11-20\": \\{value: 1500000, type: )yen", "$1count");
        CliRun t = CliRun.run("rules", "check", file("typed.yaml", typed).toString());
        assertEquals(4, t.exit(), t.out());
        assertTrue(t.out().contains("「caps.software.staff_bands.11-20」の type は「yen」と書きます（このファイルでは「count」）"), t.out());
    }

    @Test
    void everyNationalSetWrittenInFullPasses() throws Exception {
        for (String id : new String[] {"national-r8", "national-r7"}) {
            Path f = Path.of("src/main/resources/kaigohojo/rules/" + id + ".yaml");
            CliRun r = CliRun.run("rules", "check", f.toString());
            assertEquals(0, r.exit(), id + ": " + r.out() + r.err());
        }
        CliRun calc = CliRun.run("calc", "--rules", file("copy.yaml", national()).toString(), file("a.yaml", FOUR_STAFF).toString());
        assertEquals(0, calc.exit(), calc.out() + calc.err());
        assertFalse(calc.err().contains("内部エラー"), calc.err());
    }
}
