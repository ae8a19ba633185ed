package kaigohojo.report;

import java.io.IOException;
import java.util.List;
import kaigohojo.engine.FacilityResult;
import kaigohojo.input.Problem;

/**
 * A report format. Facilities arrive one by one as they are computed (a batch of 100,000 never sits
 * in memory); errors and the summary come at the end.
 */
public interface ReportWriter {
    void begin() throws IOException;

    void facility(FacilityResult r) throws IOException;

    void end(List<Problem> errors, Summary summary) throws IOException;
}
