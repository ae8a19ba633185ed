package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9, one test a fix of the Japanese vocabulary (JapaneseVocabularyTest scans everything; these name each
 * leak that it found on main and check that English reports keep their words).
 */
class JapaneseWordsTest {
    static final String HIMAWARI = "samples/03-houmon-himawari.yaml";
    static final String HOSTILE = "src/test/resources/hostile/";

    /** What the command printed on standard output, in Japanese (the default). */
    static String outJa(String... args) {
        return CliRun.run(args).out();
    }

    /** What the command printed on standard output with --lang en. */
    static String outEn(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--lang";
        all[1] = "en";
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.run(all).out();
    }

    @Test
    void theFootnoteOfUnverifiedValuesNamesEachRuleInJapanese() {
        String ja = outJa("calc", HIMAWARI);
        assertTrue(ja.contains("補助率 = 4/5（熊本県R8 補助率）"), ja);
        assertTrue(ja.contains("1事業所あたりの上限 = なし"), ja);
        assertFalse(ja.contains("caps.software"), ja);
        assertFalse(ja.contains("rate_then_cap"), ja);
        String en = outEn("calc", HIMAWARI);
        assertTrue(en.contains("rate = 4/5"), en);
        assertTrue(en.contains("rate_then_cap"), en);
    }

    @Test
    void compareNamesTheBaseScenarioAndEachRuleValueInJapanese() {
        CliRun r = CliRun.run("compare", "samples/06-package-aoba.yaml", "-s", "r7=--rules national-r7");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("基準: 規則 national-r8、補助率 4/5、補助率を乗じてから基準額と比較"), r.out());
        assertTrue(r.out().contains("基準との差"), r.out());
        assertTrue(r.out().contains("規則の値 補助率: 4/5 → 3/4"), r.out());
        assertFalse(r.out().matches("(?s).*\\bbase\\b.*"), r.out());
        String en = outEn("compare", "samples/06-package-aoba.yaml", "-s", "r7=--rules national-r7");
        assertTrue(en.contains("base: rules national-r8") || en.contains("base:"), en);
        assertTrue(en.contains("rate: 4/5 → 3/4"), en);
    }

    @Test
    void errorLinesCarryNoCodeInJapaneseButKeepItInEnglish() {
        String ja = outJa("check", "samples/invalid/bad-key.yaml");
        assertFalse(ja.contains("[unknown-key]"), ja);
        assertTrue(ja.contains("unknown-key                 1"), "the summary by error code stays (product.md §5): " + ja);
        String en = outEn("check", "samples/invalid/bad-key.yaml");
        assertTrue(en.contains("[unknown-key]"), en);
    }

    @Test
    void aValueListAndAPaymentAreNamedAsTheClerkTypesThem() {
        String ja = outJa("check", HOSTILE + "y-bad-payment.yaml");
        assertTrue(ja.contains("使える値: 購入、リース、サブスクリプション、ライセンス、レンタル"), ja);
        String lease = outJa("check", HOSTILE + "c-lease-without-paid.csv");
        assertTrue(lease.contains("支払形態が リース の品目には当年度支払額が必要です"), lease);
        assertFalse(lease.contains("paid_this_year"), lease);
        String en = outEn("check", HOSTILE + "y-bad-payment.yaml");
        assertTrue(en.contains("purchase, lease, subscription"), en);
    }

    @Test
    void aMissingColumnOfATableIsNamedByItsJapaneseHeading() {
        String ja = outJa("check", HOSTILE + "c-missing-columns.csv");
        assertTrue(ja.contains("必須の列「事業所名」がありません"), ja);
        assertFalse(ja.contains("facility_name"), ja);
    }

    @Test
    void aBrokenWorkbookIsExplainedWithoutTheLibrarysEnglish(@TempDir Path dir) throws Exception {
        Path book = dir.resolve("申請.xlsx");
        Files.write(book, "事業所番号,事業所名\n".getBytes(StandardCharsets.UTF_8));
        String ja = outJa("check", book.toString());
        assertTrue(ja.contains("Excel ブックの形式（ZIP）ではありません"), ja);
        assertFalse(ja.contains("not a zip"), ja);
    }

    @Test
    void theExplainedMinimumAndTheWorkbooksGroupsAreJapanese(@TempDir Path dir) throws Exception {
        String ja = outJa("calc", "--explain", HIMAWARI);
        assertTrue(ja.contains("の少ない方 = 補助額"), ja);
        assertFalse(ja.contains("min("), ja);
        Path out = dir.resolve("結果.xlsx");
        assertEquals(0, CliRun.run("calc", "--format", "xlsx", "-o", out.toString(), HIMAWARI).exit());
        String cells = JapaneseVocabularyTest.xlsxText(out);
        assertTrue(cells.contains("介護ソフト等"), cells);
        assertFalse(cells.lines().anyMatch(l -> l.equals("software")), cells);
    }

    @Test
    void aBooleanErrorListsTheJapaneseForms() {
        String ja = outJa("check", HOSTILE + "y-bad-boolean.yaml");
        assertTrue(ja.contains("はい/いいえ、有/無、○/× など"), ja);
        assertFalse(ja.contains("true/false"), ja);
    }
}
