package kaigohojo.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * #13: {@link Cells}' quick answers are the JDK's: {@link String#isBlank()} and {@link String#strip()} (null
 * for blank). Fails if the quick test's ranges ever miss a white-space character.
 */
class CellsTest {

    private static String expected(String s) {
        return s.isBlank() ? null : s.strip();
    }

    private static void same(String s) {
        if (s.isBlank() != Cells.blank(s) || !java.util.Objects.equals(expected(s), Cells.text(s))) {
            String shown = s.chars().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
            assertEquals(s.isBlank(), Cells.blank(s), () -> "blank " + shown);
            assertEquals(expected(s), Cells.text(s), () -> "text " + shown);
        }
    }

    @Test
    void everyCharacterAloneAndAtEitherEnd() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String ch = String.valueOf((char) c);
            same(ch);
            same(ch + "a");
            same("a" + ch);
            same(ch + "介" + ch);
            same(ch + ch);
        }
        same("");
    }

    @Test
    void randomCells() {
        // characters that are, or look like, white space, with ordinary ones between
        char[] pool = {' ', '\t', '\n', '\r', '\u000B', '\f', '\u001C', '\u001F', '\u0001', '\u0085', '\u00A0',
                '\u1680', '\u2000', '\u2007', '\u200A', '\u200B', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000',
                '\uFEFF', 'a', '1', ',', '介', 'ア', '１', '\uD83D', '\uDE00'};
        Random r = new Random(13);
        for (int i = 0; i < 200_000; i++) {
            int n = r.nextInt(7);
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < n; k++) b.append(pool[r.nextInt(pool.length)]);
            same(b.toString());
        }
    }
}
