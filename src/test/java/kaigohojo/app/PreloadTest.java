package kaigohojo.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kaigohojo.input.Vocabulary;
import kaigohojo.money.Fraction;
import kaigohojo.rules.RuleSetLoader;
import kaigohojo.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up cache is used only when it belongs to the running jar and is intact (issue #8/#13: 8
 * altered bytes of the cache changed a sample's subsidy). Any damage, another jar, a truncation: the
 * cache is ignored, rebuilt from the resources, and the values come from the YAML.
 */
class PreloadTest {
    @TempDir Path dir;

    @AfterEach
    void uninstall() {
        Vocabulary.useSource(null);
        RuleSetLoader.useBuiltinSource(null);
        Messages.useSource(null);
    }

    private Path jar(String name, String content) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream f = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(f)) {
            z.putNextEntry(new ZipEntry("kaigohojo/Main.class"));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("kaigohojo/rules/national-r8.yaml"));
            z.write("rate: 4/5".getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    /** Where national-r8's rate numerator (the long 4 of 4/5) is in the cache file. */
    private static int rateNumerator(byte[] b) {
        byte[] name = {0, 4, 'r', 'a', 't', 'e'};
        for (int i = indexOf(b, name, 0); i >= 0; i = indexOf(b, name, i + 1)) {
            for (int j = i + name.length; j < i + 64 && j + 17 <= b.length; j++) {
                if (b[j] == 2 && b[j + 8] == 4 && b[j + 16] == 5) return j + 1;
            }
        }
        throw new AssertionError("national-r8 rate not found in the cache");
    }

    private static int indexOf(byte[] b, byte[] what, int from) {
        outer:
        for (int i = from; i + what.length <= b.length; i++) {
            for (int k = 0; k < what.length; k++) if (b[i + k] != what[k]) continue outer;
            return i;
        }
        return -1;
    }

    @Test
    void anIntactCacheOfThisJarReadsBackWhatTheResourcesSay() throws Exception {
        Path jar = jar("a.jar", "one");
        Path cache = dir.resolve("k.cache");
        Preload.write(cache, jar);
        Preload p = Preload.open(cache, jar);
        assertNotNull(p);
        assertEquals(new RuleSetLoader(Vocabulary.fromYaml()).builtinFromYaml("national-r8").leaf("rate").value(),
                p.ruleSet("national-r8").leaf("rate").value());
        assertEquals(Vocabulary.fromYaml().categories(), p.vocabulary().categories());
        assertEquals(Messages.loadResource(kaigohojo.text.Lang.JA).size(), p.messages("ja").size());
    }

    @Test
    void eightAlteredBytesOfARateAreNeverUsedAndTheCacheIsRebuilt() throws Exception {
        Path jar = jar("a.jar", "one");
        Path cache = dir.resolve("k.cache");
        Preload.write(cache, jar);
        byte[] good = Files.readAllBytes(cache);
        byte[] bad = good.clone();
        int at = rateNumerator(bad);
        bad[at + 7] = 1; // 4/5 → 1/5, as the 8 bytes of a long
        Files.write(cache, bad);
        assertNull(Preload.open(cache, jar), "a cache with an altered rate must not be used");

        assertTrue(Preload.install(cache, jar));
        assertArrayEquals(good, Files.readAllBytes(cache), "the damaged cache is rebuilt from the resources");
        assertEquals(Fraction.of(4, 5), new RuleSetLoader(Vocabulary.get()).load("national-r8").leaf("rate").value());
    }

    @Test
    void anyDamagedByteOrATruncationIsRefused() throws Exception {
        Path jar = jar("a.jar", "one");
        Path cache = dir.resolve("k.cache");
        Preload.write(cache, jar);
        byte[] good = Files.readAllBytes(cache);
        for (int i = 0; i < good.length; i += 467) { // ≈ 200 places, header and every section
            byte[] bad = good.clone();
            bad[i] ^= 0x10;
            Files.write(cache, bad);
            assertNull(Preload.open(cache, jar), "byte " + i + " altered");
        }
        Files.write(cache, java.util.Arrays.copyOf(good, good.length - 1));
        assertNull(Preload.open(cache, jar), "truncated");
        Files.write(cache, new byte[0]);
        assertNull(Preload.open(cache, jar), "empty");
    }

    @Test
    void aCacheOfAnotherJarIsRefused() throws Exception {
        Path one = jar("a.jar", "one");
        Path cache = dir.resolve("k.cache");
        Preload.write(cache, one);
        Path other = jar("b.jar", "two"); // same length, one class changed
        assertEquals(Files.size(one), Files.size(other));
        assertNull(Preload.open(cache, other));
        assertNull(Preload.open(cache, dir.resolve("missing.jar")));
    }

    @Test
    void aLinkIsNotReplaced() throws Exception {
        Path jar = jar("a.jar", "one");
        Path target = dir.resolve("elsewhere.txt");
        Files.writeString(target, "not a cache");
        Path link = Files.createSymbolicLink(dir.resolve("k.cache"), target);
        assertEquals(false, Preload.install(link, jar));
        assertEquals("not a cache", Files.readString(target));
        assertTrue(Files.isSymbolicLink(link));
    }
    /**
     * #13: the stamp is read through a small buffer now; it must still be the jar's length and the CRC-32
     * of its whole central directory, over a directory larger than that buffer (a jar of 3,000 entries),
     * so that any entry changed changes it.
     */
    @Test
    void theStampIsTheCrcOfTheWholeCentralDirectory() throws Exception {
        Path jar = dir.resolve("big.jar");
        try (OutputStream f = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(f)) {
            for (int i = 0; i < 3000; i++) {
                z.putNextEntry(new ZipEntry("kaigohojo/entry/with/a/long/name/" + i + ".class"));
                z.write(("class " + i).getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] all = Files.readAllBytes(jar);
        int end = all.length - 22; // no comment: the end record is the last 22 bytes
        assertEquals(0x06054b50, java.nio.ByteBuffer.wrap(all, end, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt());
        java.nio.ByteBuffer e = java.nio.ByteBuffer.wrap(all).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int cdLength = e.getInt(end + 12);
        int cdOffset = e.getInt(end + 16);
        assertTrue(cdLength > 3 * 65536, "a directory larger than any buffer: " + cdLength);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(all, cdOffset, cdLength);
        assertArrayEquals(new long[] {all.length, crc.getValue(), cdLength}, Preload.jarStamp(jar));
    }
}
