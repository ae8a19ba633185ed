package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded memory on a large workbook (#10): 100,000 rows of 10,000 facilities, written as Excel writes
 * them (every text in the shared-strings table), run to the end in a 24 MB heap. The file used to be
 * held in memory three times over (read whole, then copied by the library's stream constructor), which
 * needed more than 32 MB for this 5 MB file and grew with it; now it is read in place. Not timed.
 */
class WorkbookMemoryIT {
    static final int FACILITIES = 10_000;
    static final int ROWS_PER = 10;

    @TempDir Path dir;

    @Test
    void hundredThousandRowsRunInASmallHeap() throws Exception {
        assumeTrue(Files.isRegularFile(PackagedJarIT.JAR), "target/kaigo-hojo.jar not built yet");
        Path in = dir.resolve("申請.xlsx");
        write(in);
        PackagedJarIT.Proc p = PackagedJarIT.java(List.of("-Xmx24m", "-XX:+UseSerialGC"), Duration.ofMinutes(10), null,
                "check", "--format", "json", in.toString());
        String stdout = p.out();
        assertEquals("", p.err());
        assertEquals(0, p.exit(), stdout.length() > 2000 ? stdout.substring(0, 2000) : stdout);
        assertTrue(stdout.contains("\"valid\" : " + FACILITIES), "every facility read and valid");
    }

    /** 10,000 facilities of 10 rows each; the facility columns on the first row of each, as offices write them. */
    static void write(Path f) throws IOException {
        String[] header = {"事業所番号", "事業所名", "サービス種別", "職員数", "SECURITY ACTION", "業務改善計画", "品目ID", "区分", "単価", "数量"};
        String[] items = {"soft", "tabs", "bed1", "bed2", "cam1", "cam2", "inc1", "inc2", "bath", "wifi"};
        String[] cats = {"介護ソフト", "情報端末", "見守り", "見守り", "見守り", "見守り", "インカム", "インカム", "入浴支援", "通信環境"};
        try (OutputStream os = Files.newOutputStream(f)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            Worksheet ws = wb.newWorksheet("申請");
            for (int c = 0; c < header.length; c++) ws.value(0, c, header[c]);
            int r = 1;
            for (int i = 0; i < FACILITIES; i++) {
                String id = String.format("13%08d", i);
                for (int k = 0; k < ROWS_PER; k++, r++) {
                    ws.value(r, 0, id);
                    if (k == 0) {
                        ws.value(r, 1, "特養 さくら" + i);
                        ws.value(r, 2, "特養");
                        ws.value(r, 3, 20 + i % 90);
                        ws.value(r, 4, "二つ星");
                        ws.value(r, 5, "はい");
                    }
                    ws.value(r, 6, items[k]);
                    ws.value(r, 7, cats[k]);
                    ws.value(r, 8, 50_000 + 1_000 * k);
                    ws.value(r, 9, 1 + (i + k) % 5);
                }
                if (r % 5_000 < ROWS_PER) ws.flush();
            }
            wb.finish();
        }
    }

    /**
     * Session 4 (L): a workbook whose shared strings (which the library holds) do not fit in the heap given:
     * its own error, workbook-out-of-memory, naming the heap and KAIGO_HOJO_JAVA_OPTS, exit 3, no stack
     * trace; it was workbook-corrupt "Java heap space", which sent the clerk to repair a good file.
     */
    @Test
    void outOfHeapIsItsOwnError() throws Exception {
        assumeTrue(Files.isRegularFile(PackagedJarIT.JAR), "target/kaigo-hojo.jar not built yet");
        Path in = dir.resolve("大きな申請.xlsx");
        String filler = "x".repeat(2_000);
        try (OutputStream os = Files.newOutputStream(in)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            Worksheet ws = wb.newWorksheet("申請");
            String[] header = {"事業所番号", "事業所名", "サービス種別", "職員数", "SECURITY ACTION", "業務改善計画", "品目ID", "区分", "単価", "数量"};
            for (int c = 0; c < header.length; c++) ws.value(0, c, header[c]);
            for (int i = 0; i < 20_000; i++) { // 20,000 distinct names of 2,000 characters: 40 MB of shared strings
                int r = i + 1;
                ws.value(r, 0, String.format("13%08d", i));
                ws.value(r, 1, i + filler);
                ws.value(r, 2, "特養");
                ws.value(r, 3, 20);
                ws.value(r, 4, "二つ星");
                ws.value(r, 5, "はい");
                ws.value(r, 6, "soft");
                ws.value(r, 7, "介護ソフト");
                ws.value(r, 8, 50_000);
                ws.value(r, 9, 1);
                if (r % 2_000 == 0) ws.flush();
            }
            wb.finish();
        }
        PackagedJarIT.Proc p = PackagedJarIT.java(List.of("-Xmx24m", "-XX:+UseSerialGC"), Duration.ofMinutes(10), null,
                "calc", "--format", "json", in.toString());
        String stdout = p.out();
        String stderr = p.err();
        String head = stdout.length() > 2000 ? stdout.substring(0, 2000) : stdout;
        assertEquals(3, p.exit(), head + stderr);
        assertTrue(stdout.contains("\"code\" : \"workbook-out-of-memory\""), head);
        assertTrue(stdout.contains("KAIGO_HOJO_JAVA_OPTS") && stdout.contains("メモリ"), head);
        assertTrue(!stdout.contains("workbook-corrupt") && !stdout.contains("heap space") && !stderr.contains("\tat "), head + stderr);
    }
}
