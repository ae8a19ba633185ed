package kaigohojo.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import kaigohojo.app.Batch;
import kaigohojo.app.InputFiles;
import kaigohojo.report.ReportContext;
import kaigohojo.report.ReportWriter;
import kaigohojo.report.Reports;
import kaigohojo.rules.RuleSetError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code calc FILE…}: validate, compute and print the report (product.md §5). */
@Command(name = "calc", sortOptions = false)
public final class CalcCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("table", "json", "csv", "markdown", "xlsx", "html");

    private final Io io;

    @Mixin CommonOptions options;

    @Option(names = "--per", paramLabel = "item|facility", descriptionKey = "opt.per")
    String per = "item";

    @Mixin SplitFacilityOption split;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "param.files")
    List<java.io.File> filesGiven; // File, so that shell completion offers file names

    private List<String> files() {
        return CommonOptions.paths(filesGiven);
    }

    public CalcCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, RuleSetError {
        Setup.format(options.format, FORMATS);
        Setup.xlsxNeedsFile(options.format, options.output);
        if (!per.equals("item") && !per.equals("facility")) {
            throw new UsageError("usage.bad-per", kaigohojo.text.DidYouMean.suggest(per, List.of("item", "facility")).orElse(null), per);
        }
        Batch.SplitMode splitMode = split.mode();
        Setup setup = Setup.from(options);
        List<InputFiles.Input> inputs = Setup.checkedAgainstOutput(Setup.inputs(files(), options.inputFormat), files(), options.output);
        ReportContext ctx = new ReportContext(setup.lang, setup.ruleSet, options.explain);
        setup.requireItemSetsMatchedBeforeRun(inputs, options.encoding, options.sheet);
        Batch batch = new Batch(setup.rules, setup.vocab, options.encoding, setup.overrides).sheet(options.sheet)
                .splitting(splitMode);
        try (Output out = Output.open(options.output, options.outputEncoding, options.format.equals("csv"), io, inputs)) {
            ReportWriter w = options.format.equals("xlsx") ? Reports.workbook(ctx, out.binary())
                    : Reports.writer(options.format, ctx, out.writer(), per.equals("facility"));
            if (w instanceof kaigohojo.report.CsvReport csv) csv.errorsTo(io.err()); // session 4 (L): this run's stderr, not the JVM's
            batch.traced(w.printsTrace()).ledgered(w.printsRulesUsed());
            w.begin();
            // #13 session 7: a large batch's CSV or JSON report is written on a second thread (cli/ReportThread)
            try (ReportThread t = options.format.equals("csv") || options.format.equals("json") ? new ReportThread(w) : ReportThread.none(w)) {
                batch.run(inputs, io.in(), Writes.unchecked(t::facility), Writes.unchecked(t::rejected));
                t.finish();
            }
            w.end(batch.errors(), batch.summary());
        }
        setup.requireItemSetsMatched();
        setup.warnAboutOverrides(io);
        if (!batch.errors().isEmpty()) return ExitCodes.INPUT;
        if (options.strict && (batch.anyIneligible() || batch.anyUnmet() || batch.anyWarning())) return ExitCodes.STRICT;
        return ExitCodes.OK;
    }
}
