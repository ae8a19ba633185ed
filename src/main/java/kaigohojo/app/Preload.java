package kaigohojo.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import kaigohojo.input.Vocabulary;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.RuleSetError;
import kaigohojo.rules.RuleSetLoader;
import kaigohojo.text.Lang;

/**
 * The start-up cache: the built-in vocabulary, rule sets and messages, already parsed, in a compact
 * binary file that {@code bin/kaigo-hojo} keeps beside its class-data archive
 * ({@code -Dkaigohojo.cache=FILE}), made from the resources by the training run and rebuilt with the
 * jar. The file is read at once and each section decoded only when asked for (a Japanese run never
 * decodes the English messages, a national-r8 run never national-r7). Without the property, or with a
 * file that does not read, everything comes from the YAML and properties resources as usual.
 */
public final class Preload {
    static final String PROPERTY = "kaigohojo.cache";
    private static final int MAGIC = 0x4B484332; // "KHC2"

    private static boolean loaded;
    private static byte[] bytes;
    private static final Map<String, int[]> sections = new HashMap<>();
    private static final Map<String, Object> decoded = new HashMap<>();

    private Preload() {}

    private static void load() {
        if (loaded) return;
        loaded = true;
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) return;
        try {
            byte[] b;
            // java.io, not java.nio.file: at start-up its classes are already loaded by the JDK itself
            try (java.io.FileInputStream fin = new java.io.FileInputStream(file)) {
                b = fin.readAllBytes();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
            if (in.readInt() != MAGIC) return;
            int n = in.readInt();
            Map<String, int[]> table = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                table.put(name, new int[] {0, in.readInt()});
            }
            int offset = b.length - in.available();
            for (int[] t : table.values()) {
                t[0] = offset;
                offset += t[1];
            }
            if (offset != b.length) return;
            bytes = b;
            sections.putAll(table);
        } catch (IOException | RuntimeException e) {
            bytes = null;
            sections.clear();
        }
    }

    private interface Decoder<T> {
        T decode(DataInputStream in) throws IOException;
    }

    @SuppressWarnings("unchecked")
    private static synchronized <T> T section(String name, Decoder<T> decoder) {
        load();
        if (decoded.containsKey(name)) return (T) decoded.get(name);
        int[] at = sections.get(name);
        T value = null;
        if (at != null) {
            try {
                value = decoder.decode(new DataInputStream(new ByteArrayInputStream(bytes, at[0], at[1])));
            } catch (IOException | RuntimeException e) {
                value = null;
            }
        }
        decoded.put(name, value);
        return value;
    }

    /** The cached vocabulary, or null. */
    public static Vocabulary vocabulary() {
        return section("vocabulary", Vocabulary::read);
    }

    /** The cached built-in rule set, or null. */
    public static RuleSet ruleSet(String id) {
        return section("rules:" + id, RuleSet::read);
    }

    /** The cached messages of a language ("ja", "en"), or null. */
    public static Map<String, String> messages(String lang) {
        return section("messages:" + lang, in -> {
            int size = in.readInt();
            Map<String, String> m = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) m.put(in.readUTF(), in.readUTF());
            return m;
        });
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Writes the cache from the resources (the training run of bin/kaigo-hojo calls this). */
    public static void write(Path file) throws IOException {
        RuleSetLoader loader = new RuleSetLoader(Vocabulary.get());
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("vocabulary", bytes(out -> Vocabulary.get().write(out)));
        for (String id : RuleSetLoader.BUILTIN) {
            RuleSet rs;
            try {
                rs = loader.builtinFromYaml(id);
            } catch (RuleSetError e) {
                throw new IOException("built-in rule set " + id + ": " + e.getMessage(), e);
            }
            parts.put("rules:" + id, bytes(rs::write));
        }
        for (Lang lang : Lang.values()) {
            java.util.Properties p = kaigohojo.text.Messages.loadResource(lang);
            parts.put("messages:" + lang.code(), bytes(out -> {
                out.writeInt(p.size());
                for (String k : p.stringPropertyNames()) {
                    out.writeUTF(k);
                    out.writeUTF(p.getProperty(k));
                }
            }));
        }
        Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(tmp))) {
            out.writeInt(MAGIC);
            out.writeInt(parts.size());
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
            }
            for (byte[] b : parts.values()) out.write(b);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] bytes(Writer w) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            w.write(out);
        }
        return b.toByteArray();
    }
}
