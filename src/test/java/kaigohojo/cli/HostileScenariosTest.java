package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #8, the hostile corpus's scenarios that are no single file (folders, {@code -o} targets, names that
 * reach a terminal, a page or a spreadsheet): each through the real command line within the corpus's
 * time bound ({@link CliRunner#LIMIT}), with its exact error code and line, no stack trace, and every
 * other facility still computed. The unreadable subfolder needs a user other than root: EnvironmentIT.
 */
class HostileScenariosTest {
    @TempDir Path dir;

    private static final String GOOD = HostileInputTest.GOOD_ID;

    private Path good(Path folder) throws Exception {
        Files.createDirectories(folder);
        return Files.copy(HostileInputTest.goodFile(), folder.resolve("good.yaml"));
    }

    private static JsonNode error(JsonNode report, String code) {
        for (JsonNode e : report.get("errors")) if (e.get("code").asText().equals(code)) return e;
        return null;
    }

    // ── folders ─────────────────────────────────────────────────────────────────────────────────

    @Test
    @DisplayName("folder: a symbolic-link loop is one file-unreadable at line 0; the good file is computed")
    void folderLinkLoop() throws Exception {
        Path in = dir.resolve("in");
        good(in);
        Files.createSymbolicLink(in.resolve("loop"), in); // in/loop → in
        CliRunner.Result r = CliRunner.run("calc", "--format", "json", in.toString()).assertNoStackTrace();
        assertEquals(3, r.exit(), r::toString);
        JsonNode e = error(r.json(), "file-unreadable");
        assertTrue(e != null && e.get("file").asText().endsWith("loop") && e.get("line").asInt() == 0, r::toString);
        assertEquals(1, r.json().get("errors").size(), r::toString);
        HostileInputTest.assertGoodFacility(r.json(), r);
    }

    @Test
    @DisplayName("folder: a link to nothing named x.csv is file-not-found; the good file is computed")
    void folderDanglingLink() throws Exception {
        Path in = dir.resolve("in");
        good(in);
        Files.createSymbolicLink(in.resolve("x.csv"), dir.resolve("gone.csv"));
        CliRunner.Result r = CliRunner.run("calc", "--format", "json", in.toString()).assertNoStackTrace();
        assertEquals(3, r.exit(), r::toString);
        JsonNode e = error(r.json(), "file-not-found");
        assertTrue(e != null && e.get("file").asText().endsWith("x.csv") && e.get("line").asInt() == 0, r::toString);
        HostileInputTest.assertGoodFacility(r.json(), r);
    }

    @Test
    @DisplayName("folder: a FIFO named x.csv is one located file-unreadable (not a regular file), counted; the run does not hang (session 4 L)")
    void folderFifo() throws Exception {
        Path in = dir.resolve("in");
        good(in);
        Process p = new ProcessBuilder("mkfifo", in.resolve("x.csv").toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo");
        CliRunner.Result r = CliRunner.run("calc", "--format", "json", in.toString()).assertNoStackTrace();
        assertEquals(3, r.exit(), r::toString);
        JsonNode e = error(r.json(), "file-unreadable");
        assertTrue(e != null && e.get("file").asText().endsWith("x.csv") && e.get("line").asInt() == 0, r::toString);
        assertTrue(e.get("message").asText().contains("通常のファイルではなく"), r::toString);
        assertEquals(1, r.json().get("errors").size(), r::toString);
        JsonNode sum = r.json().get("summary");
        assertEquals(2, sum.get("files").asInt(), r::toString); // computed + in error = input
        assertEquals(1, sum.get("facilities").asInt(), r::toString);
        assertEquals(1, sum.get("facilities_with_errors").asInt(), r::toString);
        HostileInputTest.assertGoodFacility(r.json(), r);

        CliRunner.Result en = CliRunner.run("--lang", "en", "calc", in.toString()).assertNoStackTrace();
        assertEquals(3, en.exit(), en::toString);
        assertTrue((en.out() + en.err()).contains("x.csv Cannot read the file (it is not a regular file"), en::toString);
    }

    @Test
    @DisplayName("compare, folder with a FIFO and a link loop: each a located error, the good facility compared, no internal error (session 4 L)")
    void folderFifoCompare() throws Exception {
        Path in = dir.resolve("in");
        good(in);
        Process p = new ProcessBuilder("mkfifo", in.resolve("x.csv").toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo");
        Files.createSymbolicLink(in.resolve("loop"), in);
        CliRunner.Result r = CliRunner.run("--lang", "en", "compare", "--scenario", "r7=--rules national-r7", in.toString())
                .assertNoStackTrace();
        assertEquals(3, r.exit(), r::toString);
        String all = r.out() + r.err();
        assertFalse(all.contains("internal error"), r::toString);
        assertTrue(all.contains("x.csv") && all.contains("not a regular file"), r::toString);
        assertTrue(all.contains("a loop of symbolic links"), r::toString);
        assertTrue(r.out().contains(GOOD), r::toString);
    }

    @Test
    @DisplayName("calc --format csv: input errors go to the run's own standard error (they went to the JVM's, past a caller's stream; session 4 L)")
    void csvErrorsOnTheRunsStderr() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "facility: [\n");
        CliRunner.Result r = CliRunner.run("calc", "--format", "csv", bad.toString(), HostileInputTest.goodFile().toString())
                .assertNoStackTrace();
        assertEquals(3, r.exit(), r::toString);
        assertTrue(r.err().contains("bad.yaml"), r::toString);
    }

    // ── -o ──────────────────────────────────────────────────────────────────────────────────────

    @Test
    @DisplayName("-o /dev/null: written through, still a character device (never renamed over)")
    void outputDevice() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));
        CliRunner.Result r = CliRunner.run("calc", "-o", "/dev/null", HostileInputTest.goodFile().toString()).assertNoStackTrace();
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.readAttributes(devNull, java.nio.file.attribute.BasicFileAttributes.class).isOther(), "/dev/null is still a device");
    }

    @Test
    @DisplayName("-o /dev/full: the 'could not be written' message, no internal error, no stack trace")
    void outputFullDisk() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        CliRunner.Result r = CliRunner.run("--lang", "en", "calc", "-o", "/dev/full", HostileInputTest.goodFile().toString())
                .assertNoStackTrace();
        assertTrue(r.exit() != 0, r::toString);
        assertTrue(r.err().contains("/dev/full"), r::toString);
    }

    @Test
    @DisplayName("-o through a symbolic link: the file it names is written, the link stays a link")
    void outputLink() throws Exception {
        Path target = dir.resolve("report.json");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.json"), target);
        CliRunner.Result r = CliRunner.run("calc", "--format", "json", "-o", link.toString(), HostileInputTest.goodFile().toString())
                .assertNoStackTrace();
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.isSymbolicLink(link), "the link is not replaced");
        assertTrue(Files.readString(target).contains(GOOD), "the file it names holds the report");
    }

    @Test
    @DisplayName("-o a dangling link: exit 2, nothing written")
    void outputDanglingLink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), dir.resolve("nowhere/x.json"));
        CliRunner.Result r = CliRunner.run("calc", "--format", "json", "-o", link.toString(), HostileInputTest.goodFile().toString())
                .assertNoStackTrace();
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("どこも指していない"), r::toString);
        assertTrue(Files.isSymbolicLink(link) && !Files.exists(link), "the link is left as it was");
    }

    @Test
    @DisplayName("-o inside the folder being read, any extension: exit 2, the folder's files untouched")
    void outputInsideInputFolder() throws Exception {
        Path in = dir.resolve("in");
        Path g = good(in);
        byte[] before = Files.readAllBytes(g);
        for (String name : new String[] {"b.csv", "report.txt", "good.yaml"}) {
            CliRunner.Result r = CliRunner.run("calc", "--format", "csv", "-o", in.resolve(name).toString(), in.toString())
                    .assertNoStackTrace();
            assertEquals(2, r.exit(), r::toString);
            assertTrue(r.err().contains(in.toString()), r::toString);
        }
        assertFalse(Files.exists(in.resolve("b.csv")) || Files.exists(in.resolve("report.txt")));
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(g));
    }

    // ── names that reach a terminal, a page, a spreadsheet ───────────────────────────────────────

    /** A facility whose name and item carry an escape sequence, a bidi override, a line break and a bell. */
    private Path evil() throws Exception {
        Path f = dir.resolve("evil.yaml");
        Files.writeString(f, "facility:\n  id: \"1370000001\"\n  name: \"さくら\\e[31m赤\\u202Eabc\\nFORGED,=1+1\\u0007\"\n"
                + "  service: 特養\n  staff: 10\nitems:\n  - id: \"bed\\u2066x\"\n    name: \"<script>alert(1)</script>[x](http://e.example)\\e]0;t\\a\"\n"
                + "    category: monitoring\n    unit_price: 100000\n");
        return f;
    }

    private static void noRawControls(CliRunner.Result r) {
        noRawControls(r, true);
    }

    /** lines: a line break may not start a line of its own (text formats; in HTML a line break is a space). */
    private static void noRawControls(CliRunner.Result r, boolean lines) {
        for (String s : new String[] {r.out(), r.err()}) {
            for (char c : new char[] {'\u001B', '\u0007', '\u202E', '\u2066'}) {
                assertFalse(s.indexOf(c) >= 0, () -> String.format("a raw U+%04X reached the output%n%s", (int) c, r));
            }
            for (String line : lines ? s.split("\r?\n") : new String[0]) {
                assertFalse(line.startsWith("FORGED"), () -> "a line break in a name forged a line\n" + r);
            }
        }
    }

    @Test
    @DisplayName("calc table: controls shown as ␛, <U+202E>, ␊: no raw escape, no forged line")
    void tableReport() throws Exception {
        CliRunner.Result r = CliRunner.run("calc", evil().toString()).assertNoStackTrace();
        assertEquals(0, r.exit(), r::toString);
        noRawControls(r);
        assertTrue(r.out().contains("␛[31m") && r.out().contains("<U+202E>") && r.out().contains("␊FORGED"), r::toString);
    }

    @Test
    @DisplayName("check table: the same name in an error line is neutralised too")
    void checkTable() throws Exception {
        Path f = evil();
        Files.writeString(f, Files.readString(f).replace("100000", "1O0"));
        CliRunner.Result r = CliRunner.run("check", f.toString()).assertNoStackTrace();
        assertEquals(3, r.exit(), r::toString);
        noRawControls(r);
    }

    @Test
    @DisplayName("calc markdown: HTML and link syntax escaped, controls visible")
    void markdownReport() throws Exception {
        CliRunner.Result r = CliRunner.run("calc", "--format", "markdown", evil().toString()).assertNoStackTrace();
        assertEquals(0, r.exit(), r::toString);
        noRawControls(r);
        assertFalse(r.out().contains("<script>") || r.out().contains("[x](http"), r::toString);
    }

    @Test
    @DisplayName("calc html: escaped, controls visible")
    void htmlReport() throws Exception {
        CliRunner.Result r = CliRunner.run("calc", "--format", "html", evil().toString()).assertNoStackTrace();
        assertEquals(0, r.exit(), r::toString);
        noRawControls(r, false);
        assertFalse(r.out().contains("<script>alert"), r::toString);
    }

    @Test
    @DisplayName("compare table and html: controls visible, markup escaped")
    void compareTableAndHtml() throws Exception {
        for (String format : new String[] {"table", "html"}) {
            CliRunner.Result r = CliRunner.run("compare", "--scenario", "s=facility.staff=31", "--format", format, evil().toString())
                    .assertNoStackTrace();
            assertEquals(0, r.exit(), r::toString);
            noRawControls(r, format.equals("table"));
            if (format.equals("html")) assertFalse(r.out().contains("<script>alert"), r::toString);
        }
    }

    @Test
    @DisplayName("compare csv: the name is one quoted cell with visible controls (was raw, unquoted: a line break and a comma shifted the rows)")
    void compareCsv() throws Exception {
        CliRunner.Result r = CliRunner.run("compare", "--scenario", "s=facility.staff=31", "--format", "csv", evil().toString())
                .assertNoStackTrace();
        assertEquals(0, r.exit(), r::toString);
        noRawControls(r);
        String[] rows = r.out().split("\r\n");
        int columns = rows[0].split(",", -1).length;
        int last = rows.length - 1; // the last row states how split applications were treated (#9), no facility
        assertTrue(rows[last].startsWith(",,") && rows[last].contains("分かれた申請の扱い"), () -> "the split statement\n" + r);
        assertEquals(columns, rows[last].split(",", -1).length, () -> "the statement has the header's columns\n" + r);
        for (int i = 1; i < last; i++) {
            assertTrue(rows[i].startsWith("1370000001,\"さくら␛[31m赤<U+202E>abc␊FORGED,=1+1␇\","), () -> "row\n" + r);
            assertEquals(columns, rows[i].replace("\"さくら␛[31m赤<U+202E>abc␊FORGED,=1+1␇\"", "x").split(",", -1).length,
                    () -> "the row has the header's columns\n" + r);
        }
    }

    @Test
    @DisplayName("compare csv: a scenario name with a comma and a formula is one safe cell")
    void compareCsvScenarioName() throws Exception {
        CliRunner.Result r = CliRunner.run("compare", "--scenario", "=a,b=facility.staff=31", "--format", "csv",
                HostileInputTest.goodFile().toString()).assertNoStackTrace();
        if (r.exit() == 2) return; // a name the command refuses is fine too
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().split("\r\n")[0].contains("\"'=a,b\""), r::toString);
    }

    /** An unreadable subfolder as a user other than root (root reads every folder): EnvironmentIT runs it for root. */
    @Test
    @DisplayName("folder: an unreadable subfolder is one file-unreadable; every other file is read (non-root only)")
    void folderUnreadableSubfolder() throws Exception {
        Path in = dir.resolve("in");
        good(in);
        Path sub = Files.createDirectories(in.resolve("private"));
        Files.copy(HostileInputTest.goodFile(), sub.resolve("hidden.yaml"));
        var view = Files.getFileAttributeView(sub, PosixFileAttributeView.class);
        assumeTrue(view != null);
        view.setPermissions(java.util.Set.of());
        try {
            assumeTrue(!Files.isReadable(sub), "root reads every folder: EnvironmentIT.unreadableSubfolder covers it");
            CliRunner.Result r = CliRunner.run("calc", "--format", "json", in.toString()).assertNoStackTrace();
            assertEquals(3, r.exit(), r::toString);
            JsonNode e = error(r.json(), "file-unreadable");
            assertTrue(e != null && e.get("file").asText().endsWith("private"), r::toString);
            HostileInputTest.assertGoodFacility(r.json(), r);
        } finally {
            view.setPermissions(java.util.Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE, java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
        }
    }
}
