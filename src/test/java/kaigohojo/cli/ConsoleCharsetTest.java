package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Standard output follows a Japanese console's code page, and is UTF-8 everywhere else (#14). */
class ConsoleCharsetTest {
    @Test
    @DisplayName("a Japanese Windows console (stdout.encoding=MS932) gets CP932; a file or a pipe gets UTF-8")
    void rule() {
        assertEquals(Charset.forName("windows-31j"), ConsoleCharset.choose(true, "MS932"));
        assertEquals(StandardCharsets.UTF_8, ConsoleCharset.choose(false, "MS932"), "redirected: UTF-8");
        assertEquals(StandardCharsets.UTF_8, ConsoleCharset.choose(true, "UTF-8"));
        assertEquals(StandardCharsets.UTF_8, ConsoleCharset.choose(true, null));
        assertEquals(StandardCharsets.UTF_8, ConsoleCharset.choose(true, "ANSI_X3.4-1968"),
                "a C-locale terminal cannot show Japanese in its own charset: UTF-8 is the better guess");
        assertEquals(StandardCharsets.UTF_8, ConsoleCharset.choose(true, "Cp437"), "an English Windows console");
        assertEquals(StandardCharsets.UTF_8, ConsoleCharset.choose(true, "no-such-charset"));
    }
}
