package kaigohojo.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Standard input that was closed when the program started ({@code calc - <&-}, a daemon with no stdin):
 * reading it fails with {@link Closed}, which the batch reports as {@code stdin-closed} (#8).
 *
 * <p>A process started with file descriptor 0 closed does not see it closed: the Java runtime opens
 * its own files first, and the first one it opens takes descriptor 0 (on Linux: {@code lib/modules} of
 * the runtime, or the jar or class-data archive). Reading "standard input" would then read that file:
 * 130 MB of binary, reported as {@code binary-file} or {@code file-too-large}. On Linux, descriptor 0
 * is looked at through {@code /proc/self/fd/0}: missing, or one of the runtime's own files, means closed.
 */
public final class ClosedStdin extends InputStream {
    /** Reading standard input that was closed. */
    public static final class Closed extends IOException {
        public Closed() { super("standard input is closed", null); }
    }

    @Override public int read() throws IOException { throw new Closed(); }
    @Override public int read(byte[] b, int off, int len) throws IOException { throw new Closed(); }

    /** System.in, or a closed stream when descriptor 0 was closed at start. */
    public static InputStream systemIn() {
        return closedAtStart() ? new ClosedStdin() : System.in;
    }

    static boolean closedAtStart() {
        Path fd0 = Path.of("/proc/self/fd/0");
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) return false; // not Linux: nothing to look at
        try {
            return runtimeFile(Files.readSymbolicLink(fd0).toString());
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A file the Java runtime itself opens at start: under java.home, our jar, a class-data or AOT archive, our start-up cache. */
    static boolean runtimeFile(String target) {
        if (!target.startsWith("/")) return false; // pipe:[…], socket:[…], anon_inode:…: a real stdin
        String home = System.getProperty("java.home");
        try {
            if (home != null && target.startsWith(Path.of(home).toRealPath() + "/")) return true;
        } catch (IOException e) {
            // java.home unreadable: the other tests
        }
        if (home != null && target.startsWith(home + "/")) return true;
        if (target.equals(ownJar())) return true;
        return target.endsWith(".jsa") || target.endsWith(".aot") || target.endsWith("kaigo-hojo.cache");
    }

    private static String ownJar() {
        try {
            var src = ClosedStdin.class.getProtectionDomain().getCodeSource();
            return src == null ? null : Path.of(src.getLocation().toURI()).toRealPath().toString();
        } catch (Exception e) {
            return null;
        }
    }
}
