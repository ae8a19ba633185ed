package kaigohojo.model;

/**
 * ケアプランデータ連携システム: whether it is in use, whether plans have actually been exchanged (問12),
 * with how many offices (問11), and, for 居宅療養管理指導, whether exchange is planned (問19).
 * Every field may be null: not stated.
 */
public record Linkage(Boolean inUse, Boolean trackRecord, Integer partners, Boolean planned) {
    public static final Linkage NONE = new Linkage(null, null, null, null);
}
