package kaigohojo.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import kaigohojo.input.ReadOutcome;

/**
 * Reading on one thread, computing and writing on this one, joined by a small queue: order is kept
 * (one producer, one consumer) and memory stays flat (the queue holds a few hundred submissions).
 * For large inputs only: a thread costs start-up time that a one-file run does not win back.
 */
final class Pipeline {
    static final long THRESHOLD_BYTES = 4L << 20;
    private static final int CAPACITY = 512;
    private static final ReadOutcome END = ReadOutcome.failed(java.util.List.of());

    /** What the reading side does: hand every outcome to the sink. */
    interface Reading {
        void run(Consumer<ReadOutcome> sink) throws IOException;
    }

    private Pipeline() {}

    static void run(Reading reading, Consumer<ReadOutcome> consumer) throws IOException {
        BlockingQueue<ReadOutcome> queue = new ArrayBlockingQueue<>(CAPACITY);
        Throwable[] failure = new Throwable[1];
        Thread reader = new Thread(() -> {
            try {
                reading.run(o -> put(queue, o));
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                put(queue, END);
            }
        }, "kaigo-hojo-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                ReadOutcome o = queue.take();
                if (o == END) break;
                consumer.accept(o);
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        Throwable t = failure[0];
        if (t instanceof IOException io) throw io;
        if (t instanceof UncheckedIOException u) throw u.getCause();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
    }

    private static void put(BlockingQueue<ReadOutcome> queue, ReadOutcome o) {
        try {
            queue.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
