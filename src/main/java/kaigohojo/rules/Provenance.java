package kaigohojo.rules;

/**
 * Where a rule value comes from: its source (QA, YK, R7, INT, a prefecture's page, …), what a report
 * cites (問13, 実施要綱 …), whether the primary text was read, and which file or option set it.
 *
 * @param tier how sure the source is (#12): A an official page, B an aggregator copying one, C a
 *             secondary summary, D vendor material, INT our interpretation; null when not stated
 * @param read the date the source was read (ISO), or null
 * @param noteJa the Japanese note beside {@code note} (English), or null
 */
public record Provenance(String source, String cite, boolean verified, String note, String text, String origin,
                         String tier, String read, String noteJa) {
    public Provenance(String source, String cite, boolean verified, String note, String text, String origin) {
        this(source, cite, verified, note, text, origin, null, null, null);
    }

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

    /** The note in the reader's language: Japanese where the file gives one, else the note as written. */
    public String note(kaigohojo.text.Lang lang) {
        if (lang == kaigohojo.text.Lang.JA) return noteJa != null ? noteJa : note;
        return note != null ? note : noteJa;
    }

    public Provenance withOrigin(String o) {
        return new Provenance(source, cite, verified, note, text, o, tier, read, noteJa);
    }
}
