package kaigohojo.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams a command uses; tests pass their own. */
public record Io(InputStream in, PrintStream out, PrintStream err) {}
