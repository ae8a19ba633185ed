package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9: one facility's application in two files (an 追加分, a corrected copy). {@code --split-facility}
 * says what to do: reject (default), merge (the parts must agree on the facility), or replace (the part
 * read last: command-line order, a folder's files by name). calc, check and compare all take it.
 */
class SplitFacilityTest {
    @TempDir static Path dir;
    static Path first, extra, fixed, folder;
    static final String HEADER = "facility_id,facility_name,service,staff,security_action,improvement_plan,item_id,category,unit_price,quantity\n";

    @BeforeAll
    static void files() throws IOException {
        folder = Files.createDirectories(dir.resolve("受付"));
        first = write(folder.resolve("申請.csv"), "1140000001,追加のある施設,介護老人福祉施設,45,two_star,true,bed,monitoring,100000,1\n");
        // the corrected copy: its name sorts after the first file's ('_' after '.'), so it is read later
        fixed = write(folder.resolve("申請_訂正.csv"), "1140000001,追加のある施設,介護老人福祉施設,45,two_star,true,bed,monitoring,250000,1\n");
        // an addition that states the facility differently (another service, another staff count)
        extra = write(dir.resolve("追加分.csv"), "1140000001,追加のある施設,訪問介護,12,two_star,true,bed2,monitoring,200000,1\n");
    }

    private static Path write(Path p, String row) throws IOException {
        return Files.writeString(p, HEADER + row, StandardCharsets.UTF_8);
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    @Test
    @DisplayName("replace: the file read last (a folder's files by name) is computed alone, and every format says which parts it replaced")
    void replaceTakesTheLaterFile() throws Exception {
        CliRun r = CliRun.run("calc", "--format", "json", "--split-facility", "replace", folder.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode root = json(r.out());
        assertEquals(1, root.get("facilities").size(), r.out());
        JsonNode f = root.get("facilities").get(0);
        assertEquals(250_000, f.get("totals").get("requested").asLong(), "the corrected copy's amount");
        String findings = f.get("findings").toString();
        assertTrue(findings.contains("parts-replaced") && findings.contains("申請.csv:2"), findings);
        assertEquals(0, root.get("rejected").size(), r.out());
        for (String format : CalcCommand.FORMATS) {
            if (format.equals("xlsx")) continue;
            CliRun any = CliRun.run("calc", "--format", format, "--split-facility", "replace", folder.toString());
            assertEquals(0, any.exit(), format + any.err());
            assertTrue(any.out().contains("--split-facility replace"), format + "\n" + any.out());
        }
        // command-line order: named the other way round, the first-named file is the one replaced
        CliRun swapped = CliRun.run("calc", "--format", "json", "--split-facility", "replace", fixed.toString(), first.toString());
        assertEquals(100_000, json(swapped.out()).get("facilities").get(0).get("totals").get("requested").asLong());
    }

    @Test
    @DisplayName("merge: parts that state the facility differently are a located error naming both values and the first part's place")
    void mergeChecksThatThePartsAgree() throws Exception {
        CliRun r = CliRun.run("calc", "--format", "json", "--split-facility", "merge", first.toString(), extra.toString());
        assertEquals(3, r.exit(), r.out() + r.err());
        JsonNode root = json(r.out());
        assertEquals(0, root.get("facilities").size(), r.out());
        assertEquals(1, root.get("rejected").size(), r.out());
        int disagree = 0;
        for (JsonNode e : root.get("errors")) {
            if (!e.get("code").asText().equals("parts-disagree")) continue;
            disagree++;
            assertTrue(e.get("file").asText().endsWith("追加分.csv"), e.toString());
            assertEquals(2, e.get("line").asInt(), e.toString());
            assertTrue(e.get("message").asText().contains("申請.csv:2"), e.toString());
        }
        assertEquals(2, disagree, "service and staff: " + root.get("errors"));
        CliRun table = CliRun.run("calc", "--split-facility", "merge", first.toString(), extra.toString());
        assertTrue(table.out().contains("サービス種別が違います（" + first + ":2 では 介護老人福祉施設、ここでは 訪問介護）"), table.out());
        assertTrue(table.out().contains("職員数が違います"), table.out());
        CliRun en = CliRun.run("--lang", "en", "calc", "--split-facility", "merge", first.toString(), extra.toString());
        assertTrue(en.out().contains("state its staff differently (45 at " + first + ":2, 12 here)"), en.out());
        // parts that agree still merge
        CliRun agree = CliRun.run("calc", "--format", "json", "--split-facility", "merge", folder.toString());
        assertEquals(3, agree.exit(), "both parts hold item bed: " + agree.out());
    }

    @Test
    @DisplayName("check takes --split-facility too, and says how the parts were put together")
    void check() throws Exception {
        CliRun reject = CliRun.run("check", folder.toString());
        assertEquals(3, reject.exit(), reject.out());
        assertTrue(reject.out().contains("duplicate-facility"), reject.out());
        CliRun replace = CliRun.run("check", "--format", "json", "--split-facility", "replace", folder.toString());
        assertEquals(0, replace.exit(), replace.out() + replace.err());
        JsonNode root = json(replace.out());
        assertEquals(1, root.get("summary").get("submissions").asInt());
        assertEquals("parts-replaced", root.get("notes").get(0).get("code").asText());
        assertEquals("1140000001", root.get("notes").get(0).get("facility_id").asText());
        CliRun table = CliRun.run("check", "--split-facility", "replace", folder.toString());
        assertTrue(table.out().contains("--split-facility replace"), table.out());
        CliRun merge = CliRun.run("check", "--split-facility", "merge", first.toString(), extra.toString());
        assertEquals(3, merge.exit());
        assertTrue(merge.out().contains("parts-disagree"), merge.out());
    }

    @Test
    @DisplayName("check --format csv and xlsx carry the note of how the parts were put together, as the table and JSON do")
    void checkCsvAndXlsxCarryTheNote(@TempDir Path tmp) throws Exception {
        CliRun csv = CliRun.run("check", "--format", "csv", "--split-facility", "replace", folder.toString());
        assertEquals(0, csv.exit(), csv.out() + csv.err());
        String[] lines = csv.out().split("\r?\n");
        assertEquals(2, lines.length, "the header and the note: " + csv.out());
        assertTrue(lines[1].contains("parts-replaced") && lines[1].contains("1140000001") && lines[1].contains("追加のある施設")
                && lines[1].contains("--split-facility replace"), lines[1]);
        CliRun en = CliRun.run("--lang", "en", "check", "--format", "csv", "--split-facility", "replace", folder.toString());
        assertTrue(en.out().contains("parts-replaced") && en.out().contains("as --split-facility replace asks"), en.out());
        Path book = tmp.resolve("check.xlsx");
        CliRun x = CliRun.run("check", "--format", "xlsx", "-o", book.toString(), "--split-facility", "replace", folder.toString());
        assertEquals(0, x.exit(), x.out() + x.err());
        StringBuilder notes = new StringBuilder();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(book.toFile())) {
            var sheet = wb.findSheet("注意").orElseThrow(() -> new AssertionError("no sheet 注意"));
            try (var rs = sheet.openStream()) {
                for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) rs::iterator) {
                    row.stream().filter(java.util.Objects::nonNull).forEach(c -> notes.append(c.getRawValue()).append('|'));
                }
            }
        }
        assertTrue(notes.toString().contains("1140000001|追加のある施設|parts-replaced|") && notes.toString().contains("--split-facility replace"),
                notes.toString());
        // no notes, no sheet of notes and no note rows
        CliRun plain = CliRun.run("check", "--format", "csv", first.toString());
        assertEquals(1, plain.out().split("\r?\n").length, plain.out());
    }

    @Test
    @DisplayName("compare finds a facility split across files as calc does: its first part is never shown as the whole application")
    void compare() throws Exception {
        CliRun r = CliRun.run("compare", "--format", "json", "--scenario", "s=facility.staff=31", folder.toString());
        assertEquals(3, r.exit(), r.out() + r.err());
        assertFalse(r.out().contains("\"requested\" : 100000"), "the first part alone must not be computed: " + r.out());
        CliRun replace = CliRun.run("compare", "--split-facility", "replace", "--scenario", "s=facility.staff=31",
                first.toString(), fixed.toString());
        assertEquals(0, replace.exit(), replace.out() + replace.err());
        assertTrue(replace.out().contains("200,000"), "4/5 of the corrected 250,000: " + replace.out());
        // standard input is read once and still seen as a part
        CliRun stdin = CliRun.runWithInput(Files.readAllBytes(fixed), "compare", "--input-format", "csv",
                "--scenario", "s=facility.staff=31", first.toString(), "-");
        assertEquals(3, stdin.exit(), stdin.out());
        CliRun bad = CliRun.run("compare", "--split-facility", "replce", "--scenario", "s=facility.staff=31", first.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("replace"), bad.err());
    }

    @Test
    @DisplayName("compare states the --split-facility choice in every format, in the reader's language")
    void compareStatesTheChoice(@TempDir Path tmp) throws Exception {
        for (String format : java.util.List.of("table", "markdown", "json", "csv", "html")) {
            CliRun r = CliRun.run("compare", "--format", format, "--split-facility", "replace", "--scenario", "s=facility.staff=31",
                    first.toString(), fixed.toString());
            assertEquals(0, r.exit(), format + r.out() + r.err());
            assertTrue(r.out().contains("分かれた申請の扱い") && r.out().contains("最後に読んだ部分だけで計算します"),
                    format + "\n" + r.out());
            CliRun en = CliRun.run("--lang", "en", "compare", "--format", format, "--split-facility", "replace", "--scenario",
                    "s=facility.staff=31", first.toString(), fixed.toString());
            assertTrue(en.out().contains("--split-facility replace") && en.out().contains("only the part read last is computed"),
                    format + "\n" + en.out());
        }
        CliRun json = CliRun.run("compare", "--format", "json", "--scenario", "s=facility.staff=31", first.toString());
        assertEquals("reject", json(json.out()).get("split_facility").get("mode").asText(), "the default is stated too");
        Path book = tmp.resolve("compare.xlsx");
        CliRun x = CliRun.run("compare", "--format", "xlsx", "-o", book.toString(), "--split-facility", "replace", "--scenario",
                "s=facility.staff=31", first.toString(), fixed.toString());
        assertEquals(0, x.exit(), x.out() + x.err());
        StringBuilder cells = new StringBuilder();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(book.toFile());
             var rs = wb.getFirstSheet().openStream()) {
            for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) rs::iterator) {
                row.stream().filter(java.util.Objects::nonNull).forEach(c -> cells.append(c.getRawValue()).append('|'));
            }
        }
        assertTrue(cells.toString().contains("複数の箇所に分かれた申請|") && cells.toString().contains("最後に読んだ部分だけで計算します"),
                cells.toString());
    }

    @Test
    @DisplayName("a part on standard input beside a file is found too: neither part computed alone; replace takes stdin named last")
    void standardInput() throws Exception {
        CliRun reject = CliRun.runWithInput(Files.readAllBytes(fixed), "calc", "--format", "json", "--input-format", "csv",
                first.toString(), "-");
        assertEquals(3, reject.exit(), reject.out() + reject.err());
        JsonNode root = json(reject.out());
        assertEquals(0, root.get("facilities").size(), "the first part must not be computed as the whole: " + reject.out());
        assertEquals(2, root.get("rejected").size(), reject.out());
        CliRun replace = CliRun.runWithInput(Files.readAllBytes(fixed), "calc", "--format", "json", "--input-format", "csv",
                "--split-facility", "replace", first.toString(), "-");
        assertEquals(0, replace.exit(), replace.out() + replace.err());
        assertEquals(250_000, json(replace.out()).get("facilities").get(0).get("totals").get("requested").asLong());
        CliRun check = CliRun.runWithInput(Files.readAllBytes(fixed), "check", "--input-format", "csv", first.toString(), "-");
        assertEquals(3, check.exit(), check.out());
        assertTrue(check.out().contains("duplicate-facility"), check.out());
    }

    @Test
    @DisplayName("merge, one part failing to read: the part that read is not computed, and its message says why under merge (not 'put them together')")
    void mergeWithAFailedPartSaysWhy(@TempDir Path tmp) throws Exception {
        Path good = write(tmp.resolve("a.csv"), "1140000001,追加のある施設,介護老人福祉施設,45,two_star,true,bed,monitoring,100000,1\n");
        Path bad = write(tmp.resolve("b.csv"), "1140000001,追加のある施設,介護老人福祉施設,45,two_star,true,bed2,monitoring,abc,1\n");
        CliRun r = CliRun.run("check", "--format", "json", "--split-facility", "merge", good.toString(), bad.toString());
        assertEquals(3, r.exit(), r.out() + r.err());
        JsonNode goodPart = null;
        for (JsonNode e : json(r.out()).get("errors")) if (e.get("file").asText().equals(good.toString())) goodPart = e;
        org.junit.jupiter.api.Assertions.assertNotNull(goodPart, r.out());
        assertEquals("part-not-merged", goodPart.get("code").asText(), r.out());
        String ja = goodPart.get("message").asText();
        assertTrue(ja.contains("--split-facility merge") && ja.contains(bad + ":2"), ja);
        assertFalse(r.out().contains("1つの申請にまとめてください"), r.out());
        assertFalse(r.out().contains("duplicate-facility"), "the failing part names the others as not merged too: " + r.out());
        CliRun en = CliRun.run("--lang", "en", "calc", "--split-facility", "merge", good.toString(), bad.toString());
        assertEquals(3, en.exit(), en.out() + en.err());
        assertTrue(en.out().contains("--split-facility merge puts the parts together only when every part reads"), en.out());
        assertFalse(en.out().contains("Put them together in one application"), en.out());
        // without --split-facility the message still asks to put the parts together
        CliRun reject = CliRun.run("--lang", "en", "check", good.toString(), bad.toString());
        assertTrue(reject.out().contains("Put them together in one application"), reject.out());
    }

    @Test
    @DisplayName("merge: parts without an item_id column (items numbered 1, 2, … in each) are two items, not a duplicate")
    void mergeNumbersUnwrittenItemIds(@TempDir Path tmp) throws Exception {
        String h = "facility_id,facility_name,service,staff,category,unit_price\n";
        Path a = Files.writeString(tmp.resolve("a.csv"), h + "1370000001,テスト,特養,10,monitoring,100000\n", StandardCharsets.UTF_8);
        Path b = Files.writeString(tmp.resolve("b.csv"), h + "1370000001,テスト,特養,10,transfer_support,200000\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("calc", "--format", "json", "--split-facility", "merge", a.toString(), b.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode f = json(r.out()).get("facilities").get(0);
        assertEquals(2, f.get("items").size(), f.toString());
        assertEquals(300_000, f.get("totals").get("requested").asLong());
        assertEquals("2", f.get("items").get(1).get("id").asText(), f.toString());
    }
}
