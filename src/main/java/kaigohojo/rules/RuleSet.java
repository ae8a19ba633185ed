package kaigohojo.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kaigohojo.input.Vocabulary;
import kaigohojo.text.DidYouMean;
import kaigohojo.text.Lang;

/**
 * A complete rule set: every value the engine reads, by dotted path, each with its provenance. Built
 * from a built-in file ({@code national-r8}), a prefecture's file that extends one, and the
 * {@code --set} options of a run. Immutable: {@link #with} returns a new set.
 */
public final class RuleSet {
    /** A source tier the file describes (QA, YK, R7, INT, or a prefecture's own). */
    public record Source(String id, String ja, String en, boolean verified, String tier, String read, String url) {
        public Source(String id, String ja, String en, boolean verified) { this(id, ja, en, verified, null, null, null); }
        public String title(Lang lang) { return lang.pick(ja, en); }
    }

    private final String id;
    private final int fiscalYear;
    private final String titleJa;
    private final String titleEn;
    private final List<String> chain;
    private final Map<String, Source> sources;
    private final LinkedHashMap<String, RuleLeaf> leaves;
    private final List<String> overrides;

    RuleSet(String id, int fiscalYear, String titleJa, String titleEn, List<String> chain,
            Map<String, Source> sources, LinkedHashMap<String, RuleLeaf> leaves, List<String> overrides) {
        this.id = id;
        this.fiscalYear = fiscalYear;
        this.titleJa = titleJa;
        this.titleEn = titleEn;
        this.chain = List.copyOf(chain);
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.leaves = leaves;
        this.overrides = List.copyOf(overrides);
    }

    public String id() { return id; }
    public int fiscalYear() { return fiscalYear; }
    public String title(Lang lang) { return lang.pick(titleJa, titleEn); }
    /** The rule sets this one was built from, itself first: [tokyo-2026, national-r8]. */
    public List<String> chain() { return chain; }
    public Map<String, Source> sources() { return sources; }
    /** The {@code --set} assignments applied, as typed: ["rate=3/4", "facility.staff=31"]. */
    public List<String> overrides() { return overrides; }

    /** A copy that also lists {@code --set}s of input fields among its overrides (for the report header). */
    public RuleSet withInputOverrides(List<String> inputs) {
        if (inputs.isEmpty()) return this;
        List<String> ov = new ArrayList<>(overrides);
        ov.addAll(inputs);
        return new RuleSet(id, fiscalYear, titleJa, titleEn, chain, sources, leaves, ov);
    }

    public Map<String, RuleLeaf> leaves() { return Collections.unmodifiableMap(leaves); }

    public RuleLeaf leaf(String path) {
        RuleLeaf l = leaves.get(path);
        if (l == null) throw new IllegalStateException("rule set " + id + " has no value " + path);
        return l;
    }

    public Optional<RuleLeaf> find(String path) { return Optional.ofNullable(leaves.get(path)); }

    /** true when some leaf lies under {@code prefix} (a section such as caps.per_unit). */
    public boolean isSection(String prefix) {
        String p = prefix + ".";
        for (String k : leaves.keySet()) if (k.startsWith(p)) return true;
        return false;
    }

    /** The names directly under a section ("" for the top). */
    public Set<String> children(String section) {
        Set<String> out = new TreeSet<>();
        String p = section.isEmpty() ? "" : section + ".";
        for (String k : leaves.keySet()) {
            if (!k.startsWith(p)) continue;
            String rest = k.substring(p.length());
            int dot = rest.indexOf('.');
            out.add(dot < 0 ? rest : rest.substring(0, dot));
        }
        return out;
    }

    /** The leaves under a section, in file order: caps.per_unit → {transfer_support: …}. */
    public Map<String, RuleLeaf> section(String prefix) {
        Map<String, RuleLeaf> out = new LinkedHashMap<>();
        String p = prefix + ".";
        for (Map.Entry<String, RuleLeaf> e : leaves.entrySet()) {
            if (e.getKey().startsWith(p) && e.getKey().indexOf('.', p.length()) < 0) {
                out.put(e.getKey().substring(p.length()), e.getValue());
            }
        }
        return out;
    }

    /** true when the engine may use a value that no primary text confirms. */
    public boolean hasUnverified() {
        for (RuleLeaf l : leaves.values()) if (!l.provenance().verified()) return true;
        return false;
    }

    RuleSet withLeaves(LinkedHashMap<String, RuleLeaf> newLeaves, String newId, int fy, String tJa, String tEn,
                       List<String> newChain, Map<String, Source> newSources) {
        return new RuleSet(newId, fy, tJa, tEn, newChain, newSources, newLeaves, overrides);
    }

    /** A copy with one value replaced; the path must exist. */
    public RuleSet with(String path, Object value, Provenance p) {
        LinkedHashMap<String, RuleLeaf> copy = new LinkedHashMap<>(leaves);
        RuleLeaf old = leaf(path);
        copy.put(path, old.withValue(value, p));
        return new RuleSet(id, fiscalYear, titleJa, titleEn, chain, sources, copy, overrides);
    }

