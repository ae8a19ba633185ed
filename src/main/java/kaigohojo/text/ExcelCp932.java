package kaigohojo.text;

/**
 * Characters that Java's CP932 encoder refuses but Excel's CP932 holds under another code point: the
 * JIS X 0208 forms Japanese text is typed in (〜 WAVE DASH, − MINUS SIGN, ‖, —, ¢, £, ¬) have their
 * Windows (MS932) twins (～, －, ∥, ―, ￠, ￡, ￢). Written as the twin, a 「2026-04-01〜2027-03-31」 stays
 * readable in Excel instead of becoming "?".
 */
public final class ExcelCp932 {
    private ExcelCp932() {}

    /** The character Excel's CP932 shows for {@code c}, or 0 when there is none. */
    public static char twin(char c) {
        switch (c) {
            case '\u301C': return '\uFF5E'; // WAVE DASH → FULLWIDTH TILDE
            case '\u2212': return '\uFF0D'; // MINUS SIGN → FULLWIDTH HYPHEN-MINUS
            case '\u2016': return '\u2225'; // DOUBLE VERTICAL LINE → PARALLEL TO
            case '\u2014': return '\u2015'; // EM DASH → HORIZONTAL BAR
            case '\u00A2': return '\uFFE0'; // CENT SIGN → FULLWIDTH CENT SIGN
            case '\u00A3': return '\uFFE1'; // POUND SIGN → FULLWIDTH POUND SIGN
            case '\u00AC': return '\uFFE2'; // NOT SIGN → FULLWIDTH NOT SIGN
            default: return 0;
        }
    }
}
