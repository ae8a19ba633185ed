package kaigohojo.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Pretty-printed JSON written exactly as the report's Jackson generator writes it (two-space indents,
 * one value a line, {@code " : "} after a name, {@code [ ]} and <code>{ }</code> when empty, Jackson's
 * escapes), for the part of the JSON report that repeats for every facility (#13). Names and
 * indentation are ASCII bytes made once and copied into an {@link EncodingWriter}'s buffer; values go
 * through the writer, so a character's bytes (and a lone surrogate's {@code ?}) are the writer's own.
 * Jackson's generator is a tenth of a batch's CPU for each of its per-value steps (pretty printer, char
 * buffer, encoding); measured in docs/interpretations.md (#13, session 5). {@code JsonTextTest} writes
 * random documents through both and compares the bytes.
 */
final class JsonText {
    /** Deeper than any report nests; an indentation's bytes are made once per depth below it. */
    static final int MAX_NESTING = 32;
    private static final byte[][] FIRST = new byte[MAX_NESTING][];
    private static final byte[][] NEXT = new byte[MAX_NESTING][];

    static {
        for (int n = 0; n < MAX_NESTING; n++) {
            String indent = "\n" + "  ".repeat(n);
            FIRST[n] = ascii(indent);
            NEXT[n] = ascii("," + indent);
        }
    }

    private static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) throw new IllegalArgumentException("not ASCII: " + s);
            b[i] = (byte) c;
        }
        return b;
    }

    private static final java.util.concurrent.atomic.AtomicInteger NAMES = new java.util.concurrent.atomic.AtomicInteger();

    /** A field's name, quoted and followed by {@code " : "} (ASCII, nothing to escape). */
    static final class Name {
        final String text;
        /** Its place in a JsonText's table of pieces. */
        final int id;

        Name(String name) {
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') throw new IllegalArgumentException("a name to escape: " + name);
            }
            this.text = '"' + name + "\" : ";
            this.id = NAMES.getAndIncrement();
        }
    }

    /**
     * The bytes of a name on its line, made once per name, nesting and kind: (first field or after a
     * comma) × (with or without the opening quote of a string value after it).
     */
    private byte[][] pieces = new byte[256][];

    private final Writer out;
    private final EncodingWriter enc;
    private int nesting;
    /** Per nesting level (bit n): the container there is an array; it has an entry already. */
    private long arrays, entries;

    JsonText(Writer out) {
        this.out = out;
        this.enc = out instanceof EncodingWriter e ? e : null;
    }

    /**
     * Where the next value goes: at this nesting (as Jackson's pretty printer counts it), with whatever
     * comes before it (a separator, the name) already written.
     */
    JsonText at(int nesting) {
        if (nesting < 0 || nesting >= MAX_NESTING - 1) throw new IllegalArgumentException("nesting " + nesting);
        this.nesting = nesting;
        arrays &= ~(1L << nesting); // the next value is written as a field's value: no separator of its own
        return this;
    }

    private void indent(byte[][] table) throws IOException {
        if (enc != null) enc.writeAscii(table[nesting]);
        else out.write(table == FIRST ? "\n" + "  ".repeat(nesting) : ",\n" + "  ".repeat(nesting));
    }

    /** What comes before a value in an array: its line (and the comma after the value before it). */
    private void beforeValue() throws IOException {
        long bit = 1L << nesting;
        if ((arrays & bit) == 0) return;
        indent((entries & bit) == 0 ? FIRST : NEXT);
        entries |= bit;
    }

    private void open(char c, boolean array) throws IOException {
        beforeValue();
        out.write(c);
        if (++nesting >= MAX_NESTING) throw new IllegalStateException("nested too deep");
        long bit = 1L << nesting;
        if (array) arrays |= bit;
        else arrays &= ~bit;
        entries &= ~bit;
    }

    private void close(char c) throws IOException {
        boolean any = (entries & 1L << nesting) != 0;
        nesting--;
        if (any) indent(FIRST);
        else out.write(' ');
        out.write(c);
    }

    void startObject() throws IOException { open('{', false); }

    void endObject() throws IOException { close('}'); }

    void startArray() throws IOException { open('[', true); }

    void endArray() throws IOException { close(']'); }

    /** A field's name on its line (after the comma of the field before it). */
    void name(Name n) throws IOException {
        name(n, 0);
    }

    /** A name, and with {@code quote} 1 the opening quote of its string value. */
    private void name(Name n, int quote) throws IOException {
        long bit = 1L << nesting;
        int next = (entries & bit) == 0 ? 0 : 1;
        entries |= bit;
        if (enc == null) {
            out.write((next == 0 ? "\n" : ",\n") + "  ".repeat(nesting) + n.text + (quote == 0 ? "" : "\""));
            return;
        }
        int k = ((n.id * MAX_NESTING + nesting) << 2) | next << 1 | quote;
        if (k >= pieces.length) pieces = java.util.Arrays.copyOf(pieces, Math.max(k + 1, pieces.length * 2));
        byte[] b = pieces[k];
        if (b == null) pieces[k] = b = ascii((next == 0 ? "\n" : ",\n") + "  ".repeat(nesting) + n.text + (quote == 0 ? "" : "\""));
        enc.writeAscii(b);
    }

    void string(String s) throws IOException {
        beforeValue();
        if (s == null) {
            out.write("null");
            return;
        }
        out.write('"');
        content(s);
    }

    /** A string's text after its opening quote, and the closing quote. */
    private void content(String s) throws IOException {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                escaped(s, i);
                out.write('"');
                return;
            }
            if (c >= 0x80) ascii = false;
        }
        if (ascii && enc != null) enc.writeAsciiText(s);
        else out.write(s);
        out.write('"');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Jackson's escapes: \" \\ \b \t \n \f \r, the other controls below U+0020 as backslash-u00XX (hex in capitals); nothing else. */
    private void escaped(String s, int from) throws IOException {
        out.write(s, 0, from);
        int run = from;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc;
            if (c == '"') esc = "\\\"";
            else if (c == '\\') esc = "\\\\";
            else if (c >= 0x20) continue;
            else if (c == '\b') esc = "\\b";
            else if (c == '\t') esc = "\\t";
            else if (c == '\n') esc = "\\n";
            else if (c == '\f') esc = "\\f";
            else if (c == '\r') esc = "\\r";
            else esc = "\\u00" + HEX[c >> 4] + HEX[c & 0xF];
            if (i > run) out.write(s, run, i - run);
            out.write(esc);
            run = i + 1;
        }
        if (run < s.length()) out.write(s, run, s.length() - run);
    }

    void number(long v) throws IOException {
        beforeValue();
        if (enc != null) enc.writeDecimal(v);
        else out.write(Long.toString(v));
    }

    void bool(boolean b) throws IOException {
        beforeValue();
        out.write(b ? "true" : "false");
    }

    void nul() throws IOException {
        beforeValue();
        out.write("null");
    }

    /** A value already made (a remembered fragment), written as it is. */
    void raw(String text, EncodingWriter.Encoded bytes) throws IOException {
        beforeValue();
        if (bytes != null && enc != null) enc.write(bytes);
        else out.write(text);
    }

    void field(Name n, String v) throws IOException {
        if (v == null) {
            name(n, 0);
            out.write("null");
        } else {
            name(n, 1);
            content(v);
        }
    }

    void field(Name n, long v) throws IOException {
        name(n);
        number(v);
    }

    void field(Name n, boolean v) throws IOException {
        name(n);
        bool(v);
    }
}
