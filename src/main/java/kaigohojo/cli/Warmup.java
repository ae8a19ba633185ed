package kaigohojo.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run for the class-data-sharing archive that {@code bin/kaigo-hojo} writes: runs the
 * commands a clerk runs most, in one JVM, with their output thrown away, so that the classes they
 * load are archived. Not a user command.
 */
public final class Warmup {
    private Warmup() {}

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args.length > 0 ? args[0] : "samples");
        String cache = System.getProperty("kaigohojo.cache");
        Path jar = kaigohojo.app.Preload.runningJar();
        if (cache != null && !cache.isBlank() && jar != null) {
            kaigohojo.app.Preload.write(Path.of(cache), jar);
            kaigohojo.app.Preload.installFromProperty(); // as Main does: the reading is archived too
        }
        Class.forName("kaigohojo.Main"); // archived with the rest: every run starts there
        // Main hands Cli.run the standard input through this class, which no command below loads: from the jar
        // it cost every run ~4 ms (read, defined and verified; #13 session 7)
        Class.forName("kaigohojo.input.ClosedStdin");
        PrintStream sink = new PrintStream(Stdout.watch(OutputStream.nullOutputStream()), true, "UTF-8");
        Io io = new Io(new ByteArrayInputStream(new byte[0]), sink, sink);
        String yaml = first(samples, ".yaml");
        // What a clerk runs most, and only that: one calc (table and json) and one check of a small file.
        // An archive trained on every command (help, markdown, CSV, rules) served a short calc no faster on
        // JDK 17 and slower on JDK 25, whose AOT cache links and initialises all it holds (bench/README.md);
        // json's ~50 classes cost every json run more read from the jar (#13 session 7: paired, calc on
        // JDK 25 0.99x, json 0.84x).
        if (yaml != null) {
            run(io, "calc", yaml);
            run(io, "calc", "--format", "json", yaml);
            run(io, "check", yaml);
        }
    }

    private static void run(Io io, String... args) {
        try {
            Cli.run(args, io.in(), io.out(), io.err());
        } catch (RuntimeException e) {
            // a training run never fails the build of the archive
        }
    }

    private static String first(Path dir, String suffix) throws java.io.IOException {
        if (!Files.isDirectory(dir)) return null;
        try (var s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).map(Path::toString).sorted().findFirst().orElse(null);
        }
    }
}
