package kaigohojo.input;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoding a small input: UTF-8 with or without BOM, CP932, forced or detected; binary refused with its line. */
class SourceTextTest {
    static final String JA = "facility:\n  name: 特別養護老人ホーム さくら苑\n  note: ｱｲｳ ①②\n";

    static byte[] bom(byte[] b) {
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF; out[1] = (byte) 0xBB; out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }

    static SourceText.NotText notText(byte[] b, String forced) {
        return assertThrows(SourceText.NotText.class, () -> SourceText.decode(b, forced));
    }

    @Test
    void utf8() throws Exception {
        SourceText t = SourceText.decode(JA.getBytes(UTF_8), null);
        assertEquals("UTF-8", t.encoding());
        assertEquals(JA, t.text());
    }

    @Test
    void utf8WithBomLosesTheBom() throws Exception {
        SourceText t = SourceText.decode(bom(JA.getBytes(UTF_8)), null);
        assertEquals("UTF-8 (BOM)", t.encoding());
        assertEquals(JA, t.text());
    }

    @Test
    void cp932() throws Exception {
        SourceText t = SourceText.decode(JA.getBytes(SourceText.CP932), null);
        assertEquals("CP932", t.encoding());
        assertEquals(JA, t.text());
    }

    @Test
    void emptyIsEmptyUtf8() throws Exception {
        SourceText t = SourceText.decode(new byte[0], null);
        assertEquals("", t.text());
        assertEquals("UTF-8", t.encoding());
    }

    @Test
    void asciiIsUtf8() throws Exception {
        assertEquals("UTF-8", SourceText.decode("a: 1\r\n".getBytes(StandardCharsets.US_ASCII), null).encoding());
    }

    @Test
    void nulMeansBinaryAtItsLine() {
        byte[] b = "a\nb\nc\u0000d\n".getBytes(UTF_8);
        SourceText.NotText e = notText(b, null);
        assertEquals(ErrorCode.BINARY_FILE, e.code());
        assertEquals(3, e.line());
        assertEquals(ErrorCode.BINARY_FILE, notText(b, "utf-8").code(), "even when an encoding is forced");
    }

    @Test
    void neitherUtf8NorCp932IsAnEncodingErrorAtTheLineOfTheBadByte() {
        byte[] b = "a: 1\r\nb: 2\r\nc: \u00ff\r\n".getBytes(StandardCharsets.ISO_8859_1);
        b[b.length - 3] = (byte) 0xFF;
        SourceText.NotText e = notText(b, null);
        assertEquals(ErrorCode.ENCODING, e.code());
        assertEquals(3, e.line());
    }

    @Test
    void utf8WithOneByteCutOutIsNotReadAsCp932() {
        // "さくら苑" and "見守りセンサー" in UTF-8 also decode as CP932 (mojibake) once one byte is missing
        String text = "name: さくら苑\nservice: \"51\"\nitems:\n  - name: 見守りセンサー\n";
        byte[] good = text.getBytes(UTF_8);
        byte[] bad = cut(good, "見".getBytes(UTF_8)[0], 4);
        SourceText.NotText e = assertThrows(SourceText.NotText.class, () -> {
            SourceText t = SourceText.decode(bad, null);
            throw new AssertionError("read as " + t.encoding() + ": " + t.text());
        });
        assertEquals(ErrorCode.ENCODING, e.code());
        assertEquals(4, e.line());
    }

    /** {@code good} without the byte {@code b} at its first occurrence on line {@code line}. */
    static byte[] cut(byte[] good, byte b, int line) {
        int l = 1;
        for (int i = 0; i < good.length; i++) {
            if (good[i] == '\n') l++;
            if (l == line && good[i] == b) {
                byte[] out = new byte[good.length - 1];
                System.arraycopy(good, 0, out, 0, i);
                System.arraycopy(good, i + 1, out, i, good.length - i - 1);
                return out;
            }
        }
        throw new IllegalArgumentException();
    }

    @Test
    void randomBytesAreNeverText() {
        Random r = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[1 + r.nextInt(4096)];
            r.nextBytes(b);
            if (b.length < 16) continue;
            int n = i;
            SourceText.NotText e = assertThrows(SourceText.NotText.class, () -> SourceText.decode(b, null),
                    () -> "random block " + n + " read as text");
            assertTrue(e.code() == ErrorCode.BINARY_FILE || e.code() == ErrorCode.ENCODING, e.code().id());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cp932", "CP932", "ms932", "windows-31j", "sjis", "shift_jis", "Shift-JIS", " SJIS "})
    void forcedCp932(String name) throws Exception {
        SourceText t = SourceText.decode(JA.getBytes(SourceText.CP932), name);
        assertEquals("CP932", t.encoding());
        assertEquals(JA, t.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "UTF8", "utf_8", "utf-8-bom"})
    void forcedUtf8(String name) throws Exception {
        assertEquals("UTF-8", SourceText.decode(JA.getBytes(UTF_8), name).encoding());
        SourceText b = SourceText.decode(bom(JA.getBytes(UTF_8)), name);
        assertEquals("UTF-8 (BOM)", b.encoding());
        assertEquals(JA, b.text());
    }

    @Test
    void forcedUtf8OnCp932BytesIsAnEncodingErrorAtItsLine() {
        byte[] b = ("a: 1\n" + JA).getBytes(SourceText.CP932);
        SourceText.NotText e = notText(b, "utf-8");
        assertEquals(ErrorCode.ENCODING, e.code());
        assertEquals(3, e.line()); // line 2 "facility:" is ASCII; line 3 holds the first Japanese
    }

    @Test
    void unknownEncodingNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SourceText.charsetFor("latin9"));
        assertThrows(IllegalArgumentException.class, () -> SourceText.charsetFor("euc-jp"));
    }

    @Test
    void readRefusesMoreThanTheLimit() throws Exception {
        byte[] b = "x: 1\n".repeat(100).getBytes(UTF_8);
        SourceText.NotText e = assertThrows(SourceText.NotText.class,
                () -> SourceText.read(new ByteArrayInputStream(b), b.length - 1, null));
        assertEquals(ErrorCode.FILE_TOO_LARGE, e.code());
        assertEquals(new String(b, UTF_8), SourceText.read(new ByteArrayInputStream(b), b.length, null).text());
    }
}
