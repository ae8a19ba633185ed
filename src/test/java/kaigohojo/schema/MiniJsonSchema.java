package kaigohojo.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Just enough of JSON Schema draft-07 to check documents against schema/kaigo-hojo-submission.schema.json
 * in a test, without a validator library: $ref (local), type, enum, pattern, minLength, maxLength,
 * minimum, maximum, minItems, properties, required, additionalProperties (false), items, anyOf, allOf.
 * A keyword it does not know makes it fail, so that the schema cannot outgrow it unnoticed.
 */
final class MiniJsonSchema {
    private static final List<String> KNOWN = List.of("$schema", "$ref", "title", "description", "examples", "definitions",
            "type", "enum", "pattern", "minLength", "maxLength", "minimum", "maximum", "minItems", "properties", "required",
            "additionalProperties", "items", "anyOf", "allOf");

    private final JsonNode root;

    MiniJsonSchema(JsonNode root) {
        this.root = root;
    }

    /** The errors, each "path: what"; empty when {@code doc} is valid. */
    List<String> validate(JsonNode doc) {
        List<String> errors = new ArrayList<>();
        check(root, doc, "", errors);
        return errors;
    }

    List<String> validate(JsonNode doc, String definition) {
        List<String> errors = new ArrayList<>();
        check(root.path("definitions").path(definition), doc, "", errors);
        return errors;
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

    private void check(JsonNode schema, JsonNode v, String path, List<String> errors) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KNOWN.contains(k)) throw new IllegalArgumentException("MiniJsonSchema does not know '" + k + "' (at " + path + ")");
        }
        if (schema.has("$ref")) {
            check(resolve(schema), v, path, errors);
            return;
        }
        if (schema.has("type") && !typeOk(schema.get("type"), v)) {
            errors.add(path + ": not of type " + schema.get("type") + ": " + v);
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) found |= same(e, v);
            if (!found) errors.add(path + ": not one of the allowed values: " + v);
        }
        if (v.isTextual()) {
            String t = v.asText();
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(t).find()) {
                errors.add(path + ": does not match the pattern: " + t);
            }
            int len = t.codePointCount(0, t.length());
            if (schema.has("minLength") && len < schema.get("minLength").asInt()) errors.add(path + ": too short");
            if (schema.has("maxLength") && len > schema.get("maxLength").asInt()) errors.add(path + ": too long");
        }
        if (v.isNumber()) {
            if (schema.has("minimum") && v.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) errors.add(path + ": below the minimum");
            if (schema.has("maximum") && v.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) errors.add(path + ": above the maximum");
        }
        if (v.isArray()) {
            if (schema.has("minItems") && v.size() < schema.get("minItems").asInt()) errors.add(path + ": too few items");
            if (schema.has("items")) {
                for (int i = 0; i < v.size(); i++) check(schema.get("items"), v.get(i), path + "/" + i, errors);
            }
        }
        if (v.isObject()) {
            JsonNode props = schema.path("properties");
            if (schema.has("required")) {
                for (JsonNode r : schema.get("required")) {
                    if (!v.has(r.asText())) errors.add(path + ": '" + r.asText() + "' is required");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (props.has(e.getKey())) {
                    check(props.get(e.getKey()), e.getValue(), path + "/" + e.getKey(), errors);
                } else if (schema.has("additionalProperties")) {
                    if (!schema.get("additionalProperties").isBoolean()) throw new IllegalArgumentException("additionalProperties must be a boolean");
                    if (!schema.get("additionalProperties").asBoolean()) errors.add(path + ": unknown key '" + e.getKey() + "'");
                }
            }
        }
        if (schema.has("allOf")) {
            for (JsonNode s : schema.get("allOf")) check(s, v, path, errors);
        }
        if (schema.has("anyOf")) {
            List<String> all = new ArrayList<>();
            boolean ok = false;
            for (JsonNode s : schema.get("anyOf")) {
                List<String> e = new ArrayList<>();
                check(s, v, path, e);
                if (e.isEmpty()) {
                    ok = true;
                    break;
                }
                all.addAll(e);
            }
            if (!ok) errors.add(path + ": none of the alternatives fits " + v + " " + all);
        }
    }

    private static boolean typeOk(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) if (typeOk(t, v)) return true;
            return false;
        }
        switch (type.asText()) {
            case "object": return v.isObject();
            case "array": return v.isArray();
            case "string": return v.isTextual();
            case "integer": return v.isIntegralNumber();
            case "number": return v.isNumber();
            case "boolean": return v.isBoolean();
            case "null": return v.isNull();
            default: throw new IllegalArgumentException("unknown type " + type);
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue()) == 0;
        return a.equals(b);
    }
}
