package kaigohojo.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The columns of Japanese text in a terminal, against ICU4J's East Asian Width (UAX #11) as the oracle (#14). */
class DisplayWidthTest {
    private static boolean wideInIcu(int cp) {
        int w = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return w == UCharacter.EastAsianWidth.WIDE || w == UCharacter.EastAsianWidth.FULLWIDTH;
    }

    @Test
    @DisplayName("every code point is wide exactly when ICU4J says East Asian Width W or F")
    void everyCodePointAgreesWithIcu() {
        List<String> wrong = new ArrayList<>();
        int count = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (DisplayWidth.isWide(cp) != wideInIcu(cp)) {
                count++;
                if (wrong.size() < 20) wrong.add(String.format("U+%04X (%s)", cp, DisplayWidth.isWide(cp) ? "wide here" : "narrow here"));
            }
        }
        assertEquals(0, count, count + " code points disagree with ICU4J, e.g. " + wrong);
    }

    @Test
    @DisplayName("widths of report text: kana and kanji 2, ASCII 1, a combining mark 0, emoji 2, half-width kana 1")
    void examples() {
        assertEquals(12, DisplayWidth.of("補助額の合計"));
        assertEquals(7, DisplayWidth.of("ｶﾞｲﾄﾞ12"));
        assertEquals(3, DisplayWidth.of("e\u0301x" + "y"));
        assertEquals(2, DisplayWidth.of("\u2705"), "U+2705 is W (the old table said 1)");
        assertEquals(2, DisplayWidth.of("\uD83E\uDD1D"), "U+1F91D is W (the old table said 1)");
        assertEquals("申請  ", DisplayWidth.padRight("申請", 6));
    }
}
