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

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
