package kaigohojo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code rules}: placeholder while it is built. */
@Command(name = "rules", mixinStandardHelpOptions = true)
public final class RulesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
