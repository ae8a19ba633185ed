package kaigohojo.report;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text for a terminal: what an input carries cannot act on the clerk's screen (#8). A control
 * character is shown as its Unicode "control picture" (ESC as ␛, a line break inside a name as ␊, a tab
 * as ␉), a C1 control, a bidirectional override or isolate, a line or paragraph separator as
 * {@code <U+202E>}: visible, never the raw control, so a name cannot colour the screen, reorder what
 * follows it or forge a report line.
 */
public final class VisibleText {
    private VisibleText() {}

    /** A writer for reports read on a terminal: every string printed goes through {@link #of}; line ends are its own. */
    public static PrintWriter printer(Writer w) {
        return new PrintWriter(w) {
            @Override public void write(String s, int off, int len) {
                String v = of(s.substring(off, off + len));
                super.write(v, 0, v.length()); // PrintWriter's own: straight to the writer
            }

            @Override public void write(int c) {
                String v = of(String.valueOf((char) c));
                super.write(v, 0, v.length());
            }

            @Override public void write(char[] buf, int off, int len) {
                String v = of(new String(buf, off, len));
                super.write(v, 0, v.length());
            }
        };
    }

    /** The text with every control shown as a visible replacement; the same text when it has none. */
    public static String of(String s) {
        if (s == null) return null;
        int i = 0;
        while (i < s.length() && !control(s.charAt(i))) i++;
        if (i == s.length()) return s;
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!control(c)) {
                sb.append(c);
            } else if (c < 0x20) {
                sb.append((char) (0x2400 + c)); // ␀ … ␟
            } else if (c == 0x7F) {
                sb.append('\u2421'); // ␡
            } else {
                sb.append(String.format("<U+%04X>", (int) c));
            }
        }
        return sb.toString();
    }

    /** C0 and C1 controls, DEL, bidi embeddings/overrides/isolates and marks, line and paragraph separators. */
    static boolean control(char c) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
        if (c < 0x061C) return false;
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029;
    }
}
