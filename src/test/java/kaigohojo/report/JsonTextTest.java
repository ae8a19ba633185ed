package kaigohojo.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * #13 (session 5): {@link JsonText}, which writes each facility of the JSON report, writes exactly what
 * the report's Jackson generator (two-space indents, one value a line) writes, for random documents of
 * objects, arrays, strings, numbers, booleans and nulls at any depth, whose strings hold every control
 * character, quotes, backslashes, U+2028/2029, DEL, non-BMP pairs, lone surrogates and CJK: as text, and
 * as bytes through the UTF-8 and CP932 writers of the report (a lone surrogate's {@code ?} included).
 */
class JsonTextTest {
    private static final String[] NAMES = {"id", "name", "source", "line", "reasons", "message", "cite", "a_b", "x"};
    private static final JsonText.Name[] TEXT_NAMES = new JsonText.Name[NAMES.length];

    static {
        for (int i = 0; i < NAMES.length; i++) TEXT_NAMES[i] = new JsonText.Name(NAMES[i]);
    }

    private static final char[] ALPHABET;

    static {
        StringBuilder sb = new StringBuilder("aZ09 ,:/{}[]'\"\\\u007F\u0080é特養〜\u2028\u2029\uFEFF\uD83D\uDE00\uD840\uDC0B\uFFFF");
        for (char c = 0; c < 0x20; c++) sb.append(c);
        ALPHABET = sb.toString().toCharArray();
    }

    /** A value: a String, a Long, a Boolean, null, a List (array) or a Field[] (object). */
    private record Field(int name, Object value) {}

    private static Object value(Random rnd, int depth) {
        int kind = rnd.nextInt(depth > 5 ? 5 : 7);
        switch (kind) {
            case 0: {
                StringBuilder sb = new StringBuilder();
                int len = rnd.nextInt(rnd.nextInt(4) == 0 ? 40 : 8);
                for (int i = 0; i < len; i++) sb.append(ALPHABET[rnd.nextInt(ALPHABET.length)]);
                return sb.toString();
            }
            case 1: return switch (rnd.nextInt(4)) {
                case 0 -> Long.MIN_VALUE;
                case 1 -> Long.MAX_VALUE;
                case 2 -> (long) rnd.nextInt(1000) - 500;
                default -> rnd.nextLong();
            };
            case 2: return rnd.nextBoolean();
            case 3: return null;
            case 4: return "";
            case 5: {
                List<Object> list = new ArrayList<>();
                int n = rnd.nextInt(4);
                for (int i = 0; i < n; i++) list.add(value(rnd, depth + 1));
                return list;
            }
            default: {
                Field[] fields = new Field[rnd.nextInt(4)];
                for (int i = 0; i < fields.length; i++) fields[i] = new Field(rnd.nextInt(NAMES.length), value(rnd, depth + 1));
                return fields;
            }
        }
    }

    private static void jackson(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof String s) g.writeString(s);
        else if (v instanceof Long l) g.writeNumber(l);
        else if (v instanceof Boolean b) g.writeBoolean(b);
        else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object o : list) jackson(g, o);
            g.writeEndArray();
        } else {
            g.writeStartObject();
            for (Field f : (Field[]) v) {
                g.writeFieldName(NAMES[f.name()]);
                jackson(g, f.value());
            }
            g.writeEndObject();
        }
    }

    private static void text(JsonText t, Object v, Random how) throws IOException {
        if (v == null) t.nul();
        else if (v instanceof String s) t.string(s);
        else if (v instanceof Long l) t.number(l);
        else if (v instanceof Boolean b) t.bool(b);
        else if (v instanceof List<?> list) {
            t.startArray();
            for (Object o : list) text(t, o, how);
            t.endArray();
        } else {
            t.startObject();
            for (Field f : (Field[]) v) {
                JsonText.Name n = TEXT_NAMES[f.name()];
                // both ways of writing a field: the name then the value, or field(name, value)
                if (how.nextBoolean() && f.value() instanceof String s) t.field(n, s);
                else if (how.nextBoolean() && f.value() == null) t.field(n, (String) null);
                else if (how.nextBoolean() && f.value() instanceof Long l) t.field(n, l);
                else if (how.nextBoolean() && f.value() instanceof Boolean b) t.field(n, b);
                else {
                    t.name(n);
                    text(t, f.value(), how);
                }
            }
            t.endObject();
        }
    }

    /** The report's generator (JsonReport.generator): two-space indents for objects and arrays. */
    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator gen = new JsonFactory().createGenerator(out);
        gen.setPrettyPrinter(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        return gen;
    }

    /** The document written by Jackson and by JsonText through writers made by {@code make}, each then closed. */
    private static void compare(Object doc, long seed, Function<ByteArrayOutputStream, EncodingWriter> make) throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        try (EncodingWriter w = make.apply(a); JsonGenerator g = generator(w)) {
            jackson(g, doc);
            g.flush();
            w.write("\r\n"); // a report ends with a line end: no half pair is left at the end
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (EncodingWriter w = make.apply(b)) {
            text(new JsonText(w).at(0), doc, new Random(seed));
            w.write("\r\n");
        }
        assertArrayEquals(a.toByteArray(), b.toByteArray(), () -> "document of seed " + seed + ":\n" + a);
    }

    @Test
    void sameTextAndBytesAsTheReportsJacksonGenerator() throws IOException {
        Random rnd = new Random(2026);
        for (int round = 0; round < 3000; round++) {
            Object doc = value(rnd, 0);
            long seed = rnd.nextLong();
            StringWriter expected = new StringWriter();
            try (JsonGenerator g = generator(expected)) {
                jackson(g, doc);
            }
            StringWriter got = new StringWriter();
            text(new JsonText(got).at(0), doc, new Random(seed));
            assertEquals(expected.toString(), got.toString(), "document of seed " + seed);
            int size = rnd.nextInt(64) + 1; // small buffers: every piece crosses a drain somewhere
            compare(doc, seed, out -> new Utf8Writer(out, size));
            compare(doc, seed, out -> new Cp932Writer(out, size));
        }
    }

    /** As JsonReport writes a facility: the generator writes the separator, JsonText the object, twice. */
    @Test
    void anObjectInTheReportsArrayIsIndentedForItsNesting() throws IOException {
        StringWriter expected = new StringWriter();
        try (JsonGenerator g = generator(expected)) {
            g.writeStartObject();
            g.writeArrayFieldStart("facilities");
            for (int i = 0; i < 2; i++) {
                g.writeStartObject();
                g.writeStringField("id", "1");
                g.writeArrayFieldStart("reasons");
                g.writeEndArray();
                g.writeObjectFieldStart("source");
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        StringWriter got = new StringWriter();
        try (JsonGenerator g = generator(got)) {
            JsonText t = new JsonText(got);
            g.writeStartObject();
            g.writeArrayFieldStart("facilities");
            for (int i = 0; i < 2; i++) {
                g.writeRawValue("");
                g.flush();
                t.at(2);
                t.startObject();
                t.field(TEXT_NAMES[0], "1");
                t.name(TEXT_NAMES[4]);
                t.startArray();
                t.endArray();
                t.name(TEXT_NAMES[2]);
                t.startObject();
                t.endObject();
                t.endObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        assertEquals(expected.toString(), got.toString());
    }

    @Test
    void aNameThatWouldNeedAnEscapeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new JsonText.Name("a\"b"));
        assertThrows(IllegalArgumentException.class, () -> new JsonText.Name("名前"));
    }
}
