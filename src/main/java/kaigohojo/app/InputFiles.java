package kaigohojo.app;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Turns the command line's FILE arguments into the inputs to read, in a stable order: a file as
 * given, a directory as every {@code *.yaml}, {@code *.yml}, {@code *.csv} and {@code *.xlsx} below it (sorted by
 * path), {@code -} as standard input.
 *
 * <p>In a folder, a place that cannot be walked (a loop of symbolic links, a subfolder that cannot be
 * read, a link to nothing) is one input of its own that fails with its reason; every other file of the
 * folder is still read. So is an input's name ({@code x.csv}) on a FIFO, device or socket: it is not opened (a
 * FIFO blocks until a writer comes, a device may never end), and named on the command line it is read.
 */
public final class InputFiles {
    /** One input: a path (null for stdin), the name to report, its format (yaml, csv, xlsx, or null: unknown). */
    public record Input(Path path, String name, String format, boolean missing) {
        public boolean stdin() { return path == null; }
        /** Whether there is something to read (a yaml, csv or xlsx input), not a place that stands for its error. */
        public boolean toRead() {
            return !missing && ("yaml".equals(format) || "csv".equals(format) || "xlsx".equals(format));
        }
    }

    /** The format of an input that stands for a folder with no input file in it. */
    public static final String EMPTY_FOLDER = "empty-folder";
    /** The format of a place in a folder that is a loop of symbolic links (#8). */
    public static final String LINK_LOOP = "link-loop";
    /** The format of a place in a folder that cannot be read (#8). */
    public static final String UNREADABLE = "unreadable";
    /** The format of an input file's name in a folder that is no regular file: a FIFO, device or socket (session 4 L). */
    public static final String NOT_REGULAR = "not-regular";

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
                List<Input> found = walk(p);
                found.sort((x, y) -> x.path().toString().compareTo(y.path().toString()));
                if (found.isEmpty()) out.add(new Input(p, a, EMPTY_FOLDER, false));
                // a folder's files go by their extension; --input-format is for files named one by one and stdin
                out.addAll(found);
            } else if (Files.exists(p)) {
                out.add(new Input(p, a, forcedFormat != null ? forcedFormat : formatOf(p), false));
            } else {
                out.add(new Input(p, a, null, true));
            }
        }
        return out;
    }

    /** The input files below a folder, and one failing input for each place that could not be walked. */
    private static List<Input> walk(Path root) throws IOException {
        List<Input> found = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                String format = formatOf(f);
                if (format == null || isOfficeLockFile(f, attrs)) return FileVisitResult.CONTINUE;
                if (attrs.isRegularFile()) {
                    found.add(new Input(f, f.toString(), format, false));
                } else if (attrs.isSymbolicLink() && !Files.exists(f)) {
                    found.add(new Input(f, f.toString(), null, true)); // a link to nothing: not found
                } else if (attrs.isOther()) {
                    found.add(new Input(f, f.toString(), NOT_REGULAR, false)); // a FIFO, device or socket: an error, never opened
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                if (e instanceof FileSystemLoopException) {
                    found.add(new Input(f, f.toString(), LINK_LOOP, false));
                } else if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(f) || formatOf(f) != null) {
                    found.add(new Input(f, f.toString(), UNREADABLE, false));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    /**
     * #10: Excel's owner file ({@code ~$申請.xlsx}, 165 bytes holding the user's name), left beside a
     * workbook while it is open: no application, so a folder's walk steps over it (named on the command
     * line it is still read, and refused as no workbook). Only small ones: a real file so named is read.
     */
    static boolean isOfficeLockFile(Path p, BasicFileAttributes attrs) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith("~$") && attrs.isRegularFile() && attrs.size() <= 512;
    }

    static String formatOf(Path p) {
        Path name = p.getFileName();
        if (name == null) return null;
        String n = name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml")) return "yaml";
        if (n.endsWith(".csv")) return "csv";
        // #10: workbooks; .xls and .xlsm are read only to be refused clearly (old format, macros)
        if (n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".xlsm")) return "xlsx";
        return null;
    }
}
