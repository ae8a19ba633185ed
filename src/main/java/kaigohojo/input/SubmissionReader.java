package kaigohojo.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** Reads one input file and hands each submission (or each failure) to a consumer, in order. */
public interface SubmissionReader {
    /**
     * @param file the name to report (as the user gave it)
     * @param source the bytes (a CSV is looked through twice)
     * @param encoding a forced encoding, or null to detect
     * @return the encoding read ("UTF-8", "CP932", …), or null when the file could not be decoded
     */
    String read(String file, ByteSource source, String encoding, Consumer<ReadOutcome> sink) throws IOException;

    /** What the last {@link #read} warned about (an unknown column it ignored, a workbook renamed .csv). */
    default java.util.List<Problem> warnings() { return java.util.List.of(); }

    /** The same, from a stream that can be read once (kept in memory or a temporary file as needed). */
    default String read(String file, InputStream in, String encoding, Consumer<ReadOutcome> sink) throws IOException {
        return read(file, ByteSource.spool(in), encoding, sink);
    }
}
