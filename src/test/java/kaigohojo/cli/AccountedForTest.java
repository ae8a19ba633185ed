package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9, product.md §6: every result list accounts for every application read, a rejected one with
 * the status 入力エラー, its errors and its 事業所番号 and 事業所名 where they could be read.
 */
class AccountedForTest {
    @TempDir static Path dir;

    /** Every application of the folder, as 事業所番号@file (no id when it cannot be read) → computed? */
    static final Map<String, Boolean> APPLICATIONS = new TreeMap<>(Map.of(
            "1399999999@good.yaml", true,
            "1110000011@batch.csv", true, "1110000012@batch.csv", false, "1110000013@batch.csv", true, // a bad amount
            "1120000001@split.csv", false, "1120000002@split.csv", true, // 1120000001 split around 1120000002
            "@broken.yaml", false, // a YAML syntax error: no id can be read
            "1140000001@first.csv", false, "1140000001@extra.csv", false)); // one facility in two files: neither computed

    @BeforeAll
    static void folder() throws IOException {
        Path in = Files.createDirectories(dir.resolve("申請"));
        Files.writeString(in.resolve("good.yaml"), """
                facility:
                  id: "1399999999"
                  name: よい施設
                  service: 特養
                  staff: 10
                items:
                  - id: bed
                    category: monitoring
                    unit_price: 100000
                """, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("batch.csv"), """
                facility_id,facility_name,service,staff,security_action,improvement_plan,item_id,category,unit_price,quantity
                1110000011,特養あさひ,介護老人福祉施設,45,two_star,true,soft,care_software,3000000,1
                1110000011,,,,,,tabs,terminal,60000,20
                1110000012,訪問介護こすもす,訪問介護,5,one_star,true,soft,care_software,12O000,1
                1110000013,グループホームもみじ,認知症対応型共同生活介護,18,one_star,true,sensor,monitoring,250000,9
                """, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("split.csv"), """
                facility_id,facility_name,service,staff,security_action,improvement_plan,item_id,category,unit_price,quantity
                1120000001,分かれた施設,介護老人福祉施設,45,two_star,true,bed,monitoring,100000,1
                1120000002,間の施設,介護老人福祉施設,45,two_star,true,bed,monitoring,100000,1
                1120000001,分かれた施設,介護老人福祉施設,45,two_star,true,bed2,monitoring,100000,1
                """, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("first.csv"), """
                facility_id,facility_name,service,staff,security_action,improvement_plan,item_id,category,unit_price,quantity
                1140000001,追加のある施設,介護老人福祉施設,45,two_star,true,bed,monitoring,100000,1
                """, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("extra.csv"), """
                facility_id,facility_name,service,staff,security_action,improvement_plan,item_id,category,unit_price,quantity
                1140000001,追加のある施設,介護老人福祉施設,45,two_star,true,bed2,monitoring,200000,1
                """, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("broken.yaml"), "facility: {id: \"1130000001\"\nitems: [\n", StandardCharsets.UTF_8);
    }

