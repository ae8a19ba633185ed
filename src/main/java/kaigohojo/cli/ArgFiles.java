package kaigohojo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import kaigohojo.report.VisibleText;

/**
 * Argument files ({@code @FILE}), expanded before picocli sees the command line, in place of picocli's
 * own expansion (#8), which reads any file it is given, however large, and blocks on a FIFO or a device.
 *
 * <ul>
 *   <li>An argument that begins with {@code @} and names an existing file or folder as it is written
 *       ({@code @申請.csv}) is that file: it is passed on unchanged.</li>
 *   <li>Otherwise {@code @FILE}, when FILE exists, is an argument file: its arguments take its place.
 *       It must be a regular file (not a folder, device, FIFO or socket) of at most {@link #MAX_BYTES}
 *       bytes and {@link #MAX_LINES} lines, in UTF-8 (a BOM is allowed) or CP932, with no NUL byte;
 *       anything else is a usage error (exit 2) that names it, and the line where there is one.</li>
 *   <li>When FILE does not exist either, the argument is passed on unchanged (and is "not found" later).</li>
 * </ul>
 * The format: arguments are separated by spaces, tabs and line breaks; {@code "…"} or {@code '…'} quotes
 * an argument with spaces (no backslash escapes, so that Windows paths need none); a line whose first
 * non-blank character is {@code #} is a comment. An argument file may name another, at most
 * {@link #MAX_DEPTH} deep. Nothing after {@code --} is expanded, nor an option's value ({@code -o @x.csv}:
 * the argument after an option of {@link #VALUE_OPTIONS}).
 */
final class ArgFiles {
    static final int MAX_BYTES = 1 << 20;
    static final int MAX_LINES = 20_000;
    static final int MAX_DEPTH = 4;

    private ArgFiles() {}

    /**
     * Session 4 (L): the options that take a value, of every command (ArgFileTest checks this list against
     * picocli's model). The argument after one of them is its value and is never expanded: {@code -o @x.csv}
     * writes {@code @x.csv}, even when {@code x.csv} exists. picocli's own expansion would read it as an
     * argument file (it expands before parsing, whatever the position); docs/interpretations.md says why we do not.
     */
    static final java.util.Set<String> VALUE_OPTIONS = java.util.Set.of(
            "-o", "--output", "-s", "--scenario", "--encoding", "--format", "--input-format", "--lang",
            "--max-errors", "--output-encoding", "--per", "--rules", "--set", "--sheet", "--split-facility");

    static String[] expand(String[] args) {
        List<String> out = new ArrayList<>(args.length);
        expand(List.of(args), out, 0, new boolean[2]);
        return out.toArray(new String[0]); // not String[]::new: linking that costs start-up ~3 ms (#13 session 7)
    }

    /** state[0]: after {@code --}; state[1]: the next argument is an option's value (across nested files). */
    private static void expand(List<String> args, List<String> out, int depth, boolean[] state) {
        for (String a : args) {
            boolean value = state[1];
            state[1] = false;
            if (state[0] || value || a.length() < 2 || a.charAt(0) != '@') {
                if (a.equals("--") && !value) state[0] = true;
                else if (!state[0] && !value && VALUE_OPTIONS.contains(a)) state[1] = true;
                out.add(a);
                continue;
            }
            Path literal = path(a);
            Path file = path(a.substring(1));
            if (literal != null && Files.exists(literal) || file == null || !Files.exists(file)) {
                out.add(a); // @申請.csv that exists is a file; an @ with nothing behind it stays as it is
                continue;
            }
            String name = VisibleText.of(a.substring(1));
            if (depth >= MAX_DEPTH) throw new UsageError("usage.argfile-too-deep", null, name, MAX_DEPTH);
            expand(read(file, name), out, depth + 1, state);
        }
    }

    private static Path path(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The arguments of one file, after every check. */
    static List<String> read(Path file, String name) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class); // through a link, to what it names
        } catch (IOException e) {
            throw new UsageError("usage.argfile-unreadable", null, name);
        }
        if (!attrs.isRegularFile()) {
            String kind = attrs.isDirectory() ? "folder" : attrs.isOther() ? "device" : "other";
            throw new UsageError("usage.argfile-not-file." + kind, null, name);
        }
        if (attrs.size() > MAX_BYTES) throw new UsageError("usage.argfile-too-large", null, name, MAX_BYTES / 1024);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1); // a file that grows while it is read is still bounded
        } catch (IOException e) {
            throw new UsageError("usage.argfile-unreadable", null, name);
        }
        if (bytes.length > MAX_BYTES) throw new UsageError("usage.argfile-too-large", null, name, MAX_BYTES / 1024);
        int lines = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new UsageError("usage.argfile-binary", null, name, lines);
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                if (++lines > MAX_LINES) throw new UsageError("usage.argfile-too-many-lines", null, name, MAX_LINES);
            }
        }
        String text = decode(bytes, name);
        return tokens(text, name);
    }

    private static String decode(byte[] bytes, String name) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer b = ByteBuffer.wrap(bytes, start, bytes.length - start);
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("windows-31j")}) {
            try {
                return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(b.duplicate()).toString();
            } catch (CharacterCodingException e) {
                // the next charset
            }
        }
        // neither: name the first line that is not UTF-8
        int line = 1;
        for (int i = start; i < bytes.length; ) {
            int n = utf8Length(bytes, i);
            if (n == 0) break;
            if (bytes[i] == '\n') line++;
            i += n;
        }
        throw new UsageError("usage.argfile-binary", null, name, line);
    }

    /** The length of the well-formed UTF-8 sequence at i, 0 when there is none. */
    private static int utf8Length(byte[] b, int i) {
        int c = b[i] & 0xFF;
        int n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (n == 0 || i + n > b.length) return 0;
        for (int k = 1; k < n; k++) if ((b[i + k] & 0xC0) != 0x80) return 0;
        return n;
    }

    private static List<String> tokens(String text, String name) {
        List<String> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        boolean lineStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\n' || i + 1 == n || text.charAt(i + 1) != '\n') line++;
                lineStart = true;
                i++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\f') {
                i++;
                continue;
            }
            if (c == '#' && lineStart) {
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
                continue;
            }
            lineStart = false;
            StringBuilder sb = new StringBuilder();
            int startLine = line;
            while (i < n) {
                c = text.charAt(i);
                if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r') break;
                if (c == '"' || c == '\'') {
                    int close = text.indexOf(c, i + 1);
                    if (close < 0) throw new UsageError("usage.argfile-unclosed-quote", null, name, startLine);
                    for (int k = i + 1; k < close; k++) {
                        char q = text.charAt(k);
                        if (q == '\n' || q == '\r') throw new UsageError("usage.argfile-unclosed-quote", null, name, startLine);
                    }
                    sb.append(text, i + 1, close);
                    i = close + 1;
                } else {
                    sb.append(c);
                    i++;
                }
            }
            out.add(sb.toString());
        }
        return out;
    }
}
