package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/manifest.tsv}) through the real command
 * line: {@code check --format json} and {@code calc --format json} on each input must exit with the
 * contract's code, report the expected error code at the expected line, column and field, print no
 * stack trace, finish within {@link CliRunner#LIMIT}, and leave every good facility of a batch computed.
 */
class HostileInputTest {
    static final String GOOD_ID = "1399999999";

    @TempDir static Path generated;

    /** One line of the manifest. Nulls mean "not checked". */
    record Case(String file, int exit, Set<String> codes, Integer line, Integer column, String field, String suggestion,
                Integer errors, List<String> facilities, String encoding, Set<String> flags, String note) {
        @Override public String toString() { return file + " (" + note + ")"; }
        boolean generated() { return file.startsWith("gen:"); }
    }

    static List<Case> manifest() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/manifest.tsv")) {
            assertNotNull(in, "hostile/manifest.tsv is missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = null;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header == null) { header = line; continue; }
                String[] c = line.split("\t", -1);
                assertEquals(12, c.length, "manifest line has " + c.length + " columns: " + line);
                out.add(new Case(c[0], Integer.parseInt(c[1]),
                        dash(c[2]) == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(c[2].split("\\|"))),
                        integer(c[3]), integer(c[4]), dash(c[5]), dash(c[6]), integer(c[7]),
                        c[8].equals("*") ? null : c[8].equals("none") ? List.of() : List.of(c[8].split(",")),
                        c[9].equals("*") ? null : c[9],
                        dash(c[10]) == null ? Set.of() : Set.of(c[10].split(",")), c[11]));
            }
        }
        return out;
    }

    private static String dash(String s) { return s.equals("-") ? null : s; }
    private static Integer integer(String s) { return s.equals("-") ? null : Integer.valueOf(s); }

    static Stream<Case> cases() throws IOException { return manifest().stream(); }
    static Stream<Case> calcCases() throws IOException { return manifest().stream().filter(c -> !c.flags().contains("check-only")); }

    static Path path(Case c) {
        if (c.generated()) return HostileCorpus.file(generated, c.file().substring(4));
        try {
            var url = HostileInputTest.class.getResource("/hostile/" + c.file());
            assertNotNull(url, "no file hostile/" + c.file());
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path goodFile() throws URISyntaxException {
        return Path.of(HostileInputTest.class.getResource("/batch/good.yaml").toURI());
    }

    // ── the manifest itself ──────────────────────────────────────────────────────────────────────

    @Test
    void manifestCoversTheWholeCorpus() throws Exception {
        List<Case> cases = manifest();
        assertTrue(cases.size() >= 40, "at least 40 hostile inputs, got " + cases.size());
        Set<String> listed = new LinkedHashSet<>();
        for (Case c : cases) assertTrue(listed.add(c.file()), "listed twice: " + c.file());
        Path dir = Path.of(HostileInputTest.class.getResource("/hostile/manifest.tsv").toURI()).getParent();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("manifest.tsv"))
                    .forEach(n -> assertTrue(listed.contains(n), "hostile/" + n + " is not in the manifest"));
        }
    }

    // ── one input at a time ──────────────────────────────────────────────────────────────────────

    @ParameterizedTest(name = "check {0}")
    @MethodSource("cases")
    void check(Case c) {
        String file = path(c).toString();
        CliRunner.Result r = CliRunner.run("check", "--format", "json", "--lang", "ja", file).assertNoStackTrace();
        assertEquals(c.exit(), r.exit(), () -> "exit code\n" + r);
        JsonNode json = r.json();
        assertAll(() -> verifyErrors(c, file, json.get("errors"), r),
                () -> {
                    if (c.errors() != null) assertEquals(c.errors().intValue(), json.at("/summary/errors").asInt(), () -> "summary.errors\n" + r);
                },
                () -> verifyEncoding(c, json, r),
                () -> assertEquals(c.exit() == 0, json.get("valid").asBoolean(), () -> "valid\n" + r));
    }

    @ParameterizedTest(name = "calc {0}")
    @MethodSource("calcCases")
    void calc(Case c) {
        String file = path(c).toString();
        CliRunner.Result r = CliRunner.run("calc", "--format", "json", "--lang", "en", file).assertNoStackTrace();
        assertEquals(c.exit(), r.exit(), () -> "exit code\n" + r);
        JsonNode json = r.json();
        assertAll(() -> verifyErrors(c, file, json.get("errors"), r),
                () -> {
                    if (c.facilities() != null) {
                        assertEquals(c.facilities(), ids(json), () -> "facilities computed from " + c.file()
                                + " (a submission with an error must yield no facility; every other one must)\n" + r);
                    }
                },
                () -> verifyEncoding(c, json, r));
    }

    /** A good file and the bad one: the good facility is still computed; the exit code is the bad one's. */
    @ParameterizedTest(name = "batch good + {0}")
    @MethodSource("calcCases")
    void batchStillComputesTheGoodFacility(Case c) throws Exception {
        String good = goodFile().toString();
        CliRunner.Result r = CliRunner.run("calc", "--format", "json", good, path(c).toString()).assertNoStackTrace();
        assertEquals(c.exit(), r.exit(), () -> "exit code of the batch\n" + r);
        assertGoodFacility(r.json(), r);
    }

    /** The other report formats on the same input: the same exit code, no stack trace, something printed. */
    @ParameterizedTest(name = "other formats {0}")
    @MethodSource("calcCases")
    void otherFormats(Case c) {
        String file = path(c).toString();
        for (String[] cmd : new String[][] {{"calc", "table"}, {"calc", "csv"}, {"calc", "markdown"}, {"check", "table"}, {"check", "csv"}}) {
            CliRunner.Result r = CliRunner.run(cmd[0], "--format", cmd[1], file).assertNoStackTrace();
            assertEquals(c.exit(), r.exit(), r::toString);
            assertFalse(r.out().isBlank() && r.err().isBlank(), () -> "nothing printed\n" + r);
        }
    }

    // ── #8: linear time on the calc paths of large inputs ─────────────────────────────────────────

    /**
     * calc on the large generated inputs, the report to a file (one row a facility): each within the
     * corpus's time bound, every facility accounted for (computed + in error = in the input).
     */
    @ParameterizedTest(name = "calc {0}")
    @org.junit.jupiter.params.provider.CsvSource({"terminals-100000.csv, 1, 0", "attached-to-20000.yaml, 0, 1",
            "unknown-category-200000.csv, 0, 100000", "nul-after-1mb.csv, 25000, 1", "slings-20000.csv, 1, 0"})
    void linearOnLargeInputs(String name, int computed, int inError, @TempDir Path out) throws Exception {
        Path in = HostileCorpus.file(generated, name);
        Path report = out.resolve("r.csv");
        // bounded by CPU time, not wall: these runs are linear but long, and a loaded machine stretched one to 28.6 s
        CliRunner.Result r = CliRunner.runWithinCpu(CliRunner.LIMIT, "calc", "--format", "csv", "--per", "facility", "-o",
                report.toString(), in.toString()).assertNoStackTrace();
        assertEquals(inError == 0 ? 0 : 3, r.exit(), r::toString);
        CliRunner.Result j = CliRunner.runWithinCpu(CliRunner.LIMIT, "check", "--format", "json", in.toString()).assertNoStackTrace();
        JsonNode s = j.json().get("summary");
        assertEquals(computed + inError, s.get("submissions").asInt(), j::toString);
        assertEquals(computed, s.get("valid").asInt(), j::toString);
        assertEquals(inError, s.get("invalid").asInt(), j::toString);
        long rows;
        try (Stream<String> lines = Files.lines(report)) {
            rows = lines.count() - 1;
        }
        assertTrue(rows >= computed, () -> "rows of the report: " + rows);
    }

    // ── a folder of good and bad files ───────────────────────────────────────────────────────────

    @Test
    void folderOfGoodAndBadFiles(@TempDir Path dir) throws Exception {
        int files = 0;
        for (Case c : manifest()) {
            if (c.generated()) continue;
            String n = c.file();
            if (!(n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".csv"))) continue;
            Files.copy(path(c), dir.resolve(n));
            files++;
        }
        Files.copy(goodFile(), dir.resolve("zz-good.yaml"));
        files++;
        for (String command : List.of("calc", "check")) {
            CliRunner.Result r = CliRunner.run(Duration.ofSeconds(60), null, command, "--format", "json", dir.toString())
                    .assertNoStackTrace();
            assertEquals(3, r.exit(), () -> "exit code of a folder with bad files\n" + r);
            JsonNode json = r.json();
            assertEquals(files, json.at("/summary/inputs").size(), () -> "every file of the folder is read\n" + r);
            assertTrue(json.get("errors").size() >= 50, () -> "errors of the folder\n" + r);
            if (command.equals("calc")) assertGoodFacility(json, r);
        }
    }

    /** The same bad input, twice: byte-identical output (product.md §8). */
    @Test
    void sameInputSameOutput() throws Exception {
        Path csv = path(manifest().stream().filter(c -> c.file().equals("c-unbalanced-quote.csv")).findFirst().orElseThrow());
        Path yaml = path(manifest().stream().filter(c -> c.file().equals("y-multidoc-second-bad.yaml")).findFirst().orElseThrow());
        CliRunner.Result a = CliRunner.run("calc", "--format", "json", yaml.toString(), csv.toString());
        CliRunner.Result b = CliRunner.run("calc", "--format", "json", yaml.toString(), csv.toString());
        assertEquals(a.out(), b.out());
    }

    /** Full-width amounts, counts and dates are read as the numbers they are (product.md §2). */
    @Test
    void fullWidthValuesAreComputedExactly() throws Exception {
        Path p = path(manifest().stream().filter(c -> c.file().equals("y-fullwidth-good.yaml")).findFirst().orElseThrow());
        CliRunner.Result r = CliRunner.run("calc", "--format", "json", p.toString()).assertNoStackTrace();
        assertEquals(0, r.exit(), r::toString);
        JsonNode item = r.json().at("/facilities/0/items/0");
        assertEquals(240_000, item.get("requested").asLong(), r::toString); // ￥１２０，０００ × ２台
        assertEquals(10, r.json().at("/facilities/0/staff").asInt(), r::toString); // １０人
    }

    // ── helpers ──────────────────────────────────────────────────────────────────────────────────

    private static void verifyErrors(Case c, String file, JsonNode errors, CliRunner.Result r) {
        assertNotNull(errors, () -> "no errors array\n" + r);
        if (c.exit() == 0) {
            assertEquals(0, errors.size(), () -> "a valid input reports no error\n" + r);
            return;
        }
        assertTrue(errors.size() > 0, () -> "exit " + r.exit() + " but no error listed\n" + r);
        for (JsonNode e : errors) {
            assertEquals(file, e.get("file").asText(), () -> "every error names the file\n" + r);
            String m = e.get("message").asText();
            assertFalse(m.isBlank() || m.contains("{0}") || m.startsWith("error."), () -> "message not rendered: " + m + "\n" + r);
            assertTrue(e.get("line").asInt() >= 0 && e.get("column").asInt() >= 0, () -> "negative position\n" + r);
        }
        JsonNode hit = null;
        for (JsonNode e : errors) if (c.codes().contains(e.get("code").asText())) { hit = e; break; }
        if (hit == null) fail("expected an error " + c.codes() + ", got " + codes(errors) + "\n" + r);
        JsonNode h = hit;
        if (c.line() != null) assertEquals(c.line().intValue(), h.get("line").asInt(), () -> "line of " + h + "\n" + r);
        if (c.column() != null) assertEquals(c.column().intValue(), h.get("column").asInt(), () -> "column of " + h + "\n" + r);
        if (c.field() != null) assertEquals(c.field(), h.get("field").asText(), () -> "field of " + h + "\n" + r);
        if (c.file().startsWith("gen:w-") && h.get("line").asInt() > 0 && h.get("column").asInt() > 0) {
            // #10: a workbook's error is also located as the clerk sees it: 申請!F2
            String cell = "申請!" + kaigohojo.input.Location.columnLetters(h.get("column").asInt()) + h.get("line").asInt();
            assertEquals(cell, h.path("cell").asText(null), () -> "cell of " + h + "\n" + r);
        }
        if (c.suggestion() != null) {
            assertEquals(c.suggestion(), h.path("suggestion").asText(null), () -> "did-you-mean of " + h + "\n" + r);
        }
        if (c.errors() != null) assertEquals(c.errors().intValue(), errors.size(), () -> "number of errors: " + codes(errors) + "\n" + r);
    }

    private static void verifyEncoding(Case c, JsonNode json, CliRunner.Result r) {
        if (c.encoding() == null) return;
        JsonNode enc = json.at("/summary/inputs/0/encoding");
        String actual = enc.isNull() || enc.isMissingNode() ? "null" : enc.asText();
        assertEquals(c.encoding(), actual, () -> "the encoding named in the report\n" + r);
    }

    private static List<String> ids(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("facilities")) out.add(f.get("id").asText());
        return out;
    }

    private static List<String> codes(JsonNode errors) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : errors) out.add(e.get("code").asText() + "@" + e.get("line").asInt() + ":" + e.get("column").asInt());
        return out;
    }

    static void assertGoodFacility(JsonNode report, CliRunner.Result r) {
        JsonNode good = null;
        for (JsonNode f : report.get("facilities")) if (f.get("id").asText().equals(GOOD_ID)) good = f;
        assertNotNull(good, () -> "the good facility " + GOOD_ID + " was not computed\n" + r);
        assertEquals(100_000, good.at("/totals/requested").asLong(), r::toString);
        assertEquals(80_000, good.at("/totals/subsidy_if_requirements_met").asLong(), r::toString);
        assertEquals("eligible", good.at("/items/0/status").asText(), r::toString);
    }
}
