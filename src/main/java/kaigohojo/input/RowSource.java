package kaigohojo.input;

import java.io.IOException;

/** Rows of a table, one at a time: the lines of a CSV file or the rows of a workbook's sheet. */
interface RowSource {
    /** Fills {@code row} with the next row; false at the end. */
    boolean next(CsvLexer.Row row) throws IOException;

    /** Told once the header is known: what each column is (null for a column no field is read from). */
    default void columns(CsvColumns.Column[] columns) {}

    /** Completes a row read before the columns were known (a workbook pads its trailing blanks). */
    default void complete(CsvLexer.Row row) {}

    /** The field separator (#8: an unreadable record's facility id is its first field by this separator). */
    default char delimiter() { return ','; }
}