    private static CliRun calc(String... args) {
        List<String> all = new ArrayList<>(List.of("calc"));
        all.addAll(List.of(args));
        all.add(dir.resolve("申請").toString());
        CliRun r = CliRun.run(all.toArray(String[]::new));
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.noStackTrace(), r.err());
        return r;
    }

    private static String key(String id, String file) {
        return (id == null ? "" : id) + "@" + Path.of(file).getFileName();
    }

    @Test
    @DisplayName("JSON: every application once, computed in facilities or in rejected with its errors, id and name")
    void json() throws Exception {
        JsonNode root = new ObjectMapper().readTree(calc("--format", "json").out());
        Map<String, Boolean> seen = new TreeMap<>();
        for (JsonNode f : root.get("facilities")) {
            assertEquals(null, seen.put(key(f.get("id").asText(), f.get("source").get("file").asText()), true), "twice: " + f.get("id"));
        }
        for (JsonNode f : root.get("rejected")) {
            String k = key(f.get("id").isNull() ? null : f.get("id").asText(), f.get("source").get("file").asText());
            assertEquals(null, seen.put(k, false), "twice: " + k);
            assertEquals("input-error", f.get("status").asText());
            assertEquals("入力エラー", f.get("status_label").asText());
            assertEquals(f.get("errors").size(), f.get("error_count").asInt());
            assertTrue(f.get("errors").size() >= 1);
            assertTrue(f.get("first_error").asText().contains(f.get("source").get("file").asText().replaceAll(".*/", "")));
        }
        assertEquals(APPLICATIONS, seen);
        JsonNode bad = null;
        for (JsonNode f : root.get("rejected")) if (f.get("id").asText().equals("1110000012")) bad = f;
        assertEquals("訪問介護こすもす", bad.get("name").asText());
        assertTrue(bad.get("first_error").asText().contains("batch.csv:4"), bad.toString());
        // the errors array: each error of a known facility names it
        boolean found = false;
        for (JsonNode e : root.get("errors")) {
            if (e.get("file").asText().endsWith("batch.csv")) {
                assertEquals("1110000012", e.get("facility_id").asText());
                assertEquals("訪問介護こすもす", e.get("facility_name").asText());
                found = true;
            }
        }
        assertTrue(found);
        assertEquals(4, root.get("summary").get("facilities").asInt());
        assertEquals(5, root.get("summary").get("facilities_with_errors").asInt());
        // the facility in two files: each part names the other
        for (JsonNode f : root.get("rejected")) {
            if (!f.get("id").asText().equals("1140000001")) continue;
            String other = f.get("source").get("file").asText().endsWith("first.csv") ? "extra.csv:2" : "first.csv:2";
            assertTrue(f.get("errors").toString().contains(other), f.toString());
            assertTrue(f.get("errors").toString().contains("duplicate-facility"), f.toString());
        }
    }

    @Test
    @DisplayName("CSV --per facility: one row per application, rejected ones with 入力エラー, the count and the first error")
    void csvPerFacility() {
        List<String[]> rows = csv(calc("--format", "csv", "--per", "facility").out());
        String[] header = rows.get(0);
        assertEquals("最初のエラー", header[header.length - 1]);
        Map<String, Boolean> seen = new TreeMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertEquals(header.length, row.length, String.join(",", row));
            boolean rejected = row[header.length - 3].equals("入力エラー");
            assertEquals(null, seen.put(key(row[2], row[0]), !rejected), "twice: " + row[2]);
            if (rejected) {
                assertTrue(Integer.parseInt(row[header.length - 2]) >= 1);
                assertTrue(row[header.length - 1].contains(Path.of(row[0]).getFileName().toString()), row[header.length - 1]);
            } else {
                assertEquals("計算済み", row[header.length - 3]);
            }
        }
        assertEquals(APPLICATIONS, seen);
    }

    @Test
    @DisplayName("CSV per item: every application has its rows, a rejected one exactly one row with 入力エラー")
    void csvPerItem() {
        List<String[]> rows = csv(calc("--format", "csv").out());
        String[] header = rows.get(0);
        int status = List.of(header).indexOf("判定");
        Map<String, Boolean> seen = new TreeMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertEquals(header.length, row.length, String.join(",", row));
            boolean rejected = row[status].equals("入力エラー");
            Boolean before = seen.put(key(row[2], row[0]), !rejected);
            assertTrue(before == null || (before && !rejected), "a rejected application is one row: " + row[2]);
        }
        assertEquals(APPLICATIONS, seen);
    }

    @Test
    @DisplayName("table and Markdown: one heading per application, rejected ones with 入力エラー and the first error")
    void tableAndMarkdown() {
        for (String format : List.of("table", "markdown")) {
            String out = calc("--format", format).out();
            String mark = format.equals("table") ? "━━ " : "## ";
            Map<String, Integer> headings = new TreeMap<>();
            for (String line : out.split("\n")) {
                if (!line.startsWith(mark)) continue;
                String first = line.substring(mark.length()).split(" ")[0];
                headings.merge(first, 1, Integer::sum);
            }
            Map<String, Integer> expected = new TreeMap<>();
            for (String k : APPLICATIONS.keySet()) {
                String id = k.substring(0, k.indexOf('@'));
                if (!id.isEmpty()) expected.merge(id, 1, Integer::sum);
            }
            for (var e : expected.entrySet()) {
                assertEquals(e.getValue(), headings.getOrDefault(e.getKey(), 0), format + ": " + e.getKey() + "\n" + out);
            }
            assertTrue(out.contains("（事業所番号を読み取れません）"), format);
            assertEquals(5, out.split("入力エラーのため計算していません", -1).length - 1, format + "\n" + out);
            assertTrue(out.contains("batch.csv:4"), out);
        }
    }

    @Test
    @DisplayName("the workbook (xlsx): the facilities sheet has one row per application, rejected ones with 入力エラー")
    void xlsx() throws Exception {
        Path book = dir.resolve("result.xlsx");
        calc("--format", "xlsx", "-o", book.toString());
        Map<String, Boolean> seen = new TreeMap<>();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(book.toFile());
             var rows = wb.getFirstSheet().openStream()) {
            List<List<String>> all = new ArrayList<>();
            rows.forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) cells.add(row.getCellText(i));
                all.add(cells);
            });
            List<String> header = all.get(0);
            int file = header.indexOf("ファイル"), id = header.indexOf("事業所番号"), status = header.indexOf("判定");
            assertTrue(file >= 0 && id >= 0 && status >= 0, header.toString());
            for (List<String> row : all.subList(1, all.size())) {
                String k = key(row.get(id).isEmpty() ? null : row.get(id), row.get(file));
                assertEquals(null, seen.put(k, !row.get(status).equals("入力エラー")), "twice: " + k);
            }
        }
        assertEquals(APPLICATIONS, seen);
    }

    @Test
    @DisplayName("HTML: one page per application, the rejected ones with 入力エラー")
    void html() {
        String out = calc("--format", "html").out();
        assertEquals(APPLICATIONS.size(), out.split("<section class=\"page\"", -1).length - 1, out);
        long rejected = APPLICATIONS.values().stream().filter(ok -> !ok).count();
        assertEquals(rejected, out.split("<strong>入力エラー</strong>", -1).length - 1, out);
    }

    @Test
    @DisplayName("check: every error names the 事業所番号 and 事業所名 where known, in JSON, CSV and the table")
    void checkNamesTheFacility() throws Exception {
        CliRun r = CliRun.run("check", "--format", "json", dir.resolve("申請").toString());
        assertEquals(3, r.exit());
        JsonNode root = new ObjectMapper().readTree(r.out());
        int named = 0;
        for (JsonNode e : root.get("errors")) if (e.has("facility_id")) named++;
        assertTrue(named >= 2, r.out());
        String csv = CliRun.run("check", "--format", "csv", dir.resolve("申請").toString()).out();
        assertTrue(csv.lines().findFirst().orElse("").contains("事業所番号"), csv);
        assertTrue(csv.contains("訪問介護こすもす"), csv);
        String table = CliRun.run("check", dir.resolve("申請").toString()).out();
        assertTrue(table.contains("1110000012") && table.contains("訪問介護こすもす"), table);
    }

    @Test
    @DisplayName("the same file named twice (itself, and through its folder) is read once: no duplicate-facility error")
    void sameFileTwice() throws Exception {
        Path good = dir.resolve("申請").resolve("good.yaml");
        CliRun r = CliRun.run("calc", "--format", "json", good.toString(), good.toString(),
                dir.resolve("申請").resolve(".").resolve("good.yaml").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(1, root.get("facilities").size());
        assertEquals(0, root.get("rejected").size());
        assertEquals(0, root.get("errors").size());
    }

    @Test
    @DisplayName("--split-facility merge: the facility in two files is computed once from both parts' items, and the report says so")
    void mergeParts() throws Exception {
        Path in = dir.resolve("申請");
        CliRun r = CliRun.run("calc", "--format", "json", "--split-facility", "merge",
                in.resolve("first.csv").toString(), in.resolve("extra.csv").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode f = new ObjectMapper().readTree(r.out()).get("facilities").get(0);
        assertEquals("1140000001", f.get("id").asText());
        assertEquals(2, f.get("items").size());
        assertEquals(300_000, f.get("totals").get("requested").asLong());
        assertTrue(f.get("findings").toString().contains("parts-merged"), f.toString());
        assertTrue(f.get("findings").toString().contains("extra.csv:2"), f.toString());
        CliRun table = CliRun.run("calc", "--split-facility", "merge", in.resolve("first.csv").toString(), in.resolve("extra.csv").toString());
        assertTrue(table.out().contains("--split-facility merge"), table.out());
        CliRun bad = CliRun.run("calc", "--split-facility", "merj", in.resolve("first.csv").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("merge"), bad.err());
    }

    /** A minimal CSV reader for the report (quoted cells, no line breaks inside cells in these files). */
    static List<String[]> csv(String text) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (line.isEmpty()) continue;
            List<String> cells = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean q = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (q) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                    else if (c == '"') q = false;
                    else cur.append(c);
                } else if (c == '"') q = true;
                else if (c == ',') { cells.add(cur.toString()); cur.setLength(0); }
                else cur.append(c);
            }
            cells.add(cur.toString());
            rows.add(cells.toArray(String[]::new));
        }
        if (!rows.isEmpty() && rows.get(0).length > 0 && rows.get(0)[0].startsWith("\uFEFF")) rows.get(0)[0] = rows.get(0)[0].substring(1);
        return rows;
    }
}
