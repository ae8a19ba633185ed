package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** calc and advise write each facility as the batch computes it; a write that fails mid-batch is the output error. */
class WritesTest {
    @TempDir static Path dir;

    @Test
    void eachValueReachesTheStep() {
        List<String> seen = new ArrayList<>();
        Writes.<String>unchecked(seen::add).accept("a");
        Writes.<String>unchecked(seen::add).accept("b");
        assertEquals(List.of("a", "b"), seen);
    }

    @Test
    void anIOExceptionLeavesAsUncheckedWithItsCause() {
        IOException full = new IOException("disk full");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Writes.<String>unchecked(s -> { throw full; }).accept("a"));
        assertSame(full, e.getCause());
    }

    @Test
    void anyOtherFailurePassesUnchanged() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class,
                () -> Writes.<String>unchecked(s -> { throw bug; }).accept("a")));
    }

    /** 2,000 facilities: the report is far larger than the output buffer, so writing fails while the batch runs. */
    @ParameterizedTest
    @ValueSource(strings = {"calc", "calc --format csv", "calc --format json", "advise", "advise --format html"})
    @DisplayName("-o /dev/full with a report larger than the buffer: the output error, exit 70, no stack trace")
    void fullDiskMidBatch(String command) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        Path csv = dir.resolve("many.csv");
        if (!Files.exists(csv)) {
            StringBuilder sb = new StringBuilder("事業所番号,事業所名,都道府県,サービス種別,職員数,SECURITY ACTION,業務改善計画,品目ID,品目,区分,単価,数量\n");
            for (int i = 0; i < 2000; i++) {
                sb.append(String.format("%010d,特養 %d,千葉県,特養,38,二つ星,はい,soft,介護記録ソフト,介護ソフト,\"120,000\",12%n", 1270000000L + i, i));
            }
            Files.writeString(csv, sb);
        }
        List<String> args = new ArrayList<>(List.of("--lang", "en"));
        args.addAll(List.of(command.split(" ")));
        args.addAll(List.of("-o", "/dev/full", csv.toString()));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new)).assertNoStackTrace();
        assertEquals(ExitCodes.INTERNAL, r.exit(), r::toString);
        assertTrue(r.err().contains("/dev/full"), r::toString);
    }
}
