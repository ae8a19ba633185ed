package kaigohojo.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaigohojo.model.Category;
import kaigohojo.model.Service;
import kaigohojo.text.DidYouMean;
import kaigohojo.text.Lang;
import kaigohojo.text.Normalize;

/**
 * The words an input may use: categories (§3), services (§4), and the enumerated values of §2, each
 * by id, Japanese label or a usual short form. Loaded from {@code kaigohojo/vocab/*.yaml}.
 */
public final class Vocabulary {
    /** An enumerated value: its id and labels. */
    public record Term(String id, String ja, String en, List<String> aliases) {
        public String label(Lang lang) { return lang.pick(ja, en); }
    }

    private static Vocabulary instance;
    private static java.util.function.Supplier<Vocabulary> source;

    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, Category> categoryIndex = new HashMap<>();
    private final List<Service> services = new ArrayList<>();
    private final Map<String, Service> serviceIndex = new HashMap<>();
    private final Map<String, Map<String, Term>> terms = new LinkedHashMap<>();
    private final Map<String, Map<String, Term>> termIndex = new HashMap<>();
    private final List<String> prefectures = new ArrayList<>();

    /** The vocabulary: from the source the program was started with, if it gives one, else the YAML resources. */
    public static synchronized Vocabulary get() {
        if (instance == null) {
            Vocabulary given = source == null ? null : source.get();
            instance = given != null ? given : fromYaml();
        }
        return instance;
    }

    /**
     * A source to ask first (the start-up cache, which the top layer installs); it may give null, and
     * then the YAML resources are read. Takes effect before the first {@link #get}.
     */
    public static synchronized void useSource(java.util.function.Supplier<Vocabulary> s) {
        source = s;
        instance = null;
    }

    private Vocabulary() {}

    /** The vocabulary from {@code kaigohojo/vocab/*.yaml}, the source of truth. */
    public static Vocabulary fromYaml() {
        Vocabulary v = new Vocabulary();
        YNode.Mapping cats = (YNode.Mapping) load("categories.yaml");
        for (YNode.Entry e : cats.list()) {
            YNode.Mapping m = (YNode.Mapping) e.value();
            v.addCategory(new Category(e.key(), text(m, "ja"), text(m, "en"), list(m, "aliases")));
        }
        YNode.Mapping svc = (YNode.Mapping) load("services.yaml");
        for (YNode n : ((YNode.Sequence) svc.get("services")).elements()) {
            YNode.Mapping m = (YNode.Mapping) n;
            v.addService(new Service(text(m, "name"), list(m, "codes"), text(m, "en"), list(m, "aliases")));
        }
        YNode.Mapping vals = (YNode.Mapping) load("values.yaml");
        for (YNode.Entry e : vals.list()) {
            if (e.key().equals("prefecture")) {
                for (YNode p : ((YNode.Sequence) e.value()).elements()) v.prefectures.add(((YNode.Scalar) p).text());
                continue;
            }
            for (YNode.Entry t : ((YNode.Mapping) e.value()).list()) {
                YNode.Mapping m = (YNode.Mapping) t.value();
                v.addTerm(e.key(), new Term(t.key(), text(m, "ja"), text(m, "en"), list(m, "aliases")));
            }
        }
        return v;
    }

    private void addCategory(Category c) {
        categories.put(c.id(), c);
        index(categoryIndex, c, c.id(), c.ja(), c.en());
        for (String a : c.aliases()) index(categoryIndex, c, a);
    }

    private void addService(Service s) {
        services.add(s);
        index(serviceIndex, s, s.name(), s.en());
        for (String c : s.codes()) index(serviceIndex, s, c);
        for (String a : s.aliases()) index(serviceIndex, s, a);
    }

    private void addTerm(String kind, Term term) {
        terms.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(term.id(), term);
        Map<String, Term> idx = termIndex.computeIfAbsent(kind, k -> new HashMap<>());
        index(idx, term, term.id(), term.ja(), term.en());
        for (String a : term.aliases()) index(idx, term, a);
    }

