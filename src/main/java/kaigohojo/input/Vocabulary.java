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

    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, Category> categoryIndex = new HashMap<>();
    private final List<Service> services = new ArrayList<>();
    private final Map<String, Service> serviceIndex = new HashMap<>();
    private final Map<String, Map<String, Term>> terms = new LinkedHashMap<>();
    private final Map<String, Map<String, Term>> termIndex = new HashMap<>();
    private final List<String> prefectures = new ArrayList<>();

    public static synchronized Vocabulary get() {
        if (instance == null) instance = new Vocabulary();
        return instance;
    }

    private Vocabulary() {
        YNode.Mapping cats = (YNode.Mapping) load("categories.yaml");
        for (YNode.Entry e : cats.list()) {
            YNode.Mapping m = (YNode.Mapping) e.value();
            Category c = new Category(e.key(), text(m, "ja"), text(m, "en"), list(m, "aliases"));
            categories.put(c.id(), c);
            index(categoryIndex, c, c.id(), c.ja(), c.en());
            for (String a : c.aliases()) index(categoryIndex, c, a);
        }
        YNode.Mapping svc = (YNode.Mapping) load("services.yaml");
        for (YNode n : ((YNode.Sequence) svc.get("services")).elements()) {
            YNode.Mapping m = (YNode.Mapping) n;
            Service s = new Service(text(m, "name"), list(m, "codes"), text(m, "en"), list(m, "aliases"));
            services.add(s);
            index(serviceIndex, s, s.name(), s.en());
            for (String c : s.codes()) index(serviceIndex, s, c);
            for (String a : s.aliases()) index(serviceIndex, s, a);
        }
        YNode.Mapping vals = (YNode.Mapping) load("values.yaml");
        for (YNode.Entry e : vals.list()) {
            if (e.key().equals("prefecture")) {
                for (YNode p : ((YNode.Sequence) e.value()).elements()) prefectures.add(((YNode.Scalar) p).text());
                continue;
            }
            Map<String, Term> byId = new LinkedHashMap<>();
            Map<String, Term> idx = new HashMap<>();
            for (YNode.Entry t : ((YNode.Mapping) e.value()).list()) {
                YNode.Mapping m = (YNode.Mapping) t.value();
                Term term = new Term(t.key(), text(m, "ja"), text(m, "en"), list(m, "aliases"));
                byId.put(term.id(), term);
                index(idx, term, term.id(), term.ja(), term.en());
                for (String a : term.aliases()) index(idx, term, a);
            }
            terms.put(e.key(), byId);
            termIndex.put(e.key(), idx);
        }
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

    @SafeVarargs
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
        var cache = termCache.computeIfAbsent(kind, k -> new java.util.concurrent.ConcurrentHashMap<>());
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

    /** The prefecture's full name (東京 → 東京都), or empty when it is none of the 47. */
    public Optional<String> prefecture(String text) {
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
