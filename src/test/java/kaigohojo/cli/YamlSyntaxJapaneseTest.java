package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Issue #9: a YAML syntax error is said in Japanese, never in the parser's English. */
class YamlSyntaxJapaneseTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unclosed quote|facility:\\n  id: \"1370000001\\n  name: x\\n|引用符",
            "unclosed flow mapping|facility: {id: \"1370000001\", name: x\\nitems: []\\n|{ }"})
    void japanese(String what, String yaml, String expected) throws Exception {
        Path f = dir.resolve("a.yaml");
        Files.writeString(f, yaml.replace("\\n", "\n"), StandardCharsets.UTF_8);
        CliRun r = CliRun.run("check", f.toString());
        assertEquals(3, r.exit(), r.out());
        assertTrue(r.out().contains("YAML の書き方に誤りがあります"), r.out());
        assertTrue(r.out().contains(expected), what + ": " + r.out());
        for (String english : new String[] {"while scanning", "while parsing", "expected", "found", "could not"}) {
            assertFalse(r.out().contains(english), what + ": " + r.out());
        }
    }
}
