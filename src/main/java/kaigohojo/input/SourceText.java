package kaigohojo.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text of a small input file, decoded: UTF-8 (with or without BOM) or CP932 (Shift_JIS as Excel
 * writes it), detected unless forced. Binary content is refused, not guessed at.
 */
public final class SourceText {
    public static final Charset CP932 = Charset.forName("windows-31j");

    private final String text;
    private final String encoding;

    private SourceText(String text, String encoding) {
        this.text = text;
        this.encoding = encoding;
    }

    public String text() { return text; }
    /** The name of the encoding read: "UTF-8", "UTF-8 (BOM)" or "CP932". */
    public String encoding() { return encoding; }

    /** Thrown when the bytes are not text in any accepted encoding. */
    public static final class NotText extends Exception {
        private final ErrorCode code;
        private final int line;
        public NotText(ErrorCode code, int line) {
            super(code.id(), null, false, false);
            this.code = code;
            this.line = line;
        }
        public ErrorCode code() { return code; }
        public int line() { return line; }
    }

    public static SourceText read(InputStream in, long maxBytes, String forced) throws IOException, NotText {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        if (bytes.length > maxBytes) throw new NotText(ErrorCode.FILE_TOO_LARGE, 0);
        return decode(bytes, forced);
    }

    public static SourceText decode(byte[] bytes, String forced) throws NotText {
        int nul = indexOfNul(bytes, bytes.length);
        if (nul >= 0) throw new NotText(ErrorCode.BINARY_FILE, lineAt(bytes, nul));
        if (forced != null) {
            Charset cs = charsetFor(forced);
            int skip = cs.equals(StandardCharsets.UTF_8) && hasBom(bytes) ? 3 : 0;
            String t = strictDecode(bytes, skip, cs);
            if (t == null) throw new NotText(ErrorCode.ENCODING, firstBadLine(bytes, skip, cs));
            return new SourceText(t, skip == 3 ? "UTF-8 (BOM)" : displayName(cs));
        }
        int foreign = Encodings.foreign(bytes, 0, bytes.length, false); // #8: EUC-JP, ISO-2022-JP
        if (foreign >= 0) throw new NotText(ErrorCode.ENCODING, lineAt(bytes, foreign));
        if (hasBom(bytes)) {
            String t = strictDecode(bytes, 3, StandardCharsets.UTF_8);
            if (t == null) throw new NotText(ErrorCode.ENCODING, firstBadLine(bytes, 3, StandardCharsets.UTF_8));
            return new SourceText(t, "UTF-8 (BOM)");
        }
        String t = strictDecode(bytes, 0, StandardCharsets.UTF_8);
        if (t != null) return new SourceText(t, "UTF-8");
        if (looksBinary(bytes)) throw new NotText(ErrorCode.BINARY_FILE, 1);
        // mostly UTF-8 with a few broken bytes is damaged UTF-8, not CP932 (which would read as mojibake)
        Encodings.Verdict v = Encodings.judge(bytes, 0, bytes.length, false);
        if (v != null && v.charset().equals(StandardCharsets.UTF_8)) {
            throw new NotText(ErrorCode.ENCODING, v.firstBadByte() >= 0 ? Encodings.lineOf(bytes, v.firstBadByte())
                    : firstBadLine(bytes, 0, StandardCharsets.UTF_8));
        }
        t = strictDecode(bytes, 0, CP932);
        if (t != null && looksLikeText(t)) {
            int utf8 = Encodings.firstUtf8Line(bytes, 0, bytes.length); // #8: a file mixing UTF-8 and CP932 lines
            if (utf8 >= 0) throw new NotText(ErrorCode.ENCODING, lineAt(bytes, utf8));
            return new SourceText(t, "CP932");
        }
        throw new NotText(ErrorCode.ENCODING, firstBadLine(bytes, 0, StandardCharsets.UTF_8));
    }

    /** "utf-8", "utf8", "cp932", "sjis", "shift_jis", "windows-31j" → a charset. */
    public static Charset charsetFor(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace("_", "-");
        switch (n) {
            case "utf-8": case "utf8": case "utf-8-bom": case "utf8-bom": case "utf-8bom": return StandardCharsets.UTF_8;
            case "cp932": case "ms932": case "windows-31j": case "sjis": case "shift-jis": case "shiftjis": case "s-jis":
                return CP932;
            default: throw new IllegalArgumentException(name);
        }
    }

    public static String displayName(Charset cs) {
        return cs.equals(CP932) ? "CP932" : cs.equals(StandardCharsets.UTF_8) ? "UTF-8" : cs.name();
    }

    static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static String strictDecode(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int firstBadLine(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        var result = dec.decode(in, out, true);
        if (result.isError()) return lineAt(bytes, in.position());
        return 1;
    }

    private static int lineAt(byte[] bytes, int pos) {
        return Encodings.lineOf(bytes, pos); // LF, CRLF and CR alone (#8)
    }

    private static int indexOfNul(byte[] b, int n) {
        for (int i = 0; i < n; i++) if (b[i] == 0) return i;
        return -1;
    }

    private static boolean looksBinary(byte[] b) {
        int control = 0;
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) control++;
        }
        return n > 0 && control * 20 > n;
    }

    /** CP932 accepts almost any byte soup; accept it only when it reads as text. */
    private static boolean looksLikeText(String t) {
        int control = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') control++;
        }
        return control == 0;
    }
}
