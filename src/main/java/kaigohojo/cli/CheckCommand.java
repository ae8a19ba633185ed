package kaigohojo.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import kaigohojo.app.Batch;
import kaigohojo.app.InputFiles;
import kaigohojo.report.CheckReport;
import kaigohojo.report.ReportContext;
import kaigohojo.report.Reports;
import kaigohojo.rules.RuleSetError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check FILE…}: validation only, in the manner of Frictionless: every error with file, physical
 * line, column, field, value, a stable code and a message; a summary by code. Exit 3 when any.
 */
@Command(name = "check", sortOptions = false)
public final class CheckCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("table", "json", "csv", "xlsx");

    private final Io io;

    @Mixin CommonOptions options;

    @Mixin SplitFacilityOption split;

    @Option(names = "--max-errors", paramLabel = "N", descriptionKey = "opt.max-errors")
    Integer maxErrors;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "param.files")
    List<java.io.File> filesGiven; // File, so that shell completion offers file names

    private List<String> files() {
        return CommonOptions.paths(filesGiven);
    }

    public CheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, RuleSetError {
        Setup.format(options.format, FORMATS);
        Setup.xlsxNeedsFile(options.format, options.output);
        if (maxErrors != null && maxErrors < 1) throw new UsageError("usage.bad-max-errors", null);
        Batch.SplitMode splitMode = split.mode();
        Setup setup = Setup.from(options);
        List<InputFiles.Input> inputs = Setup.checkedAgainstOutput(Setup.inputs(files(), options.inputFormat), files(), options.output);
        Batch batch = new Batch(setup.rules, setup.vocab, options.encoding, setup.overrides).sheet(options.sheet)
                .splitting(splitMode);
        CheckReport.Tally tally = new CheckReport.Tally();
        batch.checkEach(inputs, io.in(), p -> { // #8: with the overflows calc finds
            if (p.isEmpty()) tally.valid();
            else tally.invalid(p);
        });
        for (Batch.Note n : batch.notes()) tally.note(n.facilityId(), n.facilityName(), n.finding());
        setup.requireItemSetsMatched(); // #9: --set items.<id> naming no item is a usage error here too (exit 2)
        ReportContext ctx = new ReportContext(setup.lang, setup.ruleSet, false);
        try (Output out = Output.open(options.output, options.outputEncoding, options.format.equals("csv"), io, inputs)) {
            if (options.format.equals("xlsx")) Reports.checkWorkbook(ctx, out.binary(), tally, batch.summary().fileInfos());
            else CheckReport.write(options.format, ctx, out.writer(), tally, batch.summary().fileInfos(), maxErrors);
        }
        setup.warnAboutOverrides(io);
        return tally.errors().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT;
    }
}
