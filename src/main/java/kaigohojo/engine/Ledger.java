package kaigohojo.engine;

import java.util.LinkedHashSet;
import java.util.Set;
import kaigohojo.rules.Cited;

/** Remembers which rule values a computation used, so that a report can footnote the unverified ones. */
final class Ledger {
    private final Set<String> used = new LinkedHashSet<>();

    <T> T use(Cited<T> c) {
        used.add(c.path());
        return c.value();
    }

    <T> Cited<T> cite(Cited<T> c) {
        used.add(c.path());
        return c;
    }

    Set<String> used() { return used; }
}
