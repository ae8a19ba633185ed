package kaigohojo.engine;

import java.util.Locale;

/** An item's outcome: wholly counted, partly counted (問15: slings beyond the lifts), or not at all. */
public enum Status {
    ELIGIBLE, PARTIAL, INELIGIBLE;

    /** The id the reports print (eligible …), made once (#13: it was lower-cased again at every call, for every item row). */
    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() { return id; }
}
