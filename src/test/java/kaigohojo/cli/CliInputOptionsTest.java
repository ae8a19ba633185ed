package kaigohojo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The options and arguments that decide how input is read: --encoding, --input-format, stdin, missing files. */
class CliInputOptionsTest {
    static Path hostile(String name) throws Exception {
        return Path.of(CliInputOptionsTest.class.getResource("/hostile/" + name).toURI());
    }

    static String good() throws Exception {
        return HostileInputTest.goodFile().toString();
    }

    /** An unknown --encoding is a usage error (exit 2) naming the value, before any report is printed. */
    @ParameterizedTest
    @ValueSource(strings = {"calc", "check"})
    void unknownEncodingIsAUsageError(String command) throws Exception {
        CliRunner.Result r = CliRunner.run(command, "--encoding", "latin9", hostile("c-cp932-good.csv").toString())
                .assertNoStackTrace();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("latin9"), r::toString);
        assertEquals("", r.out(), "no partial report on a usage error");
    }

    @Test
    void unknownInputFormatIsAUsageError() throws Exception {
        CliRunner.Result r = CliRunner.run("check", "--input-format", "cvs", hostile("c-bom-good.csv").toString())
                .assertNoStackTrace();
        assertEquals(2, r.exit(), () -> "--input-format cvs must not read a CSV file as YAML\n" + r);
        assertTrue(r.err().contains("cvs"), r::toString);
    }

    @Test
    void stdinWithoutInputFormatSaysSo() throws Exception {
        byte[] yaml = Files.readAllBytes(HostileInputTest.goodFile());
        CliRunner.Result r = CliRunner.run(CliRunner.LIMIT, yaml, "check", "--format", "json", "-").assertNoStackTrace();
        if (r.exit() == 3) {
            assertEquals("input-format-required", r.json().at("/errors/0/code").asText(), r::toString);
        } else {
            assertEquals(2, r.exit(), r::toString);
            assertTrue(r.err().contains("--input-format"), r::toString);
        }
    }

    @Test
    void stdinCsv() throws Exception {
        byte[] csv = Files.readAllBytes(hostile("c-cp932-good.csv"));
        CliRunner.Result r = CliRunner.run(CliRunner.LIMIT, csv, "calc", "--format", "json", "--input-format", "csv", "-")
                .assertNoStackTrace();
        assertEquals(0, r.exit(), r::toString);
        JsonNode j = r.json();
        assertEquals("1370000001", j.at("/facilities/0/id").asText());
        assertEquals("特養 さくら", j.at("/facilities/0/name").asText());
        assertEquals("-", j.at("/summary/inputs/0/file").asText());
        assertEquals("CP932", j.at("/summary/inputs/0/encoding").asText());
    }

    @Test
    void stdinYamlWithAnError() throws Exception {
        byte[] yaml = Files.readAllBytes(hostile("y-multidoc-second-bad.yaml"));
        CliRunner.Result r = CliRunner.run(CliRunner.LIMIT, yaml, "check", "--format", "json", "--input-format", "yaml", "-")
                .assertNoStackTrace();
        assertEquals(3, r.exit(), r::toString);
        JsonNode e = r.json().at("/errors/0");
        assertEquals("-", e.get("file").asText());
        assertEquals(20, e.get("line").asInt());
        assertEquals("invalid-amount", e.get("code").asText());
    }

    @Test
    void forcedEncodingIsUsedAndNamed() throws Exception {
        String f = hostile("c-cp932-good.csv").toString();
        CliRunner.Result ok = CliRunner.run("check", "--format", "json", "--encoding", "sjis", f).assertNoStackTrace();
        assertEquals(0, ok.exit(), ok::toString);
        assertEquals("CP932", ok.json().at("/summary/inputs/0/encoding").asText());
        CliRunner.Result bad = CliRunner.run("check", "--format", "json", "--encoding", "utf-8", f).assertNoStackTrace();
        assertEquals(3, bad.exit(), bad::toString);
        assertEquals("invalid-encoding", bad.json().at("/errors/0/code").asText());
        assertEquals(1, bad.json().at("/errors/0/line").asInt());
    }

    @Test
    void missingFileDoesNotStopTheBatch(@TempDir Path dir) throws Exception {
        String missing = dir.resolve("nowhere.yaml").toString();
        CliRunner.Result r = CliRunner.run("calc", "--format", "json", missing, good()).assertNoStackTrace();
        assertEquals(3, r.exit(), r::toString);
        assertEquals("file-not-found", r.json().at("/errors/0/code").asText());
        assertEquals(missing, r.json().at("/errors/0/file").asText());
        HostileInputTest.assertGoodFacility(r.json(), r);
    }

    @Test
    void aDirectoryWithAnUnreadableNameAndNoInputs(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not an input", UTF_8);
        CliRunner.Result r = CliRunner.run("calc", "--format", "json", dir.toString(), good()).assertNoStackTrace();
        // files of other types in a folder are not inputs; a folder with none is an error (a clerk who
        // names the wrong folder must not be told "no errors"), and the other inputs are still computed
        assertEquals(3, r.exit(), r::toString);
        assertEquals("no-input-files", r.json().at("/errors/0/code").asText(), r::toString);
        HostileInputTest.assertGoodFacility(r.json(), r);
    }

    @Test
    void messagesInEnglish() throws Exception {
        CliRunner.Result r = CliRunner.run("check", "--format", "json", "--lang", "en", hostile("y-bad-grouping.yaml").toString());
        assertEquals(3, r.exit(), r::toString);
        assertEquals("Cannot read the amount '12,0O0' (e.g. 1200000, 1,200,000, 120万円).", r.json().at("/errors/0/message").asText());
    }

    /** A CSV clerk sees columns: the message names the column as the header names it, not the YAML key. */
    @Test
    void csvMessagesNameTheColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("blank-name.csv");
        Files.writeString(f, "事業所番号,事業所名,サービス種別,品目ID,区分,単価\n1370000001,,特養,bed,見守り,100000\n", UTF_8);
        CliRunner.Result r = CliRunner.run("check", "--format", "json", "--lang", "en", f.toString());
        assertEquals(3, r.exit(), r::toString);
        JsonNode e = r.json().at("/errors/0");
        assertEquals("missing-field", e.get("code").asText());
        assertEquals(2, e.get("line").asInt());
        assertEquals(2, e.get("column").asInt());
        assertEquals("事業所名", e.get("field").asText());
        assertTrue(e.get("message").asText().contains("事業所名"), () -> "message: " + e.get("message").asText());
    }

    @Test
    void checkSummaryCountsByCode() throws Exception {
        CliRunner.Result r = CliRunner.run("check", "--format", "json", hostile("y-attached-to-cycle.yaml").toString(),
                hostile("y-unknown-key.yaml").toString(), good());
        assertEquals(3, r.exit(), r::toString);
        JsonNode s = r.json().get("summary");
        assertEquals(2, s.at("/by_code/attached-to-invalid").asInt(), r::toString);
        assertEquals(1, s.at("/by_code/unknown-key").asInt(), r::toString);
        // both files are facility 1370000001: each part names the other (#9: no part is taken as the whole)
        assertEquals(2, s.at("/by_code/duplicate-facility").asInt(), r::toString);
        assertEquals(5, s.get("errors").asInt());
        assertEquals(1, s.get("valid").asInt());
        assertEquals(2, s.get("invalid").asInt());
    }
}
