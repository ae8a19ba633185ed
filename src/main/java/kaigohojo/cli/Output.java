package kaigohojo.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kaigohojo.app.InputFiles;
import kaigohojo.input.SourceText;

/**
 * Where a report goes: standard output, or {@code -o FILE}. UTF-8 by default; CSV written to a file
 * gets a BOM so that Excel reads it as UTF-8; {@code --output-encoding cp932} for older Excel (a
 * character CP932 cannot hold is written as ? and counted, and the run warns).
 *
 * <p>A file is written under a temporary name and moved into place at the end, so that a failed run
 * leaves no half report, and an output that is also an input is refused before anything is read.
 */
final class Output implements AutoCloseable {
    private final Writer writer;
    private final OutputStream stream;
    private final Path target;
    private final Path temporary;
    private final CountingEncoder counter;
    /** #13: the CP932 writer, which counts what it wrote as ? itself. */
    private kaigohojo.report.Cp932Writer cp932;
    private final Io io;
    private final Thread cleanup;
    /** The name the user gave (-o), for messages. */
    private final Path named;

    private Output(Writer writer, OutputStream stream, Path target, Path temporary, CountingEncoder counter, Io io,
                   Thread cleanup, Path named) {
        this.cleanup = cleanup;
        this.named = named;
        this.writer = writer;
        this.stream = stream;
        this.target = target;
        this.temporary = temporary;
        this.counter = counter;
        this.io = io;
    }

    static Output open(Path file, String encoding, boolean csv, Io io) throws IOException {
        return open(file, encoding, csv, io, List.of());
    }

