package kaigohojo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import kaigohojo.rules.Cited;
import kaigohojo.rules.Provenance;
import org.junit.jupiter.api.Test;

/**
 * #13: the ledger's table of noted paths gives what a LinkedHashSet gives: each path once, in the order
 * first noted, whether a path comes back as the same string or as an equal copy, for any number of paths.
 */
class LedgerTest {
    @Test
    void eachPathOnceInTheOrderFirstNoted() {
        Random rnd = new Random(13);
        for (int round = 0; round < 500; round++) {
            int distinct = 1 + rnd.nextInt(round < 250 ? 40 : 400);
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < distinct; i++) paths.add("caps.per_unit." + rnd.nextInt(distinct * 2));
            Ledger ledger = new Ledger();
            LinkedHashSet<String> expected = new LinkedHashSet<>();
            for (int n = 0; n < distinct * 4; n++) {
                String p = paths.get(rnd.nextInt(paths.size()));
                if (rnd.nextBoolean()) p = new String(p); // an equal path that is not the same string
                expected.add(p);
                if (rnd.nextBoolean()) ledger.cite(new Cited<>(1L, p, Provenance.of(null, null, true)));
                else assertEquals(2L, ledger.use(new Cited<>(2L, p, Provenance.of(null, null, true))));
            }
            assertEquals(List.copyOf(expected), List.copyOf(ledger.used()));
            for (int probe = 0; probe < 50; probe++) {
                String p = "caps.per_unit." + rnd.nextInt(distinct * 3);
                assertEquals(expected.contains(p), ledger.used().contains(p), p);
            }
        }
    }
}
