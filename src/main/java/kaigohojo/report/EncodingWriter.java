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
}
