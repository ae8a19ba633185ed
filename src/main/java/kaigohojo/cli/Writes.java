package kaigohojo.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * One report step that may fail writing (a full disk, a closed pipe), where the batch wants a
 * {@link Consumer}: calc and advise write each facility as the batch computes it. The failure leaves the
 * batch as an {@link UncheckedIOException}, which {@link Cli} reports as the output error.
 */
@FunctionalInterface
interface Writes<T> {
    void accept(T t) throws IOException;

    /** The step as a Consumer: an IOException goes out wrapped in an UncheckedIOException. */
    static <T> Consumer<T> unchecked(Writes<T> step) {
        return t -> {
            try {
                step.accept(t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