    /**
     * Applies a {@code --set PATH=VALUE} to this rule set. Unknown paths and values that do not fit
     * the path's type are {@link RuleSetError}s with a suggestion.
     */
    public RuleSet set(String path, String text, Vocabulary vocab) throws RuleSetError {
        RuleLeaf leaf = leaves.get(path);
        if (leaf == null) {
            String hint = DidYouMean.suggest(path, leaves.keySet()).orElse(null);
            if (hint == null && isSection(path)) hint = path + "." + children(path).iterator().next();
            // `--set staff=3`: the input field facility.staff (or an item's field) was meant
            if (hint == null && kaigohojo.input.SubmissionBinder.FACILITY_KEYS.contains(path)) hint = "facility." + path;
            if (hint == null && kaigohojo.input.SubmissionBinder.ITEM_KEYS.contains(path)) hint = "items.*." + path;
            throw new RuleSetError(null, 0, 0, path, text, "set-unknown-key", List.of(path), hint);
        }
        Object v;
        try {
            v = leaf.type().parse(text, vocab);
        } catch (RuleType.Mismatch m) {
            throw new RuleSetError(null, 0, 0, path, text, "set-invalid-value",
                    List.of(path, text, m.expected()), m.suggestion());
        }
        // a what-if value is the user's own: cited as --set, not as the text the value replaced
        Provenance p = new Provenance("--set", "--set", true, "what-if: --set " + path + "=" + text, null, "--set");
        RuleSet r = with(path, v, p);
        List<String> ov = new ArrayList<>(overrides);
        ov.add(path + "=" + text);
        return new RuleSet(r.id, r.fiscalYear, r.titleJa, r.titleEn, r.chain, r.sources, r.leaves, ov);
    }

    /** The same rules with their dates judged against another fiscal year (compare --own-year, #11). */
    public RuleSet withFiscalYear(int year) {
        return new RuleSet(id, year, titleJa, titleEn, chain, sources, leaves, overrides);
    }

    public String titleJa() { return titleJa; }

    /** Writes this rule set in the compact form {@link #read} reads (the start-up cache). */
    public void write(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeUTF(id);
        out.writeInt(fiscalYear);
        out.writeUTF(nz(titleJa));
        out.writeUTF(nz(titleEn));
        out.writeInt(chain.size());
        for (String c : chain) out.writeUTF(c);
        out.writeInt(sources.size());
        for (Source src : sources.values()) {
            out.writeUTF(src.id());
            out.writeUTF(nz(src.ja()));
            out.writeUTF(nz(src.en()));
            out.writeBoolean(src.verified());
            for (String x : new String[] {src.tier(), src.read(), src.url()}) {
                out.writeBoolean(x != null);
                if (x != null) out.writeUTF(x);
            }
        }
        out.writeInt(leaves.size());
        for (RuleLeaf l : leaves.values()) {
            out.writeUTF(l.path());
            out.writeUTF(l.type().toString());
            value(out, l.value());
            Provenance p = l.provenance();
            for (String x : new String[] {p.source(), p.cite(), p.note(), p.text(), p.origin(), p.tier(), p.read(), p.noteJa()}) {
                out.writeBoolean(x != null);
                if (x != null) out.writeUTF(x);
            }
            out.writeBoolean(p.verified());
        }
    }

    public static RuleSet read(java.io.DataInputStream in) throws java.io.IOException {
        String id = in.readUTF();
        int fy = in.readInt();
        String tJa = in.readUTF();
        String tEn = in.readUTF();
        List<String> chain = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) chain.add(in.readUTF());
        Map<String, Source> sources = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String sid = in.readUTF(), sja = in.readUTF(), sen = in.readUTF();
            boolean sver = in.readBoolean();
            String[] x = new String[3];
            for (int k = 0; k < 3; k++) x[k] = in.readBoolean() ? in.readUTF() : null;
            Source src = new Source(sid, sja, sen, sver, x[0], x[1], x[2]);
            sources.put(src.id(), src);
        }
        LinkedHashMap<String, RuleLeaf> leaves = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            String path = in.readUTF();
            RuleType type = RuleType.parse(in.readUTF());
            Object value = value(in);
            String[] p = new String[8];
            for (int k = 0; k < 8; k++) p[k] = in.readBoolean() ? in.readUTF() : null;
            boolean verified = in.readBoolean();
            leaves.put(path, new RuleLeaf(path, type, value,
                    new Provenance(p[0], p[1], verified, p[2], p[3], p[4], p[5], p[6], p[7])));
        }
        return new RuleSet(id, fy, tJa, tEn, chain, sources, leaves, List.of());
    }

    private static void value(java.io.DataOutputStream out, Object v) throws java.io.IOException {
        if (v == null) {
            out.writeByte(0);
        } else if (v instanceof Long l) {
            out.writeByte(1);
            out.writeLong(l);
        } else if (v instanceof kaigohojo.money.Fraction f) {
            out.writeByte(2);
            out.writeLong(f.numerator());
            out.writeLong(f.denominator());
        } else if (v instanceof Boolean b) {
            out.writeByte(3);
            out.writeBoolean(b);
        } else if (v instanceof String str) {
            out.writeByte(4);
            out.writeUTF(str);
        } else if (v instanceof java.time.LocalDate d) {
            out.writeByte(6);
            out.writeUTF(d.toString());
        } else if (v instanceof List<?> list) {
            out.writeByte(5);
            out.writeInt(list.size());
            for (Object o : list) out.writeUTF(String.valueOf(o));
        } else {
            throw new IllegalArgumentException("cannot cache a " + v.getClass());
        }
    }

    private static Object value(java.io.DataInputStream in) throws java.io.IOException {
        switch (in.readByte()) {
            case 0: return null;
            case 1: return in.readLong();
            case 2: return kaigohojo.money.Fraction.of(in.readLong(), in.readLong());
            case 3: return in.readBoolean();
            case 4: return in.readUTF();
            case 5: {
                int n = in.readInt();
                List<String> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) l.add(in.readUTF());
                return List.copyOf(l);
            }
            case 6: return java.time.LocalDate.parse(in.readUTF());
            default: throw new java.io.IOException("bad cache");
        }
    }

    private static String nz(String s) { return s == null ? "" : s; }
    public String titleEn() { return titleEn; }
}
