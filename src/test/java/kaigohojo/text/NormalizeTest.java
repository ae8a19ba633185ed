package kaigohojo.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Normalize#nfkc}: text made only of characters NFKC never changes skips the JDK's normalizer
 * (#13: it loads Unicode tables on a clerk's every run); the result is the same as NFKC's.
 */
class NormalizeTest {
    @Test
    @DisplayName("every character taken as stable is NFKC quick-check YES with combining class 0 in ICU4J, and unchanged by the JDK")
    void stableCharactersAreStableInIcuAndTheJdk() {
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        List<String> wrong = new ArrayList<>();
        int stable = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (!Normalize.stable(c)) continue;
            stable++;
            String s = String.valueOf(c);
            boolean ok = !Character.isSurrogate(c)
                    && nfkc.quickCheck(s) == com.ibm.icu.text.Normalizer.YES
                    && UCharacter.getCombiningClass(c) == 0
                    && Normalizer.normalize(s, Normalizer.Form.NFKC).equals(s);
            if (!ok && wrong.size() < 20) wrong.add(String.format("U+%04X", (int) c));
        }
        assertTrue(stable > 20_000, "the kanji and kana are taken as stable");
        assertEquals(List.of(), wrong);
    }

    @Test
    @DisplayName("the characters NFKC changes are not taken as stable: full-width forms, half-width kana, the ideographic space, voicing marks")
    void changingCharactersAreNotStable() {
        for (char c : "０Ａ（）　ｶﾞ゛゜\u3099\u309A㈱①ゟヿ".toCharArray()) {
            assertTrue(!Normalize.stable(c), String.format("U+%04X", (int) c));
        }
    }

    @Test
    @DisplayName("nfkc gives what the JDK's NFKC gives, stripped, for random mixes of stable and changing characters")
    void sameAsNfkc() {
        String pool = "東京都さくら苑ケアハウスー・、。「」★☆abc 123-_"
                + "０１ＡＢ（）　ｶﾞﾊﾟ㈱①\u3099\u309A\u0301ゟ";
        Random r = new Random(13);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(12);
            for (int j = 0; j < n; j++) sb.append(pool.charAt(r.nextInt(pool.length())));
            String s = sb.toString();
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFKC).strip(), Normalize.nfkc(s), s);
        }
        assertEquals("東京都", Normalize.nfkc(" 東京都 "));
        assertEquals("が", Normalize.nfkc("か\u3099"), "a voicing mark composes with the kana before it");
        assertEquals("R8 (1)", Normalize.nfkc("Ｒ８ （１）"));
    }
}
