package kaigohojo.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kaigohojo.cli.Cli;
import kaigohojo.input.FieldParsers;
import kaigohojo.input.SubmissionBinder;
import kaigohojo.input.Vocabulary;
import kaigohojo.model.Category;
import kaigohojo.model.Service;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * schema/kaigo-hojo-submission.schema.json says what the reader reads: the same keys (SubmissionBinder),
 * the same categories and enumerated values (kaigohojo/vocab/*.yaml), and the samples pass it.
 * When the reader gains a key or the vocabulary a word, add it to the schema (with a description in
 * Japanese and English).
 */
class SubmissionSchemaTest {
    static final Path SCHEMA = Path.of("schema/kaigo-hojo-submission.schema.json");
    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static JsonNode schema;
    static SchemaOracle validator;
    static Vocabulary vocab;

    @BeforeAll
    static void load() throws IOException {
        schema = JSON.readTree(Files.readString(SCHEMA, StandardCharsets.UTF_8));
        validator = new SchemaOracle(schema);
        vocab = Vocabulary.get();
    }

    /** The object schema at a JSON pointer: $ref resolved, and the object branch of an anyOf/allOf. */
    static JsonNode object(String pointer) {
        JsonNode s = validator.resolve(schema.at(pointer));
        if (s.has("properties")) return s;
        for (String k : List.of("anyOf", "allOf")) {
            for (JsonNode b : s.path(k)) {
                JsonNode r = validator.resolve(b);
                if (r.has("properties")) return r;
                if (r.has("items") && validator.resolve(r.get("items")).has("properties")) return validator.resolve(r.get("items"));
            }
        }
        throw new AssertionError("no object schema at " + pointer);
    }

    static List<String> keys(JsonNode objectSchema) {
        List<String> out = new ArrayList<>();
        objectSchema.get("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Every string of every enum under the schema node. */
    static Set<String> enumStrings(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode s = validator.resolve(node);
        if (s.has("enum")) for (JsonNode e : s.get("enum")) if (e.isTextual()) out.add(e.asText());
        for (String k : List.of("anyOf", "allOf")) for (JsonNode b : s.path(k)) out.addAll(enumStrings(b));
        return out;
    }

    static void assertSameKeys(List<String> reader, List<String> inSchema, String where) {
        Set<String> missing = new TreeSet<>(reader);
        missing.removeAll(inSchema);
        Set<String> extra = new TreeSet<>(inSchema);
        extra.removeAll(reader);
        assertTrue(missing.isEmpty() && extra.isEmpty(),
                where + ": keys the reader reads but the schema lacks " + missing + "; keys the schema has but the reader refuses " + extra);
        assertEquals(reader, inSchema, where + ": same keys, please keep the reader's order");
    }

    @Test
    void isDraft07() {
        assertEquals("http://json-schema.org/draft-07/schema#", schema.get("$schema").asText());
    }

    @Test
    void keysAreTheReadersKeys() {
        assertSameKeys(SubmissionBinder.TOP_KEYS, keys(object("")), "top level");
        assertSameKeys(SubmissionBinder.FACILITY_KEYS, keys(object("/properties/facility")), "facility");
        assertSameKeys(SubmissionBinder.LINKAGE_KEYS, keys(object("/properties/facility/properties/care_plan_linkage")),
                "facility.care_plan_linkage");
        assertSameKeys(SubmissionBinder.TRAINING_KEYS, keys(object("/properties/facility/properties/training")), "facility.training[]");
        assertSameKeys(SubmissionBinder.ITEM_KEYS, keys(object("/definitions/item")), "items[]");
    }

    @Test
    void everyObjectRefusesUnknownKeysAndEveryKeyIsDescribedInBothLanguages() {
        List<JsonNode> nodes = new ArrayList<>();
        collect(schema, nodes);
        int objects = 0;
        for (JsonNode n : nodes) {
            if (!n.has("properties")) continue;
            objects++;
            assertTrue(n.has("additionalProperties") && !n.get("additionalProperties").asBoolean(true),
                    "additionalProperties must be false: " + n.get("properties").fieldNames().next() + "…");
            for (Iterator<String> it = n.get("properties").fieldNames(); it.hasNext(); ) {
                String k = it.next();
                String d = n.get("properties").get(k).path("description").asText("");
                assertTrue(d.contains(" / ") && d.codePoints().anyMatch(c -> c > 0x3000),
                        k + ": the description needs Japanese, then ' / ', then English: " + d);
            }
        }
        assertEquals(5, objects, "top, facility, care_plan_linkage, training entry, item");
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isObject()) {
            out.add(n);
            n.elements().forEachRemaining(c -> collect(c, out));
        } else if (n.isArray()) {
            n.elements().forEachRemaining(c -> collect(c, out));
        }
    }

    @Test
    void categoriesAreTheVocabularysCategories() {
        Set<String> want = new LinkedHashSet<>();
        for (Category c : vocab.categories().values()) {
            want.add(c.id());
            want.add(c.ja());
            want.add(c.en());
            want.addAll(c.aliases());
        }
        Set<String> have = enumStrings(object("/definitions/item").get("properties").get("category"));
        assertEquals(new TreeSet<>(want), new TreeSet<>(have), "category: ids, Japanese labels, English labels and aliases of categories.yaml");
        for (String s : have) assertTrue(vocab.category(s).isPresent(), "the reader refuses category " + s);
    }

    @Test
    void enumeratedValuesAreTheVocabularys() {
        JsonNode facility = object("/properties/facility").get("properties");
        JsonNode item = object("/definitions/item").get("properties");
        JsonNode training = object("/properties/facility/properties/training").get("properties");
        check("security_action", facility.get("security_action"));
        check("pricing", item.get("pricing"));
        check("payment", item.get("payment"));
        check("training_course", training.get("course"));
        check("standard", item.get("standard"));
    }

    private static void check(String kind, JsonNode node) {
        Set<String> want = new TreeSet<>();
        for (Vocabulary.Term t : vocab.terms(kind).values()) {
            want.add(t.id());
            want.add(t.ja());
            want.add(t.en());
            want.addAll(t.aliases());
        }
        assertEquals(want, new TreeSet<>(enumStrings(node)), kind + ": ids, labels and aliases of values.yaml");
    }

    @Test
    void servicesAndPrefecturesAreTheReaders() {
        Set<String> want = new TreeSet<>();
        for (Service s : vocab.services()) {
            want.add(s.name());
            want.add(s.en());
            want.addAll(s.codes());
            want.addAll(s.aliases());
        }
        JsonNode facility = object("/properties/facility").get("properties");
        assertEquals(want, new TreeSet<>(enumStrings(facility.get("service"))), "service: names, codes and aliases of services.yaml");
        Set<String> prefectures = enumStrings(facility.get("prefecture"));
        assertTrue(prefectures.size() >= 47);
        for (String p : prefectures) {
            if (!p.isEmpty()) assertTrue(vocab.prefecture(p).isPresent(), "the reader refuses prefecture " + p);
        }
    }

    @Test
    void valueFormsAgreeWithTheReader() throws Exception {
        for (String ok : List.of("1200000", "1,200,000", "¥1,200,000", "1200000円", "120万円", "１２０，０００", "1.5万円", "80,000円 税抜")) {
            FieldParsers.amount(ok);
            assertValid("amount", ok);
        }
        for (String bad : List.of("12,0O0", "1,20,000", "-5000", "abc")) {
            assertInvalid("amount", bad);
        }
        for (String ok : List.of("28", "28人", "１２台", "3 アカウント")) {
            FieldParsers.count(ok);
            assertValid("count", ok);
        }
        for (String ok : List.of("2026-07-01", "2026/7/1", "令和8年7月1日", "R8.7.1", "20260701", "令和元年5月1日")) {
            FieldParsers.date(ok);
            assertValid("date", ok);
        }
        for (String bad : List.of("7/1", "next week", "2026-07")) assertInvalid("date", bad);
        for (String s : enumStrings(schema.at("/definitions/boolean"))) FieldParsers.bool(s);
        assertValid("boolean", "はい");
        assertInvalid("boolean", "maybe");
    }

    private static void assertValid(String def, String text) {
        List<String> e = validator.validate(JsonNodeFactory.instance.textNode(text), def);
        assertTrue(e.isEmpty(), def + " '" + text + "': " + e);
    }

    private static void assertInvalid(String def, String text) {
        assertFalse(validator.validate(JsonNodeFactory.instance.textNode(text), def).isEmpty(), def + " '" + text + "' should not pass");
    }

    static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var it = YAML.readerFor(JsonNode.class).readValues(Files.readString(file, StandardCharsets.UTF_8))) {
            while (it.hasNext()) docs.add((JsonNode) it.next());
        }
        return docs;
    }

    @Test
    void theSamplesPass() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            for (JsonNode doc : documents(f)) assertEquals(List.of(), validator.validate(doc), f.toString());
        }
        // submissions written inside the test cases
        try (Stream<Path> s = Files.list(Path.of("samples/tests"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode c : documents(f)) {
                    if (c.has("submission")) assertEquals(List.of(), validator.validate(c.get("submission")), f + ": " + c.path("name").asText());
                }
            }
        }
    }

    @Test
    void aTypoIsCaught() throws IOException {
        List<JsonNode> docs = documents(Path.of("samples/invalid/bad-key.yaml"));
        List<String> errors = validator.validate(docs.get(0));
        assertTrue(errors.stream().anyMatch(e -> e.contains("'unit_prise' is not defined")), errors.toString());
    }

    /** The template passes once the required facility name and service are filled in. */
    @Test
    void theTemplateNeedsOnlyItsBlanksFilled() throws IOException {
        for (String lang : List.of("ja", "en")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
            assertEquals(0, Cli.run(new String[] {"template", "--lang", lang}, InputStream.nullInputStream(), ps, ps));
            JsonNode doc = YAML.readTree(out.toString(StandardCharsets.UTF_8));
            List<String> errors = validator.validate(doc);
            Set<String> where = new TreeSet<>();
            for (String e : errors) where.add(e.substring(0, e.indexOf(':')));
            assertEquals(Set.of("/facility/name", "/facility/service"), where, lang + ": " + errors);
        }
    }

    @Test
    void describesTheModeline() {
        assertNotNull(schema.get("description"));
        assertTrue(schema.get("description").asText().contains("yaml-language-server: $schema="));
    }
}
