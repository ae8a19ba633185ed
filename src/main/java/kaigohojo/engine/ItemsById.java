package kaigohojo.engine;

import java.util.List;
import java.util.Map;

/**
 * A facility's items by id, as a map of them would give them (the last item of an id). Up to {@link #SCAN}
 * items an id is found by comparing it with theirs, past that through a map (#13, session 6: most
 * facilities have about ten items, and a map made for each of a million facilities cost more than the
 * comparisons; a facility of 100,000 items still finds each in one look-up, #8).
 */
final class ItemsById {
    static final int SCAN = 16;
    private final List<ItemState> items;
    private final Map<String, ItemState> map;

    ItemsById(List<ItemState> items) {
        this(items, SCAN);
    }

    /** @param scan up to how many items an id is found by comparison (tests give 0: always the map) */
    ItemsById(List<ItemState> items, int scan) {
        this.items = items;
        if (items.size() <= scan) {
            map = null;
        } else {
            map = new java.util.HashMap<>(items.size() * 2);
            for (ItemState st : items) map.put(st.item.id(), st);
        }
    }

    ItemState get(String id) {
        if (map != null) return map.get(id);
        for (int i = items.size() - 1; i >= 0; i--) {
            ItemState st = items.get(i);
            if (st.item.id().equals(id)) return st;
        }
        return null;
    }
}
