package kaigohojo.input;

/**
 * Stable codes of input errors. The id is what reports, JSON and {@code check} print; never rename one.
 * The message of each is {@code error.<id>} in the message bundles.
 */
public enum ErrorCode {
    // whole files
    FILE_NOT_FOUND("file-not-found"),
    FILE_UNREADABLE("file-unreadable"),
    STDIN_CLOSED("stdin-closed"), // #8: calc - <&-
    FILE_EMPTY("file-empty"),
    FILE_TOO_LARGE("file-too-large"),
    BINARY_FILE("binary-file"),
    BINARY_REST("binary-rest"), // session 4: a NUL past the first megabyte: that facility in error, the rest not read
    ENCODING("invalid-encoding"),
    UNSUPPORTED_FILE_TYPE("unsupported-file-type"),
    NO_INPUT_FILES("no-input-files"),
    // YAML structure
    YAML_SYNTAX("yaml-syntax"),
    YAML_ALIAS("yaml-alias"),
    TOO_DEEP("too-deep"),
    NOT_A_MAPPING("not-a-mapping"),
    NOT_A_LIST("not-a-list"),
    NOT_A_SCALAR("not-a-scalar"),
    UNKNOWN_KEY("unknown-key"),
    DUPLICATE_KEY("duplicate-key"),
    MISSING_FIELD("missing-field"),
    // CSV structure
    CSV_UNBALANCED_QUOTE("csv-unbalanced-quote"),
    CSV_NO_HEADER("csv-no-header"),
    /** #10: the workbook's sheet read has nothing on it (the CSV file's csv-no-header). */
    SHEET_EMPTY("sheet-empty"),
    CSV_UNKNOWN_COLUMN("unknown-column"),
    CSV_DUPLICATE_COLUMN("duplicate-column"),
    CSV_MISSING_COLUMN("missing-column"),
    CSV_FIELD_COUNT("csv-field-count"),
    CSV_FACILITY_CONFLICT("facility-conflict"),
    CSV_FACILITY_SPLIT("facility-split"),
    REPORT_NOT_INPUT("report-not-input"),
    DUPLICATE_FACILITY("duplicate-facility"),
    PARTS_DISAGREE("parts-disagree"), // #9: --split-facility merge, parts stating a field differently
    PART_NOT_MERGED("part-not-merged"), // #9: --split-facility merge, a part that read well beside one that failed
    // values
    INVALID_AMOUNT("invalid-amount"),
    NEGATIVE_AMOUNT("negative-amount"),
    AMOUNT_TOO_LARGE("amount-too-large"),
    INVALID_NUMBER("invalid-number"),
    INVALID_QUANTITY("invalid-quantity"),
    INVALID_BOOLEAN("invalid-boolean"),
    INVALID_DATE("invalid-date"),
    INVALID_FACILITY_ID("invalid-facility-id"),
    INVALID_ITEM_ID("invalid-item-id"),
    INVALID_VALUE("invalid-value"),
    UNKNOWN_CATEGORY("unknown-category"),
    UNKNOWN_SERVICE("unknown-service"),
    UNKNOWN_PREFECTURE("unknown-prefecture"),
    // consistency of one submission
    NO_ITEMS("no-items"),
    DUPLICATE_ITEM_ID("duplicate-item-id"),
    ATTACHED_TO_UNKNOWN("attached-to-unknown"),
    ATTACHED_TO_INVALID("attached-to-invalid"),
    PAID_THIS_YEAR_REQUIRED("paid-this-year-required"),
    STAFF_REQUIRED("staff-required"),
    PRICE_REQUIRED("price-required"),
    AMOUNT_OVERFLOW("amount-overflow"),
    // #10: workbooks
    WORKBOOK_XLS("workbook-xls"),
    WORKBOOK_ENCRYPTED("workbook-encrypted"),
    WORKBOOK_MACROS("workbook-macros"),
    WORKBOOK_CORRUPT("workbook-corrupt"),
    WORKBOOK_TOO_LARGE("workbook-too-large"),
    /** Session 4 (L): the Java heap ran out while a workbook was read: not a damaged workbook. */
    WORKBOOK_OUT_OF_MEMORY("workbook-out-of-memory"),
    SHEET_NOT_FOUND("sheet-not-found"),
    FACILITY_ID_LOST_ZERO("facility-id-lost-zero"),
    FORMULA_WITHOUT_VALUE("formula-without-value"),
    CELL_ERROR("cell-error"),
    CELL_TOO_LONG("cell-too-long"),
    // #10: warnings (reported, nothing refused)
    COLUMN_IGNORED("column-ignored"),
    WORKBOOK_AS_CSV("workbook-named-csv"),
    // #8: hostile input, second round
    LINE_TOO_LONG("line-too-long");

    private final String id;

    ErrorCode(String id) { this.id = id; }

    public String id() { return id; }
}
