package kaigohojo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import kaigohojo.input.CsvColumns;
import kaigohojo.report.CsvCells;
import kaigohojo.text.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code template}: a blank input to fill in: YAML with every key and a comment for each, or CSV with
 * every column (comment lines starting with # before the header explain each column; the reader skips them).
 */
@Command(name = "template", sortOptions = false)
public final class TemplateCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--format", paramLabel = "yaml|csv|xlsx", descriptionKey = "opt.template-format", completionCandidates = CommonOptions.TemplateFormatCandidates.class)
    String format = "yaml";

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec; // --lang: inherited from kaigo-hojo

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "opt.output")
    java.nio.file.Path output;

    @Option(names = "--output-encoding", paramLabel = "ENCODING", descriptionKey = "opt.output-encoding")
    String outputEncoding;

    // #10: the rule set whose 基準額 the xlsx template lists
    @Option(names = "--rules", paramLabel = "ID|FILE", descriptionKey = "opt.rules", completionCandidates = CommonOptions.RuleSetCandidates.class)
    String rules = kaigohojo.rules.RuleSetLoader.DEFAULT_ID;

    public TemplateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, kaigohojo.rules.RuleSetError {
        Setup.format(format, List.of("yaml", "csv", "xlsx"));
        Setup.xlsxNeedsFile(format, output);
        Lang l = KaigoHojoCommand.lang(spec);
        kaigohojo.rules.Rules ruleSet = format.equals("xlsx") ? Setup.from(l, rules, List.of()).rules : null;
        try (Output out = Output.open(output, outputEncoding, format.equals("csv"), io)) {
            if (format.equals("xlsx")) {
                kaigohojo.report.Reports.template(out.binary(), l, kaigohojo.input.Vocabulary.get(), ruleSet);
            } else if (format.equals("yaml")) {
                String name = "/kaigohojo/templates/template-" + l.code() + ".yaml";
                try (InputStream in = TemplateCommand.class.getResourceAsStream(name)) {
                    out.writer().write(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } else {
                csv(out.writer(), l);
            }
        }
        return ExitCodes.OK;
    }

    private static void csv(java.io.Writer w, Lang lang) throws IOException {
        kaigohojo.text.Messages m = kaigohojo.text.Messages.of(lang);
        StringBuilder sb = new StringBuilder();
        sb.append(CsvCells.cell(m.t("template.csv-intro"))).append("\r\n");
        for (CsvColumns.Column c : CsvColumns.all()) {
            sb.append(CsvCells.cell("# " + (lang == Lang.JA ? c.alias() + " (" + c.key() + ")" : c.key() + " (" + c.alias() + ")")
                    + ": " + m.t("template.col." + c.key()))).append("\r\n");
        }
        String[] header = new String[CsvColumns.all().size()];
        for (int i = 0; i < header.length; i++) {
            CsvColumns.Column c = CsvColumns.all().get(i);
            header[i] = CsvCells.cell(lang == Lang.JA ? c.alias() : c.key());
        }
        CsvCells.row(sb, header);
        w.write(sb.toString());
    }
}
