package kaigohojo.report;

import java.util.List;

/**
 * The totals of a run: files read (with their encodings), facilities computed, how many are eligible,
 * how many submissions failed on input errors, and the subsidy over all facilities.
 */
public record Summary(int files, int facilities, int eligible, int facilitiesWithErrors, int errors,
                      long subsidy, long subsidyIfRequirementsMet, List<FileInfo> fileInfos) {
    /** A file read: its name and the encoding it was read in (null when it could not be read). */
    public record FileInfo(String file, String encoding, List<kaigohojo.input.Problem> warnings) {
        public FileInfo(String file, String encoding) {
            this(file, encoding, List.of());
        }

        public FileInfo {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }

        /** #10: true when the file was read as more than a plain encoding (a workbook, tab-separated, …). */
        public boolean readAs() { return encoding != null && (encoding.contains("+") || encoding.startsWith("xlsx:")); }
    }

    public Summary {
        fileInfos = List.copyOf(fileInfos);
    }
}
