package kaigohojo.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML text into {@link YNode} trees with the line and column of every key and value.
 *
 * <p>Hostile input ends in a {@link Failure}, never a hang: aliases are refused outright (a submission
 * has no use for them, and refusing them disarms alias bombs), nesting is limited, and each document
 * is parsed on its own so that one broken document does not hide the others.
 */
public final class YamlTree {
    /** Deeper than any submission or rule file needs. */
    public static final int MAX_DEPTH = 32;
    private static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

    private static YAMLFactory factory;

    private YamlTree() {}

    /** A document of a multi-document file, with the physical line it starts on. */
    public record Document(String text, int firstLine) {}

    /** Why a document could not be read, where. */
    public static final class Failure extends Exception {
        private final ErrorCode code;
        private final int line;
        private final int column;
        private final String detail;

        Failure(ErrorCode code, int line, int column, String detail) {
            super(code.id() + " at " + line + ":" + column + (detail == null ? "" : ": " + detail), null, false, false);
            this.code = code;
            this.line = line;
            this.column = column;
            this.detail = detail;
        }

        public ErrorCode code() { return code; }
        public int line() { return line; }
        public int column() { return column; }
        public String detail() { return detail; }
    }

    private static synchronized YAMLFactory factory() {
        if (factory == null) {
            LoaderOptions lo = new LoaderOptions();
            lo.setMaxAliasesForCollections(1);
            lo.setNestingDepthLimit(MAX_DEPTH + 8);
            lo.setCodePointLimit(MAX_CODE_POINTS);
            lo.setAllowDuplicateKeys(true); // reported by this class, with both lines
            factory = YAMLFactory.builder()
                    .loaderOptions(lo)
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build())
                    .build();
        }
        return factory;
    }

    /**
     * Splits a file into its documents at lines that start with {@code ---} and after lines that are
     * {@code ...} (a document end: what follows is a new document). Line ends are LF, CRLF or CR, as
     * the parser counts them. Documents that hold nothing but comments and blank lines are dropped.
     * A split missed here costs no document: {@link #parseAll} reads every document of a piece.
     */
    public static List<Document> split(String text) {
        List<Document> docs = new ArrayList<>();
        int docStart = 0;
        int start = 1;
        int lineNo = 1;
        boolean content = false;
        boolean ended = false;
        int i = 0;
        int n = text.length();
        while (i <= n) {
            int eol = i;
            while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') eol++;
            int next = eol < n && text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n' ? eol + 2 : eol + 1;
            String line = text.substring(i, eol);
            boolean marker = line.startsWith("---") && (line.length() == 3 || line.charAt(3) == ' '
                    || line.charAt(3) == '\t');
            boolean contentLine = hasContent(marker ? line.substring(3) : line);
            if (((marker && lineNo > 1) || (ended && contentLine)) && content) {
                docs.add(new Document(lines(text, docStart, i), start));
                docStart = i;
                start = lineNo;
                content = false;
            }
            if (contentLine) ended = false;
            if (line.startsWith("...") && (line.length() == 3 || Character.isWhitespace(line.charAt(3)))
                    && !hasContent(line.substring(3))) {
                ended = true;
            }
            if (!content && contentLine) content = true;
            lineNo++;
            i = next;
            if (eol >= n) break;
        }
        if (content) docs.add(new Document(lines(text, docStart, n), start));
        return docs;
    }

    /**
     * The place of the first NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR: YAML 1.1 (and the parser)
     * breaks lines there, YAML 1.2 and every editor do not, so a document marker after one would be
     * read differently by the reader and by the clerk. {line, column, code point}, or null.
     */
    public static int[] unusualLineBreak(String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return new int[] {line, i - lineStart + 1, c};
            }
        }
        return null;
    }

    /**
     * No line of a YAML file is longer. The parser copies what it has buffered each time it reads on
     * inside one token, so a 7 MB comment or plain scalar cost minutes (#8); a submission's longest
     * line is a few hundred characters, and a one-line flow-style file of a thousand items fits.
     */
    public static final int MAX_LINE_CHARS = 1 << 18;

    /** The 1-based line of the first line longer than {@link #MAX_LINE_CHARS}, or -1. */
    public static int longLine(String text) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i - start > MAX_LINE_CHARS) return line;
                if (i < text.length() && !(text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) line++;
                start = i + 1;
            }
        }
        return -1;
    }

    /** The text of lines [from, to), ending with a line break. */
    private static String lines(String text, int from, int to) {
        String s = text.substring(from, Math.min(to, text.length()));
        return s.endsWith("\n") || s.endsWith("\r") ? s : s + "\n";
    }

    /** Comments, blank lines, directives (%YAML) and document ends hold no document of their own. */
    private static boolean hasContent(String line) {
        String s = line.strip();
        return !s.isEmpty() && !s.startsWith("#") && !s.equals("...") && !s.startsWith("%");
    }

    /**
     * Parses one document; lines are reported as physical lines of the whole file. Text that holds a
     * second document (a split {@link #split} did not see) is an error at the second document.
     */
    public static YNode parse(Document doc) throws Failure {
        List<Object> all = parseAll(doc, 2);
        if (all.get(0) instanceof Failure f) throw f;
        if (all.size() > 1) {
            int line = all.get(1) instanceof YNode n ? n.line() : ((Failure) all.get(1)).line();
            int column = all.get(1) instanceof YNode n ? n.column() : ((Failure) all.get(1)).column();
            throw new Failure(ErrorCode.YAML_SYNTAX, line, column, "a second document in the same text");
        }
        return (YNode) all.get(0);
    }

    /**
     * Every document of a piece of text, as the YAML stream holds them: each one a {@link YNode} or
     * the {@link Failure} that ends the reading (what follows a failure cannot be read). Never empty.
     *
     * @param max stop after this many documents
     */
    public static List<Object> parseAll(Document doc, int max) {
        List<Object> out = new ArrayList<>();
        int offset = doc.firstLine() - 1;
        int[] last = {doc.firstLine(), 1};
        Failure bad = null;
        try (YAMLParser p = factory().createParser(new StringReader(doc.text()))) {
            while (out.size() < max) {
                YNode root = readRoot(p, offset, last);
                if (root == null) break;
                out.add(root);
            }
        } catch (Failure f) {
            bad = f;
        } catch (DuplicateKey d) {
            bad = new Failure(ErrorCode.DUPLICATE_KEY, d.line, d.column, d.key + "@" + d.firstLine);
        } catch (StreamConstraintsException e) {
            bad = new Failure(ErrorCode.TOO_DEEP, last[0], last[1], null);
        } catch (IOException e) {
            int line = last[0];
            int column = last[1];
            int[] exact = problemMark(e, doc.text());
            if (exact != null) {
                line = exact[0] + offset;
                column = exact[1];
            } else if (e instanceof com.fasterxml.jackson.core.JacksonException je && je.getLocation() != null
                    && je.getLocation().getLineNr() > 0) {
                line = je.getLocation().getLineNr() + offset;
                column = Math.max(0, je.getLocation().getColumnNr());
            }
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("Nesting Depth") || msg.contains("nesting depth")) {
                bad = new Failure(ErrorCode.TOO_DEEP, line, column, null);
            } else if (msg.contains("code point") || msg.contains("exceeds the limit")) {
                bad = new Failure(ErrorCode.FILE_TOO_LARGE, line, column, null);
            } else {
                bad = new Failure(ErrorCode.YAML_SYNTAX, line, column, firstLine(msg));
            }
        } catch (StackOverflowError e) {
            bad = new Failure(ErrorCode.TOO_DEEP, last[0], last[1], null);
        } catch (RuntimeException e) {
            int[] exact = problemMark(e, doc.text());
            int line = exact != null ? exact[0] + offset : last[0];
            int column = exact != null ? exact[1] : last[1];
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (msg.contains("Nesting Depth") || msg.contains("nesting depth")) {
                bad = new Failure(ErrorCode.TOO_DEEP, line, column, null);
            } else if (msg.contains("alias")) {
                bad = new Failure(ErrorCode.YAML_ALIAS, line, column, null);
            } else if (msg.contains("code point") || msg.contains("exceeds the limit")) {
                bad = new Failure(ErrorCode.FILE_TOO_LARGE, line, column, null);
            } else {
                bad = new Failure(ErrorCode.YAML_SYNTAX, line, column, firstLine(msg));
            }
        }
        if (bad != null) out.add(bad);
        if (out.isEmpty()) out.add(new Failure(ErrorCode.FILE_EMPTY, doc.firstLine(), 1, null));
        return out;
    }

    /** The next document's root, or null at the end of the stream. */
    private static YNode readRoot(YAMLParser p, int offset, int[] last) throws IOException, Failure {
        Deque<YNode> stack = new ArrayDeque<>();
        Deque<YNode.Entry> pendingKeys = new ArrayDeque<>();
        String key = null;
        int keyLine = 0, keyColumn = 0;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            JsonLocation loc = p.currentTokenLocation();
            int line = loc.getLineNr() + offset;
            int column = loc.getColumnNr();
            last[0] = line;
            last[1] = column;
            if (p.isCurrentAlias()) {
                throw new Failure(ErrorCode.YAML_ALIAS, line, column, p.getText());
            }
            if (t == JsonToken.FIELD_NAME) {
                key = p.currentName();
                keyLine = line;
                keyColumn = column;
                continue;
            }
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                YNode done = stack.pop();
                if (stack.isEmpty()) return done;
                attach(stack.peek(), pendingKeys.pop(), done);
                continue;
            }
            YNode node;
            if (t == JsonToken.START_OBJECT) {
                node = new YNode.Mapping(line, column);
            } else if (t == JsonToken.START_ARRAY) {
                node = new YNode.Sequence(line, column);
            } else if (t == JsonToken.VALUE_NULL) {
                node = new YNode.Scalar(null, line, column);
            } else {
                node = new YNode.Scalar(p.getText(), line, column);
            }
            YNode.Entry slot = stack.isEmpty() || stack.peek() instanceof YNode.Sequence
                    ? null : new YNode.Entry(key, keyLine, keyColumn, null);
            if (node instanceof YNode.Scalar) {
                if (stack.isEmpty()) return node;
                attach(stack.peek(), slot, node);
            } else {
                if (stack.size() >= MAX_DEPTH) throw new Failure(ErrorCode.TOO_DEEP, line, column, null);
                stack.push(node);
                pendingKeys.push(slot == null ? new YNode.Entry(null, 0, 0, null) : slot);
            }
        }
        return null;
    }

    private static final class DuplicateKey extends RuntimeException {
        final String key;
        final int line, column, firstLine;
        DuplicateKey(String key, int line, int column, int firstLine) {
            super(key, null, false, false);
            this.key = key;
            this.line = line;
            this.column = column;
            this.firstLine = firstLine;
        }
    }

    private static void attach(YNode parent, YNode.Entry slot, YNode child) {
        if (parent instanceof YNode.Sequence s) {
            s.add(child);
        } else if (parent instanceof YNode.Mapping m) {
            YNode.Entry old = m.put(new YNode.Entry(slot.key(), slot.line(), slot.column(), child));
            if (old != null) throw new DuplicateKey(slot.key(), slot.line(), slot.column(), old.line());
        }
    }

    /**
     * Where SnakeYAML says the problem is (its "problem mark", not the context Jackson reports), or
     * for a reader error (a control character) the line of the character it names: {line, column}.
     */
    private static int[] problemMark(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
                var mark = m.getProblemMark();
                // at the end of the text ("while parsing a flow mapping … expected ','"), where the
                // construct began says more than where the text ran out
                if (m.getContextMark() != null && mark.getIndex() >= text.strip().length() - 1) mark = m.getContextMark();
                return new int[] {mark.getLine() + 1, mark.getColumn() + 1};
            }
            if (t instanceof org.yaml.snakeyaml.reader.ReaderException r) {
                int index = r.getPosition();
                int line = 1, col = 1;
                for (int i = 0, cp = 0; i < text.length() && cp < index; cp++) {
                    int c = text.codePointAt(i);
                    if (c == '\n') {
                        line++;
                        col = 1;
                    } else {
                        col++;
                    }
                    i += Character.charCount(c);
                }
                return new int[] {line, col};
            }
            if (t.getCause() == t) break;
        }
        return null;
    }

    /** The first line of a parser message, without Jackson's source-location suffix. */
    private static String firstLine(String msg) {
        String m = msg;
        int nl = m.indexOf('\n');
        if (nl >= 0) m = m.substring(0, nl);
        int at = m.indexOf(" at [Source");
        if (at >= 0) m = m.substring(0, at);
        return m.strip();
    }
}
