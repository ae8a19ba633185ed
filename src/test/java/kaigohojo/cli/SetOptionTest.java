package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code --set KEY=VALUE} for every class of path (product.md §5): rule values of each type, facility
 * fields, linkage fields, one item's field, every item's field; and the usage errors (exit 2).
 */
class SetOptionTest {

    private static String json(String sample, String... sets) {
        String[] args = new String[3 + sets.length * 2];
        args[0] = "calc";
        args[1] = "--format";
        args[2] = "json";
        for (int i = 0; i < sets.length; i++) {
            args[3 + 2 * i] = "--set";
            args[4 + 2 * i] = sets[i];
        }
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = "samples/" + sample;
        CliRun r = CliRun.run(all);
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }

    @ParameterizedTest(name = "{0}={1}")
    @DisplayName("rule values of every type")
    @CsvSource(delimiter = '|', value = {
            // fraction: 04 kyotaku: software 1,000,000 × 3/4 = 750,000
            "rate|3/4|04-kyotaku-kaede.yaml|\"subsidy\" : 750000",
            // enum: cap_then_rate on 02 roken lift: min(1,896,000, 2,000,000) × 4/5 = 1,516,800 → 1,516,000 (same); software min(3,640,000, 2,500,000) × 4/5 = 2,000,000
            "formula|cap_then_rate|02-roken-asahi.yaml|\"subsidy\" : 2000000",
            // yen with Japanese forms
            "caps.software.staff_bands.1-10|80万円|04-kyotaku-kaede.yaml|\"cap\" : 800000",
            // yen_or_none: a facility cap
            "facility_cap|1,000,000|01-tokuyo-sakura.yaml|\"facility_cap_reduction\" : 5018000",
            // per-unit cap of one category
            "caps.per_unit.intercom|20000|01-tokuyo-sakura.yaml|\"cap\" : 200000",
            // count
            "linkage_bonus.min_partners|8|03-houmon-himawari.yaml|\"cap\" : 1500000",
            // boolean: R7's rule on the linkage record
            "requirements.linkage_record|false|03-houmon-himawari.yaml|\"eligible\" : true",
            // list: onboarding support would need back-office software instead
            "item_rules.onboarding_support_requires|back_office|01-tokuyo-sakura.yaml|\"code\" : \"onboarding-without-software\"",
            // enum read by an item rule (問17)
            "vendor_explanation|allowed|01-tokuyo-sakura.yaml|\"vendor_explanation=allowed\"",
    })
    void ruleValues(String key, String value, String sample, String expected) {
        String out = json(sample, key + "=" + value);
        assertTrue(out.contains(expected), key + ": " + expected + "\n" + out);
    }

    @Test
    @DisplayName("facility fields, linkage fields, one item's field and every item's field")
    void inputFields() {
        // 03: staff 12 → 31: cap 2,500,000 + 50,000
        assertTrue(json("03-houmon-himawari.yaml", "facility.staff=31").contains("\"cap\" : 2550000"));
        // linkage partners below 5: no bonus
        assertTrue(json("03-houmon-himawari.yaml", "facility.care_plan_linkage.partners=4").contains("\"cap\" : 1500000"));
        // requirement unmet: security action none → subsidy 0, the amount once met still shown
        String none = json("03-houmon-himawari.yaml", "facility.security_action=none");
        assertTrue(none.contains("\"subsidy\" : 0") && none.contains("\"subsidy_if_requirements_met\" : 1180000"), none);
        // one item: chat paid 200,000 → 160,000
        assertTrue(json("03-houmon-himawari.yaml", "items.chat.paid_this_year=200000").contains("\"subsidy\" : 160000"));
        // every item marked other_subsidy → nothing eligible
        String all = json("05-gh-momiji.yaml", "items.*.other_subsidy=true");
        assertTrue(all.contains("\"subsidy\" : 0") && !all.contains("\"status\" : \"eligible\""), all);
    }

    @Test
    @DisplayName("bad keys and values are usage errors (exit 2) with a did-you-mean")
    void errors() {
        CliRun a = CliRun.run("calc", "--set", "caps.pakage=1", "samples/01-tokuyo-sakura.yaml");
        assertEquals(2, a.exit());
        assertTrue(a.err().contains("caps.package"), a.err());
        CliRun b = CliRun.run("calc", "--set", "rate=abc", "samples/01-tokuyo-sakura.yaml");
        assertEquals(2, b.exit());
        assertTrue(b.err().contains("分数") && !b.err().contains("fraction"), "the expected form in words, not the type's name: " + b.err());
        CliRun c = CliRun.run("calc", "--set", "rate=5/4", "samples/01-tokuyo-sakura.yaml");
        assertEquals(2, c.exit(), "a rate above 1 would pay more than the cost");
        CliRun d = CliRun.run("calc", "--set", "facility.staff=many", "samples/01-tokuyo-sakura.yaml");
        assertEquals(2, d.exit());
        CliRun e = CliRun.run("calc", "--set", "items.soft.unit_prize=1", "samples/01-tokuyo-sakura.yaml");
        assertEquals(2, e.exit());
        assertTrue(e.err().contains("items.soft.unit_price"), e.err());
        CliRun f = CliRun.run("calc", "--set", "rate", "samples/01-tokuyo-sakura.yaml");
        assertEquals(2, f.exit());
        CliRun g = CliRun.run("calc", "--set", "caps", "samples/01-tokuyo-sakura.yaml");
        assertEquals(2, g.exit());
        CliRun h = CliRun.run("calc", "--set", "caps=1", "samples/01-tokuyo-sakura.yaml");
        assertEquals(2, h.exit());
        assertTrue(h.err().contains("caps."), h.err());
        for (CliRun r : new CliRun[] {a, b, c, d, e, f, g, h}) assertTrue(r.noStackTrace(), r.err());
    }
}
