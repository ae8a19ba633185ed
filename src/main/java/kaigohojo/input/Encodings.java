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
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            ascii = false;
            int more = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (more > 0 && i + more >= to && cut) break; // a sequence cut by the end of the sample
            boolean ok = more > 0 && i + more < to;
            for (int k = 1; ok && k <= more; k++) {
                if ((b[i + k] & 0xC0) != 0x80) ok = false;
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

    /** The 1-based line of a byte offset. */
    public static int lineOf(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < b.length; i++) if (b[i] == '\n') line++;
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
}
