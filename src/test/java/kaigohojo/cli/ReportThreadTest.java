package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import kaigohojo.app.Batch;
import kaigohojo.app.InputFiles;
import kaigohojo.engine.FacilityResult;
import kaigohojo.input.Problem;
import kaigohojo.input.Vocabulary;
import kaigohojo.report.Rejected;
import kaigohojo.report.ReportContext;
import kaigohojo.report.ReportWriter;
import kaigohojo.report.Reports;
import kaigohojo.report.Summary;
import kaigohojo.report.Utf8Writer;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.RuleSetLoader;
import kaigohojo.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #13 (session 7): a batch's report written on a second thread ({@link ReportThread}) is the report
 * written on the main thread, byte for byte, whatever the mix of computed and rejected applications and
 * wherever the chunks end; a write that fails ends the run as it did; the thread never outlives the run.
 */
class ReportThreadTest {
    @TempDir Path tmp;

    private static final String HEADER = "事業所番号,事業所名,都道府県,サービス種別,職員数,SECURITY ACTION,業務改善計画,品目ID,品目,区分,単価,数量\n";

    /** Random applications; about one in six is rejected (an unknown category, an amount that is no number, a duplicate id). */
    private Path file(Random rnd, String name, int facilities) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int f = 0; f < facilities; f++) {
            long id = 1_270_000_000L + (rnd.nextInt(40) == 0 ? 0 : f + 1);
            int items = rnd.nextInt(4) + 1;
            for (int k = 0; k < items; k++) {
                int bad = rnd.nextInt(24);
                csv.append(id).append(',').append(k == 0 ? "特養 " + f + ",千葉県,特養," + (rnd.nextInt(60) + 1) + ",二つ星,はい" : ",,,,,")
                        .append(",i").append(k).append(',').append(k == 0 ? "介護記録ソフト" : "タブレット " + k).append(',')
                        .append(bad == 0 ? "不明な区分" : k == 0 ? "介護ソフト" : "情報端末").append(',')
                        .append(bad == 1 ? "たくさん" : "\"" + String.format("%,d", 10_000 * (rnd.nextInt(150) + 1)) + "\"").append(',')
                        .append(rnd.nextInt(3) + 1).append('\n');
            }
        }
        Path p = tmp.resolve(name);
        Files.writeString(p, csv, StandardCharsets.UTF_8);
        return p;
    }

    /** The report of these inputs, each application handed to the report through {@code thread}. */
    private static byte[] report(List<InputFiles.Input> inputs, RuleSet rs, String format, Lang lang,
                                 java.util.function.Function<ReportWriter, ReportThread> thread) throws IOException {
        Batch batch = new Batch(new kaigohojo.rules.Rules(rs), Vocabulary.get(), null, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Writer out = new Utf8Writer(bytes, 8192);
        ReportWriter w = Reports.writer(format, new ReportContext(lang, rs, false), out, false);
        if (w instanceof kaigohojo.report.CsvReport csv) csv.errorsTo(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        batch.traced(w.printsTrace()).ledgered(w.printsRulesUsed());
        w.begin();
        try (ReportThread t = thread.apply(w)) {
            batch.run(inputs, java.io.InputStream.nullInputStream(), Writes.unchecked(t::facility), Writes.unchecked(t::rejected));
            t.finish();
        }
        w.end(batch.errors(), batch.summary());
        out.flush();
        return bytes.toByteArray();
    }

    @Test
    void theThreadsReportIsTheMainThreadsByteForByte() throws Exception {
        Random rnd = new Random(2611);
        RuleSet rs = new RuleSetLoader(Vocabulary.get()).load(RuleSetLoader.DEFAULT_ID);
        for (int round = 0; round < 8; round++) {
            List<String> names = new ArrayList<>();
            int files = rnd.nextInt(3) + 1;
            // sizes around the chunk: one short of it, at it, past several
            for (int f = 0; f < files; f++) names.add(file(rnd, "r" + round + "-" + f + ".csv", ReportThread.CHUNK - 1 + rnd.nextInt(3 * ReportThread.CHUNK)).toString());
            List<InputFiles.Input> inputs = InputFiles.expand(names, null);
            String format = round % 2 == 0 ? "csv" : "json";
            Lang lang = round % 4 < 2 ? Lang.JA : Lang.EN;
            int inline = new int[] {0, 1, 5, ReportThread.CHUNK}[round % 4];
            String where = "round " + round + " " + format + " " + lang + ", inline " + inline;
            byte[] plain = report(inputs, rs, format, lang, ReportThread::none);
            byte[] threaded = report(inputs, rs, format, lang, w -> new ReportThread(w, inline));
            String text = new String(plain, StandardCharsets.UTF_8);
            assertTrue(text.contains(format.equals("csv") ? (lang == Lang.JA ? "入力エラー" : "input error") : "\"errors\""), where + ": some applications are rejected");
            assertArrayEquals(plain, threaded, where);
        }
    }

    /**
     * Through the real command line, a folder past the inline part (so the thread writes most of it): a good
     * YAML file and a CSV of 700 facilities, every seventh with an amount that is no number. Every application
     * is in the JSON and in the per-facility CSV exactly once: computed + in error = in the input (#9, product.md §6).
     */
    @Test
    void aBatchWrittenByTheThreadAccountsForEveryApplication() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("申請"));
        Files.writeString(folder.resolve("a.yaml"), """
                facility:
                  id: "1399999999"
                  name: よい施設
                  service: 特養
                  staff: 10
                items:
                  - id: bed
                    category: monitoring
                    unit_price: 100000
                """, StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder(HEADER);
        int facilities = 700, bad = 0;
        for (int f = 0; f < facilities; f++) {
            boolean wrong = f % 7 == 3;
            if (wrong) bad++;
            csv.append(1_270_000_000L + f).append(",特養 ").append(f).append(",千葉県,特養,38,二つ星,はい,soft,介護記録ソフト,介護ソフト,")
                    .append(wrong ? "たくさん" : "\"120,000\"").append(",12\n");
        }
        Files.writeString(folder.resolve("b.csv"), csv, StandardCharsets.UTF_8);
        assertTrue(facilities + 1 > ReportThread.INLINE + ReportThread.CHUNK, "past the inline part and one chunk");

        CliRunner.Result json = CliRunner.run("calc", "--format", "json", folder.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.INPUT, json.exit(), json::toString);
        com.fasterxml.jackson.databind.JsonNode summary = json.json().get("summary");
        assertEquals(facilities + 1 - bad, summary.get("facilities").asInt(), json::toString);
        assertEquals(bad, summary.get("facilities_with_errors").asInt(), json::toString);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String list : List.of("facilities", "rejected")) {
            for (com.fasterxml.jackson.databind.JsonNode f : json.json().get(list)) assertTrue(ids.add(f.get("id").asText()), "twice: " + f);
        }
        assertEquals(facilities + 1, ids.size(), "every application once in the JSON, computed or rejected");
        assertEquals(bad, json.json().get("rejected").size());

        CliRunner.Result perFacility = CliRunner.run("calc", "--format", "csv", "--per", "facility", folder.toString()).assertNoStackTrace();
        assertEquals(ExitCodes.INPUT, perFacility.exit(), perFacility::toString);
        List<String> rows = perFacility.out().lines().skip(1).toList();
        assertEquals(facilities + 1, rows.size(), "one row per application");
        assertEquals(bad, rows.stream().filter(r -> r.contains("入力エラー")).count(), "the rejected ones, each once");
    }

    /** A report that records what reached it, on which thread, and fails at the k-th application when asked. */
    private static final class Recording implements ReportWriter {
        final List<Object> seen = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());
        final int failAt;
        final RuntimeException bug;
        final IOException full;

        Recording(int failAt, IOException full, RuntimeException bug) {
            this.failAt = failAt;
            this.full = full;
            this.bug = bug;
        }

        @Override public void begin() { }
        @Override public void facility(FacilityResult r) { throw new AssertionError("no facility in these tests"); }
        @Override public void rejected(Rejected r) throws IOException {
            if (seen.size() == failAt) {
                if (full != null) throw full;
                throw bug;
            }
            seen.add(r);
            threads.add(Thread.currentThread().getName());
        }
        @Override public void end(List<Problem> errors, Summary summary) { }
    }

    private static List<Rejected> applications(int n) {
        List<Rejected> all = new ArrayList<>();
        for (int i = 0; i < n; i++) all.add(new Rejected("a.csv", i + 2, String.valueOf(1_270_000_000L + i), "特養 " + i,
                List.of(Problem.of(kaigohojo.input.Location.of("a.csv", i + 2, 1), "", null, kaigohojo.input.ErrorCode.FILE_NOT_FOUND, "a.csv"))));
        return all;
    }

    private static boolean reportThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("kaigo-hojo report") && t.isAlive());
    }

    @Test
    void everyApplicationArrivesInOrderAndTheFirstOnesOnTheCallersThread() throws Exception {
        List<Rejected> all = applications(3 * ReportThread.CHUNK + 17);
        Recording w = new Recording(-1, null, null);
        try (ReportThread t = new ReportThread(w, 10)) {
            for (Rejected r : all) t.rejected(r);
            t.finish();
        }
        assertEquals(all, w.seen);
        String caller = Thread.currentThread().getName();
        for (int i = 0; i < 10; i++) assertEquals(caller, w.threads.get(i), "application " + i);
        for (int i = 10; i < all.size(); i++) assertNotEquals(caller, w.threads.get(i), "application " + i);
        assertFalse(reportThreadAlive());
    }

    @Test
    void aShortRunStartsNoThread() throws Exception {
        List<Rejected> all = applications(ReportThread.INLINE);
        Recording w = new Recording(-1, null, null);
        try (ReportThread t = new ReportThread(w)) {
            for (Rejected r : all) t.rejected(r);
            t.finish();
        }
        assertEquals(all, w.seen);
        assertTrue(w.threads.stream().allMatch(Thread.currentThread().getName()::equals), "all on the caller's thread");
    }

    @Test
    void aWriteThatFailsEndsTheRunWithItsOwnException() throws Exception {
        IOException full = new IOException("No space left on device");
        int failAt = ReportThread.CHUNK + 3;
        List<Rejected> all = applications(20 * ReportThread.CHUNK);
        Recording w = new Recording(failAt, full, null);
        IOException thrown = null;
        try (ReportThread t = new ReportThread(w, 0)) {
            for (Rejected r : all) t.rejected(r);
            t.finish();
        } catch (IOException e) {
            thrown = e;
        }
        assertSame(full, thrown, "the writer's own exception reaches the main thread");
        assertEquals(all.subList(0, failAt), w.seen, "nothing is written after the failure");
        assertFalse(reportThreadAlive());
        // through Writes.unchecked, as calc hands it on: the UncheckedIOException Cli reports as the output error
        Recording w2 = new Recording(failAt, full, null);
        UncheckedIOException u = assertThrows(UncheckedIOException.class, () -> {
            try (ReportThread t = new ReportThread(w2, 0)) {
                java.util.function.Consumer<Rejected> each = Writes.unchecked(t::rejected);
                for (Rejected r : all) each.accept(r);
                t.finish();
            }
        });
        assertSame(full, u.getCause());
    }

    @Test
    void aBugInTheReportIsThrownAsItIs() {
        IllegalStateException bug = new IllegalStateException("a bug in a report");
        Recording w = new Recording(5, null, bug);
        assertSame(bug, assertThrows(IllegalStateException.class, () -> {
            try (ReportThread t = new ReportThread(w, 0)) {
                for (Rejected r : applications(3)) t.rejected(r); // fewer than a chunk: the failure comes at finish
                for (Rejected r : applications(4)) t.rejected(r);
                t.finish();
            }
        }));
        assertFalse(reportThreadAlive());
    }

    @Test
    void aFailureOnTheMainThreadLetsTheWriterFinishWhatItWasGiven() {
        List<Rejected> all = applications(2 * ReportThread.CHUNK + 5);
        Recording w = new Recording(-1, null, null);
        ArithmeticException overflow = new ArithmeticException("long overflow");
        assertSame(overflow, assertThrows(ArithmeticException.class, () -> {
            try (ReportThread t = new ReportThread(w, 0)) {
                for (Rejected r : all) t.rejected(r);
                throw overflow; // the batch fails before finish()
            }
        }));
        assertEquals(all, w.seen, "what was handed over is written, as on one thread");
        assertFalse(reportThreadAlive());
    }
}
