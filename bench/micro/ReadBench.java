import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import kaigohojo.input.ByteSource;
import kaigohojo.input.CsvSubmissionReader;
import kaigohojo.input.Vocabulary;

/**
 * The CSV input path alone (#13, B, session 5): read, group and bind every facility of a CSV file, the
 * outcomes counted and dropped, in one process: the main thread's CPU time per round, median and best of
 * the rounds after the warm-up ones, and the bytes it allocated (a figure that load does not blur). Nothing else runs in the process, so two builds of the input path
 * compare with less noise than whole runs on a shared machine (still measure those: the JIT's threads
 * and the engine and report count there). Run against a built jar, each jar in turn:
 *
 *   java -XX:+UseSerialGC -XX:FreqInlineSize=60 -XX:InlineSmallCode=500 -cp target/kaigo-hojo.jar \
 *     bench/micro/ReadBench.java FILE.csv [rounds=8] [warmup=3]
 */
public class ReadBench {
    public static void main(String[] a) throws Exception {
        Path file = Path.of(a[0]);
        int rounds = a.length > 1 ? Integer.parseInt(a[1]) : 8;
        int warmup = a.length > 2 ? Integer.parseInt(a[2]) : 3;
        Vocabulary vocab = Vocabulary.get();
        var bean = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[rounds];
        long[] alloc = new long[rounds];
        long[] counts = new long[2];
        for (int r = 0; r < warmup + rounds; r++) {
            counts[0] = counts[1] = 0;
            long a0 = ((com.sun.management.ThreadMXBean) bean).getCurrentThreadAllocatedBytes();
            long t0 = bean.getCurrentThreadCpuTime();
            new CsvSubmissionReader(vocab).read(file.toString(), ByteSource.of(file), null,
                    o -> counts[o.ok() ? 0 : 1]++);
            long t1 = bean.getCurrentThreadCpuTime();
            long a1 = ((com.sun.management.ThreadMXBean) bean).getCurrentThreadAllocatedBytes();
            if (r >= warmup) {
                cpu[r - warmup] = t1 - t0;
                alloc[r - warmup] = a1 - a0;
            }
        }
        Arrays.sort(cpu);
        Arrays.sort(alloc);
        System.out.printf("read %s: %d ok, %d failed; main-thread CPU per round: median %.0f ms, best %.0f ms (%d rounds);"
                        + " allocated %.0f MB a round%n",
                file.getFileName(), counts[0], counts[1], cpu[rounds / 2] / 1e6, cpu[0] / 1e6, rounds, alloc[rounds / 2] / 1e6);
    }
}
