package kaigohojo.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact facility-id map answers as a HashMap of the same ids would (seeded property test). */
class FacilityIdMapTest {
    private static String id(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> String.format("%010d", r.nextInt(3000));              // 介護保険事業所番号, leading zeros
            case 1 -> Integer.toString(r.nextInt(3000));                     // the same numbers without them
            case 2 -> "1" + "0".repeat(16 + r.nextInt(3)) + r.nextInt(9);   // 18–20 digits: not packed
            case 3 -> "A" + r.nextInt(300);                                  // not digits
            case 4 -> Long.toString(99_999_999_999_999_999L - r.nextInt(50)); // 17 digits, the largest packed
            default -> "１２３" + r.nextInt(5);                              // non-ASCII digits
        };
    }

    @Test
    void answersAsAHashMap() {
        long seed = Long.getLong("kaigo.seed", 13L);
        Random r = new Random(seed);
        for (boolean values : new boolean[] {true, false}) {
            FacilityIdMap m = values ? FacilityIdMap.withValues() : FacilityIdMap.set();
            Map<String, Long> ref = new HashMap<>();
            for (int i = 0; i < 50_000; i++) {
                String id = id(r);
                long v = values ? r.nextInt(1 << 30) : 0;
                Long before = ref.putIfAbsent(id, v);
                assertEquals(before == null ? FacilityIdMap.ABSENT : before, m.putIfAbsent(id, v), id + " seed " + seed);
                String probe = id(r);
                assertEquals(ref.getOrDefault(probe, FacilityIdMap.ABSENT), m.get(probe), probe + " seed " + seed);
            }
            assertEquals(ref.size(), m.size());
        }
    }

    @Test
    void leadingZerosMakeADifferentId() {
        assertNotEquals(FacilityIdMap.key("0123"), FacilityIdMap.key("123"));
        assertEquals(0, FacilityIdMap.key(""));
        assertEquals(0, FacilityIdMap.key("123456789012345678"));
        FacilityIdMap m = FacilityIdMap.withValues();
        m.putIfAbsent("0123", 7);
        assertEquals(FacilityIdMap.ABSENT, m.get("123"));
        assertEquals(7, m.get("0123"));
    }
}
