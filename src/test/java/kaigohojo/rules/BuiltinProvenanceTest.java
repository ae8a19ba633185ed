package kaigohojo.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kaigohojo.input.Vocabulary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * #12: every value of every built-in rule set names its source, the source's tier and whether it is
 * verified, as ../shared/spec/rules-prefectures.md gives them; every English note has a Japanese one.
 */
class BuiltinProvenanceTest {
    static List<String> builtins() { return RuleSetLoader.BUILTIN; }

    private static RuleSet load(String id) throws RuleSetError {
        return new RuleSetLoader(Vocabulary.get()).builtinFromYaml(id);
    }

    @ParameterizedTest
    @MethodSource("builtins")
    @DisplayName("every value has a known source, a tier, and is verified only from an official page (tier A)")
    void everyValueHasSourceTierAndVerification(String id) throws Exception {
        RuleSet s = load(id);
        List<String> wrong = new ArrayList<>();
        for (RuleLeaf l : s.leaves().values()) {
            Provenance p = l.provenance();
            if (p.source() == null || !s.sources().containsKey(p.source())) wrong.add(l.path() + ": source " + p.source());
            if (p.tier() == null || !RuleSetLoader.TIERS.contains(p.tier())) wrong.add(l.path() + ": tier " + p.tier());
            // rules-prefectures.md: "A value from B or weaker is verified: false"
            if (p.verified() && !"A".equals(p.tier())) wrong.add(l.path() + ": verified at tier " + p.tier());
            if ("INT".equals(p.source()) && p.verified()) wrong.add(l.path() + ": an interpretation marked verified");
            if (p.note() != null && p.noteJa() == null) wrong.add(l.path() + ": note without note_ja");
        }
        assertTrue(wrong.isEmpty(), id + ": " + String.join("\n", wrong));
    }

    @ParameterizedTest
    @CsvSource({
        // set, path, value, source, tier, verified      (rules-prefectures.md §1 and §2)
        "national-r8, rate, 4/5, KM8, B, false",
        "national-r8, formula, rate_then_cap, KM8, B, false",
        "national-r8, rounding_unit, '1,000', KM7, A, true",
        "national-r8, caps.per_unit.intercom, '1,000,000', QA, A, true",
        "national-r8, linkage_bonus.min_partners, 5, QA, A, true",
        "national-r8, caps.software.linkage_bonus, '50,000', YK, C, false",
        "national-r8, caps.terminal_per_unit, none, QA, A, true",
        "national-r8, caps.per_unit.chat_tool, '1,000,000', INT, INT, false",
        "national-r8, caps.software.staff_bands.11-20, '1,500,000', YK, C, false",
        "national-r7, rate, 3/4, R7, B, false",
        "kumamoto-r8, rate, 4/5, KM8, B, false",
        "kumamoto-r8, application_window.start, 2026-06-22, KM8, B, false",
        "kumamoto-r8, application_window.end, 2026-07-21, KM8, B, false",
        "aichi-r7, rate, 4/5, AI7, B, false",
        "aichi-r7, formula, cap_then_rate, AI7, B, false",
        "aichi-r7, deduct_other_income, true, AI7, B, false",
        "aichi-r7, caps.package, '10,000,000', AI7, B, false",
        "aichi-r7, application_window.start, 2025-06-20, AI7, B, false",
        "ishikawa-r7, rate, 3/4, IS7, B, false",
        "ishikawa-r7, facility_cap, '4,000,000', IS7, B, false",
        "ishikawa-r7, caps.improvement_support, '450,000', IS7, B, false",
        "ishikawa-r7, application_window.end, 2025-11-14, IS7, B, false",
        "chiba-r7, rate, 3/4, CB7, B, false",
        "chiba-r7, facility_cap, '10,000,000', CB7, B, false",
        "chiba-r7, facility_cap_partial, '7,500,000', CB7, B, false",
        "chiba-r7, application_window.install_by, 2025-12-31, CB7, B, false",
        "kanagawa-r7, rate, 4/5, KN7, B, false",
        "kanagawa-r7, application_window.start, 2025-10-10, KN7, B, false",
        "kanagawa-r7, caps.package, '10,000,000', INT, INT, false",
        "fukushima-r7, rate, 3/4, FK7, B, false",
        "fukushima-r7, caps.package, '9,000,000', FK7, B, false",
        "fukushima-r7, caps.improvement_support, '450,000', FK7, B, false",
        "fukushima-r7, application_window.install_by, 2026-01-31, FK7, B, false",
    })
    @DisplayName("the values rules-prefectures.md gives, with its source, tier and verification")
    void valuesAsTheSpecGivesThem(String id, String path, String value, String source, String tier, boolean verified)
            throws Exception {
        RuleLeaf l = load(id).leaf(path);
        assertEquals(value, RuleType.format(l.value()), id + " " + path);
        assertEquals(source, l.provenance().source(), id + " " + path + " source");
        assertEquals(tier, l.provenance().tier(), id + " " + path + " tier");
        assertEquals(verified, l.provenance().verified(), id + " " + path + " verified");
    }

    @Test
    @DisplayName("Kumamoto's R8 page carries its date read (2026-07-05); the prefectural sets extend a national one")
    void readDateAndChain() throws Exception {
        assertEquals("2026-07-05", load("national-r8").leaf("rate").provenance().read());
        assertEquals("2026-07-05", load("kumamoto-r8").leaf("rate").provenance().read());
        assertEquals(List.of("kumamoto-r8", "national-r8"), load("kumamoto-r8").chain());
        for (String id : List.of("aichi-r7", "ishikawa-r7", "chiba-r7", "kanagawa-r7", "fukushima-r7")) {
            assertEquals(List.of(id, "national-r7"), load(id).chain(), id);
            assertEquals(2025, load(id).fiscalYear(), id);
        }
        assertEquals(List.of("floor_lift", "cooking_support", "meal_delivery", "sliding_board", "intercom",
                "back_office_software", "wearable_vitals"), load("aichi-r7").leaf("item_rules.closed_device_list").value());
    }

    @Test
    @DisplayName("a clerk's names select the built-in sets: 千葉県, 愛知, Chiba-R7")
    void aliases() {
        assertEquals("chiba-r7", RuleSetLoader.canonical("千葉県"));
        assertEquals("aichi-r7", RuleSetLoader.canonical("愛知"));
        assertEquals("chiba-r7", RuleSetLoader.canonical("Chiba-R7"));
        assertEquals("kumamoto-r8", RuleSetLoader.canonical("熊本県"));
        assertTrue(RuleSetLoader.isBuiltin("福島県"));
        assertFalse(RuleSetLoader.isBuiltin("samples/rules/pref-example.yaml"));
    }

    @Test
    @DisplayName("a value with an unknown tier is a rules-file error that names the key")
    void badTier() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("tier", ".yaml");
        java.nio.file.Files.writeString(f, "extends: national-r8\nrate: {value: 3/4, tier: E}\n");
        RuleSetError e = org.junit.jupiter.api.Assertions.assertThrows(RuleSetError.class,
                () -> new RuleSetLoader(Vocabulary.get()).load(f.toString()));
        assertEquals("tier", e.key());
        assertEquals(2, e.line());
        assertNotNull(e.code());
    }
}
