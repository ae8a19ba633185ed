package kaigohojo.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the real command line in-process and keeps what it printed and its exit code. */
public record CliRun(int exit, String out, String err) {
    public static CliRun run(String... args) {
        return runWithInput(new byte[0], args);
    }

    public static CliRun runWithInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** No stack trace ever reaches a user (product.md §7). */
    public boolean noStackTrace() {
        for (String s : new String[] {out, err}) {
            if (s.contains("Exception in thread") || s.contains("\tat ") || s.contains("Caused by:")) return false;
        }
        return true;
    }
}
