package kaigohojo.text;

import java.text.Normalizer;

/** Text folding used wherever people type: full-width digits and letters to ASCII, trimmed. */
public final class Normalize {
    private Normalize() {}

    /** NFKC (１２０，０００ → 120,000; Ｒ８ → R8), with the ideographic space folded, trimmed. */
    public static String nfkc(String s) {
        if (s == null) return "";
        boolean stable = true;
        for (int i = 0; i < s.length(); i++) {
            if (!stable(s.charAt(i))) { stable = false; break; }
        }
        String n = stable ? s : Normalizer.normalize(streamSafe(s), Normalizer.Form.NFKC);
        return n.strip();
    }

    /**
     * Whether NFKC leaves {@code c} as it is, whatever stands beside it (its NFKC quick check is YES and
     * its combining class 0, so a text made only of such characters is already in NFKC; NormalizeTest
     * checks every one against ICU): ASCII, and the kanji, kana and marks of Japanese names. Text made
     * only of them never loads the JDK's normalizer and its Unicode tables, which cost a clerk's every
     * run some milliseconds (#13: the built-in prefecture names, 東京都, はい).
     */
    static boolean stable(char c) {
        return c < 0x80
                || c >= 0x4E00 && c <= 0x9FFF          // CJK unified ideographs
                || c >= 0x3041 && c <= 0x3096          // hiragana
                || c >= 0x30A1 && c <= 0x30FC          // katakana, ・ and ー
                || c == 0x3001 || c == 0x3002 || c == 0x3005 // 、。々
                || c >= 0x300C && c <= 0x300F          // 「」『』
                || c == 0x2605 || c == 0x2606;         // ★☆
    }

    /** UAX #15's limit on a run of non-starters (combining marks) in Stream-Safe Text Format. */
    static final int MAX_NON_STARTERS = 30;

    /**
     * The Stream-Safe Text Format of UAX #15 (D4): a U+034F COMBINING GRAPHEME JOINER after every 30
     * combining marks in a row. The JDK's normalizer sorts a run of marks in quadratic time; a
     * name of 300,000 accents took minutes (#8). Real text never has such runs, so nothing changes for it.
     */
    static String streamSafe(String s) {
        int run = 0;
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean mark = c >= 0x0300 && isMark(c);
            if (mark && run == MAX_NON_STARTERS) {
                if (sb == null) sb = new StringBuilder(s.length() + s.length() / MAX_NON_STARTERS + 1).append(s, 0, i);
                sb.append('\u034F');
                run = 0;
            }
            run = mark ? run + 1 : 0;
            if (sb != null) sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    /**
     * Full-width ASCII (１２０，０００, Ｒ８) and the ideographic space folded to ASCII; everything else
     * as it is. The cheap half of NFKC that numbers and dates need.
     */
    public static String fold(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if ((c >= 0xFF01 && c <= 0xFF5E) || c == 0x3000) break;
            i++;
        }
        if (i == n) return s.strip();
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E) sb.append((char) (c - 0xFF01 + 0x21));
            else if (c == 0x3000) sb.append(' ');
            else sb.append(c);
        }
        return sb.toString().strip();
    }

    /** {@link String#isBlank()}, quick for the common case of text that starts with a visible character. */
    public static boolean isBlank(String s) {
        if (s.isEmpty()) return true;
        if (!space(s.charAt(0))) return false;
        return s.isBlank();
    }

    /** {@link String#strip()}, quick when there is nothing to strip. */
    public static String strip(String s) {
        int n = s.length();
        if (n == 0) return s;
        if (!space(s.charAt(0)) && !space(s.charAt(n - 1))) return s;
        return s.strip();
    }

    /**
     * {@link Character#isWhitespace(char)} without its table lookups (which cost more than a
     * million-row CSV can afford): controls and spaces up to U+0020, and the Unicode space separators.
     */
    static boolean space(char c) {
        if (c <= ' ') return true;
        if (c < 0x1680) return false;
        return c == 0x1680 || (c >= 0x2000 && c <= 0x200A && c != 0x2007) || c == 0x2028 || c == 0x2029
                || c == 0x205F || c == 0x3000;
    }

    /**
     * A key for matching names: width and case folded, no spaces or middle dots. Full NFKC only for
     * text that holds other compatibility characters (half-width katakana ﾃﾞｲｻｰﾋﾞｽ, ㈱, ①…): the
     * normalizer's tables cost every start-up several milliseconds, and most names need none of it.
     */
    public static String matchKey(String s) {
        String n = needsNfkc(s) ? nfkc(s) : fold(s);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || c == '・' || c == '･' || c == '　') continue;
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** true when only full NFKC will do: compatibility characters other than full-width ASCII. */
    static boolean needsNfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x2000) {
                if (c >= 0x00A0 && c <= 0x00FF) return true;
                continue;
            }
            if ((c >= 0x2100 && c <= 0x24FF) || (c >= 0x3200 && c <= 0x33FF) || (c >= 0xF900 && c <= 0xFAFF)
                    || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF61 && c <= 0xFFEF) || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
