package kaigohojo.model;

/** The IPA SECURITY ACTION self-declaration (問14). */
public enum SecurityAction {
    NONE, ONE_STAR, TWO_STAR;

    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    public String id() { return id; }

    /** values() copies its array on every call (#13: a CSV batch looks one up per row). */
    private static final SecurityAction[] VALUES = values();

    /** The value whose id is {@code id} (purchase, per_account, one_star, …). */
    public static SecurityAction byId(String id) {
        for (SecurityAction v : VALUES) if (v.id.equals(id)) return v;
        throw new IllegalArgumentException(id);
    }
}
