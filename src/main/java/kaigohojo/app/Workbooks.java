package kaigohojo.app;

import java.util.function.UnaryOperator;
import kaigohojo.input.SubmissionReader;
import kaigohojo.input.Vocabulary;
import kaigohojo.input.YNode;

/**
 * The one door to the workbook reader: its class (and the workbook library behind it) is loaded only
 * when a workbook is read, so that a YAML or CSV run starts as fast as before (docs/workbooks.md).
 */
final class Workbooks {
    private Workbooks() {}

    static SubmissionReader reader(Vocabulary vocab, UnaryOperator<YNode> transform, String sheet) {
        return kaigohojo.input.WorkbookSubmissionReader.create(vocab, transform, sheet);
    }
}
