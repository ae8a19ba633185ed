package kaigohojo.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kaigohojo.input.SourceText;

/**
 * Where a report goes: standard output, or {@code -o FILE}. UTF-8 by default; CSV written to a file
 * gets a BOM so that Excel reads it as UTF-8; {@code --output-encoding cp932} for older Excel.
 */
final class Output implements AutoCloseable {
    private final Writer writer;
    private final OutputStream stream;
    private final boolean ownStream;

    private Output(Writer writer, OutputStream stream, boolean own) {
        this.writer = writer;
        this.stream = stream;
        this.ownStream = own;
    }

    static Output open(Path file, String encoding, boolean csv, Io io) throws IOException {
        String enc = encoding == null ? (csv && file != null ? "utf-8-bom" : "utf-8") : encoding.strip().toLowerCase(java.util.Locale.ROOT);
        boolean bom = enc.equals("utf-8-bom") || enc.equals("utf8-bom") || enc.equals("utf-8bom");
        Charset cs;
        try {
            cs = bom ? StandardCharsets.UTF_8 : SourceText.charsetFor(enc);
        } catch (IllegalArgumentException e) {
            throw new UsageError("usage.bad-encoding", null, encoding);
        }
        OutputStream os;
        boolean own;
        if (file == null) {
            os = new java.io.FilterOutputStream(io.out()) {
                @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
                @Override public void close() throws IOException { flush(); }
            };
            own = false;
        } else {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) throw new UsageError("usage.bad-output", null, file.toString());
            os = Files.newOutputStream(file);
            own = true;
        }
        if (bom) os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        // UTF-8 encodes everything (and the plain charset takes the encoder's fast path); CP932 replaces
        // what it cannot write (a rare character in a name) rather than fail
        Writer w = new BufferedWriter(cs.equals(StandardCharsets.UTF_8) ? new OutputStreamWriter(os, cs)
                : new OutputStreamWriter(os, cs.newEncoder()
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)), 1 << 16);
        return new Output(w, os, own);
    }

    Writer writer() { return writer; }

    @Override
    public void close() throws IOException {
        writer.flush();
        if (ownStream) writer.close();
        else stream.flush();
    }
}
