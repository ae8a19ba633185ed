package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** #12: the built-in prefectural rule sets, run through the real command line. */
class PrefecturalRulesCliTest {
    @TempDir Path dir;

    /** 千葉県 R7: per-unit devices 9,000,000 after the rate, over the 7,500,000 cap on all but the software. */
    private static final String CHIBA = """
            facility: {id: "1210000701", name: 千葉テスト苑, service: 特養, staff: 25, security_action: one_star,
                       improvement_plan: true, training: [{course: prefectural_seminar, date: 2025-06-02}]}
            items:
              - {id: soft, category: care_software, unit_price: 2000000}
              - {id: lift, category: transfer_support, unit_price: 1000000, quantity: 5}
              - {id: bath, category: bathing_support, unit_price: 1000000, quantity: 4}
              - {id: sensor, category: monitoring, unit_price: 300000, quantity: 10}
            """;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    @DisplayName("rules list shows the national and the prefectural sets, with fiscal year and how sure each is")
    void list() {
        CliRun r = CliRun.run("rules", "list");
        assertEquals(0, r.exit(), r.err());
        for (String id : new String[] {"national-r8", "national-r7", "kumamoto-r8", "aichi-r7", "ishikawa-r7",
                "chiba-r7", "kanagawa-r7", "fukushima-r7"}) {
            assertTrue(r.out().contains(id), id + "\n" + r.out());
        }
        String chiba = r.out().lines().filter(l -> l.startsWith("chiba-r7")).findFirst().orElseThrow();
        assertTrue(chiba.contains("2025") && chiba.contains("未確認") && chiba.contains("B"), chiba);
        CliRun j = CliRun.run("rules", "list", "--format", "json");
        assertTrue(j.out().contains("\"extends\" : \"national-r7\"") && j.out().contains("\"tiers\""), j.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "markdown", "json", "csv", "html"})
    @DisplayName("calc --rules chiba-r7: the cap on all but the software cuts the total, with its citation, in every format")
    void chibaCapInEveryFormat(String format) throws Exception {
        Path in = write("chiba.yaml", CHIBA);
        CliRun r = CliRun.run("calc", "--rules", "chiba-r7", "--format", format, in.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("千葉県R7 上限額（介護ソフトを除く）"), "the cap's citation: " + r.out());
        if (format.equals("json")) {
            assertTrue(r.out().contains("\"code\" : \"facility-cap-partial\"") && r.out().contains("\"reduction\" : 1500000"), r.out());
            assertTrue(r.out().contains("\"subsidy\" : 9000000"), r.out());
        } else {
            assertTrue(r.out().contains(format.equals("csv") ? "9,000,000円 → 7,500,000円" : "9,000,000円 → 7,500,000円（1,500,000円減）"),
                    r.out());
        }
    }

    @Test
    @DisplayName("calc --rules chiba-r7 --format xlsx: the facilities sheet shows the cap's cut with its citation (#12)")
    void chibaCapInWorkbook() throws Exception {
        Path in = write("chiba.yaml", CHIBA);
        Path out = in.resolveSibling("chiba.xlsx");
        CliRun r = CliRun.run("calc", "--rules", "chiba-r7", "--format", "xlsx", "-o", out.toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        StringBuilder text = new StringBuilder();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(out.toFile());
             var rs = wb.getFirstSheet().openStream()) {
            rs.forEach(row -> row.stream().filter(java.util.Objects::nonNull)
                    .forEach(c -> text.append(c.getRawValue()).append('|')));
        }
        assertTrue(text.toString().contains("9,000,000円 → 7,500,000円（1,500,000円減）"), text.toString());
        assertTrue(text.toString().contains("千葉県R7 上限額（介護ソフトを除く）"), text.toString());
    }

