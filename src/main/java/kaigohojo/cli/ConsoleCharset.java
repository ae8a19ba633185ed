package kaigohojo.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The charset of what kaigo-hojo prints on standard output and standard error when {@code --output-encoding}
 * does not say: the console's own code page when the output is a console that can show Japanese
 * (CP932 in a Japanese Windows console, where UTF-8 would be garbled), UTF-8 otherwise (files, pipes,
 * programs, a console that could not show Japanese anyway). The JDK tells the console's code page in
 * {@code stdout.encoding} (JDK 19+) or {@code sun.stdout.encoding} (JDK 17, set only for a console).
 *
 * <p>{@code -Dkaigohojo.console=true|false} overrides the console test (for tests, and for a terminal
 * the JDK does not recognise).
 */
public final class ConsoleCharset {
    /** What a Japanese report needs to show; a charset that cannot encode it is not used. */
    private static final String SAMPLE = "補助額　事業所の負担額①～";

    private ConsoleCharset() {}

    private static Charset cached;

    /** The charset of this process's standard output and error. */
    public static synchronized Charset stdout() {
        if (cached == null) {
            String forced = System.getProperty("kaigohojo.console");
            boolean console = forced != null ? Boolean.parseBoolean(forced) : isConsole();
            String enc = System.getProperty("stdout.encoding");
            if (enc == null) enc = System.getProperty("sun.stdout.encoding");
            cached = choose(console, enc);
        }
        return cached;
    }

    /** The rule: a console's encoding when it can hold Japanese, else UTF-8. */
    static Charset choose(boolean console, String consoleEncoding) {
        if (!console || consoleEncoding == null || consoleEncoding.isBlank()) return StandardCharsets.UTF_8;
        try {
            Charset cs = Charset.forName(consoleEncoding.strip());
            return cs.canEncode() && cs.newEncoder().canEncode(SAMPLE) ? cs : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Standard output is a console: System.console() (JDK 17–21), or its isTerminal() from JDK 22 on. */
    private static boolean isConsole() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // before JDK 22 a console exists only when both ends are a terminal
        }
    }
}
