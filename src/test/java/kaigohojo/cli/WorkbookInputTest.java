package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #10: workbooks read through the same binder as CSV: the same amounts as the CSV twin, errors at the
 * sheet's cell, a title block and a two-row header stepped over, dates by column, a lost zero reported.
 */
class WorkbookInputTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path CSV = Path.of("samples/csv/applications.csv");

    @TempDir Path dir;

    /** Facility id → subsidy, of a calc --format json run. */
    static TreeMap<String, Long> amounts(CliRun r) throws IOException {
        JsonNode root = JSON.readTree(r.out());
        TreeMap<String, Long> m = new TreeMap<>();
        for (JsonNode f : root.get("facilities")) m.put(f.get("id").asText(), f.get("totals").get("subsidy").asLong());
        return m;
    }

    static List<String[]> csvRows(Path csv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            List<String> cells = new ArrayList<>();
            StringBuilder b = new StringBuilder();
            boolean q = false;
            for (char c : line.toCharArray()) {
                if (c == '"') q = !q;
                else if (c == ',' && !q) { cells.add(b.toString()); b.setLength(0); }
                else b.append(c);
            }
            cells.add(b.toString());
            rows.add(cells.toArray(new String[0]));
        }
        return rows;
    }

    /** Writes rows as Excel would hold them: amounts and counts as numbers, the rest as text. */
    static void put(Worksheet ws, int row, String[] header, String[] cells) {
        for (int c = 0; c < cells.length; c++) {
            String v = cells[c];
            if (v.isEmpty()) continue;
            String h = header == null ? "" : header[c];
            boolean numeric = h.equals("単価") || h.equals("数量") || h.equals("当年度支払額") || h.equals("職員数")
                    || h.equals("連携事業所数");
            if (numeric) ws.value(row, c, Long.parseLong(v.replace(",", "")));
            else ws.value(row, c, v);
        }
    }

    Path workbook(String name, WriteBody body) throws IOException {
        return workbook(dir.resolve(name), body);
    }

    /** A workbook whose only sheet, 申請, the body writes. */
    static Path workbook(Path p, WriteBody body) throws IOException {
        try (OutputStream out = Files.newOutputStream(p)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("申請");
            body.write(ws);
            wb.finish();
        }
        return p;
    }

    interface WriteBody { void write(Worksheet ws) throws IOException; }

    /** The header and one facility, ひのき, whose price 十万円 is no amount: the error is at 申請!F2. */
    static void badPrice(Worksheet ws, String facilityId) {
        String[] h = {"事業所番号", "事業所名", "サービス種別", "職員数", "区分", "単価"};
        for (int c = 0; c < h.length; c++) ws.value(0, c, h[c]);
        ws.value(1, 0, facilityId);
        ws.value(1, 1, "ひのき");
        ws.value(1, 2, "特養");
        ws.value(1, 3, 10L);
        ws.value(1, 4, "見守り");
        ws.value(1, 5, "十万円");
    }

    @Test
    @DisplayName("calc --format markdown: a workbook's error names its cell (申請!A11), with Japanese column names and the office (#10, #9)")
    void markdownNamesTheCell() {
        Path title = Path.of("src/test/resources/workbooks/title-block-libreoffice.xlsx");
        CliRun t = CliRun.run("calc", "--format", "markdown", title.toString());
        assertEquals(3, t.exit(), t.out());
        String table = t.out().substring(t.out().lastIndexOf("| ファイル | 行 | 列 | セル |"));
        assertTrue(table.contains("| 申請!A11 |"), table);
        assertTrue(!t.out().contains("| file | line |"), "no English column names in a Japanese report");
    }

    @Test
    @DisplayName("the 入力 line of a computed facility from a workbook names the sheet's cell (applications!A2), as errors do, in table, Markdown and HTML; a CSV's stays file:line (session 4 L)")
    void inputLineNamesTheSheet() throws IOException {
        Path book = Path.of("src/test/resources/workbooks/applications-libreoffice.xlsx");
        String place = "入力: " + book + " applications!A2";
        CliRun table = CliRun.run("calc", book.toString());
        assertEquals(0, table.exit(), table.out());
        assertTrue(table.out().contains(place + "\n"), table.out());
        assertTrue(table.out().contains("入力: " + book + " applications!A5\n"), table.out());
        CliRun md = CliRun.run("calc", "--format", "markdown", book.toString());
        assertTrue(md.out().contains(place), md.out());
        Path html = dir.resolve("r.html");
        CliRun h = CliRun.run("calc", "--format", "html", "-o", html.toString(), book.toString());
        assertEquals(0, h.exit(), h.err());
        assertTrue(Files.readString(html).contains(place + "</p>"), "html");
        CliRun csv = CliRun.run("calc", CSV.toString());
        assertTrue(csv.out().contains("入力: " + CSV + ":2\n"), csv.out());
    }

    @Test
    @DisplayName("workbooks made by LibreOffice read back to exactly the amounts of their CSV twin; title block, merged two-row header, 和暦 dates, a lost zero at 申請!A11")
    void libreOffice() throws IOException {
        TreeMap<String, Long> expected = amounts(CliRun.run("calc", "--format", "json", CSV.toString()));
        Path plain = Path.of("src/test/resources/workbooks/applications-libreoffice.xlsx");
        CliRun r = CliRun.run("calc", "--format", "json", plain.toString());
        assertEquals(0, r.exit(), r.out());
        assertEquals(expected, amounts(r));
        Path title = Path.of("src/test/resources/workbooks/title-block-libreoffice.xlsx");
        CliRun t = CliRun.run("calc", "--format", "json", title.toString());
        assertEquals(3, t.exit(), t.out());
        assertEquals(expected, amounts(t));
        JsonNode errors = JSON.readTree(t.out()).get("errors");
        assertEquals(1, errors.size(), t.out());
        assertEquals("facility-id-lost-zero", errors.get(0).get("code").asText());
        assertEquals("申請!A11", errors.get(0).get("cell").asText());
        assertEquals(11, errors.get(0).get("line").asInt());
        assertEquals(1, errors.get(0).get("column").asInt());
        // the dates were read by their column (serials shown as 令和8年7月1日): no date error, and as dates
        CliRun items = CliRun.run("calc", "--format", "json", title.toString());
        assertTrue(items.out().contains("header@3"), items.out());
    }

    @Test
    @DisplayName("a workbook of the CSV sample gives exactly the amounts of its CSV twin")
    void sameAsCsv() throws IOException {
        List<String[]> rows = csvRows(CSV);
        Path x = workbook("申請.xlsx", ws -> {
            for (int r = 0; r < rows.size(); r++) put(ws, r, r == 0 ? null : rows.get(0), rows.get(r));
        });
        CliRun csv = CliRun.run("calc", "--format", "json", CSV.toString());
        CliRun xlsx = CliRun.run("calc", "--format", "json", x.toString());
        assertEquals(0, xlsx.exit(), xlsx.out() + xlsx.err());
        assertEquals(amounts(csv), amounts(xlsx));
        assertEquals(3, amounts(xlsx).size());
    }

    @Test
    @DisplayName("title block, two-row merged header, 和暦 dates as serials, lost zero: read, and located as 申請!A5")
    void titleMergedDatesLostZero() throws IOException {
        List<String[]> rows = csvRows(CSV);
        String[] header = rows.get(0);
        Path x = workbook("様式.xlsx", ws -> {
            ws.value(0, 0, "令和8年度 介護テクノロジー定着支援事業 申請一覧");
            ws.range(0, 0, 0, 5).merge();
            ws.value(1, 0, "千葉県");
            // group headers over the columns, merged; the facility number merged down over both header rows
            ws.value(2, 0, "事業所番号");
            ws.range(2, 0, 3, 0).merge();
            ws.value(2, 1, "事業所");
            ws.range(2, 1, 2, 9).merge();
            ws.value(2, 10, "品目");
            ws.range(2, 10, 2, header.length).merge();
            for (int c = 1; c < header.length; c++) ws.value(3, c, header[c]);
            ws.value(3, header.length, "導入予定日");
            for (int r = 1; r < rows.size(); r++) {
                put(ws, 3 + r, header, rows.get(r));
                ws.value(3 + r, header.length, LocalDate.of(2026, 7, 1));
                ws.style(3 + r, header.length).format("[$-ja-JP-x-gannen]ggge\"年\"m\"月\"d\"日\";@").set();
            }
            // the last facility's number typed as a number: Excel drops a leading zero
            ws.value(3 + rows.size(), 0, 137000001L);
            ws.value(3 + rows.size(), 1, "特養 ゼロ");
            ws.value(3 + rows.size(), 3, "特養");
            ws.value(3 + rows.size(), 4, 10L);
            ws.value(3 + rows.size(), 10, "bed");
            ws.value(3 + rows.size(), 12, "見守り");
            ws.value(3 + rows.size(), 14, 100000L);
            ws.value(3 + rows.size(), 15, 1L);
        });
        CliRun r = CliRun.run("calc", "--format", "json", x.toString());
        assertEquals(3, r.exit(), r.out() + r.err());
        TreeMap<String, Long> a = amounts(r);
        assertEquals(amounts(CliRun.run("calc", "--format", "json", CSV.toString())), a);
        JsonNode err = JSON.readTree(r.out()).get("errors").get(0);
        assertEquals("facility-id-lost-zero", err.get("code").asText());
        assertEquals("申請!A" + (4 + rows.size()), err.get("cell").asText());
        assertEquals("0137000001", err.get("suggestion").asText());
        assertEquals(1, JSON.readTree(r.out()).get("errors").size(), r.out());
        CliRun t = CliRun.run("calc", x.toString());
        assertTrue(t.out().contains("様式.xlsx 申請!A" + (4 + rows.size())), t.out());
        assertTrue(t.out().contains("見出しは 3 行目"), t.out());
    }

    @Test
    @DisplayName("an unknown column is a warning and ignored; one close to a known column is an error with did-you-mean")
    void unknownColumns() throws IOException {
        Path ok = dir.resolve("備考.csv");
        Files.writeString(ok, "事業所番号,事業所名,サービス種別,区分,単価,備考\n1370000001,さくら,特養,見守り,100000,電話済み\n");
        CliRun r = CliRun.run("calc", ok.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("備考"), r.out());
        assertTrue(r.out().contains("column-ignored") || r.out().contains("無視"), r.out());
        Path typo = dir.resolve("typo.csv");
        Files.writeString(typo, "事業所番号,事業所名,サービス種別,区分,単和\n1370000001,さくら,特養,見守り,100000\n");
        CliRun t = CliRun.run("check", "--format", "json", typo.toString());
        assertEquals(3, t.exit(), t.out());
        assertTrue(t.out().contains("\"code\" : \"unknown-column\""), t.out());
        assertTrue(t.out().contains("\"suggestion\" : \"単価\""), t.out());
    }

    @Test
    @DisplayName("Excel's save formats in .csv: UTF-16 with BOM and tabs, sep=;, a workbook renamed .csv, a title row")
    void excelSaveFormats() throws IOException {
        String csv = Files.readString(CSV);
        TreeMap<String, Long> expected = amounts(CliRun.run("calc", "--format", "json", CSV.toString()));
        // Unicode テキスト: UTF-16LE with BOM, tab-separated
        String tabbed = csv.replace(",\"", "\t\"").replaceAll(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", "\t");
        Path u16 = dir.resolve("unicode.csv");
        byte[] body = tabbed.getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        Files.write(u16, all);
        CliRun r = CliRun.run("calc", "--format", "json", u16.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals(expected, amounts(r));
        assertTrue(r.out().contains("UTF-16LE (BOM)+tab"), r.out());
        assertTrue(CliRun.run("calc", u16.toString()).out().contains("UTF-16LE (BOM)、タブ区切り"));
        // sep=; and semicolons
        Path semi = dir.resolve("semi.csv");
        Files.writeString(semi, "sep=;\n" + csv.replace(",\"", ";\"").replaceAll(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", ";"));
        assertEquals(expected, amounts(CliRun.run("calc", "--format", "json", semi.toString())));
        // a title row above the header
        Path title = dir.resolve("title.csv");
        Files.writeString(title, "令和8年度 申請一覧,,,\n\n" + csv);
        CliRun tr = CliRun.run("calc", "--format", "json", title.toString());
        assertEquals(expected, amounts(tr));
        assertTrue(tr.out().contains("header@3"), tr.out());
        // a workbook renamed .csv
        List<String[]> rows = csvRows(CSV);
        Path x = workbook("renamed.xlsx", ws -> {
            for (int i = 0; i < rows.size(); i++) put(ws, i, i == 0 ? null : rows.get(0), rows.get(i));
        });
        Path renamed = dir.resolve("renamed.csv");
        Files.move(x, renamed);
        CliRun w = CliRun.run("calc", "--format", "json", renamed.toString());
        assertEquals(0, w.exit(), w.out());
        assertEquals(expected, amounts(w));
        assertTrue(w.out().contains("workbook-named-csv"), w.out());
    }

    @Test
    @DisplayName("a folder mixing .xlsx, .csv (CP932, UTF-8, UTF-16, tab-separated) and .yaml is computed in one run; the bad workbook located by sheet!cell, the bad CSV by line and column")
    void mixedFolder() throws IOException {
        Path folder = dir.resolve("申請");
        Files.createDirectories(folder);
        Files.copy(Path.of("src/test/resources/workbooks/applications-libreoffice.xlsx"), folder.resolve("a-千葉.xlsx"));
        String one = "事業所番号,事業所名,サービス種別,職員数,区分,単価,数量\n%s,%s,特養,10,見守り,100000,2\n";
        Files.write(folder.resolve("b-cp932.csv"), String.format(one, "1370000001", "さくら").getBytes(java.nio.charset.Charset.forName("windows-31j")));
        Files.writeString(folder.resolve("c-utf8.csv"), String.format(one, "1370000002", "あおば"));
        byte[] u16 = String.format(one, "1370000003", "かえで").replace(',', '\t').getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[u16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(u16, 0, withBom, 2, u16.length);
        Files.write(folder.resolve("d-unicode.csv"), withBom);
        Files.writeString(folder.resolve("e-tab.csv"), String.format(one, "1370000004", "もみじ").replace(',', '\t'));
        Files.copy(Path.of("samples/01-tokuyo-sakura.yaml"), folder.resolve("f.yaml"));
        workbook("g-bad.xlsx", ws -> badPrice(ws, "1370000005"));
        Files.move(dir.resolve("g-bad.xlsx"), folder.resolve("g-bad.xlsx"));
        // a bad CSV in CP932 beside it: located by its line and column (no cell)
        Files.write(folder.resolve("h-bad.csv"), String.format(one, "1370000006", "すぎ").replace("100000", "十万")
                .getBytes(java.nio.charset.Charset.forName("windows-31j")));
        CliRun r = CliRun.run("calc", "--format", "json", folder.toString());
        assertEquals(3, r.exit(), r.out() + r.err());
        TreeMap<String, Long> a = amounts(r);
        for (String id : List.of("1270000801", "1270000802", "1270000803", "1370000001", "1370000002", "1370000003",
                "1370000004", "1370000101")) {
            assertTrue(a.containsKey(id), id + " computed: " + a);
        }
        JsonNode errors = JSON.readTree(r.out()).get("errors");
        assertEquals(2, errors.size(), r.out());
        assertEquals("申請!F2", errors.get(0).get("cell").asText());
        assertTrue(errors.get(0).get("file").asText().endsWith("g-bad.xlsx"));
        assertTrue(errors.get(1).get("file").asText().endsWith("h-bad.csv"));
        assertEquals(2, errors.get(1).get("line").asInt());
        assertEquals(6, errors.get(1).get("column").asInt());
        assertTrue(!errors.get(1).has("cell"), "no cell in a text file: " + errors.get(1));
        assertEquals(2, JSON.readTree(r.out()).get("rejected").size(), "every application accounted for");
    }

    @Test
    @DisplayName("template --format xlsx: frozen header, dropdowns, notes, a sheet of 基準額; filled in, it reads back to the CSV twin's amounts")
    void templateFilledIn() throws IOException {
        Path t = dir.resolve("申請様式.xlsx");
        CliRun made = CliRun.run("template", "--format", "xlsx", "-o", t.toString());
        assertEquals(0, made.exit(), made.err());
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
        java.util.Map<String, byte[]> raw = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(t.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                byte[] b = z.getInputStream(e).readAllBytes();
                raw.put(e.getName(), b);
                parts.put(e.getName(), new String(b, StandardCharsets.UTF_8));
            }
        }
        String form = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(form.contains("<pane") && form.contains("frozen"), "header frozen");
        assertTrue(form.contains("<dataValidation"), "dropdown lists");
        assertTrue(parts.keySet().stream().anyMatch(n -> n.startsWith("xl/comments")), "a note on each header");
        assertTrue(parts.get("xl/worksheets/sheet2.xml").contains("1000000"), "the lists sheet has the 基準額 of the rule set");
        // fill it in as an office would: the rows of the CSV sample under the template's own header
        List<String[]> rows = csvRows(CSV);
        String[] header = rows.get(0);
        List<String> templateHeader = new ArrayList<>();
        for (kaigohojo.input.CsvColumns.Column c : kaigohojo.input.CsvColumns.all()) templateHeader.add(c.alias());
        StringBuilder data = new StringBuilder();
        for (int r = 1; r < rows.size(); r++) {
            data.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < header.length; c++) {
                String v = rows.get(r)[c];
                int col = templateHeader.indexOf(header[c]);
                if (v.isEmpty() || col < 0) continue;
                String ref = kaigohojo.input.Location.columnLetters(col + 1) + (r + 1);
                String n = v.replace(",", "");
                if (n.matches("[0-9]+") && !header[c].equals("事業所番号")) {
                    data.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
                } else {
                    data.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(v).append("</t></is></c>");
                }
            }
            data.append("</row>");
        }
        int end = form.indexOf("</sheetData>");
        raw.put("xl/worksheets/sheet1.xml", (form.substring(0, end) + data + form.substring(end)).getBytes(StandardCharsets.UTF_8));
        Path filled = dir.resolve("記入済み.xlsx");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(filled))) {
            for (var e : raw.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        CliRun r = CliRun.run("calc", "--format", "json", filled.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals(amounts(CliRun.run("calc", "--format", "json", CSV.toString())), amounts(r));
    }

    @Test
    @DisplayName("calc --format xlsx: byte-stable, read back by the workbook reader (rejected application included); no workbook to stdout")
    void xlsxReport() throws IOException {
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "事業所番号,事業所名,サービス種別,区分,単価\n1370000009,ひのき,特養,見守り,十万\n");
        assertEquals(3, CliRun.run("calc", "--format", "xlsx", "-o", a.toString(), CSV.toString(), bad.toString()).exit());
        assertEquals(3, CliRun.run("calc", "--format", "xlsx", "-o", b.toString(), CSV.toString(), bad.toString()).exit());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)), "the same input gives the same bytes");
        String sheet1;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(a.toFile())) {
            sheet1 = new String(z.getInputStream(z.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        boolean rejectedRow = false;
        int rowsRead = 0;
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(a.toFile());
             var rs = wb.getFirstSheet().openStream()) {
            for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) rs::iterator) {
                rowsRead++;
                String text = row.stream().filter(java.util.Objects::nonNull).map(c -> String.valueOf(c.getRawValue()))
                        .reduce("", (x, y) -> x + "|" + y);
                if (text.contains("1370000009") && text.contains("入力エラー") && text.contains("ひのき")) rejectedRow = true;
            }
        }
        assertTrue(rejectedRow, "the rejected application has its row");
        assertEquals(5, rowsRead, "header, three computed applications, one rejected");
        assertTrue(sheet1.contains("<autoFilter") && sheet1.contains("<pane"), "autofilter, frozen header");
        CliRun stdout = CliRun.run("calc", "--format", "xlsx", CSV.toString());
        assertEquals(2, stdout.exit());
        assertTrue(stdout.err().contains("-o"), stdout.err());
    }
}
