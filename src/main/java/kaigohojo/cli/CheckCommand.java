package kaigohojo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code check}: placeholder while it is built. */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
