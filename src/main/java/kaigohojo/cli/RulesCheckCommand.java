package kaigohojo.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
        Setup.format(options.format, List.of("table", "json", "markdown"));
        var lang = options.lang();
        Messages msg = Messages.of(lang);
        RuleSetLoader loader = new RuleSetLoader(Vocabulary.get());
        boolean json = options.format.equals("json");
        int mistakes = 0;
        try (Output out = Output.open(options.output, null, false, io)) {
            PrintWriter w = new PrintWriter(out.writer());
            JsonGenerator g = null;
            if (json) {
                g = new JsonFactory().createGenerator(w);
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("schema", "kaigo-hojo/rules-check/v1");
                g.writeArrayFieldStart("files");
            }
            for (String f : files) {
                List<RuleSetError> errors = loader.check(f);
                RuleSet rs = errors.isEmpty() ? loader.load(f) : null;
                if (json) {
                    g.writeStartObject();
                    g.writeStringField("file", f);
                    g.writeBooleanField("ok", errors.isEmpty());
                    if (rs != null) {
                        g.writeStringField("id", rs.id());
                        g.writeNumberField("values", rs.leaves().size());
                    }
                    g.writeArrayFieldStart("errors");
                    for (RuleSetError e : errors) {
                        g.writeStartObject();
                        g.writeStringField("file", e.file());
                        g.writeNumberField("line", e.line());
                        g.writeNumberField("column", e.column());
                        g.writeStringField("key", e.key());
                        g.writeStringField("value", e.value());
                        g.writeStringField("code", e.code());
                        g.writeStringField("message", RuleErrors.describe(e, msg));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                } else {
                    if (rs != null) {
                        w.println(msg.t("rules.check-ok", f, String.join(" ← ", rs.chain()), rs.leaves().size()));
                    }
                    for (RuleSetError e : errors) w.println((options.format.equals("markdown") ? "- " : "") + RuleErrors.describe(e, msg));
                }
                mistakes += errors.size();
            }
            if (json) {
                g.writeEndArray();
                g.writeNumberField("errors", mistakes);
                g.writeEndObject();
                g.writeRaw('\n');
                g.flush();
            } else if (mistakes > 0) {
                w.println(mistakes == 1 ? msg.t("rules.check-count-one") : msg.t("rules.check-count", mistakes));
            }
            w.flush();
        }
        return mistakes == 0 ? ExitCodes.OK : ExitCodes.RULES;
    }
}
