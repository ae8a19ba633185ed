package kaigohojo.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kaigohojo.input.SourceText;
import kaigohojo.input.Vocabulary;
import kaigohojo.input.YNode;
import kaigohojo.input.YamlTree;
import kaigohojo.text.DidYouMean;

/**
 * Loads rule sets: the built-in ones by id ({@code national-r8}, {@code national-r7}) and files that
 * {@code extends} one of them (or another file), overriding any value by its path. Unknown keys and
 * values that do not fit are {@link RuleSetError}s naming file, line and key.
 */
public final class RuleSetLoader {
    public static final String DEFAULT_ID = "national-r8";
    public static final List<String> BUILTIN = List.of("national-r8", "national-r7",
            // #12: prefectural sets, each extending a national one (rules-prefectures.md)
            "kumamoto-r8", "aichi-r7", "ishikawa-r7", "chiba-r7", "kanagawa-r7", "fukushima-r7");
    /** The names a clerk may type for a built-in set: the prefecture's name, with or without 県, and its year. */
    private static final Map<String, String> ALIASES = aliases();
    static final Set<String> META_KEYS = Set.of("id", "extends", "fiscal_year", "title", "sources", "source",
            "cite", "verified", "description", "tier", "read");
    static final Set<String> LEAF_KEYS = Set.of("value", "type", "source", "cite", "verified", "note", "text",
            "note_ja", "tier", "read");
    /** The tiers of rules-prefectures.md: A official, B aggregator copying an official page, C secondary, D vendor; INT ours. */
    public static final List<String> TIERS = List.of("A", "B", "C", "D", "INT");
    static final List<String> SOURCE_KEYS = List.of("ja", "en", "verified", "tier", "read", "url");
    private static final int MAX_CHAIN = 16;
    private static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private final Vocabulary vocab;
    /** #12 {@code rules check}: when not null, the mistakes of a file's values are gathered here, not thrown. */
    private List<RuleSetError> gathered;
    /** Built-in rule sets are immutable: parsed once per process (compare runs hundreds of scenarios). */
    private static final Map<String, RuleSet> builtinCache = new java.util.concurrent.ConcurrentHashMap<>();
    /** Asked first for a built-in rule set (the start-up cache, installed by the top layer); may give null. */
    private static volatile java.util.function.Function<String, RuleSet> builtinSource;

    public RuleSetLoader(Vocabulary vocab) {
        this.vocab = vocab;
    }

    public static boolean isBuiltin(String idOrPath) {
        return BUILTIN.contains(idOrPath) || ALIASES.containsKey(aliasKey(idOrPath));
    }

    /** The built-in id a reference names ("千葉県" → chiba-r7, "Chiba-R7" → chiba-r7), or the reference itself. */
    public static String canonical(String ref) {
        if (BUILTIN.contains(ref)) return ref;
        return ALIASES.getOrDefault(aliasKey(ref), ref);
    }

