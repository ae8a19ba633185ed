package kaigohojo.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output that notices when its reader has gone ({@code kaigo-hojo calc … | head}): the run
 * then stops at once and quietly with {@link ExitCodes#READER_GONE}, as a Unix tool killed by SIGPIPE
 * would, instead of computing the rest of a batch for nobody and reporting a write failure. Any other
 * write failure (a full disk) stays an error.
 */
public final class Stdout {
    private Stdout() {}

    /** Thrown by a write to standard output after its reader closed the pipe. */
    public static final class ReaderGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReaderGone(IOException cause) {
            super("standard output closed by its reader", cause, false, false);
        }
    }

    /** The process's standard output, watched. */
    public static PrintStream watched() {
        return new PrintStream(new BufferedOutputStream(watch(new FileOutputStream(FileDescriptor.out)), 1 << 13),
                false, ConsoleCharset.stdout());
    }

    static OutputStream watch(OutputStream os) {
        return new FilterOutputStream(os) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw failure(e);
                }
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw failure(e);
                }
            }
        };
    }

    private static IOException failure(IOException e) {
        if (gone(e)) throw new ReaderGone(e);
        return e;
    }

    /** EPIPE: the message the JDK gives it on Linux and macOS ("Broken pipe"), and on Windows. */
    static boolean gone(IOException e) {
        String m = e.getMessage();
        return m != null && (m.contains("Broken pipe") || m.contains("pipe is being closed")
                || m.contains("pipe has been ended"));
    }
}
