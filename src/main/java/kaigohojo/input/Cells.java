package kaigohojo.input;

import kaigohojo.text.Normalize;

/**
 * #13: what the binding of a CSV row asks of each cell, a million rows times a dozen cells: is it blank,
 * and its text stripped. Answered from the cell's first and last characters when they cannot be white
 * space (almost every cell: ASCII letters and digits, kanji, kana), else by {@link Normalize#isBlank}
 * and {@link Normalize#strip}, which give the answer of {@link String#isBlank()} and {@link String#strip()}.
 * The quick test is small enough to be inlined where it is called; the batch launcher's inlining budget
 * left {@code Normalize.isBlank} a call per cell. {@code CellsTest} compares both answers with the JDK's on
 * every character and on random text.
 */
final class Cells {
    private Cells() {}

    /** Whether {@code c} may be white space: every character that is lies in one of these two ranges. */
    private static boolean maybeSpace(char c) {
        return c <= ' ' || (c >= 0x1680 && c <= 0x3000);
    }

    /** {@link String#isBlank()}. */
    static boolean blank(String s) {
        return s.isEmpty() || maybeSpace(s.charAt(0)) && Normalize.isBlank(s);
    }

    /** The cell's text stripped ({@link String#strip()}), or null when it is blank. */
    static String text(String s) {
        int n = s.length();
        if (n == 0) return null;
        if (!maybeSpace(s.charAt(0)) && !maybeSpace(s.charAt(n - 1))) return s;
        return Normalize.isBlank(s) ? null : Normalize.strip(s);
    }
}
