package kaigohojo.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Every sentence a user reads, in Japanese and English, from {@code kaigohojo/i18n/messages_*.properties}.
 * Placeholders are {0}, {1}, …; replaced literally (no MessageFormat quoting rules).
 */
public final class Messages {
    private static final Map<Lang, Messages> CACHE = new EnumMap<>(Lang.class);
    private static java.util.function.Function<Lang, Map<String, String>> source;

    private final Lang lang;
    private final Properties props;

    private Messages(Lang lang, Properties props) {
        this.lang = lang;
        this.props = props;
    }

    public static synchronized Messages of(Lang lang) {
        Messages m = CACHE.get(lang); // not computeIfAbsent with a lambda: linking one costs start-up (#13 session 7)
        if (m == null) {
            m = new Messages(lang, load(lang));
            CACHE.put(lang, m);
        }
        return m;
    }

    /**
     * A source of messages to ask before the properties files (the start-up cache, which the top layer
     * installs); it gives null for a language it does not hold.
     */
    public static synchronized void useSource(java.util.function.Function<Lang, Map<String, String>> s) {
        source = s;
        CACHE.clear();
    }

    private static Properties load(Lang lang) {
        Map<String, String> cached = source == null ? null : source.apply(lang);
        if (cached != null) {
            Properties p = new Properties();
            p.putAll(cached);
            return p;
        }
        return loadResource(lang);
    }

    /** The messages of {@code lang} from their properties file, the source of truth. */
    public static Properties loadResource(Lang lang) {
        String path = "/kaigohojo/i18n/messages_" + lang.code() + ".properties";
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing " + path);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public Lang lang() { return lang; }

    public boolean has(String key) {
        return props.containsKey(key);
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Object[]> compiled = new java.util.concurrent.ConcurrentHashMap<>();

    /** The message for {@code key} with its placeholders filled; the key itself when none is defined. */
    public String t(String key, Object... args) {
        Object[] parts = compiled.get(key);
        if (parts == null) {
            String pattern = props.getProperty(key);
            if (pattern == null && lang != Lang.EN) pattern = of(Lang.EN).props.getProperty(key); // a key not yet translated
            if (pattern == null) pattern = key;
            parts = compile(pattern);
            compiled.put(key, parts);
        }
        if (parts.length == 1 && parts[0] instanceof String only) return only;
        StringBuilder sb = new StringBuilder(64);
        for (Object p : parts) {
            if (p instanceof String text) {
                sb.append(text);
            } else {
                int n = (Integer) p;
                if (n < args.length) sb.append(show(args[n]));
            }
        }
        return sb.toString();
    }

    private String show(Object a) {
        if (a instanceof Localized l) return l.in(lang);
        if (a instanceof Long n) return kaigohojo.money.Yen.format(n);
        return String.valueOf(a);
    }

    /** "a {0} b" → ["a ", 0, " b"]: literal text and argument numbers. */
    private static Object[] compile(String pattern) {
        java.util.List<Object> parts = new java.util.ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close > i + 1) {
                    String idx = pattern.substring(i + 1, close);
                    if (idx.length() < 3 && digits(idx)) {
                        if (lit.length() > 0) parts.add(lit.toString());
                        lit.setLength(0);
                        parts.add(Integer.parseInt(idx));
                        i = close + 1;
                        continue;
                    }
                }
            }
            lit.append(c);
            i++;
        }
        if (lit.length() > 0 || parts.isEmpty()) parts.add(lit.toString());
        return parts.toArray();
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) return false;
        }
        return true;
    }

    /** Same as {@link #t} with the arguments as a list. */
    public String t(String key, java.util.List<Object> args) {
        return t(key, args.toArray());
    }
}
