package kaigohojo.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
