package kaigohojo.engine;

import java.util.List;
import kaigohojo.rules.Cited;
import kaigohojo.rules.Provenance;

/**
 * Why an item counts as it does: a stable code, the arguments of its message ({@code reason.<code>}
 * in the bundles) and the rule it rests on (問N, 要綱 …) with that rule's verification. The citation's
 * words are made only when a report prints them (#13: most reasons of a batch are never shown).
 *
 * @param provenance the rule's provenance, or null when the reason rests on no rule value
 */
public record Reason(String code, List<Object> args, Provenance provenance, String rulePath) {
    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String code, Cited<?> rule, Object... args) {
        if (rule == null) return new Reason(code, List.of(args), null, null);
        return new Reason(code, List.of(args), rule.provenance(), rule.path());
    }

    /**
     * Equal reasons hash alike without hashing the provenance's nine fields: the rule's path names it
     * (#13: a CSV report looks up every item's list of reasons to write it once).
     */
    @Override
    public int hashCode() {
        return (code.hashCode() * 31 + args.hashCode()) * 31 + java.util.Objects.hashCode(rulePath);
    }

    /**
     * As the record would make it (RecordMethodsTest compares), written out: on JDK 17 a record's own is
     * linked at its first call through method handles that no class archive holds (#13 session 7, start-up).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Reason r && java.util.Objects.equals(code, r.code) && java.util.Objects.equals(args, r.args)
                && java.util.Objects.equals(provenance, r.provenance) && java.util.Objects.equals(rulePath, r.rulePath);
    }

    /** What a report cites (問13), "" when no rule. */
    public String cite() { return provenance == null ? "" : provenance.citeLabel(); }

    public boolean verified() { return provenance == null || provenance.verified(); }
}
