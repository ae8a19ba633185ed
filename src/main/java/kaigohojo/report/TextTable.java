package kaigohojo.report;

import java.util.ArrayList;
import java.util.List;
import kaigohojo.text.DisplayWidth;

/**
 * A plain-text table aligned in terminal columns (Japanese characters count two). Columns marked
 * numeric are right-aligned; the last column is never padded, so long reasons do not widen the table.
 */
final class TextTable {
    private final List<String> headers;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> headers, boolean... numeric) {
        this.headers = headers;
        this.numeric = numeric;
    }

    void row(List<String> cells) { rows.add(cells); }

    List<String> render(String indent) {
        int n = headers.size();
        int[] w = new int[n];
        for (int c = 0; c < n; c++) {
            w[c] = DisplayWidth.of(headers.get(c));
            for (List<String> r : rows) w[c] = Math.max(w[c], DisplayWidth.of(r.get(c)));
        }
        List<String> out = new ArrayList<>();
        out.add(line(indent, headers, w));
        StringBuilder rule = new StringBuilder(indent);
        for (int c = 0; c < n; c++) {
            if (c > 0) rule.append("  ");
            rule.append("-".repeat(Math.max(3, c == n - 1 ? Math.min(w[c], 40) : w[c])));
        }
        out.add(rule.toString());
        for (List<String> r : rows) out.add(line(indent, r, w));
        return out;
    }

    private String line(String indent, List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder(indent);
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) sb.append("  ");
            String v = cells.get(c);
            boolean last = c == cells.size() - 1;
            if (numeric.length > c && numeric[c]) sb.append(DisplayWidth.padLeft(v, w[c]));
            else sb.append(last ? v : DisplayWidth.padRight(v, w[c]));
        }
        return sb.toString().stripTrailing();
    }
}
