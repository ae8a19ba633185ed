package kaigohojo.report;

import java.util.List;

/**
 * The totals of a run: files read (with their encodings), facilities computed, how many are eligible,
 * how many submissions failed on input errors, and the subsidy over all facilities.
 */
public record Summary(int files, int facilities, int eligible, int facilitiesWithErrors, int errors,
                      long subsidy, long subsidyIfRequirementsMet, List<FileInfo> fileInfos) {
    /** A file read: its name and the encoding it was read in (null when it could not be read). */
    public record FileInfo(String file, String encoding) {}

    public Summary {
        fileInfos = List.copyOf(fileInfos);
    }
}
