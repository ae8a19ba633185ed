package kaigohojo.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A Reader for large CSV inputs that decodes UTF-8 or CP932 without ever stopping: a byte that does
 * not decode becomes U+FFFD and is counted, so that the caller can report the cell it fell in and go on
 * with the rest. When the encoding is not known yet (an input whose first megabyte is plain ASCII), it
 * is decided at the first non-ASCII byte, from the bytes that follow it.
 */
public final class DecodingReader extends Reader {
    public static final char REPLACEMENT = '\uFFFD';

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private CharsetDecoder decoder;
    private String name;
    private boolean eof;
    private long replaced;

    /** @param charset the encoding, or null to decide at the first non-ASCII byte */
    public DecodingReader(InputStream in, Charset charset, String name) {
        this.in = in;
        this.bytes.limit(0);
        if (charset != null) use(charset, name);
        else this.name = "UTF-8";
    }

    private void use(Charset cs, String n) {
        decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        name = n;
    }

    /** The encoding read (decided so far). */
    public String encoding() { return name; }

    /** How many undecodable byte sequences were replaced so far. */
    public long replaced() { return replaced; }

    private boolean fillBytes() throws IOException {
        if (eof) return false;
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n > 0) bytes.position(bytes.position() + n);
        else eof = true;
        bytes.flip();
        return n > 0;
    }

    /** A NUL character anywhere in the text: the input is binary, not text (#8). */
    public static final class Binary extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        Binary(int line) {
            super("binary content at line " + line, null);
            this.line = line;
        }

        public int line() { return line; }
    }

    private int line = 1;
    private boolean lastCr;

    /** Set at a NUL: the text before it is handed out, the next read fails. */
    private Binary binary;

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (binary != null) throw binary;
        int n = decode(cbuf, off, len);
        for (int i = off; i < off + n; i++) { // lines counted as the CSV reader counts them: LF, CRLF, CR
            char c = cbuf[i];
            if (c > '\r') {
                lastCr = false;
                continue;
            }
            if (c == 0) {
                binary = new Binary(line);
                if (i == off) throw binary;
                return i - off;
            }
            if (c == '\n') {
                if (!lastCr) line++;
            } else if (c == '\r') {
                line++;
            }
            lastCr = c == '\r';
        }
        return n;
    }

    private int decode(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (true) {
            if (!bytes.hasRemaining() && !fillBytes()) return -1;
            if (decoder == null) {
                int n = ascii(cbuf, off, len);
                if (n > 0) return n;
                decide();
            }
            CharBuffer out = CharBuffer.wrap(cbuf, off, len);
            CoderResult r = decoder.decode(bytes, out, eof);
            int n = out.position() - off;
            if (r.isMalformed() || r.isUnmappable()) {
                bytes.position(bytes.position() + r.length());
                replaced++;
                if (out.hasRemaining()) {
                    out.put(REPLACEMENT);
                    return n + 1;
                }
                bytes.position(bytes.position() - r.length());
                replaced--;
                return n;
            }
            if (n > 0) return n;
            if (r.isUnderflow()) {
                if (eof) {
                    if (bytes.hasRemaining()) { // a sequence cut by the end of the input
                        bytes.position(bytes.limit());
                        replaced++;
                        cbuf[off] = REPLACEMENT;
                        return 1;
                    }
                    return -1;
                }
                if (!fillBytes() && !bytes.hasRemaining()) return -1;
            }
        }
    }

    /** Copies ASCII bytes straight through while the encoding is undecided. */
    private int ascii(char[] cbuf, int off, int len) {
        byte[] a = bytes.array();
        int p = bytes.position();
        int lim = bytes.limit();
        int n = 0;
        while (n < len && p < lim && a[p] >= 0) cbuf[off + n++] = (char) a[p++];
        bytes.position(p);
        return n;
    }

    /** At the first non-ASCII byte: look at what follows (up to the buffer) and choose. */
    private void decide() throws IOException {
        while (!eof && bytes.limit() < bytes.capacity()) {
            if (!fillBytes()) break;
        }
        Encodings.Verdict v = Encodings.judge(bytes.array(), bytes.position(), bytes.limit(), !eof);
        if (v == null || v.charset().equals(StandardCharsets.UTF_8)) use(StandardCharsets.UTF_8, "UTF-8");
        else use(v.charset(), v.name());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
