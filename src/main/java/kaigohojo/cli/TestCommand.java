package kaigohojo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code test}: placeholder while it is built. */
@Command(name = "test", mixinStandardHelpOptions = true)
public final class TestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
