package kaigohojo.input;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The UTF-8 walk that {@link Encodings#judge} and {@link Encodings#utf8WithThreeByteSequence} share: lead
 * bytes, continuation bytes, a sequence cut by the end of the bytes. (The corpus in SourceTextTest and the
 * hostile files cover the same through whole files.)
 */
class EncodingsTest {
    static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    static Encodings.Verdict judge(byte[] b, boolean cut) {
        return Encodings.judge(b, 0, b.length, cut);
    }

    @Test
    void asciiSaysNothing() {
        assertNull(judge("facility_id,name\n".getBytes(UTF_8), false));
    }

    @Test
    void cleanUtf8OfEveryLength() {
        byte[] b = "é あ 𠮷 申請".getBytes(UTF_8); // two, three and four bytes
        Encodings.Verdict v = judge(b, false);
        assertEquals("UTF-8", v.name());
        assertTrue(v.clean());
    }

    @Test
    void aSequenceCutByTheEndIsFineInASampleAndBadInAWholeFile() {
        byte[] whole = "申請書の事業所の名前欄".getBytes(UTF_8); // eleven three-byte sequences
        byte[] b = java.util.Arrays.copyOf(whole, whole.length - 1); // the last character loses its last byte
        assertTrue(judge(b, true).clean(), "a sample cut from a longer input");
        Encodings.Verdict v = judge(b, false);
        assertEquals("UTF-8", v.name(), "ten good sequences to two bad bytes: still UTF-8, damaged");
        assertEquals(30, v.firstBadByte());
    }

    @Test
    void aMissingContinuationByteIsBadAtItsLeadByte() {
        String good = "申請申請申請申請申請"; // ten good sequences: the text stays UTF-8
        byte[] g = good.getBytes(UTF_8);
        byte[] b = java.util.Arrays.copyOf(g, g.length + 3);
        b[g.length] = (byte) 0xE3;
        b[g.length + 1] = (byte) 0x81;
        b[g.length + 2] = 'x'; // not 10xxxxxx
        Encodings.Verdict v = judge(b, false);
        assertEquals("UTF-8", v.name());
        assertEquals(g.length, v.firstBadByte());
    }

    @Test
    void aByteThatCannotLeadIsBad() {
        for (int lead : new int[] {0x80, 0xBF, 0xC0, 0xC1, 0xF5, 0xFF}) {
            byte[] g = "申請申請申請申請申請".getBytes(UTF_8);
            byte[] b = java.util.Arrays.copyOf(g, g.length + 2);
            b[g.length] = (byte) lead;
            b[g.length + 1] = (byte) 0x80;
            assertEquals(g.length, judge(b, false).firstBadByte(), () -> Integer.toHexString(lead));
        }
    }

    @Test
    void mostlyBrokenBytesAreCp932() {
        byte[] sjis = "申請書の事業所名".getBytes(SourceText.CP932);
        assertEquals("CP932", judge(sjis, false).name());
    }

    @Test
    void overlongAndSurrogateFormsAreBadUtf8NotCp932() {
        byte[] g = "申請申請申請申請申請".getBytes(UTF_8);
        for (int[] bad : new int[][] {{0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xF0, 0x80, 0x80, 0xAF}}) {
            byte[] b = java.util.Arrays.copyOf(g, g.length + bad.length);
            for (int k = 0; k < bad.length; k++) b[g.length + k] = (byte) bad[k];
            Encodings.Verdict v = judge(b, false);
            assertEquals("UTF-8", v.name());
            assertEquals(g.length, v.firstBadByte());
        }
    }

    @Test
    void threeByteUtf8IsFoundAndOtherTextIsNot() {
        byte[] ja = "名前 申請".getBytes(UTF_8);
        assertTrue(Encodings.utf8WithThreeByteSequence(ja, 0, ja.length));
        byte[] two = "é ü".getBytes(UTF_8);
        assertFalse(Encodings.utf8WithThreeByteSequence(two, 0, two.length), "two-byte sequences only");
        assertFalse(Encodings.utf8WithThreeByteSequence(ja, 0, ja.length - 1), "cut inside the last sequence");
        byte[] broken = bytes(0xE7, 0x94, 'x');
        assertFalse(Encodings.utf8WithThreeByteSequence(broken, 0, broken.length), "a missing continuation byte");
        byte[] sjis = "申請".getBytes(SourceText.CP932);
        assertFalse(Encodings.utf8WithThreeByteSequence(sjis, 0, sjis.length), "CP932");
        assertFalse(Encodings.utf8WithThreeByteSequence(bytes(0xF8, 0x80, 0x80, 0x80, 0x80), 0, 5), "no lead byte beyond F4");
    }

    @Test
    void aMixedFileIsFoundAtItsUtf8Line() {
        byte[] a = "事業所番号,事業所名\r\n".getBytes(SourceText.CP932);
        byte[] b = "1370000001,さくら\n".getBytes(UTF_8);
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        assertEquals(a.length, Encodings.firstUtf8Line(all, 0, all.length));
        assertEquals(-1, Encodings.firstUtf8Line(a, 0, a.length));
    }
}
