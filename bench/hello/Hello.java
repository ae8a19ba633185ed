import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The yardstick of product.md §9: a plain picocli command with one option and one parameter. */
@Command(name = "hello", mixinStandardHelpOptions = true, version = "hello 1.0",
        description = "Says hello.")
public final class Hello implements Callable<Integer> {
    @Option(names = {"-g", "--greeting"}, description = "The greeting.")
    String greeting = "Hello";

    @Parameters(arity = "0..1", description = "Who.")
    String who = "world";

    @Override
    public Integer call() {
        System.out.println(greeting + ", " + who + "!");
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Hello()).execute(args));
    }
}
