package kaigohojo.cli;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import kaigohojo.engine.FacilityResult;
import kaigohojo.report.Rejected;
import kaigohojo.report.ReportWriter;

/**
 * #13 (session 7): a batch's report rendered and written on a second thread while the main thread reads
 * and computes, so that the two halves of a large run share the machine's two cores. The applications
 * still reach the report one by one, in input order, and nothing else touches the report meanwhile:
 * the output is byte for byte the one the main thread alone writes.
 *
 * <ul>
 *   <li>A short run starts no thread: the first {@link #INLINE} applications are written on the main
 *       thread as they come (one YAML file, a small CSV), so start-up pays nothing.</li>
 *   <li>Memory stays flat: applications go over in chunks of {@link #CHUNK}, at most {@link #CHUNKS}
 *       chunks waiting; the main thread waits when the writer is behind.</li>
 *   <li>A write that fails (a full disk, a closed pipe) ends the run as it did on one thread: the main
 *       thread gets the same exception at its next hand-over or at {@link #finish}; what was handed over
 *       after the failure is dropped, as the main thread alone would never have computed it. The thread
 *       is a daemon and is always joined: an exception on the main thread lets the writer finish what it
 *       was given ({@link #close}), then goes on as before.</li>
 * </ul>
 *
 * What may cross the threads (docs/interpretations.md, "#13 session 7, writer thread"): results and
 * rejected applications are not changed once handed over, and hold no buffer the reader reuses; the
 * caches both halves use are thread-safe (Vocabulary's, Messages, DidYouMean) or used by one side only.
 */
final class ReportThread implements AutoCloseable {
    /** Applications written on the main thread before the thread starts. */
    static final int INLINE = 64;
    /** Applications handed over at a time (one lock per chunk, not per application). */
    static final int CHUNK = 256;
    /** Chunks that may wait for the writer. */
    static final int CHUNKS = 3;
    private static final Object[] END = new Object[0];

    private final ReportWriter report;
    private final int inline;
    /** Made with the thread: a short run loads none of java.util.concurrent's classes for it. */
    private ArrayBlockingQueue<Object[]> queue;
    private Object[] chunk;
    private int filled;
    private int written;
    private Thread thread;
    private boolean ended;
    /** The writer's failure; once set, what is handed over is dropped. */
    private volatile Throwable failure;

    ReportThread(ReportWriter report) {
        this(report, INLINE);
    }

    /** @param inline how many applications to write on the main thread before starting the thread (tests: 0) */
    ReportThread(ReportWriter report, int inline) {
        this.report = report;
        this.inline = inline;
    }

    /** A report that never starts a thread: every application written on the caller's thread. */
    static ReportThread none(ReportWriter report) {
        return new ReportThread(report, Integer.MAX_VALUE);
    }

    void facility(FacilityResult r) throws IOException {
        hand(r);
    }

    void rejected(Rejected r) throws IOException {
        hand(r);
    }

    private void hand(Object application) throws IOException {
        if (thread == null) {
            if (written < inline) {
                written++;
                write(application);
                return;
            }
            start();
        }
        rethrow();
        chunk[filled++] = application;
        if (filled == CHUNK) {
            put(chunk);
            chunk = new Object[CHUNK];
            filled = 0;
        }
    }

    /** Writes what is still waiting and waits for the writer; then the report is the caller's again. */
    void finish() throws IOException {
        end();
        rethrow();
    }

    /** Lets the writer finish what it was given and waits for it (after an exception on the main thread too). */
    @Override
    public void close() {
        end();
    }

    private void end() {
        if (thread == null || ended) return;
        ended = true;
        if (filled > 0) put(java.util.Arrays.copyOf(chunk, filled));
        put(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    private void start() {
        chunk = new Object[CHUNK];
        queue = new ArrayBlockingQueue<>(CHUNKS);
        thread = new Thread(this::run, "kaigo-hojo report");
        thread.setDaemon(true);
        thread.start();
    }

    /** The writer: chunk after chunk until the end; after a failure it only takes what comes, so no hand-over waits forever. */
    private void run() {
        while (true) {
            Object[] c;
            try {
                c = queue.take();
            } catch (InterruptedException e) {
                failure = e;
                return;
            }
            if (c == END) return;
            if (failure != null) continue;
            try {
                for (Object a : c) {
                    if (a == null) break;
                    write(a);
                }
            } catch (Throwable t) {
                failure = t;
            }
        }
    }

    private void write(Object application) throws IOException {
        if (application instanceof FacilityResult r) report.facility(r);
        else report.rejected((Rejected) application);
    }

    /** Hands a chunk over, waiting while the writer is behind (it always takes what comes, even after a failure). */
    private void put(Object[] c) {
        try {
            while (!queue.offer(c, 100, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) throw new IllegalStateException("the report's thread ended without a failure");
            }
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    private static IllegalStateException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new IllegalStateException("interrupted while the report was being written", e);
    }

    /** The writer's failure, thrown on the main thread as the write itself would have thrown it. */
    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t == null) return;
        if (t instanceof IOException io) throw io;
        if (t instanceof RuntimeException re) throw re;
        if (t instanceof Error e) throw e;
        throw new IllegalStateException(t);
    }
}
