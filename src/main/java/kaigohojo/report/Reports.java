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
            case "csv": return perFacility ? new CsvReport.PerFacility(ctx, out) : new CsvReport.PerItem(ctx, out);
            default: return new TableReport(ctx, out);
        }
    }
}
