package kaigohojo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flat memory (product.md §9, issue #13): 200,000 CSV rows of 100,000 facilities run to the end in a
 * heap far smaller than what a per-facility structure of Strings would need (the two maps of every
 * facility id seen, each with a location, took ≈ 165 bytes a facility; this run did not finish in
 * this heap before). Not timed: the bound is memory, the 5,000,000-row run is bench/csv.sh's.
 */
class FlatMemoryIT {
    static final int ROWS = 200_000;
    static final String HEAP = "-Xmx" + FlatMemoryIT.HEAP_MB + "m";
    static final int HEAP_MB = 16;

    @TempDir Path dir;

    @Test
    void twoHundredThousandRowsRunInASmallHeap() throws Exception {
        assumeTrue(Files.isRegularFile(PackagedJarIT.JAR), "target/kaigo-hojo.jar not built yet");
        Path in = dir.resolve("apps.csv");
        write(in);
        Path out = dir.resolve("report.csv");
        PackagedJarIT.Proc p = PackagedJarIT.java(List.of(HEAP, "-XX:+UseSerialGC"), Duration.ofMinutes(10), null,
                "calc", "--format", "csv", in.toString(), "-o", out.toString());
        assertEquals(0, p.exit(), p.err());
        assertEquals("", p.err());
        long lines;
        try (var s = Files.lines(out, UTF_8)) {
            lines = s.count();
        }
        assertEquals(ROWS + 1, lines, "one report row per input row, and the header");
    }

    /** 100,000 facilities of two rows each, the second row's facility columns blank (as Excel users write). */
    static void write(Path f) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(f, UTF_8)) {
            w.write("facility_id,facility_name,service,staff,security_action,improvement_plan,item_id,category,unit_price,quantity\n");
            for (int i = 0; i < ROWS / 2; i++) {
                String id = String.format("13%08d", i);
                w.write(id + ",特養 さくら" + i + ",特養," + (20 + i % 90) + ",two_star,true,tabs,terminal,55000," + (1 + i % 12) + "\n");
                w.write(id + ",,,,,,incom,intercom,45000," + (1 + i % 7) + "\n");
            }
        }
    }
}
