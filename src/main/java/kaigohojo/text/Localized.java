package kaigohojo.text;

/** A message argument that reads differently in Japanese and English (a category label, a service). */
public record Localized(String ja, String en) {
    public static Localized of(String ja, String en) { return new Localized(ja, en); }

    public static Localized same(String s) { return new Localized(s, s); }

    public String in(Lang lang) { return lang.pick(ja, en); }

    @Override public String toString() { return ja; }
}
