package kaigohojo.report;

import java.io.IOException;
import java.io.Writer;

/** Picks the report writer for a {@code --format}. */
public final class Reports {
    private Reports() {}

    public static ReportWriter writer(String format, ReportContext ctx, Writer out, boolean perFacility)
            throws IOException {
        switch (format) {
            case "json": return new JsonReport(ctx, out);
            case "markdown": return new MarkdownReport(ctx, out);
            case "html": return new HtmlReport(ctx, out); // #11
            case "csv": return perFacility ? new CsvReport.PerFacility(ctx, out) : new CsvReport.PerItem(ctx, out);
            default: return new TableReport(ctx, out);
        }
    }

    /** #10: {@code check --format xlsx}. */
    public static void checkWorkbook(ReportContext ctx, java.io.OutputStream out, CheckReport.Tally t,
                                     java.util.List<Summary.FileInfo> files) throws IOException {
        XlsxChecks.check(ctx, out, t, files);
    }

    /**
     * #10: {@code compare --format xlsx}; #9: the --split-facility choice stated on every facility's sheet, and
     * with --own-year (session 4) the base's fiscal year in which every date was judged.
     */
    public static void compareWorkbook(ReportContext ctx, java.io.OutputStream out,
                                       java.util.List<CompareReport.Column> columns, String split, Integer ownYear) throws IOException {
        XlsxChecks.compare(ctx, out, columns, split, ownYear);
    }

    /** #10: {@code template --format xlsx}. */
    public static void template(java.io.OutputStream out, kaigohojo.text.Lang lang, kaigohojo.input.Vocabulary vocab,
                                kaigohojo.rules.Rules rules) throws IOException {
        XlsxTemplate.write(out, lang, vocab, rules);
    }

    /** #10: {@code calc --format xlsx}; the workbook classes load only here. */
    public static ReportWriter workbook(ReportContext ctx, java.io.OutputStream out) throws IOException {
        return new XlsxReport(ctx, out);
    }
}
