package kaigohojo.model;

/** How an item is paid for (問9, 問10). */
public enum Payment {
    PURCHASE, LEASE, SUBSCRIPTION, LICENSE, RENTAL;

    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    public String id() { return id; }

    /** values() copies its array on every call (#13: a CSV batch looks one up per row). */
    private static final Payment[] VALUES = values();

    /** The value whose id is {@code id} (purchase, per_account, one_star, …). */
    public static Payment byId(String id) {
        for (Payment v : VALUES) if (v.id.equals(id)) return v;
        throw new IllegalArgumentException(id);
    }
}
