package kaigohojo.text;

import java.util.Locale;

/** The language of a report and of its messages. Japanese is the default. */
public enum Lang {
    JA, EN;

    public static Lang parse(String s) {
        String v = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "ja": case "jp": case "japanese": case "日本語": return JA;
            case "en": case "english": case "英語": return EN;
            default: throw new IllegalArgumentException(s);
        }
    }

    public String code() { return name().toLowerCase(Locale.ROOT); }

    /** Picks the Japanese or the English text. */
    public String pick(String ja, String en) {
        return this == JA || en == null || en.isEmpty() ? ja : en;
    }
}
