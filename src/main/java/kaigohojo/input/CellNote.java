package kaigohojo.input;

import java.util.List;

/**
 * What a workbook's cell said about itself while it was turned into text (a number that lost the
 * leading zero of its 事業所番号, a formula without a value): an error of the row's facility.
 *
 * @param column 0-based column of the cell
 */
record CellNote(int column, ErrorCode code, String value, String suggestion, List<Object> args) {
    static CellNote of(int column, ErrorCode code, String value, Object... args) {
        return new CellNote(column, code, value, null, List.of(args));
    }

    CellNote withSuggestion(String s) { return new CellNote(column, code, value, s, args); }
}
