package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #10: a workbook whose applications are not on its first sheet ({@code --sheet}), and places named as
 * the clerk sees them: every pass over the inputs reads the sheet asked for, a facility found in two
 * workbooks names the other's cell ({@code 申請!A2}, not {@code :2}), an empty sheet is called a sheet.
 */
class WorkbookSheetsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] HEADER = {"事業所番号", "事業所名", "サービス種別", "職員数", "区分", "品目ID", "単価"};

    @TempDir Path dir;

    /** A workbook with a first sheet メモ (a note, no applications) and the applications on sheet 申請. */
    Path book(String name, boolean memoFirst, Object[]... rows) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            if (memoFirst) {
                Worksheet memo = wb.newWorksheet("メモ");
                memo.value(0, 0, "提出前に確認すること");
                memo.value(1, 0, "押印");
            }
            Worksheet ws = wb.newWorksheet("申請");
            for (int c = 0; c < HEADER.length; c++) ws.value(0, c, HEADER[c]);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Long n) ws.value(r + 1, c, n);
                    else if (v != null) ws.value(r + 1, c, v.toString());
                }
            }
            wb.finish();
        }
        return p;
    }

    static Object[] row(String id, String name, String item, long price) {
        return new Object[] {id, name, "特養", 10L, "見守り", item, price};
    }

    static List<Long> itemAmounts(CliRun r) throws IOException {
        List<Long> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(r.out()).get("facilities")) {
            for (JsonNode i : f.get("items")) out.add(i.get("eligible_cost").asLong());
        }
        return out;
    }

    @Test
    @DisplayName("--set items.<id> with --sheet: the pre-read looks for the item on the sheet asked for, not the first one")
    void setItemReadsTheSheetAskedFor() throws IOException {
        Path x = book("申請.xlsx", true, row("1370000001", "さくら", "bed", 200_000L), row("1370000002", "あおば", "cam", 100_000L));
        CliRun r = CliRun.run("calc", "--format", "json", "--sheet", "申請", "--set", "items.cam.unit_price=50000", x.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals(List.of(200_000L, 50_000L), itemAmounts(r), r.out());
        // a mistyped id is still refused, with the id of the sheet asked for as the suggestion
        CliRun typo = CliRun.run("calc", "--sheet", "申請", "--set", "items.cma.unit_price=50000", x.toString());
        assertEquals(2, typo.exit(), typo.out() + typo.err());
        assertTrue(typo.err().contains("items.cam.unit_price"), typo.err());
    }

    @Test
    @DisplayName("a facility in two workbooks read with --sheet: both parts rejected, each naming the other's cell (申請!A2)")
    void facilityInTwoWorkbooksNamesTheCell() throws IOException {
        Path a = book("a.xlsx", true, row("1370000001", "さくら", "bed", 200_000L), row("1370000002", "あおば", "cam", 100_000L));
        Path b = book("b.xlsx", false, row("1370000001", "さくら", "tab", 50_000L));
        CliRun r = CliRun.run("calc", "--format", "json", "--sheet", "申請", a.toString(), b.toString());
        assertEquals(3, r.exit(), r.out() + r.err());
        JsonNode root = JSON.readTree(r.out());
        List<String> computed = new ArrayList<>();
        for (JsonNode f : root.get("facilities")) computed.add(f.get("id").asText());
        assertEquals(List.of("1370000002"), computed, "no part of the facility split across the files is computed");
        List<String> messages = new ArrayList<>();
        for (JsonNode e : root.get("errors")) {
            assertEquals("duplicate-facility", e.get("code").asText(), r.out());
            messages.add(e.get("cell").asText() + " " + e.get("message").asText());
        }
        assertEquals(2, messages.size(), r.out());
        assertTrue(messages.get(0).startsWith("申請!A2 ") && messages.get(0).contains(b + " 申請!A2"), messages.get(0));
        assertTrue(messages.get(1).contains(a + " 申請!A2"), messages.get(1));
        assertFalse(r.out().contains(".xlsx:2"), "no file:line for a workbook's place: " + r.out());
        // the table report too
        CliRun t = CliRun.run("calc", "--sheet", "申請", a.toString(), b.toString());
        assertTrue(t.out().contains("ほかに " + b + " 申請!A2"), t.out());
    }

    @Test
    @DisplayName("an empty sheet is called a sheet, by its name, with --sheet as the way out (not 'CSV')")
    void emptySheetIsASheet() throws IOException {
        Path p = dir.resolve("空.xlsx");
        try (OutputStream out = Files.newOutputStream(p)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            wb.newWorksheet("Sheet1");
            Worksheet ws = wb.newWorksheet("申請");
            ws.value(0, 0, "事業所番号");
            wb.finish();
        }
        CliRun ja = CliRun.run("check", "--format", "json", p.toString());
        assertEquals(3, ja.exit(), ja.out());
        JsonNode e = JSON.readTree(ja.out()).get("errors").get(0);
        assertEquals("sheet-empty", e.get("code").asText());
        assertEquals("Sheet1", e.get("sheet").asText());
        assertTrue(e.get("message").asText().contains("シート「Sheet1」"), e.toString());
        assertTrue(e.get("message").asText().contains("--sheet"), e.toString());
        assertFalse(ja.out().contains("CSV"), ja.out());
        CliRun en = CliRun.run("check", "--lang", "en", p.toString());
        assertTrue(en.out().contains("Sheet 'Sheet1' is empty"), en.out());
        assertFalse(en.out().contains("CSV"), en.out());
        // a CSV file with nothing in it keeps its own message
        Path csv = dir.resolve("blank.csv");
        Files.writeString(csv, "\n\n");
        CliRun c = CliRun.run("check", "--format", "json", csv.toString());
        assertFalse(c.out().contains("sheet-empty"), c.out());
    }

    @Test
    @DisplayName("a folder with a workbook open in Excel: its lock file (~$申請.xlsx, 165 bytes) is no application and is not read")
    void excelLockFileSkipped() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("申請"));
        book("申請.xlsx", false, row("1370000001", "さくら", "bed", 200_000L));
        Files.move(dir.resolve("申請.xlsx"), folder.resolve("申請.xlsx"));
        // Excel's owner file: the user's name (a length byte, the name, padding), not a workbook
        byte[] lock = new byte[165];
        byte[] user = "kaigo-clerk".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        lock[0] = (byte) user.length;
        System.arraycopy(user, 0, lock, 1, user.length);
        Files.write(folder.resolve("~$申請.xlsx"), lock);
        CliRun r = CliRun.run("check", "--format", "json", folder.toString());
        assertEquals(0, r.exit(), r.out());
        assertEquals(1, JSON.readTree(r.out()).get("summary").get("files").asInt(), r.out());
        // named on the command line it is read, and refused as what it is
        CliRun named = CliRun.run("check", "--format", "json", folder.resolve("~$申請.xlsx").toString());
        assertEquals(3, named.exit(), named.out());
        assertTrue(named.out().contains("workbook-corrupt"), named.out());
    }

    @Test
    @DisplayName("advise --sheet reads the sheet asked for, as calc does")
    void adviseReadsTheSheetAskedFor() throws IOException {
        Path x = book("申請.xlsx", true, row("1370000001", "さくら", "bed", 200_000L));
        CliRun r = CliRun.run("advise", "--sheet", "申請", x.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("1370000001"), r.out());
    }
}
