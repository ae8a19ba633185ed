package kaigohojo.model;

/** How an item is paid for (問9, 問10). */
public enum Payment {
    PURCHASE, LEASE, SUBSCRIPTION, LICENSE, RENTAL;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
