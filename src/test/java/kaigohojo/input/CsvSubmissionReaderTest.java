package kaigohojo.input;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import kaigohojo.model.Item;
import kaigohojo.model.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading CSV submissions (product.md §2b): encodings, headers, inherited facility columns, positions. */
class CsvSubmissionReaderTest {
    static final String JA_HEADER = "事業所番号,事業所名,サービス種別,職員数,品目ID,品目,区分,単価,数量";
    static final String JA_ROWS = "1370000001,特養 さくら苑,特養,28,bed,見守りセンサー,見守り,\"１２０，０００\",2\n"
            + "1370000001,,,,inc,インカム（親機）,インカム,\"50,000円\",3\n"
            + "1370000002,老健 あおば,老健,40,lift,移乗リフト,移乗支援,120万円,1\n";

    /** What one read produced. */
    record Read(String encoding, List<ReadOutcome> outcomes) {
        Submission ok(int i) {
            ReadOutcome o = outcomes.get(i);
            assertTrue(o.ok(), () -> "outcome " + i + ": " + o.problems());
            return o.submission();
        }
        List<Problem> problems() {
            List<Problem> p = new ArrayList<>();
            for (ReadOutcome o : outcomes) p.addAll(o.problems());
            return p;
        }
        /** The read's one problem; fails when it has none or several (the first three are shown). */
        Problem onlyProblem() {
            List<Problem> p = problems();
            assertEquals(1, p.size(), () -> p.subList(0, Math.min(3, p.size())).toString());
            return p.get(0);
        }
    }

    /** A problem's code and line. */
    static void assertProblem(Problem p, ErrorCode code, int line) {
        assertEquals(code.id(), p.code(), p::toString);
        assertEquals(line, p.line(), p::toString);
    }

    static Read read(byte[] bytes, String forced) throws IOException {
        List<ReadOutcome> out = new ArrayList<>();
        String enc = new CsvSubmissionReader(Vocabulary.get()).read("t.csv", new ByteArrayInputStream(bytes), forced, out::add);
        return new Read(enc, out);
    }

    static byte[] bom(byte[] b) {
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF; out[1] = (byte) 0xBB; out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }

    static void assertSakura(Read r) {
        assertEquals(2, r.outcomes().size(), r.outcomes()::toString);
        Submission a = r.ok(0);
        assertEquals("1370000001", a.facility().id());
        assertEquals("特養 さくら苑", a.facility().name());
        assertEquals("介護老人福祉施設", a.facility().service().name());
        assertEquals(28, a.facility().staff());
        assertEquals(2, a.items().size());
        Item bed = a.item("bed");
        assertEquals("見守りセンサー", bed.name());
        assertEquals("monitoring", bed.categoryId());
        assertEquals(120_000L, bed.unitPrice());
        assertEquals(2, bed.quantity());
        Item inc = a.item("inc");
        assertEquals("インカム（親機）", inc.name());
        assertEquals(50_000L, inc.unitPrice());
        Submission b = r.ok(1);
        assertEquals("老健 あおば", b.facility().name());
        assertEquals(1_200_000L, b.item("lift").unitPrice());
    }

    @Test
    void cp932AsExcelWritesIt() throws IOException {
        Read r = read((JA_HEADER + "\r\n" + JA_ROWS.replace("\n", "\r\n")).getBytes(SourceText.CP932), null);
        assertEquals("CP932", r.encoding());
        assertSakura(r);
        assertEquals("CP932", r.ok(0).encoding());
    }

    @Test
    void utf8WithoutBom() throws IOException {
        Read r = read((JA_HEADER + "\n" + JA_ROWS).getBytes(UTF_8), null);
        assertEquals("UTF-8", r.encoding());
        assertSakura(r);
    }

