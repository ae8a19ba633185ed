package kaigohojo.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kaigohojo.input.ErrorCode;
import org.junit.jupiter.api.Test;

/** Every sentence exists in Japanese and English, and every message the code can ask for is written. */
class MessagesTest {

    @Test
    void japaneseAndEnglishHaveTheSameKeys() {
        Set<String> ja = new TreeSet<>(Messages.loadResource(Lang.JA).stringPropertyNames());
        Set<String> en = new TreeSet<>(Messages.loadResource(Lang.EN).stringPropertyNames());
        Set<String> onlyJa = new TreeSet<>(ja);
        onlyJa.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ja);
        assertEquals(Set.of(), onlyJa, "keys without English");
        assertEquals(Set.of(), onlyEn, "keys without Japanese");
    }

    @Test
    void everyErrorCodeHasItsMessage() {
        Set<String> ja = Messages.loadResource(Lang.JA).stringPropertyNames();
        for (ErrorCode c : ErrorCode.values()) assertTrue(ja.contains("error." + c.id()), c.id());
    }

    /** Reason, finding and trace codes are string literals in the engine: each must have its message. */
    @Test
    void everyEngineCodeHasItsMessage() throws IOException {
        Set<String> keys = Messages.loadResource(Lang.JA).stringPropertyNames();
        Pattern call = Pattern.compile("(Reason\\.of|Finding\\.error|Finding\\.warning|step|CapPart)\\(\"([a-z0-9-]+)\"");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/kaigohojo/engine"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = call.matcher(Files.readString(p));
                while (m.find()) {
                    found++;
                    String prefix = m.group(1).startsWith("Reason") ? "reason." : m.group(1).startsWith("Finding") ? "finding." : "trace.";
                    if (!keys.contains(prefix + m.group(2))) missing.add(prefix + m.group(2));
                }
            }
        }
        assertTrue(found > 40, "the scan found the engine's codes: " + found);
        assertEquals(Set.of(), missing);
        for (String cat : new String[] {"communication_fee", "development_cost", "disposal", "building_renovation",
                "bank_fee", "insurance", "consumption_tax"}) {
            assertTrue(keys.contains("reason.excluded-cost." + cat), cat);
        }
    }
}
