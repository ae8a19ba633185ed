package kaigohojo.rules;

/**
 * Where a rule value comes from: its tier (QA, YK, R7, INT, or a prefecture's own document), what a
 * report cites (問13, 実施要綱 …), whether the primary text was read, and which file or option set it.
 */
public record Provenance(String source, String cite, boolean verified, String note, String text, String origin) {
    public static Provenance of(String source, String cite, boolean verified) {
        return new Provenance(source, cite, verified, null, null, null);
    }

    /** The citation a report prints: 問13, or the source when there is no finer citation. */
    public String citeLabel() {
        String c = cite != null && !cite.isBlank() ? cite : source == null ? "" : source;
        // our own reading must be visible as such wherever it is cited (rules-national-r8.md, tier INT)
        return interpretation() && !c.equals("INT") ? c + " INT" : c;
    }

    /** true when this is our own reading rather than a text's. */
    public boolean interpretation() {
        return "INT".equals(source);
    }

    public Provenance withOrigin(String o) {
        return new Provenance(source, cite, verified, note, text, o);
    }
}
