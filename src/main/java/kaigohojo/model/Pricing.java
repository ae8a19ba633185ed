package kaigohojo.model;

/** How care software is priced (問13): per account, or a flat fee that does not vary with accounts. */
public enum Pricing {
    PER_ACCOUNT, FLAT;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
