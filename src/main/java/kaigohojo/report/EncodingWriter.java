package kaigohojo.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A report's writer that can encode a text once and write its bytes many times (#13: a CSV report
 * repeats a facility's columns and the same cells on every item row; JSON the same arrays of reasons).
 * Its bytes are those the JDK's writer for the same encoding writes, so a report does not depend on
 * which of the two it was given.
 */
public abstract class EncodingWriter extends Writer {
    /** Where the bytes go, through {@link #buf}: {@code buf[0..pos)} not yet written. */
    protected final OutputStream out;
    protected final byte[] buf;
    protected int pos;
    /** A high surrogate at the end of the last write, waiting for its low half. */
    protected char pendingHigh;
    /** How many characters were written as {@code ?} because the encoding cannot hold them (never in UTF-8). */
    protected long replaced;

    protected EncodingWriter(OutputStream out, int size) {
        this.out = out;
        this.buf = new byte[Math.max(size, 16)];
    }

    /** A high surrogate whose low half never came: written as {@code ?}, as the JDK's writers do. */
    protected abstract void lonePending() throws IOException;

    protected final void drain() throws IOException {
        if (pos > 0) out.write(buf, 0, pos);
        pos = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) lonePending();
        flush();
        out.close();
    }

    /** A text's bytes in the writer's encoding, and how many of its characters that encoding could not hold. */
    public record Encoded(byte[] bytes, int replaced) {}

    /** The text encoded, to be written later with {@link #write(Encoded)} (a whole text: no pair split at its ends). */
    public abstract Encoded encoded(String text);

    /** Bytes from {@link #encoded}, written as they are (and their replaced characters counted). */
    public final void write(Encoded e) throws IOException {
        if (pendingHigh != 0) lonePending();
        replaced += e.replaced();
        writeBytes(e.bytes());
    }

    /** How many characters were written as {@code ?} because the encoding cannot hold them. */
    public long replaced() { return replaced; }

    /**
     * A whole number in decimal, as {@code write(Long.toString(v))} writes it (its ASCII digits are the same
     * bytes in every encoding of these writers), without making the string (#13).
     */
    public final void writeDecimal(long v) throws IOException {
        if (pendingHigh != 0) lonePending();
        if (buf.length - pos < MAX_DECIMAL) {
            drain();
            if (buf.length < MAX_DECIMAL) {
                write(Long.toString(v));
                return;
            }
        }
        pos = decimal(v, buf, pos);
    }

    /** The most bytes {@link #decimal} writes: Long.MIN_VALUE's sign and 19 digits. */
    static final int MAX_DECIMAL = 20;

    private static final byte[] MIN_VALUE = Long.toString(Long.MIN_VALUE).getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * {@code Long.toString(v)}'s ASCII bytes put at {@code b[at]} (room for {@link #MAX_DECIMAL} bytes), returning
     * where they end (#13: amounts have six to nine digits, so two digits a step, in int arithmetic below 2^31).
     */
    static int decimal(long v, byte[] b, int at) {
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                System.arraycopy(MIN_VALUE, 0, b, at, MIN_VALUE.length);
                return at + MIN_VALUE.length;
            }
            b[at++] = '-';
            v = -v;
        }
        int end = at + digits(v);
        int i = end;
        while (v > Integer.MAX_VALUE) {
            long q = v / 100;
            int r = (int) (v - q * 100);
            b[--i] = ONES[r];
            b[--i] = TENS[r];
            v = q;
        }
        int u = (int) v;
        while (u >= 100) {
            int q = u / 100;
            int r = u - q * 100;
            b[--i] = ONES[r];
            b[--i] = TENS[r];
            u = q;
        }
        if (u >= 10) {
            b[--i] = ONES[u];
            b[--i] = TENS[u];
        } else {
            b[--i] = (byte) ('0' + u);
        }
        return end;
    }

    /** How many digits a non-negative long has. */
    private static int digits(long v) {
        int d = 1;
        while (d < 19 && v >= POWERS[d]) d++;
        return d;
    }

    /** 10^k for k below 19 (a long has at most 19 digits). */
    private static final long[] POWERS = new long[19];
    /** The tens and ones digit of 0 to 99. */
    private static final byte[] TENS = new byte[100], ONES = new byte[100];

    static {
        POWERS[0] = 1;
        for (int k = 1; k < POWERS.length; k++) POWERS[k] = POWERS[k - 1] * 10;
        for (int k = 0; k < 100; k++) {
            TENS[k] = (byte) ('0' + k / 10);
            ONES[k] = (byte) ('0' + k % 10);
        }
    }

    /**
     * Bytes in the writer's encoding put together from pieces (cells encoded once, numbers, separators) and
     * then written many times with {@link #write(Joined)}: #13, a facility's columns repeated on each of its
     * item rows are copied as bytes, not encoded again. Reused from facility to facility: nothing is made
     * once it has grown to a facility's size.
     */
    public static final class Joined {
        byte[] bytes = new byte[256];
        int length;
        /** How many characters of the pieces were written as {@code ?} (counted again at each write). */
        int replaced;

        public void clear() {
            length = 0;
            replaced = 0;
        }

        /** Room for n more bytes. */
        void room(int n) {
            if (bytes.length - length < n) bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
        }

        public void add(Encoded e) {
            byte[] b = e.bytes();
            room(b.length);
            System.arraycopy(b, 0, bytes, length, b.length);
            length += b.length;
            replaced += e.replaced();
        }

        /** An ASCII character (a separator, a line end). */
        public void ascii(char c) {
            room(1);
            bytes[length++] = (byte) c;
        }

        /** A whole number, as {@link #writeDecimal}. */
        public void decimal(long v) {
            room(MAX_DECIMAL);
            length = EncodingWriter.decimal(v, bytes, length);
        }
    }

    /** A text's bytes (a whole text: no pair split at its ends) added to {@code into}, as {@link #encoded} makes them. */
    public abstract void encodeInto(String text, Joined into);

    /** The bytes put together in {@code j}, written as they are (and their replaced characters counted). */
    public final void write(Joined j) throws IOException {
        if (pendingHigh != 0) lonePending();
        replaced += j.replaced;
        writeBytes(j.bytes, j.length);
    }

    /** ASCII text's bytes (the same in every encoding of these writers), written as they are (#13, JSON's names and indents). */
    public final void writeAscii(byte[] b) throws IOException {
        writeBytes(b);
    }

    /**
     * A text known to be ASCII (every char below U+0080), its bytes copied straight into the buffer: the
     * same in every encoding of these writers (#13: JSON's ids, codes and citations).
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the low byte of each char, exactly ASCII here
    public final void writeAsciiText(String s) throws IOException {
        if (pendingHigh != 0) lonePending();
        int n = s.length();
        if (n > buf.length - pos) {
            drain();
            if (n > buf.length) {
                write(s, 0, n);
                return;
            }
        }
        s.getBytes(0, n, buf, pos);
        pos += n;
    }

    /** Bytes already in the writer's encoding, written as they are (after a pending lone surrogate's ?). */
    protected final void writeBytes(byte[] b) throws IOException {
        writeBytes(b, b.length);
    }

    /** The first n of these bytes, as {@link #writeBytes(byte[])}. */
    protected final void writeBytes(byte[] b, int n) throws IOException {
        if (pendingHigh != 0) lonePending();
        if (n > buf.length - pos) {
            drain();
            if (n > buf.length) {
                out.write(b, 0, n);
                return;
            }
        }
        System.arraycopy(b, 0, buf, pos, n);
        pos += n;
    }
}
