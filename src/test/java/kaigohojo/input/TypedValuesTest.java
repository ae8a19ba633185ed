package kaigohojo.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kaigohojo.engine.Fixture;
import kaigohojo.model.SecurityAction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue #9: the values offices actually type are read where their meaning is unambiguous. */
class TypedValuesTest {

    @ParameterizedTest(name = "improvement_plan: {0} → yes")
    @ValueSource(strings = {"提出済み", "提出済", "済", "済み", "有り", "あり", "作成済み", "策定済み"})
    void yes(String typed) throws Exception {
        assertEquals(true, FieldParsers.bool(typed));
    }

    @ParameterizedTest(name = "yes/no in katakana, half-width too: {0}")
    @ValueSource(strings = {"ﾊｲ", "ハイ", "ｱﾘ", "アリ", "ｽﾞﾐ"})
    void katakanaYes(String typed) throws Exception {
        if (typed.equals("ｽﾞﾐ")) { // no word: still refused
            assertThrows(FieldParsers.BadValue.class, () -> FieldParsers.bool(typed));
            return;
        }
        assertEquals(true, FieldParsers.bool(typed));
        assertEquals(false, FieldParsers.bool(typed.equals("ﾊｲ") || typed.equals("ハイ") ? "ｲｲｴ" : "ナシ"));
    }

    @ParameterizedTest(name = "improvement_plan: {0} → no")
    @ValueSource(strings = {"未提出", "未作成", "ない", "無し"})
    void no(String typed) throws Exception {
        assertEquals(false, FieldParsers.bool(typed));
    }

    @ParameterizedTest(name = "security_action: {0}")
    @ValueSource(strings = {"一つ星宣言済", "一つ星宣言済み", "★（一つ星）", "二つ星宣言済", "★★（二つ星）", "★★(二つ星)"})
    void securityAction(String typed) {
        var r = Fixture.bind(Fixture.doc(Fixture.facility("security_action: \"" + typed + "\""),
                Fixture.items("{id: bed, category: monitoring, unit_price: 100000}")));
        assertTrue(r.ok(), () -> typed + ": " + r.problems());
        SecurityAction a = r.submission().facility().securityAction();
        assertEquals(typed.contains("二つ星") ? "two_star" : "one_star", a.id(), typed);
    }

    @ParameterizedTest(name = "half-width katakana: {0}")
    @ValueSource(strings = {"ｻﾌﾞｽｸﾘﾌﾟｼｮﾝ", "ﾘｰｽ", "ﾚﾝﾀﾙ"})
    void halfWidthKatakana(String typed) {
        var r = Fixture.bind(Fixture.withItems("{id: bed, category: monitoring, payment: " + typed
                + ", unit_price: 100000, paid_this_year: 100000}"));
        assertTrue(r.ok(), () -> typed + ": " + r.problems());
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("a 9-digit 事業所番号: did you mean the 10 digits with the leading zero, and a hint about spreadsheets")
    void nineDigitId(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("a.csv");
        java.nio.file.Files.writeString(f, "事業所番号,事業所名,サービス種別,品目ID,区分,単価\n110000001,あさひ,特養,bed,見守り,100000\n");
        kaigohojo.cli.CliRun r = kaigohojo.cli.CliRun.run("check", f.toString());
        assertEquals(3, r.exit(), r.out());
        assertTrue(r.out().contains("0110000001"), r.out());
        assertTrue(r.out().contains("先頭の0"), r.out());
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("Japanese keys near a YAML key: 事業所 → facility, 品目 → items, 事業所番号 → id (did you mean)")
    void japaneseKeys() {
        var r = Fixture.bind("事業所:\n  id: \"1370000001\"\n品目:\n  - {id: bed, category: monitoring, unit_price: 1}\n");
        java.util.List<String> hints = new java.util.ArrayList<>();
        for (Problem p : r.problems()) if (p.suggestion() != null) hints.add(p.value() + "→" + p.suggestion());
        assertTrue(hints.contains("事業所→facility"), hints::toString);
        assertTrue(hints.contains("品目→items"), hints::toString);
        var f = Fixture.bind(Fixture.doc(Fixture.facility("事業所番号: \"1370000002\""), Fixture.items("{id: bed, category: monitoring, unit_price: 1}")));
        boolean idHint = false;
        for (Problem p : f.problems()) idHint |= "事業所番号".equals(p.value()) && "id".equals(p.suggestion());
        assertTrue(idHint, f.problems()::toString);
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("{unit_price: 1,000,000} in flow style (the key 000 twice): the comma hint, as for 1,200,000")
    void flowCommaHintOnDuplicateKey(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        for (String amount : new String[] {"1,000,000", "1,200,000"}) {
            java.nio.file.Path f = dir.resolve("a" + amount.length() + amount.charAt(2) + ".yaml");
            java.nio.file.Files.writeString(f, Fixture.withItems("{id: bed, category: monitoring, unit_price: " + amount + "}"));
            kaigohojo.cli.CliRun r = kaigohojo.cli.CliRun.run("check", f.toString());
            assertEquals(3, r.exit(), r.out());
            String hint = kaigohojo.text.Messages.of(kaigohojo.text.Lang.JA).t("hint.flow-comma");
            assertTrue(r.out().contains(hint.strip()), amount + ": " + r.out());
        }
    }
}
