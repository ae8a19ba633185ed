package kaigohojo.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import kaigohojo.model.Category;
import kaigohojo.model.Service;
import kaigohojo.rules.RuleLeaf;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;

/**
 * The start-up cache (bin/kaigo-hojo's kaigohojo.cache) must read back to exactly what the YAML
 * resources say: every category, service, term and lookup, every rule value with its provenance.
 */
class VocabularyCacheTest {

    @Test
    void vocabularyReadsBackTheSame() throws Exception {
        Vocabulary yaml = Vocabulary.fromYaml();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        yaml.write(new DataOutputStream(b));
        Vocabulary cached = Vocabulary.read(new DataInputStream(new ByteArrayInputStream(b.toByteArray())));
        assertEquals(yaml.categories(), cached.categories());
        assertEquals(yaml.services(), cached.services());
        for (String kind : List.of("security_action", "pricing", "payment", "training_course", "standard")) {
            assertEquals(yaml.terms(kind), cached.terms(kind), kind);
        }
        List<String> typed = new ArrayList<>(List.of("ﾃﾞｲｻｰﾋﾞｽ", "デイ サービス", "ＧＨ", "51", "5", "特養", "介護ソフト", "Wi-Fi",
                "はい", "★★二つ星", "サブスク", "東京"));
        for (Category c : yaml.categories().values()) {
            typed.add(c.id());
            typed.add(c.ja());
            typed.addAll(c.aliases());
        }
        for (Service s : yaml.services()) {
            typed.add(s.name());
            typed.addAll(s.codes());
            typed.addAll(s.aliases());
        }
        for (String t : typed) {
            assertEquals(yaml.category(t), cached.category(t), t);
            assertEquals(yaml.service(t), cached.service(t), t);
            assertEquals(yaml.term("security_action", t), cached.term("security_action", t), t);
            assertEquals(yaml.term("payment", t), cached.term("payment", t), t);
            assertEquals(yaml.prefecture(t), cached.prefecture(t), t);
        }
    }

    @Test
    void builtInRuleSetsReadBackTheSame() throws Exception {
        RuleSetLoader loader = new RuleSetLoader(Vocabulary.get());
        for (String id : RuleSetLoader.BUILTIN) {
            RuleSet yaml = loader.builtinFromYaml(id);
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            yaml.write(new DataOutputStream(b));
            RuleSet cached = RuleSet.read(new DataInputStream(new ByteArrayInputStream(b.toByteArray())));
            assertEquals(yaml.id(), cached.id());
            assertEquals(yaml.fiscalYear(), cached.fiscalYear());
            assertEquals(yaml.titleJa(), cached.titleJa());
            assertEquals(yaml.chain(), cached.chain());
            assertEquals(yaml.sources(), cached.sources());
            assertEquals(yaml.leaves().keySet(), cached.leaves().keySet(), id);
            for (RuleLeaf l : yaml.leaves().values()) {
                RuleLeaf c = cached.leaf(l.path());
                assertEquals(l.type().toString(), c.type().toString(), l.path());
                assertEquals(l.value(), c.value(), l.path());
                assertEquals(l.provenance(), c.provenance(), l.path());
            }
        }
    }
}
