package kaigohojo.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Telling UTF-8 from CP932 (Shift_JIS as Excel writes it) by looking at the bytes. Text that is mostly
 * valid UTF-8 with a few broken bytes is UTF-8 with errors, not CP932: CP932 decodes almost any byte
 * soup, and reading a damaged UTF-8 file as CP932 would silently turn every name into mojibake.
 */
public final class Encodings {
    private Encodings() {}

    /** What a look at some bytes says. */
    public record Verdict(Charset charset, String name, int firstBadByte) {
        public boolean clean() { return firstBadByte < 0; }
    }

    /**
     * @param cut true when the bytes are a sample cut from a longer input (a sequence cut at the end is fine)
     * @return UTF-8 (clean, or with the offset of its first bad byte) or CP932; null when the bytes are
     *     all ASCII and say nothing
     */
    public static Verdict judge(byte[] b, int from, int to, boolean cut) {
        int validMulti = 0;
        int invalid = 0;
        int firstBad = -1;
        boolean ascii = true;
        int i = from;
        while ((i = nextNonAscii(b, i, to)) < to) {
            int c = b[i] & 0xFF;
            ascii = false;
            int more = continuationBytes(c);
            if (more > 0 && i + more >= to && cut) break; // a sequence cut by the end of the sample
            boolean ok = more > 0 && i + more < to && continued(b, i, more);
            if (ok && more >= 2 && !secondByteValid(c, b[i + 1] & 0xFF)) {
                // #8: an overlong form, a CESU-8 surrogate, beyond U+10FFFF: UTF-8's shape, one bad sequence (not CP932)
                invalid++;
                if (firstBad < 0) firstBad = i;
                i += more + 1;
                continue;
            }
            if (ok) {
                validMulti++;
                i += more + 1;
            } else {
                invalid++;
                if (firstBad < 0) firstBad = i;
                i++;
            }
        }
        if (ascii) return null;
        if (invalid == 0) return new Verdict(StandardCharsets.UTF_8, "UTF-8", -1);
        if (validMulti >= 4 * invalid) return new Verdict(StandardCharsets.UTF_8, "UTF-8", firstBad);
        int cp = firstCp932Error(b, from, cut ? lastLineEnd(b, from, to) : to);
        return new Verdict(SourceText.CP932, "CP932", cp);
    }

    private static int lastLineEnd(byte[] b, int from, int to) {
        for (int i = to - 1; i > from; i--) if (b[i] == '\n') return i + 1;
        return to;
    }

    private static int firstCp932Error(byte[] b, int from, int to) {
        var dec = SourceText.CP932.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
        var out = java.nio.CharBuffer.allocate(Math.max(16, to - from));
        var r = dec.decode(in, out, true);
        return r.isError() ? in.position() : -1;
    }

    /** The offset of the first byte from {@code i} on that is not ASCII (0x80 and above), or {@code to}. */
    static int nextNonAscii(byte[] b, int i, int to) {
        while (i < to && b[i] >= 0) i++;
        return i;
    }

    /** How many continuation bytes a UTF-8 lead byte (0x80 and above) announces: 1 to 3, or -1 when it cannot lead. */
    static int continuationBytes(int lead) {
        return lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
    }

    /** True when the {@code more} bytes after {@code b[i]} are all continuation bytes (10xxxxxx); they must exist. */
    static boolean continued(byte[] b, int i, int more) {
        for (int k = 1; k <= more; k++) {
            if ((b[i + k] & 0xC0) != 0x80) return false;
        }
        return true;
    }

    /**
     * The second byte of a three- or four-byte UTF-8 sequence that is well formed (Unicode Table 3-7):
     * after E0 at least A0 (no overlong form), after ED at most 9F (no surrogate: CESU-8 is not UTF-8),
     * after F0 at least 90, after F4 at most 8F.
     */
    static boolean secondByteValid(int lead, int second) {
        if (lead == 0xE0) return second >= 0xA0;
        if (lead == 0xED) return second <= 0x9F;
        if (lead == 0xF0) return second >= 0x90;
        if (lead == 0xF4) return second <= 0x8F;
        return true;
    }

    /** The 1-based line of a byte offset: LF, CRLF and a CR alone each end a line (#8: CR-only files). */
    public static int lineOf(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < b.length; i++) {
            if (b[i] == '\n' || b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n')) line++;
        }
        return line;
    }

    static boolean decodes(byte[] b, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    // ── #8: encodings that are neither UTF-8 nor CP932, and files that mix the two ──────────────────

    private static final Charset EUC_JP = Charset.forName("EUC-JP");

    /**
     * The offset of the first byte that shows the text is ISO-2022-JP (an escape sequence: pure ASCII
     * bytes that would pass as UTF-8) or EUC-JP (high bytes only in A1–FE pairs: CP932 would read them
     * as half-width kana), or -1. Neither is read: a name would be computed garbled.
     *
     * @param cut true when the bytes are a sample cut from a longer input
     */
    public static int foreign(byte[] b, int from, int to, boolean cut) {
        int firstHigh = -1;
        boolean eucOnly = true;
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c == 0x1B && i + 1 < to && (b[i + 1] == '$' || b[i + 1] == '(')) return i;
            if (c >= 0x80) {
                if (firstHigh < 0) firstHigh = i;
                if ((c <= 0xA0 && c != 0x8E && c != 0x8F) || c == 0xFF) eucOnly = false;
            }
        }
        if (firstHigh < 0 || !eucOnly) return -1;
        int end = cut ? lastLineEnd(b, from, to) : to;
        return end > from && decodes(java.util.Arrays.copyOfRange(b, from, end), EUC_JP) ? firstHigh : -1;
    }

    /**
     * True when text read as CP932 is UTF-8 in fact (a file that mixes UTF-8 and CP932 lines): its
     * CP932 bytes are valid UTF-8 with at least one three-byte sequence, which Japanese CP932 text
     * almost never is (its lead bytes 0x81–0x9F are UTF-8 continuation bytes).
     */
    public static boolean utf8ReadAsCp932(String s) {
        boolean high = false;
        for (int i = 0; i < s.length() && !high; i++) high = s.charAt(i) >= 0x80;
        if (!high) return false;
        byte[] b = s.getBytes(SourceText.CP932);
        return utf8WithThreeByteSequence(b, 0, b.length);
    }

    /** Valid UTF-8 that holds at least one three-byte sequence (Japanese). */
    static boolean utf8WithThreeByteSequence(byte[] b, int from, int to) {
        boolean three = false;
        int i = from;
        while ((i = nextNonAscii(b, i, to)) < to) {
            int c = b[i] & 0xFF;
            int more = continuationBytes(c);
            if (more < 0 || i + more >= to || !continued(b, i, more)) return false;
            if (more == 2) three = true;
            i += more + 1;
        }
        return three;
    }

    /**
     * In bytes that decode as CP932: the offset of the first line that is UTF-8 with Japanese in it
     * (a file mixing UTF-8 and CP932 lines), or -1.
     */
    public static int firstUtf8Line(byte[] b, int from, int to) {
        int start = from;
        boolean high = false;
        for (int i = from; i <= to; i++) {
            if (i == to || b[i] == '\n' || b[i] == '\r') {
                if (high && utf8WithThreeByteSequence(b, start, i)) return start;
                start = i + 1;
                high = false;
            } else if (b[i] < 0) {
                high = true;
            }
        }
        return -1;
    }
}
