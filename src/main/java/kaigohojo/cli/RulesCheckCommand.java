package kaigohojo.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import kaigohojo.input.Vocabulary;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.RuleSetError;
import kaigohojo.rules.RuleSetLoader;
import kaigohojo.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rules check FILE…} (#12): every mistake of a rules file, each with file, line, column and key; exit 4. */
@Command(name = "check")
public final class RulesCheckCommand implements Callable<Integer> {
    private final Io io;

    @Mixin RulesOptions options;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "param.rules-files")
    List<String> files;

    public RulesCheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Setup.format(options.format, List.of("table"));
        var lang = options.lang();
        Messages msg = Messages.of(lang);
        RuleSetLoader loader = new RuleSetLoader(Vocabulary.get());
        int mistakes = 0;
        try (Output out = Output.open(options.output, null, false, io)) {
            PrintWriter w = new PrintWriter(out.writer());
            for (String f : files) {
                List<RuleSetError> errors = loader.check(f);
                if (errors.isEmpty()) {
                    RuleSet rs = loader.load(f);
                    w.println(msg.t("rules.check-ok", f, rs.id() + " ← " + String.join(" ← ", rs.chain().subList(1, rs.chain().size())),
                            rs.leaves().size()));
                }
                for (RuleSetError e : errors) w.println(RuleErrors.describe(e, msg));
                mistakes += errors.size();
            }
            if (mistakes > 0) w.println(msg.t("rules.check-count", mistakes));
            w.flush();
        }
        return mistakes == 0 ? ExitCodes.OK : ExitCodes.RULES;
    }
}
