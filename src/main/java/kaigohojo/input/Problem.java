package kaigohojo.input;

import java.util.List;

/**
 * One error in an input: where it is, which field, what value, a stable code and the arguments of its
 * message. The message itself is rendered in the report's language ({@code error.<code>} in the bundles).
 *
 * @param field the key or column as the input names it, or a path ending in it (items[2].unit_price)
 * @param suggestion a "did you mean" candidate, or null
 * @param facilityId the 事業所番号 of the application the error belongs to, when it could be read (else null)
 * @param facilityName its 事業所名, when it could be read (else null)
 */
public record Problem(Location at, String field, String value, String code, List<Object> args, String suggestion,
                      String facilityId, String facilityName) {

    public Problem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public Problem(Location at, String field, String value, String code, List<Object> args, String suggestion) {
        this(at, field, value, code, args, suggestion, null, null);
    }

    /** This error, marked with the 事業所番号 and 事業所名 of the application it belongs to (either may be null). */
    public Problem withFacility(String id, String name) {
        if (facilityId != null || facilityName != null) return this;
        return new Problem(at, field, value, code, args, suggestion, id, name);
    }

    public static Problem of(Location at, String field, String value, ErrorCode code, Object... args) {
        return new Problem(at, field, value, code.id(), List.of(args), null);
    }

    public Problem withSuggestion(String s) {
        return new Problem(at, field, value, code, args, s, facilityId, facilityName);
    }

    /** "file:line:column" as editors and compilers print it; the parts that are unknown left out. In a
     * workbook "file sheet!cell" ({@code 申請.xlsx 申請!D7}), as the clerk sees it. */
    public String where() {
        return at.toString();
    }

    /** The workbook cell ({@code 申請!D7}), or null for a text file. */
    public String cell() { return at.cell(); }

    public String file() { return at.file(); }
    public int line() { return at.line(); }
    public int column() { return at.column(); }
}
