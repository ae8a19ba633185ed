package kaigohojo.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A facility's cap groups by name, in the order of their first member, as a LinkedHashMap of them would
 * hold them; also the set of names already given. Up to {@code scan} names a name is found by comparing it
 * with theirs, past that through a map (#13, session 6: a facility has a few groups, and the map made for
 * each of a million facilities cost more than the comparisons; 100,000 per-unit groups stay linear).
 */
final class Groups {
    private final int scan;
    private final List<String> names = new ArrayList<>(8);
    private final List<List<ItemState>> members = new ArrayList<>(8);
    private Map<String, Integer> index;

    Groups(int scan) {
        this.scan = scan;
    }

    /** A set of names holding {@code first} (members are not kept). */
    static Groups names(java.util.Collection<String> first, int scan) {
        Groups g = new Groups(scan);
        for (String n : first) g.add(n, null);
        return g;
    }

    private int indexOf(String name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < names.size(); i++) if (names.get(i).equals(name)) return i;
        return -1;
    }

    boolean contains(String name) { return indexOf(name) >= 0; }

    /** Adds a member to the group of that name, made when it is new; a null member only names the group. */
    void add(String name, ItemState member) {
        int i = indexOf(name);
        if (i < 0) {
            i = names.size();
            names.add(name);
            members.add(member == null ? null : new ArrayList<>(4));
            if (index != null) {
                index.put(name, i);
            } else if (names.size() > scan) {
                index = new java.util.HashMap<>(names.size() * 4);
                for (int k = 0; k < names.size(); k++) index.put(names.get(k), k);
            }
        }
        if (member != null) members.get(i).add(member);
    }

    int size() { return names.size(); }
    String name(int i) { return names.get(i); }
    List<ItemState> members(int i) { return members.get(i); }
}
