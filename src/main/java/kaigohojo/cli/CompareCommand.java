package kaigohojo.cli;

import java.io.InputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kaigohojo.app.Batch;
import kaigohojo.app.InputFiles;
import kaigohojo.engine.FacilityResult;
import kaigohojo.report.CompareReport;
import kaigohojo.rules.RuleSetError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare FILE --scenario NAME=OPTIONS …}: one submission under several scenarios side by side.
 * The first column is the base (the command's own --rules and --set); each scenario adds its own
 * options to the base: {@code --scenario r7=--rules=national-r7}, {@code --scenario "staff31=facility.staff=31 rate=3/4"}.
 * The input is read once; each scenario re-binds and recomputes it.
 */
@Command(name = "compare", sortOptions = false)
public final class CompareCommand implements Callable<Integer> {
    private final Io io;

    @Mixin CommonOptions options;

    @Option(names = {"-s", "--scenario"}, paramLabel = "NAME=OPTIONS", descriptionKey = "opt.scenario")
    List<String> scenarios = new ArrayList<>();

    @Mixin SplitFacilityOption split;

    @Option(names = "--own-year", descriptionKey = "opt.own-year") // #11
    boolean ownYear;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "param.files")
    List<java.io.File> filesGiven; // File, so that shell completion offers file names

    private List<String> files() {
        return CommonOptions.paths(filesGiven);
    }

    public CompareCommand(Io io) {
        this.io = io;
    }

    /** A scenario as given: its name, its rules (null: the base's), its --set assignments. */
    record Scenario(String name, String rules, List<String> sets) {}

    @Override
    public Integer call() throws IOException, RuleSetError {
        Setup.format(options.format, List.of("table", "json", "markdown", "xlsx", "csv", "html"));
        Setup.xlsxNeedsFile(options.format, options.output);
        List<Scenario> all = new ArrayList<>();
        // the base scenario's name in the reader's language (基準 in Japanese, #9); "base" stays reserved in both
        String baseName = kaigohojo.text.Messages.of(options.lang()).t("compare.base-name");
        all.add(new Scenario(baseName, options.rules, options.sets));
        java.util.Set<String> names = new java.util.HashSet<>(List.of("base", baseName));
        for (String s : scenarios) {
            Scenario sc = parse(s, options);
            if (!names.add(sc.name())) throw new UsageError("usage.scenario-name-taken", null, sc.name());
            all.add(sc);
        }
        if (all.size() < 2) throw new UsageError("usage.compare-needs-scenario", null);
        Batch.SplitMode splitMode = split.mode();
        List<InputFiles.Input> inputs = Setup.checkedAgainstOutput(Setup.inputs(files(), options.inputFormat), files(), options.output);
        Map<String, byte[]> bytes = new HashMap<>();
        for (InputFiles.Input in : inputs) {
            // session 4 (L): a folder's link loop, FIFO or unreadable file is not read here (a FIFO would wait
            // for ever): the run reports it as calc does
            if (!in.toRead()) continue;
            try {
                bytes.put(in.name(), in.stdin() ? io.in().readAllBytes() : Files.readAllBytes(in.path()));
            } catch (java.nio.file.AccessDeniedException | java.nio.file.NoSuchFileException e) {
                // left to the run, which reports it located, in the reader's language
            }
        }
        List<CompareReport.Column> columns = new ArrayList<>();
        Setup base = null;
        int exit = ExitCodes.OK;
        java.util.Map<String, kaigohojo.rules.RuleSet> loaded = new java.util.HashMap<>();
        for (Scenario sc : all) {
            Setup setup = Setup.from(options.lang(), sc.rules(), sc.sets(), loaded);
            if (base == null) base = setup;
            kaigohojo.rules.RuleSet ruleSet = setup.ruleSet;
            kaigohojo.rules.Rules rules = setup.rules;
            if (ownYear && ruleSet.fiscalYear() != base.ruleSet.fiscalYear()) {
                // dates judged in the application's own year (the base's), so that only the rules differ
                ruleSet = ruleSet.withFiscalYear(base.ruleSet.fiscalYear());
                rules = new kaigohojo.rules.Rules(ruleSet);
            }
            // #9: every input in one run (read from the bytes held), so that a facility split across files is
            // found as in calc, not computed from its first part
            Batch batch = new Batch(rules, setup.vocab, options.encoding, setup.overrides).sheet(options.sheet)
                    .splitting(splitMode).preread(bytes);
            List<FacilityResult> results = new ArrayList<>();
            batch.run(inputs, InputStream.nullInputStream(), results::add);
            setup.requireItemSetsMatched();
            if (!batch.errors().isEmpty()) exit = ExitCodes.INPUT;
            else if (options.strict && exit == ExitCodes.OK
                    && (batch.anyIneligible() || batch.anyUnmet() || batch.anyWarning())) exit = ExitCodes.STRICT;
            columns.add(new CompareReport.Column(sc.name(), ruleSet, sc.sets(), results, batch.errors()));
        }
        var ctx = new kaigohojo.report.ReportContext(base.lang, base.ruleSet, options.explain);
        try (Output out = Output.open(options.output, options.outputEncoding, options.format.equals("csv"), io, inputs)) {
            Integer year = ownYear ? Integer.valueOf(base.ruleSet.fiscalYear()) : null; // session 4: stated when used
            if (options.format.equals("xlsx")) kaigohojo.report.Reports.compareWorkbook(ctx, out.binary(), columns, splitMode.id(), year);
            else CompareReport.write(options.format, ctx, columns, out.writer(), splitMode.id(), year);
        }
        return exit;
    }

    /** "NAME=--rules=X --set K=V K2=V2". */
    static Scenario parse(String spec, CommonOptions base) {
        int eq = spec.indexOf('=');
        if (eq <= 0) throw new UsageError("usage.scenario-syntax", null, spec);
        String name = spec.substring(0, eq).strip();
        String[] tokens = spec.substring(eq + 1).strip().split("\\s+");
        String rules = base.rules;
        List<String> sets = new ArrayList<>(base.sets);
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.isEmpty()) continue;
            if (t.equals("--rules") && i + 1 < tokens.length) rules = tokens[++i];
            else if (t.startsWith("--rules=")) rules = t.substring(8);
            else if (t.equals("--set") && i + 1 < tokens.length) sets.add(tokens[++i]);
            else if (t.startsWith("--set=")) sets.add(t.substring(6));
            else if (!t.startsWith("-") && t.contains("=")) sets.add(t);
            else throw new UsageError("usage.scenario-syntax", null, spec);
        }
        return new Scenario(name, rules, sets);
    }

}
