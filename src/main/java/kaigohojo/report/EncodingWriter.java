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
    public abstract void write(Encoded e) throws IOException;

    /** A whole number in decimal, as {@code write(Long.toString(v))} writes it. */
    public abstract void writeDecimal(long v) throws IOException;

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
        if (pendingHigh != 0) lonePending();
        if (b.length > buf.length - pos) {
            drain();
            if (b.length > buf.length) {
                out.write(b);
                return;
            }
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }
}
