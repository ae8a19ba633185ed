package kaigohojo.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import kaigohojo.advise.Adviser;
import kaigohojo.app.Batch;
import kaigohojo.app.InputFiles;
import kaigohojo.engine.Calculator;
import kaigohojo.report.AdviceReport;
import kaigohojo.report.ReportContext;
import kaigohojo.rules.RuleSetError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code advise FILE…}: the best legal application for each facility (product.md §5): the applicant's
 * own choices that give the largest subsidy, each step cited, and what is left below each cap.
 */
@Command(name = "advise", sortOptions = false)
public final class AdviseCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("table", "json", "markdown", "html");

    private final Io io;

    @Mixin CommonOptions options;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "param.files")
    List<java.io.File> filesGiven; // File, so that shell completion offers file names

    public AdviseCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, RuleSetError {
        Setup.format(options.format, FORMATS);
        List<String> files = CommonOptions.paths(filesGiven);
        Setup setup = Setup.from(options);
        List<InputFiles.Input> inputs = Setup.checkedAgainstOutput(Setup.inputs(files, options.inputFormat), files, options.output);
        ReportContext ctx = new ReportContext(setup.lang, setup.ruleSet, options.explain);
        setup.requireItemSetsMatchedBeforeRun(inputs, options.encoding, options.sheet); // #9: as calc, exit 2
        Batch batch = new Batch(setup.rules, setup.vocab, options.encoding, setup.overrides).sheet(options.sheet); // #10
        Adviser adviser = new Adviser(new Calculator(setup.rules));
        String overrides = inputSets();
        try (Output out = Output.open(options.output, options.outputEncoding, false, io, inputs)) {
            AdviceReport w = AdviceReport.of(options.format, ctx, out.writer());
            w.begin();
            batch.run(inputs, io.in(),
                    Writes.unchecked(r -> w.facility(adviser.advise(r), r.submission().source().file() + overrides)),
                    Writes.unchecked(w::rejected));
            w.end(batch.errors(), batch.summary());
        }
        setup.warnAboutOverrides(io);
        if (!batch.errors().isEmpty()) return ExitCodes.INPUT;
        return ExitCodes.OK;
    }

    /** The command's own --rules and --set, so that the calc line it prints reproduces the advice. */
    private String inputSets() {
        StringBuilder sb = new StringBuilder();
        if (!options.rules.equals(kaigohojo.rules.RuleSetLoader.DEFAULT_ID)) sb.append(" --rules ").append(options.rules);
        for (String s : options.sets) sb.append(" --set ").append(s);
        return sb.toString();
    }
}
