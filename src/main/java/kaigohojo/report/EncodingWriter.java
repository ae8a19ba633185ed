package kaigohojo.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A report's writer that can encode a text once and write its bytes many times (#13: a CSV report
 * repeats a facility's columns and the same cells on every item row; JSON the same arrays of reasons).
 * Its bytes are those the JDK's writer for the same encoding writes, so a report does not depend on
 * which of the two it was given.
 */
public abstract class EncodingWriter extends Writer {
    /** A text's bytes in the writer's encoding, and how many of its characters that encoding could not hold. */
    public record Encoded(byte[] bytes, int replaced) {}

    /** The text encoded, to be written later with {@link #write(Encoded)} (a whole text: no pair split at its ends). */
    public abstract Encoded encoded(String text);

    /** Bytes from {@link #encoded}, written as they are (and their replaced characters counted). */
    public abstract void write(Encoded e) throws IOException;

    /** A whole number in decimal, as {@code write(Long.toString(v))} writes it. */
    public abstract void writeDecimal(long v) throws IOException;
}
