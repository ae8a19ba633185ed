package kaigohojo.engine;

import java.util.Locale;

/** An item's outcome: wholly counted, partly counted (問15: slings beyond the lifts), or not at all. */
public enum Status {
    ELIGIBLE, PARTIAL, INELIGIBLE;

    public String id() { return name().toLowerCase(Locale.ROOT); }
}