    /** @param inputs the run's inputs: writing over one of them is a usage error */
    static Output open(Path file, String encoding, boolean csv, Io io, List<InputFiles.Input> inputs) throws IOException {
        String enc = encoding == null ? (csv && file != null ? "utf-8-bom" : "utf-8")
                : encoding.strip().toLowerCase(java.util.Locale.ROOT);
        boolean bom = enc.equals("utf-8-bom") || enc.equals("utf8-bom") || enc.equals("utf-8bom");
        Charset cs;
        try {
            cs = bom ? StandardCharsets.UTF_8 : SourceText.charsetFor(enc);
        } catch (IllegalArgumentException e) {
            throw new UsageError("usage.bad-encoding", null, encoding);
        }
        if (encoding == null && file == null) cs = ConsoleCharset.stdout(); // #14: CP932 in a Japanese Windows console
        OutputStream os;
        Path temporary = null;
        Path target = file;
        Thread cleanup = null;
        if (file == null) {
            os = io.out();
        } else {
            target = resolved(file);
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) throw new UsageError("usage.bad-output", null, file.toString());
            if (Files.isDirectory(target)) throw new UsageError("usage.output-is-folder", null, file.toString());
            for (InputFiles.Input in : inputs) {
                if (in.path() != null && Files.exists(target) && Files.exists(in.path()) && Files.isSameFile(in.path(), target)) {
                    throw new UsageError("usage.output-is-input", null, file.toString());
                }
            }
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                // #8: a device or a pipe (/dev/null, /dev/stdout, a FIFO) is written through, never renamed over
                try {
                    os = new Failing(Files.newOutputStream(target, java.nio.file.StandardOpenOption.WRITE), file.toString());
                } catch (IOException e) {
                    throw new UsageError("usage.bad-output", null, file.toString());
                }
            } else {
                temporary = (parent == null ? Path.of(".") : parent)
                        .resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                try {
                    os = new Failing(Files.newOutputStream(temporary, java.nio.file.StandardOpenOption.CREATE_NEW,
                            java.nio.file.StandardOpenOption.WRITE), file.toString());
                } catch (IOException e) {
                    throw new UsageError("usage.bad-output", null, file.toString());
                }
                // #8: Ctrl-C or a kill during the run leaves no temporary file (the target is only ever moved into place)
                Path tmp = temporary;
                cleanup = new Thread(() -> {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // nothing more can be done while the machine stops the run
                    }
                }, "kaigo-hojo-cleanup");
                Runtime.getRuntime().addShutdownHook(cleanup);
            }
        }
        if (bom) os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CountingEncoder counter = null;
        Writer w;
        if (cs.equals(StandardCharsets.UTF_8)) {
            // UTF-8 holds every character; #13: the same bytes as an OutputStreamWriter, and a CSV report can
            // write the repeated parts of its rows already encoded
            w = new kaigohojo.report.Utf8Writer(nonClosing(os), 1 << 16);
        } else if (cs.equals(kaigohojo.input.SourceText.CP932)) {
            // #13: the same bytes and count as the counting encoder below, and repeated row parts encoded once
            Output o = new Output(new kaigohojo.report.Cp932Writer(nonClosing(os), 1 << 16), os, target, temporary, null, io,
                    cleanup, file);
            o.cp932 = (kaigohojo.report.Cp932Writer) o.writer;
            return o;
        } else {
            counter = new CountingEncoder(cs);
            w = new BufferedWriter(new OutputStreamWriter(nonClosing(os), counter.encoder()), 1 << 16);
        }
        return new Output(w, os, target, temporary, counter, io, cleanup, file);
    }

    /**
     * The file a report goes to: a symbolic link is followed to what it names (never replaced by a
     * regular file); a link to nothing is refused (#8).
     */
    private static Path resolved(Path file) {
        if (!Files.isSymbolicLink(file)) return file;
        if (Files.exists(file) && !Files.isRegularFile(file)) return file; // a device or pipe behind a link (/dev/stdout)
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new UsageError("usage.output-dangling-link", null, file.toString());
        }
    }

    /** A stream whose every failure is an {@link OutputFailed} naming the file (a full disk is no internal error, #8). */
    private static final class Failing extends java.io.FilterOutputStream {
        private final String where;

        Failing(OutputStream out, String where) {
            super(out);
            this.where = where;
        }

        @Override public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw new OutputFailed(where);
            }
        }

        @Override public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new OutputFailed(where);
            }
        }

        @Override public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw new OutputFailed(where);
            }
        }

        @Override public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw new OutputFailed(where);
            }
        }
    }

    private static OutputStream nonClosing(OutputStream os) {
        return new java.io.FilterOutputStream(os) {
            @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
            @Override public void close() throws IOException { flush(); }
        };
    }

    Writer writer() { return writer; }

    /** #10: the bytes underneath, for a workbook (written to a file only; no BOM, no encoding). */
    OutputStream binary() { return nonClosing(stream); }

    /**
     * Flushes and, for a file, moves it into place. A write that failed (a full disk, a closed pipe)
     * is an {@link OutputFailed}, never a silent success.
     */
    @Override
    public void close() throws IOException {
        try {
            writer.flush();
            writer.close();
            if (target == null) {
                if (io.out().checkError()) throw new OutputFailed("-");
            } else {
                stream.close();
                if (temporary != null) Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temporary != null) Files.deleteIfExists(temporary);
            throw e instanceof OutputFailed o ? o : new OutputFailed(target == null ? "-" : named.toString());
        } finally {
            if (cleanup != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException stopping) {
                    // the machine is already stopping the run: the hook does its work
                }
            }
        }
        long replaced = counter != null ? counter.replaced() : cp932 != null ? cp932.replaced() : 0;
        if (replaced > 0) {
            io.err().println("kaigo-hojo: " + kaigohojo.text.Messages.of(Cli.langOf(new String[0]))
                    .t("warning.unmappable", replaced, counter != null ? counter.charset()
                            : SourceText.displayName(kaigohojo.input.SourceText.CP932)));
        }
    }

    /** The report could not be written. */
    static final class OutputFailed extends IOException {
        private static final long serialVersionUID = 1L;
        private final String where;

        OutputFailed(String where) {
            super(where, null);
            this.where = where;
        }

        String where() { return where; }
    }

    /**
     * An encoder that writes ? for what its charset cannot hold, and counts how often; a character that
     * Excel's CP932 holds under another code point (WAVE DASH as ～) is written as that one.
     */
    static final class CountingEncoder {
        private final Charset cs;
        private long replaced;

        CountingEncoder(Charset cs) {
            this.cs = cs;
        }

        long replaced() { return replaced; }

        String charset() { return SourceText.displayName(cs); }

        java.nio.charset.CharsetEncoder encoder() {
            CountingEncoder self = this;
            java.nio.charset.CharsetEncoder base = cs.newEncoder();
            return new java.nio.charset.CharsetEncoder(cs, base.averageBytesPerChar(), base.maxBytesPerChar()) {
                private final java.nio.charset.CharsetEncoder inner = cs.newEncoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);

                @Override
                protected java.nio.charset.CoderResult encodeLoop(java.nio.CharBuffer in, java.nio.ByteBuffer out) {
                    while (true) {
                        java.nio.charset.CoderResult r = inner.encode(in, out, false);
                        if (!r.isError()) return r;
                        if (r.isUnmappable() && r.length() == 1) {
                            // 〜 − ‖ — ¢ £ ¬: Excel's CP932 holds them under another code point (#9)
                            char twin = kaigohojo.text.ExcelCp932.twin(in.get(in.position()));
                            if (twin != 0) {
                                if (out.remaining() < 2) return java.nio.charset.CoderResult.OVERFLOW;
                                inner.encode(java.nio.CharBuffer.wrap(new char[] {twin}), out, false);
                                in.position(in.position() + 1);
                                continue;
                            }
                        }
                        if (out.remaining() < 1) return java.nio.charset.CoderResult.OVERFLOW;
                        in.position(in.position() + r.length());
                        out.put((byte) '?');
                        self.replaced++;
                    }
                }
            };
        }
    }
}
