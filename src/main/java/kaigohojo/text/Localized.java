package kaigohojo.text;

/** A message argument that reads differently in Japanese and English (a category label, a service). */
public record Localized(String ja, String en) {
    public static Localized of(String ja, String en) { return new Localized(ja, en); }

    public static Localized same(String s) { return new Localized(s, s); }

    public String in(Lang lang) { return lang.pick(ja, en); }

    @Override public String toString() { return ja; }

    // equals and hashCode written out, as the record would make them (RecordMethodsTest compares): on JDK 17
    // a record's own are linked at their first call through method handles that no class archive holds, some
    // 30 classes spun, ~20 ms of a short json run (#13 session 7)
    @Override
    public boolean equals(Object o) {
        return o instanceof Localized l && java.util.Objects.equals(ja, l.ja) && java.util.Objects.equals(en, l.en);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(ja) * 31 + java.util.Objects.hashCode(en);
    }
}
