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
        int code = Cli.run(args, System.in, out, System.err);
        try {
            out.flush();
        } catch (Stdout.ReaderGone e) {
            code = ExitCodes.READER_GONE;
        }
        System.exit(code);
    }
}
