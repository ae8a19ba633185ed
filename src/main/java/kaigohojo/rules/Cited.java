package kaigohojo.rules;

/** A rule value as the engine uses it: the value, the path it was read from, and its provenance. */
public record Cited<T>(T value, String path, Provenance provenance) {
    public String cite() { return provenance.citeLabel(); }
    public boolean verified() { return provenance.verified(); }
}
