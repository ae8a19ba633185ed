import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
 *
 * or (#13 session 7, B) two builds paired in one process, each jar in a class loader of its own and their
 * rounds interleaved (A, B, A, B ...), so that the machine's load falls on them alike:
 *
 *   javac -cp A.jar -d /tmp/rb bench/micro/ReadBench.java
 *   java -XX:+UseSerialGC -XX:FreqInlineSize=60 -XX:InlineSmallCode=500 -cp /tmp/rb \
 *     ReadBench FILE.csv 12 4 A.jar B.jar
 */
public class ReadBench {
    public static void main(String[] a) throws Exception {
        String file = a[0];
        int rounds = a.length > 1 ? Integer.parseInt(a[1]) : 8;
        int warmup = a.length > 2 ? Integer.parseInt(a[2]) : 3;
        List<String> jars = a.length > 3 ? List.of(a).subList(3, a.length) : List.of();
        if (jars.isEmpty()) {
            Rounds one = new Rounds(file);
            long[][] r = new long[rounds][];
            for (int k = 0; k < warmup + rounds; k++) {
                long[] x = one.round();
                if (k >= warmup) r[k - warmup] = x;
            }
            print("", file, one.ok, one.failed, r);
            return;
        }
        java.net.URL self = ReadBench.class.getProtectionDomain().getCodeSource().getLocation();
        List<Object> each = new java.util.ArrayList<>();
        List<java.lang.reflect.Method> round = new java.util.ArrayList<>();
        for (String jar : jars) {
            ClassLoader l = new java.net.URLClassLoader(new java.net.URL[] {self, Path.of(jar).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> c = l.loadClass("ReadBench$Rounds");
            each.add(c.getConstructor(String.class).newInstance(file));
            round.add(c.getMethod("round"));
        }
        long[][][] r = new long[jars.size()][rounds][];
        for (int k = 0; k < warmup + rounds; k++) {
            for (int j = 0; j < jars.size(); j++) {
                long[] x = (long[]) round.get(j).invoke(each.get(j));
                if (k >= warmup) r[j][k - warmup] = x;
            }
        }
        for (int j = 0; j < jars.size(); j++) {
            Object o = each.get(j);
            print(Path.of(jars.get(j)).getFileName() + ": ", file, (long) o.getClass().getField("ok").get(o),
                    (long) o.getClass().getField("failed").get(o), r[j]);
        }
    }

    private static void print(String label, String file, long ok, long failed, long[][] r) {
        int n = r.length;
        long[] cpu = new long[n], alloc = new long[n];
        for (int k = 0; k < n; k++) {
            cpu[k] = r[k][0];
            alloc[k] = r[k][1];
        }
        Arrays.sort(cpu);
        Arrays.sort(alloc);
        System.out.printf("%sread %s: %d ok, %d failed; main-thread CPU per round: median %.0f ms, best %.0f ms (%d rounds);"
                        + " allocated %.0f MB a round%n",
                label, Path.of(file).getFileName(), ok, failed, cpu[n / 2] / 1e6, cpu[0] / 1e6, n, alloc[n / 2] / 1e6);
    }

    /** One build's rounds: each reads and binds the whole file; returns {CPU ns, bytes allocated}. */
    public static final class Rounds {
        public long ok;
        public long failed;
        private final Path file;
        private final Vocabulary vocab = Vocabulary.get();
        private final com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        public Rounds(String file) {
            this.file = Path.of(file);
        }

        public long[] round() throws Exception {
            long[] counts = new long[2];
            long a0 = bean.getCurrentThreadAllocatedBytes();
            long t0 = bean.getCurrentThreadCpuTime();
            new CsvSubmissionReader(vocab).read(file.toString(), ByteSource.of(file), null,
                    o -> counts[o.ok() ? 0 : 1]++);
            long t1 = bean.getCurrentThreadCpuTime();
            long a1 = bean.getCurrentThreadAllocatedBytes();
            ok = counts[0];
            failed = counts[1];
            return new long[] {t1 - t0, a1 - a0};
        }
    }
}
