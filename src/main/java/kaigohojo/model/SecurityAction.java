package kaigohojo.model;

/** The IPA SECURITY ACTION self-declaration (問14). */
public enum SecurityAction {
    NONE, ONE_STAR, TWO_STAR;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
