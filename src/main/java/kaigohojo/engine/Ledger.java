package kaigohojo.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kaigohojo.rules.Cited;

/**
 * Remembers which rule values a computation used, so that a report can footnote the unverified ones.
 * A facility uses a few dozen: a list with an identity check is all it takes (rule paths are shared
 * strings), and far cheaper than a hash set for 100,000 facilities.
 */
final class Ledger {
    private final List<String> used = new ArrayList<>(32);

    <T> T use(Cited<T> c) {
        note(c.path());
        return c.value();
    }

    <T> Cited<T> cite(Cited<T> c) {
        note(c.path());
        return c;
    }

    private void note(String path) {
        for (int i = 0; i < used.size(); i++) if (used.get(i) == path) return;
        for (int i = 0; i < used.size(); i++) if (used.get(i).equals(path)) return;
        used.add(path);
    }

    List<String> used() { return Collections.unmodifiableList(used); }
}
