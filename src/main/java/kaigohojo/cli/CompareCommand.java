package kaigohojo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code compare}: placeholder while it is built. */
@Command(name = "compare", mixinStandardHelpOptions = true)
public final class CompareCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
