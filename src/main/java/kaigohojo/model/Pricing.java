package kaigohojo.model;

/** How care software is priced (問13): per account, or a flat fee that does not vary with accounts. */
public enum Pricing {
    PER_ACCOUNT, FLAT;

    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    public String id() { return id; }

    /** values() copies its array on every call (#13: a CSV batch looks one up per row). */
    private static final Pricing[] VALUES = values();

    /** The value whose id is {@code id} (purchase, per_account, one_star, …). */
    public static Pricing byId(String id) {
        for (Pricing v : VALUES) if (v.id.equals(id)) return v;
        throw new IllegalArgumentException(id);
    }
}
