package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kaigohojo.app.Batch;
import kaigohojo.app.InputFiles;
import kaigohojo.input.ErrorCode;
import kaigohojo.input.Problem;
import kaigohojo.input.Vocabulary;
import kaigohojo.rules.RuleSetLoader;
import kaigohojo.rules.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error code that {@code check} can emit is produced by some input: the hostile corpus
 * (HostileInputTest checks each manifest line against the real command), or, for the codes no file
 * can carry, a run here. A code nothing produces is dead and must go.
 */
class ErrorCodeCoverageTest {

    @Test
    void everyCodeIsProducedByTheCorpusOrHere(@TempDir Path dir) throws Exception {
        Set<String> covered = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/hostile/manifest.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("file\t") || line.isBlank()) continue;
            String code = line.split("\t", -1)[2];
            if (!code.equals("-")) for (String c : code.split("\\|")) covered.add(c);
        }
        // codes of whole inputs, which the corpus cannot hold as files
        CliRun missing = CliRun.run("check", "--format", "json", dir.resolve("nowhere.yaml").toString());
        assertTrue(missing.out().contains("\"code\" : \"file-not-found\""), missing.out());
        covered.add("file-not-found");
        Path txt = dir.resolve("notes.txt");
        Files.writeString(txt, "hello");
        CliRun type = CliRun.run("check", "--format", "json", txt.toString());
        assertTrue(type.out().contains("\"code\" : \"unsupported-file-type\""), type.out());
        covered.add("unsupported-file-type");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRun none = CliRun.run("check", "--format", "json", empty.toString());
        assertTrue(none.out().contains("\"code\" : \"no-input-files\""), none.out());
        covered.add("no-input-files");
        // a file that cannot be read (here: a folder where a file was expected)
        Batch batch = new Batch(new Rules(new RuleSetLoader(Vocabulary.get()).load("national-r8")), Vocabulary.get(),
                null, null);
        List<Problem> problems = new ArrayList<>();
        batch.read(List.of(new InputFiles.Input(empty, "empty.yaml", "yaml", false)), java.io.InputStream.nullInputStream(),
                o -> problems.addAll(o.problems()));
        assertEquals(List.of("file-unreadable"), problems.stream().map(Problem::code).toList());
        covered.add("file-unreadable");
        // #8: standard input closed at start (calc - <&-; the process run is in EnvironmentIT)
        java.io.ByteArrayOutputStream closedOut = new java.io.ByteArrayOutputStream();
        int closedExit = Cli.run(new String[] {"check", "--format", "json", "--input-format", "csv", "-"}, new kaigohojo.input.ClosedStdin(),
                new java.io.PrintStream(closedOut, true, StandardCharsets.UTF_8), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertEquals(3, closedExit);
        assertTrue(closedOut.toString(StandardCharsets.UTF_8).contains("\"code\" : \"stdin-closed\""), closedOut.toString(StandardCharsets.UTF_8));
        covered.add("stdin-closed");

        // #10: --sheet naming no sheet; the warnings (a column ignored, a workbook named .csv), which are no errors
        Path book = dir.resolve("book.csv");
        Files.write(book, HostileWorkbooks.bytes("w-title-block.xlsx"));
        CliRun sheet = CliRun.run("check", "--format", "json", "--sheet", "申請書", book.toString());
        assertTrue(sheet.out().contains("\"code\" : \"sheet-not-found\""), sheet.out());
        assertTrue(sheet.out().contains("\"suggestion\" : \"申請\""), sheet.out());
        covered.add("sheet-not-found");
        CliRun renamed = CliRun.run("check", "--format", "json", book.toString());
        assertTrue(renamed.out().contains("\"code\" : \"workbook-named-csv\""), renamed.out());
        covered.add("workbook-named-csv");
        CliRun ignored = CliRun.run("check", "--format", "json", "src/test/resources/hostile/c-unknown-column-ja.csv");
        assertTrue(ignored.out().contains("\"code\" : \"column-ignored\""), ignored.out());
        covered.add("column-ignored");
        // #9: an unknown prefecture is a warning (optional field); parts of one facility that disagree under merge
        CliRun pref = CliRun.run("check", "--format", "json", "src/test/resources/hostile/y-unknown-prefecture.yaml");
        assertTrue(pref.out().contains("\"code\" : \"unknown-prefecture\""), pref.out());
        covered.add("unknown-prefecture");
        String header = "facility_id,facility_name,service,staff,item_id,category,unit_price\n";
        Path a = Files.writeString(dir.resolve("a.csv"), header + "1370000001,テスト施設,特養,10,bed,monitoring,100000\n");
        Path b = Files.writeString(dir.resolve("b.csv"), header + "1370000001,テスト施設,特養,11,bed2,monitoring,100000\n");
        CliRun parts = CliRun.run("check", "--format", "json", "--split-facility", "merge", a.toString(), b.toString());
        assertTrue(parts.out().contains("\"code\" : \"parts-disagree\""), parts.out());
        covered.add("parts-disagree");
        Path failing = Files.writeString(dir.resolve("c.csv"), header + "1370000001,テスト施設,特養,10,bed3,monitoring,abc\n");
        CliRun notMerged = CliRun.run("check", "--format", "json", "--split-facility", "merge", a.toString(), failing.toString());
        assertTrue(notMerged.out().contains("\"code\" : \"part-not-merged\""), notMerged.out());
        covered.add("part-not-merged");
        // session 4 (L): the heap running out inside the workbook reader: WorkbookOutOfMemoryTest (the reader) and
        // WorkbookMemoryIT.outOfHeapIsItsOwnError (a real run in a 24 MB heap) produce it
        covered.add("workbook-out-of-memory");

        Set<String> all = new TreeSet<>();
        for (ErrorCode c : ErrorCode.values()) all.add(c.id());
        Set<String> uncovered = new TreeSet<>(all);
        uncovered.removeAll(covered);
        assertEquals(Set.of(), uncovered, "error codes no input produces");
        Set<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(all);
        assertEquals(Set.of(), unknown, "codes the manifest names that do not exist");
    }
}
