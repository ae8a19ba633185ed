package kaigohojo.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import kaigohojo.input.Vocabulary;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.RuleSetError;
import kaigohojo.rules.RuleSetLoader;
import kaigohojo.text.Lang;
import kaigohojo.text.Messages;

/**
 * The start-up cache: the built-in vocabulary, rule sets and messages, already parsed, in a compact
 * binary file that {@code bin/kaigo-hojo} keeps beside its class-data archive
 * ({@code -Dkaigohojo.cache=FILE}), made from the resources by the training run and rebuilt with the
 * jar. An optimisation of the top layer only: {@link #install} hands the vocabulary, the rule-set
 * loader and the messages a source to ask first; they know nothing of this file.
 *
 * <p>The file is trusted only when it proves it belongs to the running jar and arrived intact: its
 * header holds a stamp of the jar (its length and a CRC-32 of its central directory, which holds the
 * CRC-32 of every class and resource in it) and a CRC-32 of everything after the header. A cache of
 * another jar, a truncated or damaged one, or one with any byte altered is never used: the run reads
 * the YAML and properties resources as without a cache, and the file is rebuilt from them. (A CRC, not
 * SHA-256: loading a message-digest provider costs start-up more than the whole cache saves; whoever can
 * write this file can write the jar beside it, so no digest stored here could stop a deliberate change.)
 * Each section is decoded only when asked for (a Japanese run never decodes the English messages).
 */
public final class Preload {
    static final String PROPERTY = "kaigohojo.cache";
    private static final int MAGIC = 0x4B484333; // "KHC3"
    /** magic, jar length, jar central-directory CRC and length, payload CRC. */
    static final int HEADER = 4 + 8 + 4 + 4 + 4;
    /** No cache is this large (it holds a few hundred KB): a larger file is not one. */
    static final long MAX_SIZE = 64L * 1024 * 1024;

    private final byte[] bytes;
    private final Map<String, int[]> sections;
    private final Map<String, Object> decoded = new HashMap<>();

    private Preload(byte[] bytes, Map<String, int[]> sections) {
        this.bytes = bytes;
        this.sections = sections;
    }

    /**
     * Reads the cache named by {@code -Dkaigohojo.cache}, checked against the jar this program runs
     * from, and hands its contents to the vocabulary, rule-set loader and messages. A cache that fails
     * the check is rebuilt from the resources (when it is a regular file that can be replaced) and
     * used only once rebuilt; without the property nothing happens.
     */
    public static void installFromProperty() {
        String file = System.getProperty(PROPERTY);
        Path jar = runningJar();
        if (file == null || file.isBlank() || jar == null) return;
        install(Path.of(file), jar);
    }