    private static String aliasKey(String ref) {
        return ref == null ? "" : kaigohojo.text.Normalize.nfkc(ref).strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, String> aliases() {
        String[][] names = {
            {"national-r8", "国", "国-r8", "全国", "national"},
            {"national-r7", "国-r7"},
            {"kumamoto-r8", "熊本県", "熊本", "熊本県-r8", "kumamoto"},
            {"aichi-r7", "愛知県", "愛知", "愛知県-r7", "aichi"},
            {"ishikawa-r7", "石川県", "石川", "石川県-r7", "ishikawa"},
            {"chiba-r7", "千葉県", "千葉", "千葉県-r7", "chiba"},
            {"kanagawa-r7", "神奈川県", "神奈川", "神奈川県-r7", "kanagawa"},
            {"fukushima-r7", "福島県", "福島", "福島県-r7", "fukushima"},
        };
        Map<String, String> m = new java.util.HashMap<>();
        for (String[] row : names) {
            m.put(row[0], row[0]);
            for (int i = 1; i < row.length; i++) m.put(aliasKey(row[i]), row[0]);
        }
        return Map.copyOf(m);
    }

    /**
     * {@code rules check FILE} (#12): every mistake of a rules file, each located; empty when it loads.
     * A syntax error, a missing base or a cycle stops the reading: it is then the only mistake listed.
     */
    public List<RuleSetError> check(String idOrPath) {
        List<RuleSetError> out = new ArrayList<>();
        gathered = out;
        lostKeys.clear();
        try {
            load(idOrPath);
        } catch (RuleSetError e) {
            out.add(e);
        } finally {
            gathered = null;
        }
        // #9: a key whose lines had a syntax error is not also "missing"
        out.removeIf(e -> e.code().equals("rules-missing-key") && lostKeys.contains(e.key()));
        out.sort(java.util.Comparator.comparingInt(RuleSetError::line));
        return List.copyOf(out);
    }

    /** #9: while checking, the top-level keys whose lines were left out for a syntax error. */
    private final Set<String> lostKeys = new HashSet<>();

    /** Throws the error, or, while checking, keeps it and lets the caller go on with the next key. */
    private void mistake(RuleSetError e) throws RuleSetError {
        if (gathered == null) throw e;
        gathered.add(e);
    }

    /** A built-in id, or a path to a rules file. */
    public RuleSet load(String idOrPath) throws RuleSetError {
        return load(idOrPath, Path.of("."), new HashSet<>(), 0);
    }

    private RuleSet load(String ref, Path relativeTo, Set<String> seen, int depth) throws RuleSetError {
        if (depth > MAX_CHAIN) throw error(ref, 0, 0, "extends", ref, "rules-chain-too-long", ref);
        if (isBuiltin(ref)) return builtin(canonical(ref));
        Path p = relativeTo.resolve(ref).normalize();
        String display = ref.equals(p.toString()) ? ref : p.toString();
        String key = p.toAbsolutePath().normalize().toString();
        if (!seen.add(key)) throw error(display, 0, 0, "extends", ref, "rules-cycle", ref);
        if (!Files.isRegularFile(p)) {
            List<String> names = new ArrayList<>(BUILTIN);
            names.addAll(ALIASES.keySet());
            String hint = DidYouMean.suggest(ref, names).map(RuleSetLoader::canonical).orElse(null);
            throw new RuleSetError(display, 0, 0, "", ref, "rules-not-found", List.of(ref), hint);
        }
        String text;
        try (InputStream in = Files.newInputStream(p)) {
            text = SourceText.read(in, MAX_FILE_BYTES, null).text();
        } catch (IOException e) {
            throw error(display, 0, 0, "", ref, "rules-unreadable", ref);
        } catch (SourceText.NotText e) {
            throw error(display, e.line(), 0, "", ref, "rules-not-text", ref);
        }
        YNode root = gathered == null ? parse(display, text) : parseRecovering(display, text);
        if (!(root instanceof YNode.Mapping m)) throw error(display, root.line(), root.column(), "", null, "rules-not-mapping");
        YNode ext = m.get("extends");
        if (ext == null) {
            RuleSet full = complete(display, m);
            // #13 (session 6): what the engine reads must be there, or calc would fail inside a batch that check passed
            for (RuleSetError e : FullSetCheck.mistakes(display, m, full.leaves(), builtin(DEFAULT_ID))) mistake(e);
            return full;
        }
        String baseRef = scalar(display, m, "extends");
        Path dir = p.getParent() == null ? Path.of(".") : p.getParent();
        RuleSet base = load(baseRef, dir, seen, depth + 1);
        return overlay(base, display, m);
    }

    private RuleSet builtin(String id) throws RuleSetError {
        RuleSet cached = builtinCache.get(id);
        if (cached != null) return cached;
        java.util.function.Function<String, RuleSet> source = builtinSource;
        RuleSet preloaded = source == null ? null : source.apply(id);
        if (preloaded != null) {
            builtinCache.put(id, preloaded);
            return preloaded;
        }
        return builtinFromYaml(id);
    }

    /**
     * A source of built-in rule sets to ask before their YAML resources (the start-up cache, which the
     * top layer installs); it gives null for what it does not hold.
     */
    public static void useBuiltinSource(java.util.function.Function<String, RuleSet> source) {
        builtinSource = source;
        builtinCache.clear();
    }

    /** A built-in rule set from its YAML resource, the source of truth (the start-up cache is made from it). */
    public RuleSet builtinFromYaml(String id) throws RuleSetError {
        String path = "/kaigohojo/rules/" + id + ".yaml";
        String text;
        try (InputStream in = RuleSetLoader.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing built-in rule set " + path);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        YNode root = parse(id, text);
        YNode.Mapping m = (YNode.Mapping) root;
        RuleSet rs;
        if (m.get("extends") == null) {
            rs = complete(id, m);
        } else {
            // a prefectural set (#12) states only what differs from the national set it extends
            rs = overlay(builtin(canonical(scalar(id, m, "extends"))), id, m);
        }
        builtinCache.put(id, rs);
        return rs;
    }

    private static YNode parse(String file, String text) throws RuleSetError {
        List<YamlTree.Document> docs = YamlTree.split(text);
        if (docs.isEmpty()) throw error(file, 1, 0, "", null, "rules-empty");
        if (docs.size() > 1) throw error(file, docs.get(1).firstLine(), 1, "", null, "rules-multiple-documents");
        try {
            return YamlTree.parse(docs.get(0));
        } catch (YamlTree.Failure f) {
            throw syntaxError(file, f);
        }
    }

    /** A failure of the YAML parser as a rule-set error. */
    private static RuleSetError syntaxError(String file, YamlTree.Failure f) {
        if (f.code() == kaigohojo.input.ErrorCode.DUPLICATE_KEY && f.detail() != null) {
            int at = f.detail().lastIndexOf('@');
            String key = f.detail().substring(0, Math.max(0, at));
            return new RuleSetError(file, f.line(), f.column(), key, key, "rules-duplicate-key",
                    List.of(key, f.detail().substring(at + 1)), null);
        }
        if (f.code() != kaigohojo.input.ErrorCode.YAML_SYNTAX) {
            return new RuleSetError(file, f.line(), f.column(), "", f.detail(), "rules-structure",
                    List.of(f.code().id()), null);
        }
        return new RuleSetError(file, f.line(), f.column(), "", f.detail(), "rules-syntax",
                List.of(f.detail() == null ? "" : f.detail()), null);
    }

    /**
     * {@code rules check} (#9): a syntax error need not hide the file's other mistakes. When the file
     * does not parse, it is cut at its top-level keys (each line that starts in the first column); each
     * piece is parsed alone: a piece that fails is one syntax error (kept in {@link #gathered}) and its
     * lines are left out; the pieces that parse are read together for every other mistake. Each line is
     * parsed at most twice more, so this stays linear.
     */
    private YNode parseRecovering(String file, String text) throws RuleSetError {
        try {
            return parse(file, text);
        } catch (RuleSetError whole) {
            if (!whole.code().equals("rules-syntax") && !whole.code().equals("rules-duplicate-key")) throw whole;
            YamlTree.Document doc = YamlTree.split(text).get(0);
            String[] lines = doc.text().split("\n", -1);
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                if (!l.isEmpty() && " \t#-\r".indexOf(l.charAt(0)) < 0) starts.add(i);
            }
            if (starts.size() < 2) throw whole;
            boolean[] dropped = new boolean[lines.length];
            List<RuleSetError> pieces = new ArrayList<>();
            Set<String> lost = new HashSet<>();
            for (int c = 0; c < starts.size(); c++) {
                int from = starts.get(c), to = c + 1 < starts.size() ? starts.get(c + 1) : lines.length;
                String piece = String.join("\n", java.util.Arrays.asList(lines).subList(from, to));
                try {
                    YamlTree.parse(new YamlTree.Document(piece, doc.firstLine() + from));
                } catch (YamlTree.Failure f) {
                    pieces.add(syntaxError(file, f));
                    int colon = lines[from].indexOf(':');
                    lost.add((colon < 0 ? lines[from] : lines[from].substring(0, colon)).strip());
                    for (int i = from; i < to; i++) dropped[i] = true;
                }
            }
            if (pieces.isEmpty()) throw whole; // a mistake only the whole shows (the same key in two places)
            lostKeys.addAll(lost);
            RuleSetError last = pieces.remove(pieces.size() - 1);
            if (lost.contains("extends")) { // without its base the rest cannot be judged
                for (RuleSetError e : pieces) mistake(e);
                throw last;
            }
            pieces.add(last);
            for (RuleSetError e : pieces) mistake(e);
            StringBuilder kept = new StringBuilder(doc.text().length());
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) kept.append('\n');
                if (!dropped[i]) kept.append(lines[i]);
            }
            try {
                return YamlTree.parse(new YamlTree.Document(kept.toString(), doc.firstLine()));
            } catch (YamlTree.Failure f) {
                throw syntaxError(file, f);
            }
        }
    }

    /** A file that defines every value itself, each leaf with its type. */
    private RuleSet complete(String file, YNode.Mapping m) throws RuleSetError {
        String id = scalar(file, m, "id");
        if (id == null) throw error(file, m.line(), 0, "id", null, "rules-missing-key", "id");
        int fy = fiscalYear(file, m);
        Map<String, RuleSet.Source> sources = sources(file, m, new LinkedHashMap<>());
        LinkedHashMap<String, RuleLeaf> leaves = new LinkedHashMap<>();
        for (YNode.Entry e : m.list()) {
            if (META_KEYS.contains(e.key())) continue;
            collect(file, e.key(), e, leaves, sources);
        }
        String[] title = title(m, id);
        return new RuleSet(id, fy, title[0], title[1], List.of(id), sources, leaves, List.of());
    }

    private void collect(String file, String path, YNode.Entry e, Map<String, RuleLeaf> out,
                         Map<String, RuleSet.Source> sources) throws RuleSetError {
        YNode n = e.value();
        if (n instanceof YNode.Mapping lm && lm.entry("value") != null) {
            for (YNode.Entry le : lm.list()) {
                if (!LEAF_KEYS.contains(le.key())) {
                    throw unknownKey(file, le, path + "." + le.key(), LEAF_KEYS);
                }
            }
            String typeText = scalar(file, lm, "type");
            if (typeText == null) throw error(file, lm.line(), lm.column(), path, null, "rules-missing-type", path);
            RuleType type;
            try {
                type = RuleType.parse(typeText);
            } catch (IllegalArgumentException ex) {
                YNode t = lm.get("type");
                throw error(file, t.line(), t.column(), path + ".type", typeText, "rules-bad-type", typeText);
            }
            Object value = value(file, path, type, lm.get("value"));
            Provenance p = provenance(file, lm, null, true, sources);
            out.put(path, new RuleLeaf(path, type, value, p));
        } else if (n instanceof YNode.Mapping m) {
            for (YNode.Entry c : m.list()) collect(file, path + "." + c.key(), c, out, sources);
        } else {
            throw error(file, n.line(), n.column(), path, String.valueOf(n), "rules-not-a-leaf", path);
        }
    }

    /** A file that extends {@code base}: every key must name a value or section of the base. */
    private RuleSet overlay(RuleSet base, String file, YNode.Mapping m) throws RuleSetError {
        java.util.Set<String> unknown = new java.util.HashSet<>();
        for (YNode.Entry e : m.list()) {
            if (!META_KEYS.contains(e.key()) && !base.children("").contains(e.key())) {
                List<String> known = new ArrayList<>(base.children(""));
                known.addAll(META_KEYS);
                mistake(unknownKey(file, e, e.key(), known));
                unknown.add(e.key());
            }
        }
        String id = scalar(file, m, "id");
        if (id == null) {
            String name = Path.of(file).getFileName().toString();
            id = name.replaceFirst("\\.(ya?ml)$", "");
        }
        int fy = m.get("fiscal_year") == null ? base.fiscalYear() : fiscalYear(file, m);
        String defaultSource = scalar(file, m, "source");
        if (defaultSource == null) defaultSource = id;
        String defaultCite = scalar(file, m, "cite");
        // a file's values are unverified unless it says `verified: true` (its author read the source)
        boolean defaultVerified = false;
        String v = scalar(file, m, "verified");
        if (v != null) defaultVerified = bool(file, m.get("verified"), "verified");
        Map<String, RuleSet.Source> sources = sources(file, m, new LinkedHashMap<>(base.sources()));
        String defaultTier = tier(file, m);
        String defaultRead = date(file, m, "read");
        RuleSet.Source ds = sources.get(defaultSource);
        if (ds != null) {
            if (defaultTier == null) defaultTier = ds.tier();
            if (defaultRead == null) defaultRead = ds.read();
        }
        Provenance defaults = new Provenance(defaultSource, defaultCite, defaultVerified, null, null, file,
                defaultTier, defaultRead, null);
        LinkedHashMap<String, RuleLeaf> leaves = new LinkedHashMap<>(base.leaves());
        for (YNode.Entry e : m.list()) {
            if (META_KEYS.contains(e.key()) || unknown.contains(e.key())) continue;
            try {
                apply(base, file, e.key(), e, leaves, defaults, sources);
            } catch (RuleSetError err) {
                mistake(err);
            }
        }
        String[] title = title(m, null);
        List<String> chain = new ArrayList<>();
        chain.add(id);
        chain.addAll(base.chain());
        return base.withLeaves(leaves, id, fy, title[0] == null ? id : title[0], title[1] == null ? id : title[1],
                chain, sources);
    }

    private void apply(RuleSet base, String file, String path, YNode.Entry e, Map<String, RuleLeaf> leaves,
                       Provenance defaults, Map<String, RuleSet.Source> sources) throws RuleSetError {
        YNode n = e.value();
        RuleLeaf leaf = leaves.get(path);
        if (leaf != null) {
            Object value;
            Provenance p;
            if (n instanceof YNode.Mapping lm && lm.entry("value") != null) {
                for (YNode.Entry le : lm.list()) {
                    if (!LEAF_KEYS.contains(le.key()) || le.key().equals("type")) {
                        throw unknownKey(file, le, path + "." + le.key(),
                                LEAF_KEYS.stream().filter(k -> !k.equals("type")).toList());
                    }
                }
                value = value(file, path, leaf.type(), lm.get("value"));
                p = provenance(file, lm, defaults, defaults.verified(), sources);
            } else {
                value = value(file, path, leaf.type(), n);
                p = new Provenance(defaults.source(), defaults.cite(), defaults.verified(), null, null,
                        file + ":" + n.line(), defaults.tier(), defaults.read(), null);
            }
            leaves.put(path, leaf.withValue(value, p));
            return;
        }
        if (base.isSection(path)) {
            // an empty section (a template whose values are all still commented out) changes nothing
            if (n instanceof YNode.Scalar sc && sc.isNull()) return;
            if (!(n instanceof YNode.Mapping m)) {
                throw error(file, n.line(), n.column(), path, String.valueOf(n), "rules-not-a-section",
                        path, String.join(", ", base.children(path)));
            }
            for (YNode.Entry c : m.list()) {
                String childPath = path + "." + c.key();
                try {
                    if (!leaves.containsKey(childPath) && !base.isSection(childPath)) {
                        throw unknownKey(file, c, childPath, base.children(path));
                    }
                    apply(base, file, childPath, c, leaves, defaults, sources);
                } catch (RuleSetError err) {
                    mistake(err);
                }
            }
            return;
        }
        throw unknownKey(file, e, path, base.children(""));
    }

    private Object value(String file, String path, RuleType type, YNode n) throws RuleSetError {
        try {
            if (n instanceof YNode.Sequence s) {
                List<String> elems = new ArrayList<>();
                for (YNode x : s.elements()) {
                    if (!(x instanceof YNode.Scalar sc) || sc.isNull()) {
                        throw error(file, x.line(), x.column(), path, String.valueOf(x), "rules-invalid-value",
                                path, String.valueOf(x), type.toString());
                    }
                    elems.add(sc.text());
                }
                return type.parseList(elems, vocab);
            }
            if (n instanceof YNode.Scalar sc) return type.parse(sc.text(), vocab);
            throw error(file, n.line(), n.column(), path, null, "rules-invalid-value", path, "{…}", type.toString());
        } catch (RuleType.Mismatch mm) {
            String shown = n instanceof YNode.Scalar sc ? sc.text() : String.valueOf(n);
            throw new RuleSetError(file, n.line(), n.column(), path, shown, "rules-invalid-value",
                    List.of(path, shown, mm.expected()), mm.suggestion());
        }
    }

    private Provenance provenance(String file, YNode.Mapping lm, Provenance defaults, boolean defaultVerified,
                                  Map<String, RuleSet.Source> sources) throws RuleSetError {
        String source = scalar(file, lm, "source");
        String cite = scalar(file, lm, "cite");
        String verified = scalar(file, lm, "verified");
        boolean ver = verified == null ? (defaults == null ? false : defaultVerified) : bool(file, lm.get("verified"), "verified");
        if (source == null && defaults != null) source = defaults.source();
        if (cite == null && defaults != null) cite = defaults.cite();
        // tier and date read: the value's own, else its source's (sources: {QA: {tier: A, read: …}}), else the file's
        String tier = tier(file, lm);
        String read = date(file, lm, "read");
        RuleSet.Source src = source == null ? null : sources.get(source);
        if (tier == null && src != null) tier = src.tier();
        if (read == null && src != null) read = src.read();
        if (tier == null && defaults != null && java.util.Objects.equals(source, defaults.source())) tier = defaults.tier();
        if (read == null && defaults != null && java.util.Objects.equals(source, defaults.source())) read = defaults.read();
        String origin = defaults == null ? null : file + ":" + lm.line();
        return new Provenance(source, cite, ver, scalar(file, lm, "note"), scalar(file, lm, "text"), origin,
                tier, read, scalar(file, lm, "note_ja"));
    }

    private static String tier(String file, YNode.Mapping m) throws RuleSetError {
        String t = scalar(file, m, "tier");
        if (t == null) return null;
        String up = kaigohojo.text.Normalize.nfkc(t).toUpperCase(java.util.Locale.ROOT);
        if (!TIERS.contains(up)) {
            YNode n = m.get("tier");
            throw new RuleSetError(file, n.line(), n.column(), "tier", t, "rules-invalid-value",
                    List.of("tier", t, String.join("|", TIERS)), DidYouMean.suggest(up, TIERS).orElse(null));
        }
        return up;
    }

    private static String date(String file, YNode.Mapping m, String key) throws RuleSetError {
        String t = scalar(file, m, key);
        if (t == null) return null;
        try {
            return kaigohojo.input.FieldParsers.date(t).toString();
        } catch (kaigohojo.input.FieldParsers.BadValue e) {
            YNode n = m.get(key);
            throw error(file, n.line(), n.column(), key, t, "rules-invalid-value", key, t, "date");
        }
    }

    private Map<String, RuleSet.Source> sources(String file, YNode.Mapping m, Map<String, RuleSet.Source> into)
            throws RuleSetError {
        YNode s = m.get("sources");
        if (s == null) return into;
        if (!(s instanceof YNode.Mapping sm)) throw error(file, s.line(), s.column(), "sources", null, "rules-not-a-section", "sources", "");
        for (YNode.Entry e : sm.list()) {
            if (!(e.value() instanceof YNode.Mapping em)) {
                throw error(file, e.line(), e.column(), "sources." + e.key(), null, "rules-not-a-section", "sources." + e.key(), "ja, en, verified");
            }
            for (YNode.Entry k : em.list()) {
                if (!SOURCE_KEYS.contains(k.key())) {
                    throw unknownKey(file, k, "sources." + e.key() + "." + k.key(), SOURCE_KEYS);
                }
            }
            boolean ver = em.get("verified") != null && bool(file, em.get("verified"), "verified");
            into.put(e.key(), new RuleSet.Source(e.key(), scalar(file, em, "ja"), scalar(file, em, "en"), ver,
                    tier(file, em), date(file, em, "read"), scalar(file, em, "url")));
        }
        return into;
    }

    private String[] title(YNode.Mapping m, String fallback) {
        YNode t = m.get("title");
        if (t instanceof YNode.Scalar s) return new String[] {s.text(), s.text()};
        if (t instanceof YNode.Mapping tm) {
            String ja = tm.get("ja") instanceof YNode.Scalar s ? s.text() : fallback;
            String en = tm.get("en") instanceof YNode.Scalar s ? s.text() : ja;
            return new String[] {ja, en};
        }
        return new String[] {fallback, fallback};
    }

    private int fiscalYear(String file, YNode.Mapping m) throws RuleSetError {
        String fy = scalar(file, m, "fiscal_year");
        if (fy == null) throw error(file, m.line(), 0, "fiscal_year", null, "rules-missing-key", "fiscal_year");
        try {
            int y = Integer.parseInt(kaigohojo.text.Normalize.nfkc(fy));
            if (y < 2000 || y > 2200) throw new NumberFormatException();
            return y;
        } catch (NumberFormatException e) {
            YNode n = m.get("fiscal_year");
            throw error(file, n.line(), n.column(), "fiscal_year", fy, "rules-invalid-value", "fiscal_year", fy, "year");
        }
    }

    private static String scalar(String file, YNode.Mapping m, String key) throws RuleSetError {
        YNode n = m.get(key);
        if (n == null) return null;
        if (n instanceof YNode.Scalar s) return s.isNull() ? null : s.text().strip();
        throw error(file, n.line(), n.column(), key, null, "rules-invalid-value", key, "{…}", "text");
    }

    private static boolean bool(String file, YNode n, String key) throws RuleSetError {
        String t = n instanceof YNode.Scalar s ? s.text() : null;
        try {
            return kaigohojo.input.FieldParsers.bool(t == null ? "" : t);
        } catch (kaigohojo.input.FieldParsers.BadValue e) {
            throw error(file, n.line(), n.column(), key, t, "rules-invalid-value", key, t, "boolean");
        }
    }

    private static RuleSetError unknownKey(String file, YNode.Entry e, String path, java.util.Collection<String> known) {
        String hint = DidYouMean.suggest(e.key(), known).orElse(null);
        return new RuleSetError(file, e.line(), e.column(), path, e.key(), "rules-unknown-key",
                List.of(path, String.join(", ", new java.util.TreeSet<>(known))), hint);
    }

    private static RuleSetError error(String file, int line, int column, String key, String value, String code,
                                      Object... args) {
        return new RuleSetError(file, line, column, key, value, code, List.of(args), null);
    }
}
