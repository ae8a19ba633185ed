package kaigohojo;

import kaigohojo.cli.Cli;

/** The entry point: runs the command line and exits with its code (product.md §7). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.run(args, System.in, System.out, System.err));
    }
}
