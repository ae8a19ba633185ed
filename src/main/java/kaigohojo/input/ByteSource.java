package kaigohojo.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An input that can be opened more than once (a file, or bytes already read): the CSV reader looks
 * through a file once for facilities whose rows are split apart before it reads it for real.
 */
@FunctionalInterface
public interface ByteSource {
    InputStream open() throws IOException;

    /**
     * The file behind this source, or null (bytes in memory): a workbook is read in place from its
     * file rather than copied into memory first (#10: memory stays bounded on a large workbook).
     */
    default Path path() { return null; }

    static ByteSource of(Path p) {
        return new ByteSource() {
            @Override public InputStream open() throws IOException { return Files.newInputStream(p); }

            @Override public Path path() { return p; }
        };
    }

    static ByteSource of(byte[] b) {
        return () -> new ByteArrayInputStream(b);
    }

    /**
     * Keeps a one-time stream (standard input) so that it can be read again: in memory up to 32 MB,
     * in a temporary file (deleted when the JVM exits) beyond.
     */
    static ByteSource spool(InputStream in) throws IOException {
        final int limit = 32 << 20;
        byte[] head = in.readNBytes(limit);
        if (head.length < limit) return of(head);
        Path tmp = Files.createTempFile("kaigo-hojo-", ".input");
        tmp.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(head);
            in.transferTo(out);
        }
        return of(tmp);
    }
}
