package kaigohojo.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kaigohojo.input.Vocabulary;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.RuleSetLoader;
import kaigohojo.text.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * #12: schema/kaigo-hojo-rules.schema.json, beside the submission schema, says what the loader reads
 * in a prefecture's rules file: the same values (every value of national-r8), the same keys of a value,
 * the same file keys; the built-in prefectural files, the sample and the template pass it; a typo fails both.
 */
class RulesSchemaTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static JsonNode schema;
    static SchemaOracle validator;

    @BeforeAll
    static void load() throws Exception {
        schema = JSON.readTree(Files.readString(Path.of("schema/kaigo-hojo-rules.schema.json"), StandardCharsets.UTF_8));
        validator = new SchemaOracle(schema);
    }

    /** The value paths the schema describes: a property whose anyOf has an object with "value". */
    private static void paths(JsonNode objectSchema, String prefix, List<String> out) {
        Iterator<Map.Entry<String, JsonNode>> it = objectSchema.get("properties").properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode s = e.getValue();
            boolean leaf = false;
            JsonNode sub = null;
            for (JsonNode b : s.path("anyOf")) {
                if (b.path("properties").has("value")) leaf = true;
                else if (b.has("properties")) sub = b;
            }
            if (leaf) out.add(path);
            else if (sub != null) paths(sub, path, out);
            else if (prefix.isEmpty()) continue; // a file key (id, extends, …)
        }
    }

    @Test
    @DisplayName("the schema names exactly the values of national-r8, which a file may override")
    void sameValuesAsTheLoader() throws Exception {
        RuleSet base = new RuleSetLoader(Vocabulary.get()).builtinFromYaml("national-r8");
        List<String> inSchema = new ArrayList<>();
        paths(schema, "", inSchema);
        assertEquals(new TreeSet<>(base.leaves().keySet()), new TreeSet<>(inSchema));
        JsonNode leafObject = schema.at("/properties/rate/anyOf/1/properties");
        List<String> keys = new ArrayList<>();
        leafObject.fieldNames().forEachRemaining(keys::add);
        assertEquals(new TreeSet<>(List.of("value", "source", "cite", "verified", "note", "note_ja", "text", "tier", "read")),
                new TreeSet<>(keys), "a value's keys: the loader's, without type (a file cannot change a type)");
        for (String k : List.of("id", "extends", "fiscal_year", "title", "sources", "source", "cite", "verified", "tier", "read")) {
            assertTrue(schema.path("properties").has(k), k);
        }
    }

    @Test
    @DisplayName("the built-in prefectural files, the sample file and the rules template pass the schema")
    void filesPass() throws Exception {
        for (String id : RuleSetLoader.BUILTIN) {
            if (id.startsWith("national")) continue;
            String text = new String(RuleSetLoader.class.getResourceAsStream("/kaigohojo/rules/" + id + ".yaml").readAllBytes(),
                    StandardCharsets.UTF_8);
            assertEquals(List.of(), validator.validate(YAML.readTree(text)), id);
        }
        assertEquals(List.of(), validator.validate(YAML.readTree(Files.readString(Path.of("samples/rules/pref-example.yaml")))));
        StringWriter w = new StringWriter();
        kaigohojo.report.RulesTemplate.write(new RuleSetLoader(Vocabulary.get()).builtinFromYaml("national-r8"), Lang.JA, w);
        // every line uncommented: a file that states every value passes too
        StringBuilder all = new StringBuilder();
        for (String l : w.toString().split("\n")) {
            String t = l.stripLeading();
            boolean value = t.startsWith("# ") && t.substring(2).matches("[\"A-Za-z0-9_-]+\"?: .*");
            all.append(value ? l.replaceFirst("# ", "") : l).append('\n');
        }
        assertEquals(List.of(), validator.validate(YAML.readTree(w.toString())), "the template as printed");
        assertEquals(List.of(), validator.validate(YAML.readTree(all.toString())), "the template with every value uncommented");
    }

    @Test
    @DisplayName("a typo is caught by the schema and by the loader alike")
    void typo() throws Exception {
        String text = "extends: national-r8\nrate: 3/4\ncaps: {pakage: 4000000}\n";
        assertFalse(validator.validate(YAML.readTree(text)).isEmpty());
        Path f = Files.createTempFile("typo", ".yaml");
        Files.writeString(f, text);
        assertFalse(new RuleSetLoader(Vocabulary.get()).check(f.toString()).isEmpty());
    }
}
