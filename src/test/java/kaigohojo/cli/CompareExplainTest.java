package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** compare shows every line of a total and names the cause of every difference: one test per kind of cause. */
class CompareExplainTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Every difference the JSON shows, as "scenario/line: kinds", and none without a cause. */
    static List<String> causes(CliRun r) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(r.out()).get("facilities")) {
            f.get("scenarios").properties().forEach(e -> {
                for (JsonNode d : e.getValue().get("causes")) {
                    assertTrue(d.get("causes").size() > 0, "a difference without a cause: " + d);
                    List<String> kinds = new ArrayList<>();
                    for (JsonNode k : d.get("causes")) kinds.add(k.get("kind").asText() + " " + k.get("message").asText());
                    out.add(e.getKey() + "/" + d.get("line").asText() + ": " + String.join(" | ", kinds));
                }
            });
        }
        return out;
    }

    /** The causes of {@code compare --format json ARGS…}. */
    static List<String> jsonCauses(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("compare", "--format", "json"));
        all.addAll(List.of(args));
        return causes(CliRun.run(all.toArray(String[]::new)));
    }

    static String find(List<String> causes, String prefix) {
        for (String c : causes) if (c.startsWith(prefix)) return c;
        fail("no difference " + prefix + " in " + causes);
        return null;
    }

    @Test
    @DisplayName("a prefecture's facility cap: the groups' sum and the cut are rows, and the cut is explained by facility_cap")
    void facilityCapRowAndItsCause() throws Exception {
        CliRun t = CliRun.run("compare", "samples/01-tokuyo-sakura.yaml", "-s", "pref=--rules=samples/rules/pref-example.yaml");
        assertEquals(0, t.exit(), t.err());
        assertTrue(t.out().contains("グループの計"), t.out());
        assertTrue(t.out().contains("5,869,000"), "the groups add up to 5,869,000: " + t.out());
        assertTrue(t.out().contains("−1,869,000"), "the cap's cut is a row: " + t.out());
        assertTrue(t.out().contains("事業所の上限による減額: −1,869,000円 ← 規則の値 1事業所あたりの上限: - → 4,000,000（例示県交付要綱 第5条）"), t.out());
        List<String> c = jsonCauses("samples/01-tokuyo-sakura.yaml", "-s", "pref=--rules=samples/rules/pref-example.yaml");
        assertTrue(find(c, "pref/facility-cap").contains("rule 規則の値 1事業所あたりの上限"));
        assertTrue(find(c, "pref/total").contains("1事業所あたりの上限"));
    }

    @Test
    @DisplayName("rule values that differ and touch the group: rate 4/5 → 3/4 and caps.package 10,000,000 → 4,000,000")
    void ruleValueCauses() throws Exception {
        List<String> c = jsonCauses("samples/06-package-aoba.yaml", "-s", "pref=--rules=samples/rules/pref-example.yaml");
        String pkg = find(c, "pref/package");
        assertTrue(pkg.contains("パッケージ型の基準額: 10,000,000 → 4,000,000"), pkg);
        assertTrue(pkg.contains("補助率: 4/5 → 3/4"), pkg);
        assertFalse(pkg.contains("vendor_explanation"), "a rule value that does not touch the group is not a cause: " + pkg);
    }

    @Test
    @DisplayName("an input the scenario changed: facility.staff=20 lowers the software cap")
    void inputCause() throws Exception {
        List<String> c = jsonCauses("samples/01-tokuyo-sakura.yaml", "-s", "staff20=facility.staff=20");
        assertTrue(find(c, "staff20/software").contains("input 入力の変更 facility.staff=20"), c.toString());
        assertEquals(2, c.size(), "only software and the total differ: " + c);
    }

    @Test
    @DisplayName("問7 and the fiscal year: R7 judges an R8 training date outside its year; --own-year judges it in the application's year")
    void dateCauseAndOwnYear() throws Exception {
        List<String> c = jsonCauses("samples/01-tokuyo-sakura.yaml", "-s", "r7=--rules=national-r7");
        String imp = find(c, "r7/improvement_support");
        assertTrue(imp.contains("date 研修「生産性向上ビギナーセミナー」の受講日 2026-05-20 が r7 の年度（2025-04-01〜2026-03-31）の外"), imp);
        assertTrue(imp.contains("--own-year"), imp);
        List<String> own = jsonCauses("--own-year", "samples/01-tokuyo-sakura.yaml", "-s", "r7=--rules=national-r7");
        String imp2 = find(own, "r7/improvement_support");
        assertFalse(imp2.contains("date "), imp2);
        CliRun t = CliRun.run("compare", "--own-year", "samples/01-tokuyo-sakura.yaml", "-s", "r7=--rules=national-r7");
        assertTrue(t.out().contains("412,000 (−28,000)") || t.out().contains("(−28,000)"), t.out());
    }

    @Test
    @DisplayName("a requirement the scenario no longer meets: the total's cause names it")
    void requirementsCause() throws Exception {
        List<String> c = jsonCauses("samples/03-houmon-himawari.yaml", "-s", "nosa=facility.security_action=none");
        String total = find(c, "nosa/total");
        assertTrue(total.contains("requirements 補助要件 充足 → 未充足"), total);
        assertTrue(total.contains("facility.security_action=none"), total);
    }

    @Test
    @DisplayName("compare --format csv (UTF-8 with BOM, a row per line, the difference and its causes) and html")
    void csvAndHtml() {
        CliRun csv = CliRun.run("compare", "--format", "csv", "samples/06-package-aoba.yaml", "-s", "pref=--rules=samples/rules/pref-example.yaml");
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(csv.out().contains("事業所番号,事業所名,行,基準,pref,pref の差,pref の差の理由"), csv.out());
        assertTrue(csv.out().contains("0110000606,特別養護老人ホーム あおば,パッケージ型,6640000,4000000,-2640000,"), csv.out());
        CliRun en = CliRun.run("compare", "--lang", "en", "--format", "csv", "samples/06-package-aoba.yaml", "-s", "pref=--rules=samples/rules/pref-example.yaml");
        assertTrue(en.out().startsWith("facility_id,facility_name,line,base,pref"), en.out());
        CliRun html = CliRun.run("compare", "--format", "html", "samples/07-two-facilities.yaml", "-s", "r7=--rules=national-r7");
        assertEquals(0, html.exit(), html.err());
        assertEquals(2, html.out().split("<section class=\"page\"", -1).length - 1);
        assertTrue(html.out().contains("差の理由"));
    }
}
