package kaigohojo.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A buffered UTF-8 writer that can also hand out the bytes of a text once and write them many times
 * (#13: a CSV report repeats a facility's columns and the same reason cells on every item row).
 * It writes exactly what {@code new BufferedWriter(new OutputStreamWriter(out, UTF_8))} writes, a lone
 * surrogate included (one {@code ?}, as the JDK's encoder replaces it), so the reports' bytes do not
 * depend on which of the two is used. Hand-written because the JDK's pair copies every string into a
 * char buffer and then encodes it again for every row: measured in docs/interpretations.md (#13).
 */
public final class Utf8Writer extends EncodingWriter {
    public Utf8Writer(OutputStream out, int size) {
        super(out, size);
    }

    /** The UTF-8 bytes of a text, to be written later with {@link #writeEncoded} (a lone surrogate is {@code ?}). */
    public static byte[] encode(String s) {
        byte[] b = new byte[s.length() * 3];
        return java.util.Arrays.copyOf(b, encode(s, b, 0));
    }

    /** A text's UTF-8 bytes put at {@code b[n]} (room for three bytes a char), returning where they end. */
    private static int encode(String s, byte[] b, int n) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    n = four(b, n, Character.toCodePoint(c, s.charAt(++i)));
                } else {
                    b[n++] = '?';
                }
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return n;
    }

    private static int four(byte[] b, int n, int cp) {
        b[n++] = (byte) (0xF0 | cp >> 18);
        b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[n++] = (byte) (0x80 | cp & 0x3F);
        return n;
    }

    @Override
    public Encoded encoded(String text) { return new Encoded(encode(text), 0); }

    @Override
    public void encodeInto(String text, Joined into) {
        into.room(text.length() * 3);
        into.length = encode(text, into.bytes, into.length);
    }

    /** Bytes from {@link #encode}, written as they are. */
    public void writeEncoded(byte[] b) throws IOException {
        writeBytes(b);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (ch < 0x80 && pendingHigh == 0) {
            if (pos == buf.length) drain();
            buf[pos++] = (byte) ch;
            return;
        }
        put(ch);
    }

    /**
     * #13: chars below the surrogates are encoded in one loop while the buffer has room for three bytes
     * (Japanese names: three bytes each, were a call of {@link #put} each); a surrogate, a pending high
     * half or a full buffer go the careful way.
     */
    @Override
    public void write(String s, int off, int len) throws IOException {
        int end = off + len;
        int i = off;
        while (i < end) {
            if (pendingHigh != 0) {
                put(s.charAt(i++));
                continue;
            }
            byte[] b = buf;
            int p = pos;
            int room = b.length - 3;
            while (i < end && p <= room) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    b[p++] = (byte) c;
                } else if (c < 0x800) {
                    b[p++] = (byte) (0xC0 | c >> 6);
                    b[p++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    break;
                } else {
                    b[p++] = (byte) (0xE0 | c >> 12);
                    b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[p++] = (byte) (0x80 | c & 0x3F);
                }
                i++;
            }
            pos = p;
            if (i < end) {
                if (p > room) drain();
                else put(s.charAt(i++));
            }
        }
    }

    /**
     * As {@link #write(String, int, int)}, through it a piece at a time (#13: one encoding loop; chars come
     * from Jackson's buffer, which the JSON report's frame and {@code check}'s JSON write, not a facility's rows).
     */
    @Override
    public void write(char[] cs, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, cs.length);
        for (int i = off, end = off + len; i < end; i += CHUNK) {
            int n = Math.min(CHUNK, end - i);
            write(new String(cs, i, n), 0, n);
        }
    }

    /** How many chars of an array go into one string on their way to the encoding loop. */
    private static final int CHUNK = 8192;

    /** One char of any kind (a surrogate pair is joined across writes, as the JDK's encoder does). */
    private void put(char c) throws IOException {
        if (buf.length - pos < 4) drain();
        if (pendingHigh != 0) {
            if (Character.isLowSurrogate(c)) {
                pos = four(buf, pos, Character.toCodePoint(pendingHigh, c));
                pendingHigh = 0;
                return;
            }
            lonePending();
        }
        if (c < 0x80) {
            buf[pos++] = (byte) c;
        } else if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | c >> 6);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[pos++] = '?';
        } else {
            buf[pos++] = (byte) (0xE0 | c >> 12);
            buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        }
    }

    @Override
    protected void lonePending() throws IOException {
        pendingHigh = 0;
        if (pos == buf.length) drain();
        buf[pos++] = '?';
    }
}
