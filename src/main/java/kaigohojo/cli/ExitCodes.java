package kaigohojo.cli;

/** The exit codes of product.md §7. */
public final class ExitCodes {
    /** Every input read and computed. */
    public static final int OK = 0;
    /** {@code --strict} only: some item ineligible, some requirement unmet, or a warning. */
    public static final int STRICT = 1;
    /** Unknown option, missing argument, bad {@code --set}. */
    public static final int USAGE = 2;
    /** Some input invalid; every valid input was still processed. */
    public static final int INPUT = 3;
    /** A rules file invalid. */
    public static final int RULES = 4;
    /** A defect of ours. */
    public static final int INTERNAL = 70;
    /**
     * Standard output closed by its reader ({@code | head}): the run stops quietly, with the code a
     * shell gives a process that SIGPIPE ends (128 + 13). Not in product.md §7: no report was lost
     * that anyone was reading.
     */
    public static final int READER_GONE = 141;

    private ExitCodes() {}
}
