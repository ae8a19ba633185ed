package kaigohojo.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schemas in schema/ checked by a real JSON Schema validator (networknt
 * json-schema-validator, draft-07), the oracle of SubmissionSchemaTest and RulesSchemaTest (#14; it replaced a hand-written
 * checker of a subset of the keywords, which agreed with it on the 79 documents of the test).
 * {@link #resolve} follows a local $ref, for the tests that read the schema's own structure.
 */
final class SchemaOracle {
    private static final SchemaLocation BASE = SchemaLocation.of("file:///kaigo-hojo.schema.json");

    private final JsonNode root;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private final Schema whole;
    private final Map<String, Schema> definitions = new HashMap<>();

    SchemaOracle(JsonNode root) {
        this.root = root;
        this.whole = registry.getSchema(BASE, root);
    }

    /** The errors, each "path: what"; empty when {@code doc} is valid. */
    List<String> validate(JsonNode doc) {
        return messages(whole.validate(doc));
    }

    /** The errors of {@code doc} against one definition of the schema ("#/definitions/NAME"). */
    List<String> validate(JsonNode doc, String definition) {
        Schema s = definitions.computeIfAbsent(definition, d -> {
            ObjectNode only = root.deepCopy();
            only.retain("$schema", "definitions");
            only.put("$ref", "#/definitions/" + d);
            return registry.getSchema(SchemaLocation.of("file:///definitions/" + d + ".schema.json"), only);
        });
        return messages(s.validate(doc));
    }

    private static List<String> messages(List<Error> errors) {
        List<String> out = new ArrayList<>();
        for (Error e : errors) out.add(e.getInstanceLocation() + ": " + e.getMessage());
        return out;
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            if (!ref.startsWith("#/")) throw new IllegalArgumentException("only local $ref: " + ref);
            s = root.at(ref.substring(1));
            if (s.isMissingNode()) throw new IllegalArgumentException("unresolved $ref " + ref);
        }
        return s;
    }
}