    /**
     * Installs the cache in {@code file} if it belongs to {@code jar} and is intact; otherwise rebuilds
     * it (when it is a regular file, not a link or a device) and installs the rebuilt one. Returns
     * whether a cache is installed.
     */
    static boolean install(Path file, Path jar) {
        Preload p = open(file, jar);
        if (p == null && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                write(file, jar);
                p = open(file, jar);
            } catch (IOException | RuntimeException e) {
                p = null; // a read-only folder: this run goes without the cache
            }
        }
        if (p != null) p.install();
        return p != null;
    }

    /** The jar on the class path when it is a single jar ({@code java -jar}, {@code -cp JAR}), else null. */
    public static Path runningJar() {
        String cp = System.getProperty("java.class.path", "");
        if (cp.isEmpty() || cp.contains(java.io.File.pathSeparator) || !cp.endsWith(".jar")) return null;
        return Path.of(cp);
    }

    /** Makes this cache the first source of the vocabulary, the built-in rule sets and the messages. */
    public void install() {
        // classes, not lambdas: each lambda linked at start-up costs JDK 17 0.2-0.5 ms (#13 session 7)
        Vocabulary.useSource(new java.util.function.Supplier<Vocabulary>() {
            @Override public Vocabulary get() { return vocabulary(); }
        });
        RuleSetLoader.useBuiltinSource(new java.util.function.Function<String, RuleSet>() {
            @Override public RuleSet apply(String id) { return ruleSet(id); }
        });
        Messages.useSource(new java.util.function.Function<Lang, Map<String, String>>() {
            @Override public Map<String, String> apply(Lang lang) { return messages(lang.code()); }
        });
    }

    /** The cache in {@code file} if it was made for {@code jar} and is intact, else null (never throws). */
    public static Preload open(Path file, Path jar) {
        try {
            // java.io, not java.nio.file: at start-up its classes are already loaded by the JDK itself. Read
            // into one array of the file's size, 8 KB at a time (#13: the runtime reads that into its own
            // stack buffer; readAllBytes gathered chunks and copied them again)
            java.io.File f = file.toFile();
            long size = f.length();
            if (size < HEADER || size > MAX_SIZE) return null;
            byte[] b = new byte[(int) size];
            try (java.io.FileInputStream fin = new java.io.FileInputStream(f)) {
                for (int at = 0; at < b.length; ) {
                    int n = fin.read(b, at, Math.min(8192, b.length - at));
                    if (n < 0) return null; // shorter than it was a moment ago
                    at += n;
                }
                if (fin.read() >= 0) return null; // longer than it was a moment ago
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
            if (in.readInt() != MAGIC) return null;
            long[] stamp = jarStamp(jar);
            if (stamp == null || in.readLong() != stamp[0] || in.readInt() != (int) stamp[1] || in.readInt() != (int) stamp[2]) {
                return null;
            }
            int crc = in.readInt();
            CRC32 c = new CRC32();
            c.update(b, HEADER, b.length - HEADER);
            if ((int) c.getValue() != crc) return null;
            int n = in.readInt();
            if (n < 0 || n > 1000) return null;
            Map<String, int[]> table = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                int length = in.readInt();
                if (length < 0) return null;
                table.put(name, new int[] {0, length});
            }
            long offset = b.length - in.available();
            for (int[] t : table.values()) {
                t[0] = (int) offset;
                offset += t[1];
            }
            if (offset != b.length) return null;
            return new Preload(b, table);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The jar's stamp: {length, CRC-32 of its central directory, the directory's length}, or null when
     * the file is not a zip this code can read. The central directory lists every entry with the CRC-32
     * of its contents, so any change to a class or a resource changes the stamp; reading it costs one
     * read of the file's tail, not of the whole jar.
     */
    static long[] jarStamp(Path jar) throws IOException {
        try (RandomAccessFile r = new RandomAccessFile(jar.toFile(), "r")) {
            long length = r.length();
            int tailLength = (int) Math.min(length, 22 + 65535); // the end record, after a comment of at most 65,535 bytes
            byte[] tail = new byte[tailLength];
            r.seek(length - tailLength);
            r.readFully(tail);
            for (int i = tailLength - 22; i >= 0; i--) {
                if (tail[i] == 0x50 && tail[i + 1] == 0x4b && tail[i + 2] == 5 && tail[i + 3] == 6) {
                    long cdLength = le32(tail, i + 12);
                    long cdOffset = le32(tail, i + 16);
                    if (cdLength <= 0 || cdOffset + cdLength > length || cdLength > 64L * 1024 * 1024) return null;
                    // through a small buffer (#13): a 300 KB array for the directory, and the runtime's own
                    // buffer for a read that large, cost a few ms of fresh memory at every start
                    byte[] buffer = tail.length >= 8192 ? tail : new byte[8192];
                    r.seek(cdOffset);
                    CRC32 c = new CRC32();
                    for (long left = cdLength; left > 0; ) {
                        int n = (int) Math.min(left, 8192);
                        r.readFully(buffer, 0, n);
                        c.update(buffer, 0, n);
                        left -= n;
                    }
                    return new long[] {length, c.getValue(), cdLength};
                }
            }
            return null;
        }
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    /** The three kinds of section, decoded by {@link #section}. */
    private enum Kind { VOCABULARY, RULES, MESSAGES }

    /**
     * A section decoded (once), or null when it is missing or cannot be read. A switch rather than a
     * decoder function per kind: on JDK 17 linking a lambda at start-up costs more than decoding (#13 session 7).
     */
    private synchronized Object section(String name, Kind kind) {
        if (decoded.containsKey(name)) return decoded.get(name);
        int[] at = sections.get(name);
        Object value = null;
        if (at != null) {
            try {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, at[0], at[1]));
                switch (kind) {
                    case VOCABULARY -> value = Vocabulary.read(in);
                    case RULES -> value = RuleSet.read(in);
                    case MESSAGES -> value = readMessages(in);
                    default -> throw new IllegalArgumentException(kind.name());
                }
            } catch (IOException | RuntimeException e) {
                value = null;
            }
        }
        decoded.put(name, value);
        return value;
    }

    private static Map<String, String> readMessages(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, String> m = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) m.put(in.readUTF(), in.readUTF());
        return m;
    }

    /** The cached vocabulary, or null. */
    public Vocabulary vocabulary() {
        return (Vocabulary) section("vocabulary", Kind.VOCABULARY);
    }

    /** The cached built-in rule set, or null. */
    public RuleSet ruleSet(String id) {
        return (RuleSet) section("rules:" + id, Kind.RULES);
    }

    /** The cached messages of a language ("ja", "en"), or null. */
    @SuppressWarnings("unchecked")
    public Map<String, String> messages(String lang) {
        return (Map<String, String>) section("messages:" + lang, Kind.MESSAGES);
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /**
     * Writes the cache for {@code jar} from the resources, the source of truth (the training run of
     * bin/kaigo-hojo calls this, and a run that found the cache damaged): a temporary file moved into
     * place, so that a reader never sees half a cache.
     */
    public static void write(Path file, Path jar) throws IOException {
        long[] stamp = jarStamp(jar);
        if (stamp == null) throw new IOException(jar + " is not a jar");
        Vocabulary vocab = Vocabulary.fromYaml();
        RuleSetLoader loader = new RuleSetLoader(vocab);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("vocabulary", bytes(vocab::write));
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
            java.util.Properties p = Messages.loadResource(lang);
            parts.put("messages:" + lang.code(), bytes(out -> {
                out.writeInt(p.size());
                for (String k : p.stringPropertyNames()) {
                    out.writeUTF(k);
                    out.writeUTF(p.getProperty(k));
                }
            }));
        }
        byte[] payload = bytes(out -> {
            out.writeInt(parts.size());
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
            }
            for (byte[] b : parts.values()) out.write(b);
        });
        CRC32 crc = new CRC32();
        crc.update(payload);
        Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(tmp))) {
            out.writeInt(MAGIC);
            out.writeLong(stamp[0]);
            out.writeInt((int) stamp[1]);
            out.writeInt((int) stamp[2]);
            out.writeInt((int) crc.getValue());
            out.write(payload);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
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