    @Test
    void utf8WithBom() throws IOException {
        Read r = read(bom((JA_HEADER + "\n" + JA_ROWS).getBytes(UTF_8)), null);
        assertEquals("UTF-8 (BOM)", r.encoding());
        assertSakura(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cp932", "sjis", "Shift_JIS", "windows-31j"})
    void forcedCp932(String name) throws IOException {
        Read r = read((JA_HEADER + "\n" + JA_ROWS).getBytes(SourceText.CP932), name);
        assertEquals("CP932", r.encoding());
        assertSakura(r);
    }

    @Test
    void forcedUtf8OnABomFile() throws IOException {
        Read r = read(bom((JA_HEADER + "\n" + JA_ROWS).getBytes(UTF_8)), "utf-8");
        assertEquals("UTF-8 (BOM)", r.encoding());
        assertSakura(r);
    }

    @Test
    void forcedUtf8OnCp932BytesIsAnEncodingError() throws IOException {
        Read r = read((JA_HEADER + "\n" + JA_ROWS).getBytes(SourceText.CP932), "utf-8");
        assertProblem(r.onlyProblem(), ErrorCode.ENCODING, 1);
    }

    @Test
    void forcedCp932OnUtf8DoesNotPretendToHaveReadIt() throws IOException {
        // UTF-8 Japanese read as CP932 is mojibake or an error; never the right names
        Read r = read((JA_HEADER + "\n" + JA_ROWS).getBytes(UTF_8), "cp932");
        for (ReadOutcome o : r.outcomes()) {
            if (o.ok()) assertTrue(!o.submission().facility().name().contains("さくら"), "read UTF-8 correctly as CP932?");
        }
        assertTrue(r.outcomes().stream().anyMatch(o -> !o.ok()), "the Japanese headers cannot be read as CP932");
    }

    @Test
    void headersInAnyOrderEnglishOrJapanese() throws IOException {
        String[] keys = {"facility_id", "事業所名", "service", "職員数", "item_id", "品目", "category", "単価", "quantity"};
        String[] row1 = {"1370000001", "特養 さくら苑", "特養", "28", "bed", "見守りセンサー", "見守り", "\"１２０，０００\"", "2"};
        String[] row2 = {"1370000001", "", "", "", "inc", "インカム（親機）", "インカム", "\"50,000円\"", "3"};
        String[] row3 = {"1370000002", "老健 あおば", "老健", "40", "lift", "移乗リフト", "移乗支援", "120万円", "1"};
        Random rnd = new Random(42);
        for (int t = 0; t < 20; t++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) order.add(i);
            Collections.shuffle(order, rnd);
            StringBuilder sb = new StringBuilder();
            for (String[] line : List.of(keys, row1, row2, row3)) {
                List<String> cells = new ArrayList<>();
                for (int i : order) cells.add(line[i]);
                sb.append(String.join(",", cells)).append('\n');
            }
            Read r = read(sb.toString().getBytes(UTF_8), null);
            assertSakura(r);
        }
    }

    @Test
    void headersIgnoreWidthCaseAndSpaces() throws IOException {
        String csv = "FACILITY_ID, 事業所名 ,ｻｰﾋﾞｽ種別,Item_Id,区分,単価\n1370000001,a,特養,bed,見守り,100000\n";
        Read r = read(csv.getBytes(UTF_8), null);
        assertEquals("1370000001", r.ok(0).facility().id());
    }

    @Test
    void facilityColumnsInheritFromAnyRowOfTheFacility() throws IOException {
        String csv = "facility_id,facility_name,service,staff,security_action,item_id,category,unit_price\n"
                + "1370000001,さくら,特養,,,bed,monitoring,100000\n"
                + "1370000001,,,28,two_star,inc,intercom,50000\n"
                + "1370000001,さくら,,28,,soft,care_software,300000\n";
        Read r = read(csv.getBytes(UTF_8), null);
        assertEquals(1, r.outcomes().size());
        Submission s = r.ok(0);
        assertEquals(28, s.facility().staff());
        assertEquals("TWO_STAR", s.facility().securityAction().name());
        assertEquals(List.of("bed", "inc", "soft"), s.items().stream().map(Item::id).toList());
        assertEquals(List.of(2, 3, 4), s.items().stream().map(i -> i.at().start().line()).toList());
    }

    @Test
    void conflictingFacilityValuesNameBothLines() throws IOException {
        String csv = "facility_id,facility_name,service,item_id,category,unit_price\n"
                + "1370000001,さくら,特養,bed,monitoring,100000\n"
                + "1370000001,,,inc,intercom,50000\n"
                + "1370000001,さくら苑,,lift,transfer_support,500000\n";
        Read r = read(csv.getBytes(UTF_8), null);
        Problem c = r.onlyProblem();
        assertProblem(c, ErrorCode.CSV_FACILITY_CONFLICT, 4);
        assertEquals(2, c.column());
        assertEquals("facility_name", c.field());
        assertEquals("さくら苑", c.value());
        assertEquals(List.of("さくら", 2), c.args());
        assertNull(r.outcomes().get(0).submission());
    }

    /**
     * #13 (session 5): a facility's values are chosen as its rows come. Pinned: the first row that states a
     * value is the one kept (its line after a cell of three lines), a value that differs only in width is
     * the same value, and every other value is an error of its own cell, in line and column order.
     */
    @Test
    void facilityValuesAreTheFirstStatedAndEveryConflictIsReportedInPlace() throws IOException {
        String csv = "facility_id,facility_name,service,staff,item_id,item_name,category,unit_price\n"
                + "1370000001,,特養,,bed,\"見守り\n2行目\n3行目\",monitoring,100000\n"      // lines 2-4
                + "1370000001,さくら,特養,１２,inc,インカム,intercom,50000\n"               // line 5: name and staff first stated
                + "1370000001,さくら苑,老健,12,lift,移乗,transfer_support,500000\n"        // line 6: name, service differ; staff the same by width
                + "1370000001,さくら,老健,13,tab,端末,monitoring,1000\n";                    // line 7: service and staff differ
        Read r = read(csv.getBytes(UTF_8), null);
        List<String> got = new ArrayList<>();
        for (Problem p : r.problems()) got.add(p.code() + "@" + p.line() + ":" + p.column() + " " + p.value() + " " + p.args());
        assertEquals(List.of(
                "facility-conflict@6:2 さくら苑 [さくら, 5]",
                "facility-conflict@6:3 老健 [特養, 2]",
                "facility-conflict@7:3 老健 [特養, 2]",
                "facility-conflict@7:4 13 [１２, 5]"), got);
        assertNull(r.outcomes().get(0).submission());
    }

    /**
     * #13 (session 5): a duplicate item id is found by comparing ids up to 16 items, through a map past
     * them: both ways name the first item with the id, with its line.
     */
    @Test
    void duplicateItemIdsAmongManyItemsNameTheFirst() throws IOException {
        StringBuilder csv = new StringBuilder("facility_id,facility_name,service,item_id,category,unit_price\n");
        String[] ids = new String[40];
        for (int i = 0; i < ids.length; i++) ids[i] = "i" + i;
        ids[5] = "i3";    // within the first 16
        ids[16] = "i0";   // the first past them
        ids[30] = "i20";  // far past
        ids[31] = "i5";   // i5 never bound: its row is a duplicate of i3, so i5 here is new
        for (String id : ids) csv.append("1370000001,さくら,特養,").append(id).append(",monitoring,1000\n");
        Read r = read(csv.toString().getBytes(UTF_8), null);
        List<String> got = new ArrayList<>();
        for (Problem p : r.problems()) got.add(p.code() + "@" + p.line() + " " + p.value() + " " + p.args());
        assertEquals(List.of(
                "duplicate-item-id@7 i3 [i3, 5]",
                "duplicate-item-id@18 i0 [i0, 2]",
                "duplicate-item-id@32 i20 [i20, 22]"), got);
    }

    @Test
    void aFacilitySplitApartYieldsNoSubmissionForIt() throws IOException {
        String csv = "facility_id,facility_name,service,item_id,category,unit_price\n"
                + "1370000001,さくら,特養,bed,monitoring,100000\n"
                + "1370000002,あおば,老健,bed,monitoring,100000\n"
                + "1370000001,,,inc,intercom,50000\n";
        Read r = read(csv.getBytes(UTF_8), null);
        List<String> ok = new ArrayList<>();
        for (ReadOutcome o : r.outcomes()) if (o.ok()) ok.add(o.submission().facility().id());
        assertEquals(List.of("1370000002"), ok, "1370000001 is split: none of its rows may be computed alone");
        List<Problem> p = r.problems();
        assertEquals(List.of("facility-split"), p.stream().map(Problem::code).toList(), p::toString);
        assertEquals(4, p.get(0).line());
    }

    @Test
    void linesAfterMultiLineCellsMatchAnEditor() throws IOException {
        String csv = "facility_id,facility_name,service,item_id,item_name,category,unit_price\r\n"
                + "1370000001,\"さくら\r\n苑\",特養,bed,\"見守り\r\n\r\nセンサー, 10台\",monitoring,100000\r\n"   // 2-5
                + "1370000001,,,inc,\"インカム \"\"親機\"\"\",intercom,5O000\r\n";                               // 6
        Read r = read(csv.getBytes(UTF_8), null);
        Problem p = r.onlyProblem();
        assertProblem(p, ErrorCode.INVALID_AMOUNT, 6);
        assertEquals(7, p.column());
        assertEquals("unit_price", p.field());
    }

    @Test
    void unbalancedQuoteCostsOnlyItsOwnFacility() throws IOException {
        String csv = "facility_id,facility_name,service,item_id,category,unit_price\n"
                + "1370000001,さくら,特養,bed,monitoring,100000\n"
                + "1370000002,\"あおば,老健,bed,monitoring,100000\n"
                + "1370000003,かえで,老健,bed,monitoring,\"100,000\"\n"
                + "1370000004,もみじ,老健,bed,monitoring,\"200,000\"\n";
        Read r = read(csv.getBytes(UTF_8), null);
        List<String> ok = new ArrayList<>();
        for (ReadOutcome o : r.outcomes()) if (o.ok()) ok.add(o.submission().facility().id());
        assertEquals(List.of("1370000001", "1370000003", "1370000004"), ok, r.problems()::toString);
        assertEquals(List.of("csv-unbalanced-quote@3"),
                r.problems().stream().map(x -> x.code() + "@" + x.line()).toList());
    }

    @Test
    void aMissingIdIsReportedOnce() throws IOException {
        String csv = "facility_id,facility_name,service,item_id,category,unit_price\n"
                + ",さくら,特養,bed,monitoring,100000\n";
        Read r = read(csv.getBytes(UTF_8), null);
        assertEquals(List.of("missing-field@2:1"),
                r.problems().stream().map(x -> x.code() + "@" + x.line() + ":" + x.column()).toList());
    }

    @Test
    void headerOnlyIsNoSilentSuccess() throws IOException {
        Read r = read("facility_id,facility_name,service,item_id,category,unit_price\n".getBytes(UTF_8), null);
        assertTrue(!r.problems().isEmpty(), "a CSV with a header and no row read as zero facilities without a word");
    }

    @Test
    void invalidUtf8IsReportedAtItsLine() throws IOException {
        byte[] good = ("facility_id,facility_name,service,item_id,category,unit_price\n"
                + "1370000001,さくら,特養,bed,monitoring,100000\n"
                + "1370000002,あおば,老健,bed,monitoring,100000\n").getBytes(UTF_8);
        byte[] bad = SourceTextTest.cut(good, "ば".getBytes(UTF_8)[2], 3);
        Read r = read(bad, null);
        assertProblem(r.onlyProblem(), ErrorCode.ENCODING, 3);
    }

    /** Detection looks at the first megabyte; a CP932 file whose Japanese starts later is still CP932. */
    @Test
    void cp932DetectedAfterALongAsciiStart() throws IOException {
        StringBuilder sb = new StringBuilder("facility_id,facility_name,service,item_id,category,unit_price\n");
        int n = 0;
        while (sb.length() < 1_200_000) {
            sb.append(1_300_000_000L + n).append(",sakura").append(n).append(",51,bed,monitoring,100000\n");
            n++;
        }
        sb.append("1399999999,特養 さくら苑,特養,bed,見守り,100000\n");
        Read r = read(sb.toString().getBytes(SourceText.CP932), null);
        assertEquals(List.of(), r.problems().stream().limit(3).toList());
        assertEquals(n + 1, r.outcomes().size());
        assertEquals("特養 さくら苑", r.ok(n).facility().name());
        assertEquals("CP932", r.encoding());
    }

    @Test
    void anEncodingErrorPastTheFirstMegabyteNamesItsLine() throws IOException {
        StringBuilder sb = new StringBuilder("facility_id,facility_name,service,item_id,category,unit_price\n");
        int lines = 1;
        while (sb.length() < 1_200_000) {
            sb.append(1_300_000_000L + lines).append(",さくら").append(lines).append(",51,bed,monitoring,100000\n");
            lines++;
        }
        byte[] good = sb.toString().getBytes(UTF_8);
        int badLine = lines - 5;
        byte[] bad = SourceTextTest.cut(good, "ら".getBytes(UTF_8)[0], badLine);
        Read r = read(bad, null);
        assertProblem(r.onlyProblem(), ErrorCode.ENCODING, badLine);
        long ok = r.outcomes().stream().filter(ReadOutcome::ok).count();
        assertTrue(ok >= badLine - 2, "every facility before the bad line is read: " + ok + " of " + (badLine - 2));
    }

    @Test
    void emptyAndBinary() throws IOException {
        assertEquals(List.of("file-empty"), read(new byte[0], null).problems().stream().map(Problem::code).toList());
        byte[] nul = "facility_id\n\n1\u00002\n".getBytes(UTF_8);
        List<Problem> p = read(nul, null).problems();
        assertEquals(List.of("binary-file@3"), p.stream().map(x -> x.code() + "@" + x.line()).toList());
    }

    /** 25,000 one-row facilities (1.2 MB: past the encoding sample), then {@code tail}. */
    private static byte[] pastTheFirstMegabyte(String tail) {
        StringBuilder sb = new StringBuilder("facility_id,facility_name,service,item_id,category,unit_price\n");
        for (int i = 0; i < 25_000; i++) sb.append(1_300_000_000L + i).append(",さくら,51,bed,monitoring,100000\n");
        return sb.append(tail).toString().getBytes(UTF_8);
    }

    /**
     * Session 4: a NUL past the first megabyte on the first row of a new facility. The facility above it
     * was read whole and is computed; the NUL row's facility is the error (binary-rest, at the NUL's
     * line), named by its id. Before, the facility above took the error and the NUL's went unlisted.
     */
    @Test
    void nulPastTheFirstMegabyteIsTheErrorOfItsOwnFacility() throws IOException {
        Read r = read(pastTheFirstMegabyte("1399999998,x\u0000y,51,bed,monitoring,100000\n1399999997,z,51,bed,monitoring,100000\n"), null);
        assertEquals(25_000, r.outcomes().stream().filter(ReadOutcome::ok).count());
        List<ReadOutcome> failed = r.outcomes().stream().filter(o -> !o.ok()).toList();
        assertEquals(1, failed.size(), failed::toString);
        assertEquals("1399999998", failed.get(0).facilityId());
        assertEquals(List.of("binary-rest@25002"), failed.get(0).problems().stream().map(x -> x.code() + "@" + x.line()).toList());
        assertEquals("1300024999", r.ok(24_999).facility().id());
    }

    /** Session 4: a NUL on a later row of the facility above (blank id, or the same id): that facility is the error. */
    @Test
    void nulPastTheFirstMegabyteInTheFacilityAbove() throws IOException {
        for (String tail : List.of(",,,bed2,monitoring,1\u00000\n", "1300024999,さくら,51,bed2,monitoring,1\u00000\n", "\u0000\n")) {
            Read r = read(pastTheFirstMegabyte(tail), null);
            assertEquals(24_999, r.outcomes().stream().filter(ReadOutcome::ok).count(), tail);
            List<ReadOutcome> failed = r.outcomes().stream().filter(o -> !o.ok()).toList();
            assertEquals(1, failed.size(), failed::toString);
            assertEquals("1300024999", failed.get(0).facilityId(), tail);
            assertEquals(List.of("binary-rest@25002"), failed.get(0).problems().stream().map(x -> x.code() + "@" + x.line()).toList());
        }
    }

    @Test
    void encodingOfEachSubmissionIsTheFiles() throws IOException {
        Read r = read(bom((JA_HEADER + "\n" + JA_ROWS).getBytes(UTF_8)), null);
        for (ReadOutcome o : r.outcomes()) assertEquals("UTF-8 (BOM)", o.submission().encoding());
        assertEquals(Arrays.asList("t.csv", "t.csv"), r.outcomes().stream().map(o -> o.submission().source().file()).toList());
    }

    /**
     * #13 (session 5): the count of undecodable bytes is now that of the rows read so far. The char reader
     * counted up to its buffer ahead, so in a CP932 file the rows above a broken byte in the same buffer
     * were not looked at for UTF-8 text: facility 1's UTF-8 name (clean CP932 bytes) was computed as mojibake.
     */
    @Test
    void utf8RowAboveABrokenByteInCp932() throws IOException {
        byte[] name = "介護".getBytes(UTF_8); // E4 BB 8B E8 AD B7: CP932 reads it without an error
        assertTrue(Encodings.decodes(name, SourceText.CP932));
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes((JA_HEADER + "\r\n1370000001,特養 さくら苑,特養,28,bed,").getBytes(SourceText.CP932));
        b.writeBytes(name);
        b.writeBytes(",見守り,120000,2\r\n1370000002,老健 あおば,老健,40,lift,移乗".getBytes(SourceText.CP932));
        b.write(0x81); // a lead byte alone
        b.writeBytes(",移乗支援,1200000,1\r\n".getBytes(SourceText.CP932));
        Read r = read(b.toByteArray(), null);
        assertEquals("CP932", r.encoding());
        List<Problem> p = r.problems();
        assertEquals(2, p.size(), p::toString);
        assertProblem(p.get(0), ErrorCode.ENCODING, 2);
        assertEquals(6, p.get(0).column(), p.get(0)::toString);
        assertProblem(p.get(1), ErrorCode.ENCODING, 3);
        assertEquals(6, p.get(1).column(), p.get(1)::toString);
    }

    /**
     * #13 (session 6): a facility's 研修 cell is split at ; and ； (by a loop since session 6, a regular
     * expression before), course and date at @ or ＠, blank parts skipped. Each case: the cell, then the
     * courses and dates read from it.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "beginner_seminar@2026-05-20|beginner_seminar 2026-05-20",
            "beginner_seminar@2026-05-20;followup_seminar@2026-09-01|beginner_seminar 2026-05-20,followup_seminar 2026-09-01",
            "ビギナーセミナー＠2026-05-20；フォローアップセミナー|beginner_seminar 2026-05-20,followup_seminar null",
            ";; beginner_seminar ;  ;；followup_seminar@ 2026-09-01 ;|beginner_seminar null,followup_seminar 2026-09-01",
            "；beginner_seminar|beginner_seminar null",
            "beginner_seminar;|beginner_seminar null",
            " ; ；|"})
    void trainingCellSplitAtBothSemicolons(String c) throws IOException {
        String cell = c.substring(0, c.indexOf('|'));
        String want = c.substring(c.indexOf('|') + 1);
        String csv = "事業所番号,事業所名,サービス種別,職員数,研修,品目ID,品目,区分,単価,数量\n"
                + "1370000001,特養 さくら苑,特養,28,\"" + cell + "\",bed,見守りセンサー,見守り,120000,2\n";
        Submission s = read(csv.getBytes(UTF_8), null).ok(0);
        String got = String.join(",", s.facility().training().stream().map(t -> t.course() + " " + t.date()).toList());
        assertEquals(want, got);
    }

    /**
     * #13 (session 6): an item's cells, read by column index through {@code Cells}, are read stripped and
     * blank ones as absent, whatever white space they hold (ASCII, U+3000, tab), wherever their column
     * stands (after 0, 60 or 70 columns of the office's own).
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 60, 70})
    void itemCellsStrippedWhereverTheyStand(int ignored) throws IOException {
        StringBuilder h = new StringBuilder("事業所番号,事業所名,サービス種別,職員数");
        StringBuilder row1 = new StringBuilder("1370000001,特養 さくら苑,特養,28");
        StringBuilder row2 = new StringBuilder("1370000001,,,");
        for (int i = 0; i < ignored; i++) {
            h.append(",備考").append(i); // the office's own columns: ignored, with a warning
            row1.append(",x");
            row2.append(',');
        }
        h.append(",品目ID,品目,区分,単価,数量,支払形態\n");
        row1.append(",  bed ,\u3000見守りセンサー\u3000,見守り,\t120000 , ,\n");
        row2.append(",inc,インカム,\u3000インカム,50000,\u30003\u3000,\u3000リース\n");
        Read r = read((h.toString() + row1 + row2).getBytes(UTF_8), null);
        Submission s = r.ok(0);
        Item bed = s.item("bed");
        assertEquals("見守りセンサー", bed.name());
        assertEquals("monitoring", bed.categoryId());
        assertEquals(120_000L, bed.unitPrice());
        assertEquals(1, bed.quantity());
        assertEquals(kaigohojo.model.Payment.PURCHASE, bed.payment());
        Item inc = s.item("inc");
        assertEquals(3, inc.quantity());
        assertEquals(kaigohojo.model.Payment.LEASE, inc.payment());
        assertEquals(50_000L, inc.unitPrice());
    }
}
