package kaigohojo.report;

import java.util.List;
import kaigohojo.input.Problem;

/**
 * An application that was read but not computed because of input errors (product.md §6): where it
 * starts, its 事業所番号 and 事業所名 where they could be read (else null), and its errors (at least one).
 * Every result list shows it beside the computed ones, with the status 入力エラー.
 */
public record Rejected(String file, int line, String facilityId, String facilityName, List<Problem> errors) {
    public Rejected {
        errors = List.copyOf(errors);
        if (errors.isEmpty()) throw new IllegalArgumentException("a rejected application has at least one error");
    }

    public Problem first() { return errors.get(0); }
}