    @Test
    @DisplayName("the Japanese name of a prefecture selects its set: --rules 千葉県")
    void japaneseName() throws Exception {
        Path in = write("chiba.yaml", CHIBA);
        CliRun r = CliRun.run("calc", "--rules", "千葉県", "--format", "json", in.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"id\" : \"chiba-r7\""), r.out());
    }

    @Test
    @DisplayName("calc --rules aichi-r7: cap then rate, and a device outside the list refused with a reason")
    void aichi() throws Exception {
        Path in = write("aichi.yaml", """
                facility: {id: "2310000701", name: 愛知テスト苑, service: 特養, staff: 10, security_action: one_star,
                           improvement_plan: true}
                items:
                  - {id: lift, category: transfer_support, device_kind: 床走行式リフト, unit_price: 1234567}
                  - {id: sensor, category: monitoring, device_kind: other, unit_price: 300000}
                """);
        CliRun r = CliRun.run("calc", "--rules", "aichi-r7", "--format", "json", in.toString());
        assertEquals(0, r.exit(), r.err());
        // cap first: min(1,234,567, 1,000,000) × 4/5 = 800,000 (rate first would give min(987,000, 1,000,000))
        assertTrue(r.out().contains("\"formula\" : \"cap_then_rate\""), r.out());
        assertTrue(r.out().contains("\"subsidy\" : 800000"), r.out());
        CliRun t = CliRun.run("calc", "--rules", "aichi-r7", in.toString());
        assertTrue(t.out().contains("機器の種類「その他の機器」は対象機器の一覧") && t.out().contains("愛知県R7 対象機器 a〜g"), t.out());
        CliRun en = CliRun.run("calc", "--rules", "aichi-r7", "--lang", "en", in.toString());
        assertTrue(en.out().contains("is not on the list of admitted devices"), en.out());
    }

    @Test
    @DisplayName("rules show: each value's source, tier and date read; the note in the reader's language only")
    void showNotesInTheReadersLanguage() {
        CliRun ja = CliRun.run("rules", "show", "national-r8");
        assertEquals(0, ja.exit(), ja.err());
        assertTrue(ja.out().contains("B（公式のページの写し）") && ja.out().contains("2026-07-05 に読んだ"), ja.out());
        assertTrue(ja.out().contains("熊本県の R8 のページ"), ja.out());
        assertFalse(ja.out().contains("Kumamoto's R8 page (tier B) states it"), "no English note in Japanese");
        assertTrue(ja.out().contains("バックオフィスソフトをここに入れるのは解釈"), "why back-office software is an interpretation");
        CliRun en = CliRun.run("rules", "show", "national-r8", "--lang", "en");
        assertTrue(en.out().contains("Kumamoto's R8 page (tier B) states it"), en.out());
        assertFalse(en.out().contains("熊本県の R8 のページ（B）に記載"), "no Japanese note in English");
    }

    @Test
    @DisplayName("rules diff national-r8 chiba-r7 says every difference in a clerk's words")
    void diffChiba() {
        CliRun r = CliRun.run("rules", "diff", "national-r8", "chiba-r7");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("補助率（rate）") && r.out().contains("4/5 → 3/4"), r.out());
        assertTrue(r.out().contains("1事業所あたりの上限（facility_cap）") && r.out().contains("なし → 10,000,000円"), r.out());
        assertTrue(r.out().contains("なし → 7,500,000円"), r.out());
        assertTrue(r.out().contains("県が要件とするセミナー・相談"), r.out());
    }

    @Test
    @DisplayName("rules check FILE: exit 4 with every mistake located (file:line:column), not only the first")
    void checkListsEveryMistake() throws Exception {
        Path f = write("pref.yaml", """
                extends: national-r8
                rate: 5/4
                caps:
                  pakage: 4000000
                  per_unit: {intercom: lots}
                facility_cap_partial: {value: 7500000, tier: E}
                """);
        CliRun r = CliRun.run("rules", "check", f.toString());
        assertEquals(4, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("pref.yaml:2") && r.out().contains("pref.yaml:4") && r.out().contains("pref.yaml:5")
                && r.out().contains("pref.yaml:6"), r.out());
        assertTrue(r.out().contains("package"), "did you mean: " + r.out());
        assertTrue(r.out().contains("4件の誤り"), r.out());
        Path ok = write("ok.yaml", "extends: chiba-r7\nrate: 4/5\n");
        CliRun good = CliRun.run("rules", "check", ok.toString());
        assertEquals(0, good.exit(), good.out() + good.err());
        assertTrue(good.out().contains("chiba-r7 ← national-r7"), good.out());
        CliRun json = CliRun.run("rules", "check", "--format", "json", f.toString(), ok.toString());
        assertEquals(4, json.exit());
        assertTrue(json.out().contains("\"errors\" : 4") && json.out().contains("\"line\" : 6") && json.out().contains("\"ok\" : true"), json.out());
    }

    @Test
    @DisplayName("rules template: a commented starting file with every value; as written it means its base, and it checks")
    void template() throws Exception {
        Path t = dir.resolve("pref.yaml");
        CliRun r = CliRun.run("rules", "template", "-o", t.toString());
        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(t);
        kaigohojo.rules.RuleSet base = new kaigohojo.rules.RuleSetLoader(kaigohojo.input.Vocabulary.get()).load("national-r8");
        for (String path : base.leaves().keySet()) {
            String last = path.substring(path.lastIndexOf('.') + 1);
            assertTrue(text.contains("# " + last + ": ") || text.contains("# \"" + last + "\": "), "every value a prefecture can change: " + path);
        }
        assertTrue(text.contains("# 補助率") && text.contains("# rate: 4/5"), text);
        assertEquals(0, CliRun.run("rules", "check", t.toString()).exit());
        CliRun same = CliRun.run("rules", "diff", "national-r8", t.toString());
        assertTrue(same.out().contains("違いはありません"), same.out());
        Files.writeString(t, text.replace("# rate: 4/5", "rate: 3/4").replace("# facility_cap: none", "facility_cap: 4000000"));
        CliRun two = CliRun.run("rules", "diff", "national-r8", t.toString());
        assertTrue(two.out().contains("2件の値が違います"), two.out());
    }

    @Test
    @DisplayName("the blank inputs describe the new fields: device_kind (機器の種類) and other_income (寄付金その他の収入)")
    void templatesDescribeTheNewFields() {
        CliRun csv = CliRun.run("template", "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(csv.out().contains("device_kind") && csv.out().contains("床走行式リフト"), csv.out());
        assertTrue(csv.out().contains("other_income") && csv.out().contains("寄付金その他の収入"), csv.out());
        assertFalse(csv.out().contains("template.col."), "every column described: " + csv.out());
        CliRun yaml = CliRun.run("template");
        assertTrue(yaml.out().contains("device_kind:") && yaml.out().contains("other_income:"), yaml.out());
    }
}
