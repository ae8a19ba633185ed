package kaigohojo.cli;

import static kaigohojo.cli.XlsxReadBack.date;
import static kaigohojo.cli.XlsxReadBack.number;
import static kaigohojo.cli.XlsxReadBack.text;
import static kaigohojo.cli.XlsxReadBack.yen;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.reader.Cell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #10: {@code calc}, {@code check} and {@code compare --format xlsx}, read back with fastexcel-reader:
 * the sheets and their names, amounts as numbers in yen format equal to the JSON report's, IDs as text
 * (a leading zero kept), dates as dates, the frozen header and the autofilter on every sheet, the
 * workbook input's cell in the errors sheet, and the same bytes for the same input.
 */
class XlsxReportReadBackTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String YAML = "samples/01-tokuyo-sakura.yaml";
    static final String CSV = "samples/csv/applications.csv";

    @TempDir Path dir;
    Path zero;
    Path badBook;

    /** A CSV application of a facility in 北海道 (its number starts with 0) and a workbook with a bad price at 申請!F2. */
    @BeforeEach
    void inputs() throws IOException {
        zero = dir.resolve("北海道.csv");
        Files.writeString(zero, "事業所番号,事業所名,サービス種別,職員数,区分,単価,数量\n0170000001,特養 すずらん,特養,10,見守り,100000,2\n");
        badBook = WorkbookInputTest.workbook(dir.resolve("ひのき.xlsx"), ws -> WorkbookInputTest.badPrice(ws, "0170000005"));
    }

    CliRun run(String... args) {
        CliRun r = CliRun.run(args);
        assertTrue(r.noStackTrace(), r.err());
        return r;
    }

    /** Runs the command twice into two files: the same bytes (fixed timestamps in the package); returns the first. */
    Path twice(String name, int exit, String... args) throws IOException {
        Path a = dir.resolve("a-" + name);
        Path b = dir.resolve("b-" + name);
        for (Path p : List.of(a, b)) {
            List<String> all = new ArrayList<>(List.of(args));
            all.add("-o");
            all.add(p.toString());
            CliRun r = run(all.toArray(new String[0]));
            assertEquals(exit, r.exit(), r.out() + r.err());
        }
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "the same input gives the same bytes");
        return a;
    }

    @Test
    @DisplayName("calc --format xlsx: 事業所・品目・補助グループ・エラー・集計; amounts equal the JSON report's; IDs text; dates dates; header frozen and filtered")
    void calc() throws IOException {
        String[] in = {YAML, CSV, zero.toString(), badBook.toString()};
        JsonNode json = JSON.readTree(run(concat(new String[] {"calc", "--format", "json"}, in)).out());
        Path x = twice("calc.xlsx", 3, concat(new String[] {"calc", "--format", "xlsx"}, in));
        Map<String, XlsxReadBack.Sheet> book = XlsxReadBack.read(x);
        assertEquals(List.of("事業所", "品目", "補助グループ", "エラー", "集計"), new ArrayList<>(book.keySet()));
        for (XlsxReadBack.Sheet s : book.values()) s.assertFrozenHeaderAndFilter();

        // facilities: one row per application, computed and rejected; the subsidy of each as JSON has it
        XlsxReadBack.Sheet fac = book.get("事業所");
        TreeMap<String, Long> expected = new TreeMap<>();
        for (JsonNode f : json.get("facilities")) expected.put(f.get("id").asText(), f.get("totals").get("subsidy").asLong());
        int idCol = fac.column("事業所番号");
        int subsidyCol = fac.column("事業所補助額");
        int statusCol = fac.column("判定");
        int lineCol = fac.column("行");
        TreeMap<String, Long> got = new TreeMap<>();
        List<String> rejected = new ArrayList<>();
        for (int r = 2; r <= fac.lastRow(); r++) {
            String id = fac.id(r, idCol);
            number(fac.cell(r, lineCol));
            if (text(fac.cell(r, statusCol)).equals("入力エラー")) rejected.add(id);
            else got.put(id, yen(fac.cell(r, subsidyCol)));
        }
        assertEquals(expected, got);
        assertTrue(got.containsKey("0170000001"), "the leading zero kept: " + got.keySet());
        assertEquals(List.of("0170000005"), rejected);
        assertEquals(json.get("facilities").size() + json.get("rejected").size(), fac.lastRow() - 1,
                "computed + rejected = applications read");

        // items: amounts, and the planned date as a date
        XlsxReadBack.Sheet items = book.get("品目");
        int dateCol = items.column("導入予定日");
        int reqCol = items.column("申請額");
        List<LocalDate> dates = new ArrayList<>();
        long requested = 0;
        for (int r = 2; r <= items.lastRow(); r++) {
            requested += yen(items.cell(r, reqCol));
            items.id(r, items.column("品目ID"));
            var row = items.row(r);
            if (dateCol < row.getCellCount() && row.getCell(dateCol) != null && row.getCell(dateCol).getRawValue() != null) {
                dates.add(date(row.getCell(dateCol)));
            }
        }
        long requestedJson = 0;
        for (JsonNode f : json.get("facilities")) requestedJson += f.get("totals").get("requested").asLong();
        assertEquals(requestedJson, requested);
        assertTrue(dates.contains(LocalDate.of(2026, 7, 1)) && dates.contains(LocalDate.of(2026, 9, 1)), dates.toString());

        // groups: the subsidies add up to the facilities'
        XlsxReadBack.Sheet groups = book.get("補助グループ");
        for (int r = 2; r <= groups.lastRow(); r++) yen(groups.cell(r, groups.column("グループ補助額")));

        // errors: the workbook input's error at its cell, line and column as numbers
        XlsxReadBack.Sheet err = book.get("エラー");
        assertEquals(2, err.lastRow(), "one error");
        assertEquals("申請!F2", text(err.cell(2, err.column("セル"))));
        assertEquals(2, number(err.cell(2, err.column("行"))));
        assertEquals(6, number(err.cell(2, err.column("列"))));
        assertEquals("0170000005", err.id(2, err.column("事業所番号")));
        assertEquals("invalid-amount", text(err.cell(2, err.column("コード"))));

        // summary: the total as a number equal to JSON's
        XlsxReadBack.Sheet sum = book.get("集計");
        Map<String, Cell> byLabel = labels(sum);
        assertEquals(json.get("summary").get("subsidy").asLong(), yen(byLabel.get("補助額の合計")));
        assertEquals(4, number(byLabel.get("ファイル数")));
    }

    @Test
    @DisplayName("check --format xlsx: エラー・集計・コード別, every error with its place, counts equal the JSON report's")
    void check() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "事業所番号,事業所名,サービス種別,区分,単価\n0170000009,かえで,特養,見守りx,十万\n");
        String[] in = {CSV, zero.toString(), bad.toString(), badBook.toString()};
        JsonNode json = JSON.readTree(run(concat(new String[] {"check", "--format", "json"}, in)).out());
        Path x = twice("check.xlsx", 3, concat(new String[] {"check", "--format", "xlsx"}, in));
        Map<String, XlsxReadBack.Sheet> book = XlsxReadBack.read(x);
        assertEquals(List.of("エラー", "集計", "コード別"), new ArrayList<>(book.keySet()));
        for (XlsxReadBack.Sheet s : book.values()) s.assertFrozenHeaderAndFilter();

        XlsxReadBack.Sheet err = book.get("エラー");
        assertEquals(List.of("ファイル", "セル", "行", "列", "項目", "値", "コード", "内容", "事業所番号", "事業所名"), err.header());
        JsonNode errors = json.get("errors");
        assertEquals(errors.size(), err.lastRow() - 1, "one row per error");
        for (int i = 0; i < errors.size(); i++) {
            JsonNode e = errors.get(i);
            int r = i + 2;
            assertEquals(e.get("file").asText(), text(err.cell(r, 0)));
            assertEquals(e.get("line").asLong(), number(err.cell(r, 2)));
            assertEquals(e.get("code").asText(), text(err.cell(r, 6)));
            assertEquals(e.get("facility_id").asText(), err.id(r, 8));
            if (e.has("cell")) assertEquals(e.get("cell").asText(), text(err.cell(r, 1)));
        }
        assertTrue(errors.toString().contains("申請!F2"), "the workbook's error has its cell");

        XlsxReadBack.Sheet byCode = book.get("コード別");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int r = 2; r <= byCode.lastRow(); r++) counts.put(text(byCode.cell(r, 0)), number(byCode.cell(r, 1)));
        Map<String, Long> countsJson = new LinkedHashMap<>();
        json.get("summary").get("by_code").properties().forEach(e -> countsJson.put(e.getKey(), e.getValue().asLong()));
        assertEquals(countsJson, counts);

        Map<String, Cell> sum = labels(book.get("集計"));
        JsonNode s = json.get("summary");
        assertEquals(s.get("files").asLong(), number(sum.get("ファイル数")));
        assertEquals(s.get("submissions").asLong(), number(sum.get("申請数")));
        assertEquals(s.get("valid").asLong(), number(sum.get("誤りのない申請")));
        assertEquals(s.get("invalid").asLong(), number(sum.get("誤りのある申請")));
        assertEquals(s.get("errors").asLong(), number(sum.get("誤りの件数")));
    }

    @Test
    @DisplayName("compare --format xlsx: one sheet per facility, the scenarios side by side as yen equal to the JSON report's")
    void compare() throws IOException {
        String[] args = {"compare", YAML, "samples/06-package-aoba.yaml", "-s", "r7=--rules=national-r7", "-s", "staff31=facility.staff=31"};
        JsonNode json = JSON.readTree(run(concat(args, new String[] {"--format", "json"})).out());
        Path x = twice("compare.xlsx", 0, concat(args, new String[] {"--format", "xlsx"}));
        Map<String, XlsxReadBack.Sheet> book = XlsxReadBack.read(x);
        List<String> ids = new ArrayList<>();
        for (JsonNode f : json.get("facilities")) ids.add(f.get("id").asText());
        assertEquals(ids, new ArrayList<>(book.keySet()), "one sheet per facility, named by its number");
        List<String> scenarios = new ArrayList<>();
        for (JsonNode s : json.get("scenarios")) scenarios.add(s.get("name").asText());
        assertEquals(List.of("base", "r7", "staff31"), scenarios);
        for (JsonNode f : json.get("facilities")) {
            XlsxReadBack.Sheet s = book.get(f.get("id").asText());
            s.assertFrozenHeaderAndFilter();
            List<String> header = new ArrayList<>(List.of("シナリオ"));
            header.addAll(scenarios);
            header.set(1, "基準"); // the base scenario in the reader's language; JSON keeps "base" (#9)
            assertEquals(header, s.header());
            Map<String, Integer> rowOf = new LinkedHashMap<>();
            for (int r = 2; r <= s.lastRow(); r++) rowOf.put(text(s.cell(r, 0)), r);
            assertEquals(f.get("name").asText(), text(s.cell(rowOf.get("事業所名"), 1)));
            for (int c = 0; c < scenarios.size(); c++) {
                JsonNode sc = f.get("scenarios").get(scenarios.get(c));
                assertEquals(sc.get("subsidy").asLong(), yen(s.cell(rowOf.get("事業所補助額"), c + 1)), scenarios.get(c));
                assertEquals(sc.get("subsidy_if_requirements_met").asLong(), yen(s.cell(rowOf.get("要件充足時の補助額"), c + 1)));
                assertEquals(sc.get("eligible").asBoolean() ? "はい" : "いいえ", text(s.cell(rowOf.get("要件充足"), c + 1)));
                int col = c + 1;
                // a group's row is named as the reader knows it (#9): 介護ソフト等, パッケージ型, 業務改善支援, or a
                // per-unit group's item name, which the compare JSON does not carry: then some group row holds its amount
                Map<String, String> names = Map.of("software", "介護ソフト等", "package", "パッケージ型", "improvement_support", "業務改善支援");
                sc.get("groups").properties().forEach(g -> {
                    String label = names.get(g.getKey());
                    if (label != null) {
                        assertEquals(g.getValue().asLong(), yen(s.cell(rowOf.get("グループ補助額 " + label), col)), g.getKey());
                    } else {
                        assertTrue(rowOf.entrySet().stream().anyMatch(e -> e.getKey().startsWith("グループ補助額 ")
                                && s.cell(e.getValue(), col) != null && yen(s.cell(e.getValue(), col)) == g.getValue().asLong()), g.getKey());
                    }
                });
            }
        }
    }

    /** Session 4: compare --own-year states the base's fiscal year on every facility's sheet too, and only with it. */
    @Test
    void compareOwnYear() throws IOException {
        String[] args = {"compare", YAML, "-s", "r7=--rules=national-r7", "--format", "xlsx"};
        for (boolean own : new boolean[] {true, false}) {
            Path x = twice(own ? "own.xlsx" : "plain.xlsx", 0, own ? concat(args, new String[] {"--own-year"}) : args);
            for (XlsxReadBack.Sheet s : XlsxReadBack.read(x).values()) {
                String year = null;
                for (int r = 2; r <= s.lastRow(); r++) {
                    if ("日付を判定した年度".equals(text(s.cell(r, 0)))) year = text(s.cell(r, 1));
                }
                if (own) assertTrue(year != null && year.matches("日付はすべて基準の年度 20\\d\\d で判定しています.*"), String.valueOf(year));
                else assertEquals(null, year);
            }
        }
    }

    /** A two-column sheet (項目 → 値) as label → value cell. */
    private static Map<String, Cell> labels(XlsxReadBack.Sheet s) {
        Map<String, Cell> m = new LinkedHashMap<>();
        for (int r = 2; r <= s.lastRow(); r++) m.put(s.cell(r, 0).getRawValue(), s.row(r).getCellCount() > 1 ? s.cell(r, 1) : null);
        return m;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
