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
     * Splits a file into its documents at lines that start with {@code ---}. Documents that hold
     * nothing but comments and blank lines are dropped.
     */
    public static List<Document> split(String text) {
        List<Document> docs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 1;
        int lineNo = 1;
        boolean content = false;
        int i = 0;
        int n = text.length();
        while (i <= n) {
            int eol = text.indexOf('\n', i);
            if (eol < 0) eol = n;
            String line = text.substring(i, eol);
            boolean marker = line.startsWith("---") && (line.length() == 3 || line.charAt(3) == ' '
                    || line.charAt(3) == '\t' || line.charAt(3) == '\r');
            if (marker && lineNo > 1 && content) {
                docs.add(new Document(current.toString(), start));
                current.setLength(0);
                start = lineNo;
                content = false;
            }
            current.append(line).append('\n');
            if (!content && hasContent(marker ? line.substring(3) : line)) content = true;
            lineNo++;
            i = eol + 1;
            if (eol == n) break;
        }
        if (content) docs.add(new Document(current.toString(), start));
        return docs;
    }

    /** Comments, blank lines, directives (%YAML) and document ends hold no document of their own. */
    private static boolean hasContent(String line) {
        String s = line.strip();
        return !s.isEmpty() && !s.startsWith("#") && !s.equals("...") && !s.startsWith("%");
    }

    /** Parses one document; lines are reported as physical lines of the whole file. */
    public static YNode parse(Document doc) throws Failure {
        int offset = doc.firstLine() - 1;
        int lastLine = doc.firstLine();
        int lastColumn = 1;
        try (YAMLParser p = (YAMLParser) factory().createParser(new StringReader(doc.text()))) {
            Deque<YNode> stack = new ArrayDeque<>();
            Deque<YNode.Entry> pendingKeys = new ArrayDeque<>();
            YNode root = null;
            String key = null;
            int keyLine = 0, keyColumn = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonLocation loc = p.currentTokenLocation();
                int line = loc.getLineNr() + offset;
                int column = loc.getColumnNr();
                lastLine = line;
                lastColumn = column;
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
                    if (stack.isEmpty()) {
                        root = done;
                        break;
                    }
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
                    if (stack.isEmpty()) {
                        root = node;
                        break;
                    }
                    attach(stack.peek(), slot, node);
                } else {
                    if (stack.size() >= MAX_DEPTH) throw new Failure(ErrorCode.TOO_DEEP, line, column, null);
                    stack.push(node);
                    pendingKeys.push(slot == null ? new YNode.Entry(null, 0, 0, null) : slot);
                }
            }
            if (root == null) throw new Failure(ErrorCode.FILE_EMPTY, doc.firstLine(), 1, null);
            return root;
        } catch (DuplicateKey d) {
            throw new Failure(ErrorCode.DUPLICATE_KEY, d.line, d.column, d.key + "@" + d.firstLine);
        } catch (StreamConstraintsException e) {
            throw new Failure(ErrorCode.TOO_DEEP, lastLine, lastColumn, null);
        } catch (IOException e) {
            int line = lastLine;
            int column = lastColumn;
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
                throw new Failure(ErrorCode.TOO_DEEP, line, column, null);
            }
            if (msg.contains("code point") || msg.contains("exceeds the limit")) {
                throw new Failure(ErrorCode.FILE_TOO_LARGE, line, column, null);
            }
            throw new Failure(ErrorCode.YAML_SYNTAX, line, column, firstLine(msg));
        } catch (StackOverflowError e) {
            throw new Failure(ErrorCode.TOO_DEEP, lastLine, lastColumn, null);
        } catch (RuntimeException e) {
            int[] exact = problemMark(e, doc.text());
            if (exact != null) {
                lastLine = exact[0] + offset;
                lastColumn = exact[1];
            }
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (msg.contains("Nesting Depth") || msg.contains("nesting depth")) {
                throw new Failure(ErrorCode.TOO_DEEP, lastLine, lastColumn, null);
            }
            if (msg.contains("alias")) throw new Failure(ErrorCode.YAML_ALIAS, lastLine, lastColumn, null);
            if (msg.contains("code point") || msg.contains("exceeds the limit")) {
                throw new Failure(ErrorCode.FILE_TOO_LARGE, lastLine, lastColumn, null);
            }
            throw new Failure(ErrorCode.YAML_SYNTAX, lastLine, lastColumn, firstLine(msg));
        }
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
