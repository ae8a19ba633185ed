package kaigohojo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;

/** Runs the real command line in-process ({@link Cli#run}), bounded in time, and reads what it printed. */
final class CliRunner {
    /**
     * Any input of the hostile corpus must be dealt with within this (a hang fails, it does not block the
     * build). Generous: the builds of six engineers share two cores, and the quadratic paths it guards
     * against took minutes (#8: 10 s failed on an unchanged 1.2 MB case under that load).
     */
    static final Duration LIMIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private CliRunner() {}

    /** What one run did: the exit code and everything printed. */
    record Result(String command, int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                return fail(command + ": stdout is not JSON (" + e.getMessage() + "):\n" + head(out) + "\nstderr:\n" + head(err));
            }
        }

        /** No stack trace, no exception name, on either stream (product.md §7, §8). */
        Result assertNoStackTrace() {
            for (String s : new String[] {out, err}) {
                assertFalse(s.contains("Exception"), () -> command + ": an exception reached the user:\n" + head(s));
                assertFalse(s.contains("\tat "), () -> command + ": a stack trace reached the user:\n" + head(s));
                assertFalse(s.contains("内部エラー") || s.toLowerCase(java.util.Locale.ROOT).contains("internal error"),
                        () -> command + ": reported an internal error:\n" + head(s));
            }
            return this;
        }

        @Override public String toString() {
            return command + " → exit " + exit + "\nstdout:\n" + head(out) + "\nstderr:\n" + head(err);
        }
    }

    static Result run(String... args) {
        return run(LIMIT, null, args);
    }

    static Result run(Duration limit, byte[] stdin, String... args) {
        String command = "kaigo-hojo " + String.join(" ", args);
        return assertTimeoutPreemptively(limit, () -> runNow(command, stdin, args),
                () -> command + " did not finish within " + limit.toSeconds() + " s (a hang on hostile input)");
    }

    /**
     * A run bounded by the CPU time this JVM spends on it (every thread: the command's, the JIT's, the
     * collector's), not by the wall clock: on a machine shared with other builds the wall time of a
     * linear run on a large input stretches with the load (it took 28.6 s of a 30 s bound at load 8-20),
     * its CPU time does not. A hang is still caught: the wall clock is bounded at four times the limit.
     */
    static Result runWithinCpu(Duration cpuLimit, String... args) {
        String command = "kaigo-hojo " + String.join(" ", args);
        long before = processCpuNanos();
        Result r = run(cpuLimit.multipliedBy(4), null, args);
        long used = processCpuNanos() - before;
        assertTrue(used <= cpuLimit.toNanos(), () -> command + " used " + used / 1_000_000 + " ms of CPU, more than the bound of "
                + cpuLimit.toMillis() + " ms (a path that is no longer linear?)");
        return r;
    }

    /** The CPU time of this whole JVM so far, in nanoseconds. */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long t = sun.getProcessCpuTime();
            if (t >= 0) return t;
        }
        throw new IllegalStateException("this JVM does not tell its CPU time");
    }

    private static Result runNow(String command, byte[] stdin, String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, UTF_8); PrintStream e = new PrintStream(err, true, UTF_8)) {
            code = Cli.run(args, new ByteArrayInputStream(stdin == null ? new byte[0] : stdin), o, e);
        }
        return new Result(command, code, out.toString(UTF_8), err.toString(UTF_8));
    }

    static String head(String s) {
        return s.length() > 3000 ? s.substring(0, 3000) + "\n…(" + s.length() + " chars)" : s;
    }
}
