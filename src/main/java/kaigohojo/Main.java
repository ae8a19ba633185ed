package kaigohojo;

import java.io.PrintStream;
import kaigohojo.app.Preload;
import kaigohojo.cli.Cli;
import kaigohojo.cli.ExitCodes;
import kaigohojo.cli.Stdout;

/** The entry point: runs the command line and exits with its code (product.md §7). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Preload.installFromProperty(); // the start-up cache, when bin/kaigo-hojo names one
        PrintStream out = Stdout.watched();
        // standard error in the charset of standard output (CP932 in a Japanese Windows console, else UTF-8)
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                kaigohojo.cli.ConsoleCharset.stdout());
        int code = Cli.run(args, kaigohojo.input.ClosedStdin.systemIn(), out, err); // #8: closed at start is said so
        try {
            out.flush();
        } catch (Stdout.ReaderGone e) {
            code = ExitCodes.READER_GONE;
        }
        System.exit(code);
    }
}
