package kaigohojo.text;

import java.text.Normalizer;

/** Text folding used wherever people type: full-width digits and letters to ASCII, trimmed. */
public final class Normalize {
    private Normalize() {}

    /** NFKC (１２０，０００ → 120,000; Ｒ８ → R8), with the ideographic space folded, trimmed. */
    public static String nfkc(String s) {
        if (s == null) return "";
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) { ascii = false; break; }
        }
        String n = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        return n.strip();
    }

    /** A key for matching names: NFKC, no spaces or middle dots, lower case. */
    public static String matchKey(String s) {
        String n = nfkc(s);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || c == '・' || c == '･' || c == '　') continue;
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
