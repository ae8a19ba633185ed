package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StdoutTest {
    static OutputStream failing(String message) {
        return new OutputStream() {
            @Override public void write(int b) throws IOException { throw new IOException(message); }
            @Override public void write(byte[] b, int off, int len) throws IOException { throw new IOException(message); }
            @Override public void flush() throws IOException { throw new IOException(message); }
        };
    }

    @Test
    @DisplayName("a closed pipe (EPIPE) ends the run as ReaderGone, on write and on flush")
    void brokenPipe() {
        OutputStream os = Stdout.watch(failing("Broken pipe"));
        assertThrows(Stdout.ReaderGone.class, () -> os.write(new byte[3], 0, 3));
        assertThrows(Stdout.ReaderGone.class, () -> os.write('x'));
        assertThrows(Stdout.ReaderGone.class, os::flush);
    }

    @Test
    @DisplayName("any other write failure (a full disk) stays an IOException: reported, exit 70")
    void fullDisk() {
        OutputStream os = Stdout.watch(failing("No space left on device"));
        IOException e = assertThrows(IOException.class, () -> os.write(new byte[3], 0, 3));
        assertEquals("No space left on device", e.getMessage());
        assertThrows(IOException.class, os::flush);
    }
}
