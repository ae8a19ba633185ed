package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * bin/kaigo-hojo.cmd, read as text (no Windows here to run it): CRLF line ends, and every argument
 * passed to Java unchanged (product of #14; README says what was not tried on a real Windows).
 */
class WindowsLauncherTest {
    static final Path CMD = Path.of("bin", "kaigo-hojo.cmd");

    /** The checks, on the bytes of a .cmd file (also used on the copy inside the release archive). */
    static void check(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes.length; i++) {
            assertTrue(bytes[i] > 0 && bytes[i] < 128, "ASCII only (cmd.exe reads a .cmd in the console code page), byte " + i);
            if (bytes[i] == '\n') assertTrue(i > 0 && bytes[i - 1] == '\r', "a bare LF at byte " + i + ": cmd.exe needs CRLF");
        }
        assertTrue(text.endsWith("\r\n"), "the last line ends with CRLF");
        List<String> lines = text.lines().toList();
        String code = String.join("\n", lines.stream().filter(l -> !l.strip().toLowerCase(Locale.ROOT).startsWith("rem")).toList());
        String lower = code.toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("setlocal disabledelayedexpansion"), "delayed expansion off: a ! in a file name survives");
        assertFalse(lower.contains("enabledelayedexpansion"));
        assertFalse(Pattern.compile("(?m)^\\s*shift\\b", Pattern.CASE_INSENSITIVE).matcher(code).find(), "no shift");
        assertFalse(Pattern.compile("%~?[0-9]").matcher(code.replace("%~dp0", "")).find(),
                "no %1…%9: arguments are passed whole, by %* only");
        List<String> java = code.lines().filter(l -> l.contains("%*")).toList();
        assertEquals(1, java.size(), "%* appears once, on the line that runs Java");
        String run = java.get(0).strip();
        assertTrue(run.startsWith("\"%KH_JAVA%\""), run);
        assertTrue(run.endsWith("-jar \"%KH_JAR%\" %*"), "the arguments come last and unquoted by us: " + run);
        assertTrue(lower.contains("exit /b %errorlevel%"), "the exit code of kaigo-hojo is the exit code of the .cmd");
        assertTrue(text.contains("%LOCALAPPDATA%\\kaigo-hojo\\"), "the start-up archive is per user");
        assertFalse(text.contains("%~dp0..\\lib\\kaigo-hojo.jsa") || text.contains("%~dp0kaigo-hojo.jsa"), "never beside the jar");
    }

    @Test
    @DisplayName("bin/kaigo-hojo.cmd: CRLF, ASCII, and %* passed to java unchanged (no shift, no %1, no delayed expansion)")
    void launcher() throws Exception {
        check(Files.readAllBytes(CMD));
    }
}