    /**
     * Writes the vocabulary in the compact form {@link #read} reads (the start-up cache), with its
     * lookup keys already folded, so that reading it builds no key.
     */
    public void write(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(categories.size());
        for (Category c : categories.values()) {
            strings(out, c.id(), c.ja(), c.en());
            list(out, c.aliases());
        }
        out.writeInt(categoryIndex.size());
        for (Map.Entry<String, Category> e : categoryIndex.entrySet()) strings(out, e.getKey(), e.getValue().id());
        out.writeInt(services.size());
        for (Service sv : services) {
            strings(out, sv.name(), sv.en());
            list(out, sv.codes());
            list(out, sv.aliases());
        }
        out.writeInt(serviceIndex.size());
        for (Map.Entry<String, Service> e : serviceIndex.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(services.indexOf(e.getValue()));
        }
        out.writeInt(terms.size());
        for (Map.Entry<String, Map<String, Term>> k : terms.entrySet()) {
            out.writeUTF(k.getKey());
            out.writeInt(k.getValue().size());
            for (Term t : k.getValue().values()) {
                strings(out, t.id(), t.ja(), t.en());
                list(out, t.aliases());
            }
            Map<String, Term> idx = termIndex.get(k.getKey());
            out.writeInt(idx.size());
            for (Map.Entry<String, Term> e : idx.entrySet()) strings(out, e.getKey(), e.getValue().id());
        }
        list(out, prefectures);
    }

