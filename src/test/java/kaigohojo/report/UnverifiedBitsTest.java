package kaigohojo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import kaigohojo.engine.Fixture;
import kaigohojo.rules.RuleLeaf;
import kaigohojo.rules.RuleSet;
import kaigohojo.text.Lang;
import org.junit.jupiter.api.Test;

/**
 * #13 (session 5): the JSON report remembers a facility's {@code unverified_rules} array by
 * {@link ReportContext#unverifiedBits}; the bits name exactly the list {@link ReportContext#unverified}
 * gives (bit k: the k-th unverified value in rule-file order), for random sets of rules used.
 */
class UnverifiedBitsTest {
    @Test
    void theBitsAreTheList() {
        for (RuleSet rules : List.of(Fixture.r8(), Fixture.r7())) {
            ReportContext ctx = new ReportContext(Lang.JA, rules, false);
            List<String> paths = new ArrayList<>(rules.leaves().keySet());
            List<RuleLeaf> all = ctx.unverified(paths);
            assertTrue(!all.isEmpty() && all.size() <= 63, "national rules have a few unverified values: " + all.size());
            Random rnd = new Random(63);
            for (int round = 0; round < 500; round++) {
                Set<String> used = new HashSet<>();
                for (String p : paths) if (rnd.nextInt(3) == 0) used.add(p);
                used.add("no.such.rule");
                long bits = ctx.unverifiedBits(used);
                List<RuleLeaf> fromBits = new ArrayList<>();
                for (int k = 0; k < all.size(); k++) if ((bits >>> k & 1) != 0) fromBits.add(all.get(k));
                assertEquals(ctx.unverified(used), fromBits);
                assertEquals(0, bits >>> all.size(), "no bit beyond the rule set's unverified values");
            }
        }
    }
}
