package kaigohojo.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms people type, product.md §2: every accepted one gives the right value; the others a stable code. */
class FieldParsersTest {

    private static ErrorCode amountError(String s) {
        return assertThrows(FieldParsers.BadValue.class, () -> FieldParsers.amount(s), () -> "amount(" + s + ") accepted").code();
    }

    private static ErrorCode countError(String s) {
        return assertThrows(FieldParsers.BadValue.class, () -> FieldParsers.count(s), () -> "count(" + s + ") accepted").code();
    }

    private static ErrorCode dateError(String s) {
        return assertThrows(FieldParsers.BadValue.class, () -> FieldParsers.date(s), () -> "date(" + s + ") accepted").code();
    }

    // ── amounts ───────────────────────────────────────────────────────────────────────────────────

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1200000            | 1200000",
            "'1,200,000'        | 1200000",
            "'¥1,200,000'       | 1200000",
            "'￥1,200,000'      | 1200000",
            "'\\1,200,000'      | 1200000",
            "1200000円          | 1200000",
            "'1,200,000円'      | 1200000",
            "120万円            | 1200000",
            "120万              | 1200000",
            "1.5万円            | 15000",
            "3千円              | 3000",
            "1億円              | 100000000",
            "'１２０，０００'   | 120000",
            "'￥１２０，０００' | 120000",
            "１２００００円     | 120000",
            "１２０万円         | 1200000",
            "'1_200_000'        | 1200000",
            "'  80,000  '       | 80000",
            "'80 000円'         | 80000",
            "JPY 80000          | 80000",
            "80000.0            | 80000",
            "+80000             | 80000",
            "0                  | 0",
            "-0                 | 0",
            "'999,999,999,999'  | 999999999999",
            "80000円（税抜）    | 80000",
            "80000円(税抜)      | 80000",
    })
    void amountsPeopleType(String typed, long expected) throws Exception {
        assertEquals(expected, FieldParsers.amount(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "円", "¥", "abc", "12,0O0", "1,2000", "12,00", ",000", "1,,000", "1.5", "0.5円",
            "1e6", "0x10", "一万円", "十万", "1兆円", "NaN", ".inf", "1/2", "1,000,000.50", "(", "120万5千円"})
    void unreadableAmounts(String typed) {
        assertEquals(ErrorCode.INVALID_AMOUNT, amountError(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-5000", "−5000", "▲5,000", "△5,000", "(5,000)", "-120万円", "－１００"})
    void negativeAmounts(String typed) {
        assertEquals(ErrorCode.NEGATIVE_AMOUNT, amountError(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,000,000,000,000", "1000000000000", "9223372036854775807", "9223372036854775808",
            "99999999999999999999999", "10000億円", "99999999999999999999999999999999999999999999"})
    void amountsOfATrillionOrMoreAreTooLarge(String typed) {
        assertEquals(ErrorCode.AMOUNT_TOO_LARGE, amountError(typed));
    }

    /** Each digit typed must not cost time in proportion to all the others (no quadratic parse): product.md §8. */
    @Test
    void aHugeNumberIsRefusedQuickly() {
        String huge = "1" + "0".repeat(100_000);
        ErrorCode code = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> amountError(huge),
                "amount(\"1\" + 100,000 zeros) took more than two seconds");
        assertEquals(ErrorCode.AMOUNT_TOO_LARGE, code);
    }

    @Test
    void manyDigitsOfNinesAreRefusedQuickly() {
        String huge = "9".repeat(100_000);
        ErrorCode code = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> amountError(huge),
                "amount(100,000 nines) took more than two seconds");
        assertEquals(ErrorCode.AMOUNT_TOO_LARGE, code);
    }

    // ── counts ────────────────────────────────────────────────────────────────────────────────────

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "12     | 12", "１２   | 12", "12人   | 12", "12 名  | 12", "３台   | 3", "'1,000' | 1000", "0 | 0",
            "10000000 | 10000000", "2セット | 2", "6事業所 | 6", "5アカウント | 5"})
    void countsPeopleType(String typed, long expected) throws Exception {
        assertEquals(expected, FieldParsers.count(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "many", "1.5", "-3", "1万", "10000001", "99999999999999999999", "12,00", "三"})
    void unreadableCounts(String typed) {
        assertEquals(ErrorCode.INVALID_NUMBER, countError(typed));
    }

    // ── booleans ──────────────────────────────────────────────────────────────────────────────────

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "True", "yes", "Yes", "1", "はい", "有", "あり", "○", "〇", "ｙｅｓ", "１", " true "})
    void trueForms(String typed) throws Exception {
        assertEquals(true, FieldParsers.bool(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", "no", "No", "0", "いいえ", "無", "なし", "×", "０", "ｎｏ"})
    void falseForms(String typed) throws Exception {
        assertEquals(false, FieldParsers.bool(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "maybe", "たぶん", "truee", "yes!", "ok", "△"})
    void unreadableBooleans(String typed) {
        assertEquals(ErrorCode.INVALID_BOOLEAN,
                assertThrows(FieldParsers.BadValue.class, () -> FieldParsers.bool(typed)).code());
    }

    /**
     * #13 (session 7): bool reads a word as written first, then its normal form: the same answer only when
     * every word of the list is its own normal form (a word such as "Yes" or "ハイ" added to it would fail here).
     */
    @Test
    void everyYesNoWordIsItsOwnNormalForm() {
        for (String w : FieldParsers.WORDS.keySet()) assertEquals(w, FieldParsers.boolForm(w), w);
    }

    /** The quick read and the normal form's read agree on every word, its variants and random text. */
    @Test
    void boolReadsAsItsNormalForm() {
        java.util.List<String> texts = new java.util.ArrayList<>(FieldParsers.WORDS.keySet());
        for (String w : FieldParsers.WORDS.keySet()) {
            texts.add(w.toUpperCase(java.util.Locale.ROOT));
            texts.add(" " + w + " ");
            texts.add(w + "!");
        }
        java.util.Random r = new java.util.Random(7);
        String alphabet = "yesnotrufaxYNT01-はいいえ有無ありなし済未○×ハイｙｅｓ ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(5); k > 0; k--) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            texts.add(b.toString());
        }
        for (String t : texts) {
            Boolean expected = FieldParsers.word(FieldParsers.boolForm(t));
            Boolean got;
            try {
                got = FieldParsers.bool(t);
            } catch (FieldParsers.BadValue e) {
                assertEquals(ErrorCode.INVALID_BOOLEAN, e.code());
                got = null;
            }
            assertEquals(expected, got, () -> "bool(" + t + ")");
        }
    }

    // ── dates ─────────────────────────────────────────────────────────────────────────────────────

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-07-01       | 2026-07-01",
            "2026-7-1         | 2026-07-01",
            "2026/7/1         | 2026-07-01",
            "2026/07/01       | 2026-07-01",
            "2026.7.1         | 2026-07-01",
            "2026年7月1日     | 2026-07-01",
            "20260701         | 2026-07-01",
            "２０２６／７／１ | 2026-07-01",
            "令和8年7月1日    | 2026-07-01",
            "令和８年７月１日 | 2026-07-01",
            "R8.7.1           | 2026-07-01",
            "r8.7.1           | 2026-07-01",
            "R08/07/01        | 2026-07-01",
            "Ｒ８．７．１     | 2026-07-01",
            "令和元年5月1日   | 2019-05-01",
            "令和元年12月31日 | 2019-12-31",
            "平成31年4月30日  | 2019-04-30",
            "H30.4.1          | 2018-04-01",
            "2028-02-29       | 2028-02-29",
            "2026-07-01T00:00:00 | 2026-07-01",
    })
    void datesPeopleType(String typed, LocalDate expected) throws Exception {
        assertEquals(expected, FieldParsers.date(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "26-07-01",
            "7/1", "2026/7", "令和8年2月29日", "R8.2.30", "令和0年7月1日", "R100.1.1", "8年7月1日", "2026-07-01 10:00",
            "昭和64年1月1日", "tomorrow", "2026-7-1-1"})
    void impossibleOrUnreadableDates(String typed) {
        assertEquals(ErrorCode.INVALID_DATE, dateError(typed));
    }

    /**
     * #13: the quick path for 2026/7/1 and 令和8年7月1日 takes those forms and gives what the general
     * path gives (the same date or the same error) for every string of a grammar around them.
     */
    @Test
    void quickDatesAgreeWithTheGeneralPath() throws Exception {
        assertEquals(LocalDate.of(2026, 11, 15), FieldParsers.quickDate("2026/11/15"));
        assertEquals(LocalDate.of(2026, 10, 1), FieldParsers.quickDate("令和8年10月1日"));
        String[] prefixes = {"", "令和", "令", "R", "平成"};
        String[] seps = {"/", ".", "-", "年", "月", "日", " ", "x", ""};
        java.util.Random rnd = new java.util.Random(13);
        int quick = 0;
        for (int k = 0; k < 200_000; k++) {
            // mostly near the two quick forms, sometimes anything of the grammar
            boolean era = rnd.nextBoolean();
            boolean near = rnd.nextInt(4) > 0;
            StringBuilder sb = new StringBuilder(near ? (era ? "令和" : "") : prefixes[rnd.nextInt(prefixes.length)]);
            String[] eraSeps = {"年", "月", "日"};
            String[] plainSeps = {"/", ".", "-"};
            for (int part = 0; part < 3; part++) {
                int digits = near && rnd.nextInt(5) > 0 ? (part == 0 && !era ? 4 : 1 + rnd.nextInt(2)) : rnd.nextInt(6);
                for (int d = 0; d < digits; d++) sb.append((char) ('0' + (d == 0 && rnd.nextBoolean() ? rnd.nextInt(4) : rnd.nextInt(10))));
                String sep = near && rnd.nextInt(8) > 0 ? (era ? eraSeps[part] : part < 2 ? plainSeps[rnd.nextInt(3)] : "")
                        : seps[rnd.nextInt(seps.length)];
                if (part < 2 || era || rnd.nextInt(3) == 0) sb.append(sep);
            }
            String s = sb.toString();
            Object fast;
            try {
                fast = FieldParsers.quickDate(s);
            } catch (FieldParsers.BadValue e) {
                fast = e.code();
            }
            if (fast == null) continue;
            quick++;
            Object general;
            try {
                general = FieldParsers.generalDate(s);
            } catch (FieldParsers.BadValue e) {
                general = e.code();
            }
            assertEquals(general, fast, s);
        }
        org.junit.jupiter.api.Assertions.assertTrue(quick > 1_000, "the grammar reaches the quick path: " + quick);
    }

    /** 令和 began on 2019-05-01: 令和元年4月30日 is no date (it was 平成31年). */
    @ParameterizedTest
    @ValueSource(strings = {"令和元年4月30日", "R1.4.30", "令和元年1月1日"})
    void reiwaBeforeItBegan(String typed) {
        assertEquals(ErrorCode.INVALID_DATE, dateError(typed));
    }
}