    public static Vocabulary read(java.io.DataInputStream in) throws java.io.IOException {
        Vocabulary v = new Vocabulary();
        for (int i = in.readInt(); i > 0; i--) {
            Category c = new Category(in.readUTF(), in.readUTF(), in.readUTF(), list(in));
            v.categories.put(c.id(), c);
        }
        for (int i = in.readInt(); i > 0; i--) {
            String key = in.readUTF();
            v.categoryIndex.put(key, v.categories.get(in.readUTF()));
        }
        for (int i = in.readInt(); i > 0; i--) {
            String name = in.readUTF();
            String en = in.readUTF();
            v.services.add(new Service(name, list(in), en, list(in)));
        }
        for (int i = in.readInt(); i > 0; i--) {
            String key = in.readUTF();
            v.serviceIndex.put(key, v.services.get(in.readInt()));
        }
        for (int k = in.readInt(); k > 0; k--) {
            String kind = in.readUTF();
            Map<String, Term> byId = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                Term t = new Term(in.readUTF(), in.readUTF(), in.readUTF(), list(in));
                byId.put(t.id(), t);
            }
            Map<String, Term> idx = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                String key = in.readUTF();
                idx.put(key, byId.get(in.readUTF()));
            }
            v.terms.put(kind, byId);
            v.termIndex.put(kind, idx);
        }
        v.prefectures.addAll(list(in));
        return v;
    }

    private static void strings(java.io.DataOutputStream out, String... s) throws java.io.IOException {
        for (String x : s) out.writeUTF(x == null ? "" : x);
    }

    private static void list(java.io.DataOutputStream out, List<String> l) throws java.io.IOException {
        out.writeInt(l.size());
        for (String x : l) out.writeUTF(x);
    }

    private static List<String> list(java.io.DataInputStream in) throws java.io.IOException {
        int n = in.readInt();
        List<String> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) l.add(in.readUTF());
        return List.copyOf(l);
    }

    private static YNode load(String name) {
        String path = "/kaigohojo/vocab/" + name;
        try (InputStream in = Vocabulary.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return YamlTree.parse(new YamlTree.Document(text, 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (YamlTree.Failure f) {
            throw new IllegalStateException("built-in vocabulary " + name + " is broken: " + f.getMessage(), f);
        }
    }

    private static String text(YNode.Mapping m, String key) {
        YNode n = m.get(key);
        return n instanceof YNode.Scalar s ? s.text() : null;
    }

    private static List<String> list(YNode.Mapping m, String key) {
        YNode n = m.get(key);
        List<String> out = new ArrayList<>();
        if (n instanceof YNode.Sequence s) for (YNode e : s.elements()) out.add(((YNode.Scalar) e).text());
        return List.copyOf(out);
    }

    private static <T> void index(Map<String, T> idx, T value, String... names) {
        for (String n : names) if (n != null && !n.isBlank()) idx.putIfAbsent(Normalize.matchKey(n), value);
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Optional<Category>> categoryCache =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, Optional<Service>> serviceCache =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String,
            java.util.concurrent.ConcurrentHashMap<String, Optional<Term>>> termCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** A category by id, label or alias. Lookups are cached by the text as typed (a batch repeats them). */
    public Optional<Category> category(String text) {
        Optional<Category> hit = categoryCache.get(text);
        if (hit != null) return hit;
        hit = Optional.ofNullable(categoryIndex.get(Normalize.matchKey(text)));
        if (categoryCache.size() < 10_000) categoryCache.put(text, hit);
        return hit;
    }

    public Category categoryById(String id) {
        Category c = categories.get(id);
        if (c == null) throw new IllegalArgumentException("unknown category id " + id);
        return c;
    }

    public Map<String, Category> categories() { return Collections.unmodifiableMap(categories); }

    public Optional<String> suggestCategory(String typed) {
        List<String> names = new ArrayList<>();
        for (Category c : categories.values()) {
            names.add(c.id());
            names.add(c.ja());
        }
        return DidYouMean.suggest(typed, names);
    }

    public Optional<Service> service(String text) {
        Optional<Service> hit = serviceCache.get(text);
        if (hit != null) return hit;
        hit = serviceUncached(text);
        if (serviceCache.size() < 10_000) serviceCache.put(text, hit);
        return hit;
    }

    private Optional<Service> serviceUncached(String text) {
        String k = Normalize.matchKey(text);
        Service s = serviceIndex.get(k);
        if (s == null && k.length() == 1 && Character.isDigit(k.charAt(0))) s = serviceIndex.get("0" + k);
        return Optional.ofNullable(s);
    }

    public Optional<Service> serviceByName(String name) {
        for (Service s : services) if (s.name().equals(name)) return Optional.of(s);
        return Optional.empty();
    }

    public List<Service> services() { return Collections.unmodifiableList(services); }

    public Optional<String> suggestService(String typed) {
        List<String> names = new ArrayList<>();
        for (Service s : services) {
            names.add(s.name());
            names.addAll(s.aliases());
        }
        return DidYouMean.suggest(typed, names);
    }

    /** An enumerated value of {@code kind} (security_action, pricing, payment, training_course, standard). */
    public Optional<Term> term(String kind, String text) {
        var cache = termCache.get(kind); // #13 (session 7): a get, not a computeIfAbsent, once the kind is there
        if (cache == null) cache = termCache.computeIfAbsent(kind, k -> new java.util.concurrent.ConcurrentHashMap<>());
        Optional<Term> hit = cache.get(text);
        if (hit != null) return hit;
        Map<String, Term> idx = termIndex.get(kind);
        if (idx == null) throw new IllegalArgumentException(kind);
        hit = Optional.ofNullable(idx.get(Normalize.matchKey(text)));
        if (cache.size() < 10_000) cache.put(text, hit);
        return hit;
    }

    public Map<String, Term> terms(String kind) {
        Map<String, Term> t = terms.get(kind);
        if (t == null) throw new IllegalArgumentException(kind);
        return Collections.unmodifiableMap(t);
    }

    public Optional<String> suggestTerm(String kind, String typed) {
        List<String> names = new ArrayList<>();
        for (Term t : terms(kind).values()) {
            names.add(t.id());
            names.add(t.ja());
        }
        return DidYouMean.suggest(typed, names);
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Optional<String>> prefectureCache =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The prefecture's full name (東京 → 東京都), or empty when it is none of the 47. Cached by the text as
     * typed, as the other lookups are (#13: a batch repeats a few prefectures on every facility).
     */
    public Optional<String> prefecture(String text) {
        Optional<String> hit = prefectureCache.get(text);
        if (hit != null) return hit;
        hit = prefectureUncached(text);
        if (prefectureCache.size() < 10_000) prefectureCache.put(text, hit);
        return hit;
    }

    private Optional<String> prefectureUncached(String text) {
        String k = Normalize.nfkc(text);
        for (String p : prefectures) {
            if (p.equals(k)) return Optional.of(p);
        }
        for (String p : prefectures) {
            String bare = p.equals("北海道") ? p : p.substring(0, p.length() - 1);
            if (bare.equals(k)) return Optional.of(p);
        }
        return Optional.empty();
    }

    public Optional<String> suggestPrefecture(String typed) {
        return DidYouMean.suggest(typed, prefectures);
    }
}
