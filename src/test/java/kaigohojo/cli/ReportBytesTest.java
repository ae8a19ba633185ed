package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #13: the per-row writers that write recurring parts once (CSV cells, JSON arrays of reasons, findings
 * and unverified rules, numbers as digits) give the bytes the reports had before, on three facilities
 * whose names carry quotes, commas, a formula, a backslash, a tab, an emoji, an escape sequence and a
 * bidi override, two of them with the same reasons. The expected files were written by main at dc579df,
 * before that work (kaigohojo/fragments/expected*).
 */
class ReportBytesTest {
    private static final String DIR = "src/test/resources/kaigohojo/fragments/";
    @TempDir Path tmp;

    private byte[] run(String... args) throws Exception {
        Path out = tmp.resolve("report.out");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(DIR + "hostile.csv", "-o", out.toString()));
        CliRun r = CliRun.run(all.toArray(new String[0]));
        assertEquals(0, r.exit(), r.err());
        if (all.contains("cp932")) assertTrue(r.err().contains("4"), "the characters CP932 cannot hold are still counted: " + r.err());
        byte[] b = Files.readAllBytes(out);
        Files.delete(out);
        return b;
    }

    private static byte[] expected(String name) throws Exception {
        return Files.readAllBytes(Path.of(DIR + name));
    }

    @Test
    void json() throws Exception {
        assertArrayEquals(expected("expected.json"), run("calc", "--format", "json"));
    }

    @Test
    void jsonWithTheTraceInEnglish() throws Exception {
        assertArrayEquals(expected("expected-explain-en.json"), run("calc", "--format", "json", "--explain", "--lang", "en"));
    }

    @Test
    void csv() throws Exception {
        assertArrayEquals(expected("expected.csv"), run("calc", "--format", "csv"));
    }

    @Test
    void csvInCp932() throws Exception {
        assertArrayEquals(expected("expected-cp932.csv"), run("calc", "--format", "csv", "--output-encoding", "cp932"));
    }

    @Test
    void csvPerFacilityInEnglish() throws Exception {
        assertArrayEquals(expected("expected-per-facility-en.csv"), run("calc", "--format", "csv", "--lang", "en", "--per", "facility"));
    }
}
