package kaigohojo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kaigohojo.engine.Reason;
import org.junit.jupiter.api.Test;

/**
 * #13: the reports' table of values by list ({@link ByList}) finds what a {@code HashMap} by the same
 * lists finds: equal lists (whatever their class) one value, different ones (an argument, an order, a
 * length apart) another; and it forgets everything past its bound.
 */
class ByListTest {
    private static final String[] CODES = {"paid-this-year", "software-per-account", "ancillary-attached", "terminal-in-software-cap"};

    private static List<Object> randomList(Random rnd) {
        int n = rnd.nextInt(4);
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Object> args = new ArrayList<>();
            int a = rnd.nextInt(3);
            for (int k = 0; k < a; k++) args.add(rnd.nextBoolean() ? (Object) (rnd.nextInt(4) * 10_000L) : "soft" + rnd.nextInt(3));
            list.add(new Reason(CODES[rnd.nextInt(CODES.length)], args, null, rnd.nextBoolean() ? null : "groups.software.cap"));
        }
        // the same elements in another kind of list: equal lists whatever their class, as in a map
        return switch (rnd.nextInt(3)) {
            case 0 -> List.copyOf(list);
            case 1 -> Collections.unmodifiableList(list);
            default -> list;
        };
    }

    @Test
    void findsWhatAHashMapFinds() {
        Random rnd = new Random(13);
        ByList<Integer> ours = new ByList<>();
        Map<List<Object>, Integer> map = new HashMap<>();
        int hits = 0, cleared = 0;
        for (int round = 0; round < 20_000; round++) {
            List<Object> key = randomList(rnd);
            Integer expected = map.get(key);
            Integer got = ours.get(key);
            assertEquals(expected, got, "list " + key);
            if (got == null) {
                ours.put(key, round);
                if (map.size() >= ByList.MAX) { // the bound: all forgotten at once
                    map.clear();
                    cleared++;
                }
                map.put(key, round);
            } else {
                hits++;
            }
        }
        assertEquals(map.size(), ours.size());
        assertTrue(cleared > 0, "the bound was reached");
        assertTrue(hits > 5_000, "the random lists recur, as reasons do: " + hits);
    }

    @Test
    void forgetsEverythingPastItsBound() {
        ByList<String> ours = new ByList<>();
        for (long k = 0; k < ByList.MAX; k++) ours.put(List.of(k), "v" + k);
        assertEquals(ByList.MAX, ours.size());
        assertEquals("v7", ours.get(List.of(7L)));
        ours.put(List.of(-1L), "new");
        assertEquals(1, ours.size());
        assertNull(ours.get(List.of(7L)));
        assertEquals("new", ours.get(new ArrayList<>(List.of(-1L))));
    }
}
