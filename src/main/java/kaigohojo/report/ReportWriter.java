package kaigohojo.report;

import java.io.IOException;
import java.util.List;
import kaigohojo.engine.FacilityResult;
import kaigohojo.input.Problem;

/**
 * A report format. Applications arrive one by one in input order as they are computed (a batch of
 * 100,000 never sits in memory): a computed one as {@link #facility}, one rejected for input errors as
 * {@link #rejected}, so that every application read has its place in every result list. Errors and
 * the summary come at the end.
 */
public interface ReportWriter {
    void begin() throws IOException;

    void facility(FacilityResult r) throws IOException;

    /** An application that could not be computed: its row or entry with status 入力エラー (product.md §6). */
    void rejected(Rejected r) throws IOException;

    void end(List<Problem> errors, Summary summary) throws IOException;

    /**
     * Whether this report prints the steps of a group's computation (its trace); when it does not, the
     * engine does not make them (#13: work a format does not print is not done).
     */
    default boolean printsTrace() { return true; }

    /**
     * Whether this report prints anything made from a result's {@link FacilityResult#rulesUsed} (the unverified
     * rules a facility's amounts rest on); when it does not, the engine does not list them (#13, session 6).
     */
    default boolean printsRulesUsed() { return true; }
}
