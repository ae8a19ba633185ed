package kaigohojo.rules;

/**
 * One value of a rule set, with its dotted path (caps.per_unit.intercom), its type, its value and
 * its provenance.
 *
 * @param value a {@link kaigohojo.money.Fraction}, Long, Boolean, String, List of String, or null
 */
public record RuleLeaf(String path, RuleType type, Object value, Provenance provenance) {
    public RuleLeaf withValue(Object v, Provenance p) {
        return new RuleLeaf(path, type, v, p);
    }
}
