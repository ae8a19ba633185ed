package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #8, #13: check and calc agree on {@code amount-overflow} when the input passes every check but the
 * computation itself overflows. check no longer computes a facility inside engine/OverflowBound;
 * these applications are outside it, so check must still compute them and find the overflow, and a
 * clean facility beside them is still counted valid.
 */
class OverflowAgreementTest {
    @TempDir Path dir;

    /** The sum of two software items (each under a long) times the rate 4/5 overflows in GroupFormula. */
    static final String RATE_TIMES_SUM = """
            facility:
              id: "1370000001"
              name: 大きな施設
              service: 介護老人福祉施設
              staff: 28
              security_action: two_star
              improvement_plan: true
            items:
              - {id: s1, category: care_software, pricing: flat, unit_price: 999999999999, quantity: 2000000}
              - {id: s2, category: back_office, pricing: flat, unit_price: 999999999999, quantity: 2000000}
            """;

    /** 問15: the slings' payment shared between the allowed ones, paid × allowed, overflows in ItemRules.liftSling. */
    static final String SLING_SHARE = """
            facility:
              id: "1370000002"
              name: リフトの多い施設
              service: 介護老人福祉施設
              staff: 28
              security_action: two_star
              improvement_plan: true
            items:
              - {id: lift, category: transfer_support, unit_price: 1, quantity: 9999999}
              - {id: slings, category: lift_sling, unit_price: 1, quantity: 10000000, payment: rental, paid_this_year: 999999999999, attached_to: lift}
            """;

    static final String CLEAN = """
            facility:
              id: "1370000003"
              name: ふつうの施設
              service: 介護老人福祉施設
              staff: 28
              security_action: two_star
              improvement_plan: true
            items:
              - {id: m, category: monitoring, unit_price: 250000, quantity: 3}
            """;

    @Test
    void checkAndCalcFindTheOverflowInsideCompute() throws Exception {
        Path in = dir.resolve("apps.yaml");
        Files.writeString(in, RATE_TIMES_SUM + "---\n" + SLING_SHARE + "---\n" + CLEAN, StandardCharsets.UTF_8);
        CliRun check = CliRun.run("check", "--format", "json", in.toString());
        CliRun calc = CliRun.run("calc", "--format", "json", in.toString());
        for (CliRun r : new CliRun[] {check, calc}) {
            assertTrue(r.noStackTrace(), r.err());
            assertEquals(3, r.exit(), r.out() + r.err());
            assertTrue(count(r.out(), "\"code\" : \"amount-overflow\"") >= 2, r.out());
            assertTrue(r.out().contains("1370000001") && r.out().contains("1370000002"), r.out());
        }
        assertEquals(2, count(check.out(), "\"code\" : \"amount-overflow\""), "one error a facility: " + check.out());
        assertTrue(calc.out().contains("1370000003"), "the clean facility is computed: " + calc.out());
    }

    /** A facility of one monitoring item at the largest unit price a file takes, {@code quantity} of them. */
    static String big(int k, long quantity) {
        return """
                facility:
                  id: "13700000%02d"
                  name: 大きな施設%d
                  service: 介護老人福祉施設
                  staff: 28
                  security_action: two_star
                  improvement_plan: true
                items:
                  - {id: m, category: monitoring, unit_price: 999999999999, quantity: %d}
                """.formatted(k, k, quantity);
    }

    /**
     * #13 (session 6): each facility computes, but the batch's totals would pass 2⁶³−1 yen. calc ended in an
     * internal error (Batch.accept's addExact); now the facility that would carry the totals over is rejected
     * with amount-overflow at its place, the batch goes on, every facility is accounted for, and check finds
     * the same facilities. Two batches: facilities outside OverflowBound (check computes them anyway), and
     * facilities inside it whose ceiling is above what check leaves uncomputed.
     */
    @Test
    void theBatchTotalsOverflowAtOneFacilityInCheckAndCalcAlike() throws Exception {
        String cap = "caps.per_unit.monitoring=999999999999"; // a per-unit cap as large as a file takes
        // 1.6e18 yen each (quantity 2,000,000): the sixth carries the totals over
        // 1.44e18 yen each (quantity 1,800,000, inside the bound): the seventh and the eighth
        for (long[] batch : new long[][] {{6, 2_000_000L, 6}, {8, 1_800_000L, 7}}) {
            int n = (int) batch[0];
            StringBuilder yaml = new StringBuilder();
            for (int k = 1; k <= n; k++) yaml.append(k == 1 ? "" : "---\n").append(big(k, batch[1]));
            Path in = dir.resolve("big" + n + ".yaml");
            Files.writeString(in, yaml, StandardCharsets.UTF_8);
            int over = n - (int) batch[2] + 1;
            for (String cmd : new String[] {"check", "calc"}) {
                CliRun r = CliRun.run(cmd, "--set", cap, "--format", "json", in.toString());
                assertTrue(r.noStackTrace(), r.err());
                assertEquals(3, r.exit(), cmd + ": " + r.out() + r.err());
                assertEquals(over, count(r.out(), "\"code\" : \"amount-overflow\"") / (cmd.equals("calc") ? 2 : 1), cmd + ": " + r.out());
                for (int k = (int) batch[2]; k <= n; k++) {
                    assertTrue(r.out().contains("\"facility_id\" : \"13700000%02d\"".formatted(k)), cmd + " " + k + ": " + r.out());
                }
                if (cmd.equals("calc")) {
                    assertTrue(r.out().contains("\"facilities\" : " + (n - over) + ","), r.out());
                    assertTrue(r.out().contains("\"facilities_with_errors\" : " + over + ","), r.out());
                }
            }
        }
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
