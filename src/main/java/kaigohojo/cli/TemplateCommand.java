package kaigohojo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code template}: placeholder while it is built. */
@Command(name = "template", mixinStandardHelpOptions = true)
public final class TemplateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
