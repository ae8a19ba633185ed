import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kaigohojo.app.Batch;
import kaigohojo.app.InputFiles;
import kaigohojo.input.Vocabulary;
import kaigohojo.report.ReportContext;
import kaigohojo.report.ReportWriter;
import kaigohojo.report.Reports;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.RuleSetLoader;
import kaigohojo.text.Lang;

/**
 * The report writers alone (#13, J, session 6): a CSV file is read and computed as a batch does, round
 * after round, each facility written as it is computed (its objects still in the cache, as in a run)
 * through the writer a run uses ({@code Utf8Writer}, 64 KB) into a stream that drops the bytes. Printed:
 * the main thread's CPU time inside the writer's calls per round, median and best of the rounds after
 * the warm-up ones, and the bytes those calls allocated (a figure that load does not blur). Two builds
 * of the writers compare with less noise than whole runs on a shared machine (still measure those: the
 * JIT's threads and the rest of the batch count there). Run against a built jar, each jar in turn:
 *
 *   java -XX:+UseSerialGC -XX:FreqInlineSize=60 -XX:InlineSmallCode=500 -cp target/kaigo-hojo.jar \
 *     bench/micro/WriteBench.java FILE.csv csv|json|facility [rounds=8] [warmup=4] [ja|en]
 *
 * or, to compare builds paired in one process (each jar in a class loader of its own, rounds interleaved),
 * compile this file against one of them first and name the jars after the language:
 *
 *   javac -cp A.jar -d /tmp/wb bench/micro/WriteBench.java
 *   java -XX:+UseSerialGC -XX:FreqInlineSize=60 -XX:InlineSmallCode=500 -cp /tmp/wb \
 *     WriteBench FILE.csv csv 12 4 ja A.jar B.jar
 */
public class WriteBench {
    public static void main(String[] a) throws Exception {
        String file = a[0];
        String format = a.length > 1 ? a[1] : "csv";
        int rounds = a.length > 2 ? Integer.parseInt(a[2]) : 8;
        int warmup = a.length > 3 ? Integer.parseInt(a[3]) : 4;
        String lang = a.length > 4 ? a[4] : "ja";
        List<String> jars = a.length > 5 ? List.of(a).subList(5, a.length) : List.of();
        if (jars.isEmpty()) {
            // the jar on the class path
            long[][] r = new long[rounds][];
            Rounds one = new Rounds(file, format, lang);
            for (int k = 0; k < warmup + rounds; k++) {
                long[] x = one.round();
                if (k >= warmup) r[k - warmup] = x;
            }
            print("", file, format, one.facilities, one.bytes, r);
            return;
        }
        // #13: two or more builds in one process, each in a class loader of its own, their rounds interleaved (A, B, A, B ...),
        // so that the machine's load falls on them alike
        java.net.URL self = WriteBench.class.getProtectionDomain().getCodeSource().getLocation();
        List<Object> each = new java.util.ArrayList<>();
        List<java.lang.reflect.Method> round = new java.util.ArrayList<>();
        for (String jar : jars) {
            ClassLoader l = new java.net.URLClassLoader(new java.net.URL[] {self, Path.of(jar).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> c = l.loadClass("WriteBench$Rounds");
            each.add(c.getConstructor(String.class, String.class, String.class).newInstance(file, format, lang));
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
            print(Path.of(jars.get(j)).getFileName() + ": ", file, format, (int) o.getClass().getField("facilities").get(o),
                    (long) o.getClass().getField("bytes").get(o), r[j]);
        }
    }

    private static void print(String label, String file, String format, int facilities, long bytes, long[][] r) {
        int n = r.length;
        long[] cpu = new long[n], alloc = new long[n], whole = new long[n];
        for (int k = 0; k < n; k++) {
            cpu[k] = r[k][0];
            alloc[k] = r[k][1];
            whole[k] = r[k][2];
        }
        Arrays.sort(cpu);
        Arrays.sort(alloc);
        Arrays.sort(whole);
        System.out.printf("%swrite %s as %s: %d facilities, %.1f MB a round; main-thread CPU in the writer per round: median %.0f ms,"
                        + " best %.0f ms (%d rounds); allocated %.1f MB a round; the whole round (reading and computing too):"
                        + " median %.0f ms%n",
                label, Path.of(file).getFileName(), format, facilities, bytes / 1e6, cpu[n / 2] / 1e6, cpu[0] / 1e6, n,
                alloc[n / 2] / 1e6, whole[n / 2] / 1e6);
    }

    /** One build's rounds: each reads, computes and writes the whole file; returns {writer CPU ns, writer bytes allocated, round CPU ns}. */
    public static final class Rounds {
        public int facilities;
        public long bytes;
        private final String format;
        private final Vocabulary vocab = Vocabulary.get();
        private final RuleSet rs;
        private final ReportContext ctx;
        private final List<InputFiles.Input> inputs;
        private final com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        public Rounds(String file, String format, String lang) throws Exception {
            this.format = format;
            this.rs = new RuleSetLoader(vocab).load(RuleSetLoader.DEFAULT_ID);
            this.ctx = new ReportContext(Lang.parse(lang), rs, false);
            this.inputs = InputFiles.expand(List.of(file), null);
        }

        public long[] round() throws Exception {
            long[] count = new long[1];
            OutputStream sink = new OutputStream() {
                @Override public void write(int b) { count[0]++; }
                @Override public void write(byte[] b, int off, int len) { count[0] += len; }
            };
            long[] in = new long[2]; // CPU and bytes allocated inside the writer's calls
            int[] n = new int[1];
            long t0 = bean.getCurrentThreadCpuTime();
            Batch batch = new Batch(new kaigohojo.rules.Rules(rs), vocab, null, null);
            var out = new kaigohojo.report.Utf8Writer(sink, 1 << 16);
            ReportWriter w = Reports.writer(format.equals("facility") ? "csv" : format, ctx, out, format.equals("facility"));
            w.begin();
            // facilities are written in batches of 64 as they are computed (their objects still in the cache), so
            // that the clock is read twice per batch, not per facility (a thread's CPU clock costs a system call)
            List<kaigohojo.engine.FacilityResult> pending = new java.util.ArrayList<>();
            Runnable write = () -> {
                long c0 = bean.getCurrentThreadCpuTime();
                long b0 = bean.getCurrentThreadAllocatedBytes();
                try {
                    for (var f : pending) w.facility(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                in[1] += bean.getCurrentThreadAllocatedBytes() - b0;
                in[0] += bean.getCurrentThreadCpuTime() - c0;
                n[0] += pending.size();
                pending.clear();
            };
            batch.run(inputs, java.io.InputStream.nullInputStream(), f -> {
                pending.add(f);
                if (pending.size() == 64) write.run();
            });
            write.run();
            w.end(List.of(), batch.summary());
            out.flush();
            long t1 = bean.getCurrentThreadCpuTime();
            facilities = n[0];
            bytes = count[0];
            return new long[] {in[0], in[1], t1 - t0};
        }
    }
}
