package kaigohojo.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import kaigohojo.text.ExcelCp932;

/**
 * A buffered CP932 (windows-31j) writer for {@code --output-encoding cp932} that can also hand out the
 * bytes of a text once and write them many times (#13). It writes what the JDK's encoder writes for
 * each character, a character Excel's CP932 holds under another code point as that one (〜 as ～,
 * {@link ExcelCp932}), and {@code ?} for what CP932 cannot hold, counted: a surrogate pair is one
 * {@code ?}, a lone surrogate one {@code ?}. CP932 encodes each character on its own, so a table of the
 * characters met, made a page of 256 at a time from the JDK's encoder, gives the same bytes without an
 * encoder call per write. {@code Cp932WriterTest} compares it with the JDK's writer.
 */
public final class Cp932Writer extends EncodingWriter {
    /** Per page of 256 chars: each char's bytes (one: 0x00XX, two: 0xXXXX), or -1 when CP932 cannot hold it. */
    private static final int[][] PAGES = new int[256][];
    private static final Charset CP932 = Charset.forName("windows-31j");

    public Cp932Writer(OutputStream out, int size) {
        super(out, size);
    }

    private static int code(char c) {
        int[] page = PAGES[c >>> 8];
        if (page == null) page = page(c >>> 8);
        return page[c & 0xFF];
    }

    private static synchronized int[] page(int p) {
        if (PAGES[p] != null) return PAGES[p];
        CharsetEncoder enc = CP932.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int[] page = new int[256];
        ByteBuffer bb = ByteBuffer.allocate(8);
        for (int i = 0; i < 256; i++) {
            char c = (char) (p << 8 | i);
            if (Character.isSurrogate(c)) {
                page[i] = -1;
                continue;
            }
            int b = one(enc, c, bb);
            if (b < 0) {
                char twin = ExcelCp932.twin(c);
                if (twin != 0) b = one(enc, twin, bb);
            }
            page[i] = b;
        }
        PAGES[p] = page;
        return page;
    }

    private static int one(CharsetEncoder enc, char c, ByteBuffer bb) {
        enc.reset();
        bb.clear();
        if (enc.encode(CharBuffer.wrap(new char[] {c}), bb, true).isError()) return -1;
        if (enc.flush(bb).isError()) return -1;
        bb.flip();
        if (bb.remaining() == 1) return bb.get(0) & 0xFF;
        if (bb.remaining() == 2) return 0x10000 | (bb.get(0) & 0xFF) << 8 | (bb.get(1) & 0xFF);
        return -1;
    }

    @Override
    public Encoded encoded(String text) {
        Joined j = new Joined();
        encodeInto(text, j);
        return new Encoded(java.util.Arrays.copyOf(j.bytes, j.length), j.replaced);
    }

    @Override
    public void encodeInto(String text, Joined into) {
        into.room(text.length() * 2);
        byte[] b = into.bytes;
        int n = into.length;
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) i++;
            int code = Character.isSurrogate(c) ? -1 : code(c);
            if (code < 0) {
                b[n++] = '?';
                bad++;
            } else if (code < 0x100) {
                b[n++] = (byte) code;
            } else {
                b[n++] = (byte) (code >> 8);
                b[n++] = (byte) code;
            }
        }
        into.length = n;
        into.replaced += bad;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) put(s.charAt(i));
    }

    @Override
    public void write(char[] cs, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) put(cs[i]);
    }

    /** One char (a surrogate pair is joined across writes, as the JDK's encoder does: one ? for the pair). */
    private void put(char c) throws IOException {
        if (buf.length - pos < 2) drain();
        if (pendingHigh != 0) {
            pendingHigh = 0;
            replaced++;
            buf[pos++] = '?';
            if (Character.isLowSurrogate(c)) return; // the pair was the one ?
            if (buf.length - pos < 2) drain();
        }
        if (c < 0x80) {
            buf[pos++] = (byte) c;
            return;
        }
        if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
            return;
        }
        int code = Character.isSurrogate(c) ? -1 : code(c);
        if (code < 0) {
            replaced++;
            buf[pos++] = '?';
        } else if (code < 0x100) {
            buf[pos++] = (byte) code;
        } else {
            buf[pos++] = (byte) (code >> 8);
            buf[pos++] = (byte) code;
        }
    }

    @Override
    protected void lonePending() throws IOException {
        pendingHigh = 0;
        replaced++;
        if (pos == buf.length) drain();
        buf[pos++] = '?';
    }
}
