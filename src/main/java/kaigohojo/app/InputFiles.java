package kaigohojo.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the command line's FILE arguments into the inputs to read, in a stable order: a file as
 * given, a directory as every {@code *.yaml}, {@code *.yml}, {@code *.csv} and {@code *.xlsx} below it (sorted by
 * path), {@code -} as standard input.
 */
public final class InputFiles {
    /** One input: a path (null for stdin), the name to report, its format (yaml, csv, xlsx, or null: unknown). */
    public record Input(Path path, String name, String format, boolean missing) {
        public boolean stdin() { return path == null; }
    }

    /** The format of an input that stands for a folder with no input file in it. */
    public static final String EMPTY_FOLDER = "empty-folder";

    private InputFiles() {}

    public static List<Input> expand(List<String> args, String forcedFormat) throws IOException {
        List<Input> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                out.add(new Input(null, "-", forcedFormat, false));
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                try (Stream<Path> s = Files.walk(p, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                    s.filter(Files::isRegularFile).filter(x -> formatOf(x) != null).forEach(found::add);
                } catch (java.io.UncheckedIOException | IOException e) {
                    // a loop of links or an unreadable folder: report what was found, and the folder as unreadable
                    out.add(new Input(p, a, null, false));
                    continue;
                }
                found.sort((x, y) -> x.toString().compareTo(y.toString()));
                if (found.isEmpty()) out.add(new Input(p, a, EMPTY_FOLDER, false));
                // a folder's files go by their extension; --input-format is for files named one by one and stdin
                for (Path f : found) out.add(new Input(f, f.toString(), formatOf(f), false));
            } else if (Files.exists(p)) {
                out.add(new Input(p, a, forcedFormat != null ? forcedFormat : formatOf(p), false));
            } else {
                out.add(new Input(p, a, null, true));
            }
        }
        return out;
    }

    static String formatOf(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml")) return "yaml";
        if (n.endsWith(".csv")) return "csv";
        // #10: workbooks; .xls and .xlsm are read only to be refused clearly (old format, macros)
        if (n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".xlsm")) return "xlsx";
        return null;
    }
}
