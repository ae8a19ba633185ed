package kaigohojo.input;

import java.util.ArrayList;
import java.util.List;

/**
 * #13: a mapping whose entries are read from elsewhere (a CSV row's cells, a CSV facility's chosen values)
 * and made only when asked for, with {@code --set}'s changes on top: a key set is read from the changes,
 * in the place of the entry it replaces; a key the cells do not give comes after theirs, as
 * {@link YNode.Mapping#replace} orders a tree's.
 */
abstract class OverlaidMapping extends YNode.Mapping {
    /** What --set changed or added, or null while nothing was. */
    private YNode.Mapping overrides;

    OverlaidMapping(int line, int column) {
        super(line, column, 0);
    }

    /** The entry the cells give {@code key} (made now), or null. */
    abstract YNode.Entry base(String key);

    /** The keys the cells give, in their order. */
    abstract List<String> baseKeys();

    /** Whether --set changed anything here. */
    final boolean overridden() { return overrides != null; }

    /** Whether --set changed {@code key}. */
    final boolean overrides(String key) { return overrides != null && overrides.entry(key) != null; }

    @Override
    public YNode.Entry entry(String key) {
        if (overrides != null) {
            YNode.Entry o = overrides.entry(key);
            if (o != null) return o;
        }
        return base(key);
    }

    @Override
    public YNode get(String key) {
        YNode.Entry e = entry(key);
        return e == null ? null : e.value();
    }

    @Override
    public YNode.Entry put(YNode.Entry e) {
        YNode.Entry old = entry(e.key());
        if (old == null) replace(e);
        return old;
    }

    @Override
    public void replace(YNode.Entry e) {
        if (overrides == null) overrides = new YNode.Mapping(line(), column());
        overrides.replace(e);
    }

    @Override
    public List<YNode.Entry> list() {
        List<String> keys = baseKeys();
        List<YNode.Entry> out = new ArrayList<>();
        for (String k : keys) {
            YNode.Entry e = entry(k);
            if (e != null) out.add(e);
        }
        if (overrides != null) {
            for (YNode.Entry e : overrides.list()) if (!keys.contains(e.key())) out.add(e);
        }
        return out;
    }

    @Override
    public boolean isEmpty() { return false; }
}
