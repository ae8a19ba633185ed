package kaigohojo.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the input parsers over many generated values (seeded, so every run checks the same
 * values): every form of a value reads back as that value; whatever is typed, only a BadValue comes out;
 * any grid of cells written as RFC 4180 reads back with the physical line of every field.
 */
class InputProperties {
    private static final long SEED = 20260401L;

    static String grouped(long n) {
        return String.format("%,d", n);
    }

    static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '0' && c <= '9') sb.append((char) ('０' + (c - '0')));
            else if (c == ',') sb.append('，');
            else if (c == '/') sb.append('／');
            else if (c == '.') sb.append('．');
            else if (c == 'R') sb.append('Ｒ');
            else sb.append(c);
        }
        return sb.toString();
    }

    static long amountBelowLimit(Random r, int i) {
        if (i < 6) return new long[] {0, 1, 999, 1000, 10_000, FieldParsers.MAX_AMOUNT}[i];
        long digits = 1 + r.nextInt(12);
        long bound = (long) Math.pow(10, digits);
        return Math.floorMod(r.nextLong(), Math.min(bound, FieldParsers.MAX_AMOUNT + 1));
    }

    @Test
    void everyFormOfAnAmountReadsBack() throws Exception {
        Random r = new Random(SEED);
        for (int i = 0; i < 2000; i++) {
            long n = amountBelowLimit(r, i);
            String g = grouped(n);
            assertEquals(n, FieldParsers.amount(Long.toString(n)), g);
            assertEquals(n, FieldParsers.amount(g), g);
            assertEquals(n, FieldParsers.amount("¥" + g), g);
            assertEquals(n, FieldParsers.amount(n + "円"), g);
            assertEquals(n, FieldParsers.amount(g + "円"), g);
            assertEquals(n, FieldParsers.amount(fullWidth(g)), g);
            assertEquals(n, FieldParsers.amount("￥" + fullWidth(Long.toString(n)) + "円"), g);
            if (n % 10_000 == 0) assertEquals(n, FieldParsers.amount(n / 10_000 + "万円"), g);
            if (n <= FieldParsers.MAX_COUNT) assertEquals(n, FieldParsers.count(g), g);
        }
    }

    @Test
    void anythingAboveTheLimitIsTooLarge() {
        Random r = new Random(SEED);
        for (int i = 0; i < 1000; i++) {
            long n = FieldParsers.MAX_AMOUNT + 1 + Math.floorMod(r.nextLong(), Long.MAX_VALUE - FieldParsers.MAX_AMOUNT - 1);
            if (i == 0) n = FieldParsers.MAX_AMOUNT + 1;
            if (i == 1) n = Long.MAX_VALUE;
            try {
                FieldParsers.amount(grouped(n));
                throw new AssertionError("accepted " + n);
            } catch (FieldParsers.BadValue e) {
                assertEquals(ErrorCode.AMOUNT_TOO_LARGE, e.code(), grouped(n));
            }
        }
    }

    /** Whatever is typed: a value or a {@link FieldParsers.BadValue}, never another exception. */
    @Test
    void parsersOnlyEverSayBadValue() {
        String chars = "0123456789,._-−+()（）¥￥円万千億 .eE１２，△▲〇ー\t/年月日令和R元";
        Random r = new Random(SEED);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(16);
            for (int k = 0; k < len; k++) sb.append(chars.charAt(r.nextInt(chars.length())));
            String s = sb.toString();
            for (int k = 0; k < 4; k++) {
                try {
                    switch (k) {
                        case 0: FieldParsers.amount(s); break;
                        case 1: FieldParsers.count(s); break;
                        case 2: FieldParsers.bool(s); break;
                        default: FieldParsers.date(s); break;
                    }
                } catch (FieldParsers.BadValue expected) {
                    // a stable code: fine
                } catch (RuntimeException e) {
                    throw new AssertionError("parser " + k + " threw " + e + " on \"" + s + "\"", e);
                }
            }
        }
    }

    @Test
    void everyFormOfADateReadsBack() throws Exception {
        for (int days = 0; days < 40_000; days += 7) {
            LocalDate d = LocalDate.of(1990, 1, 1).plusDays(days);
            int y = d.getYear(), m = d.getMonthValue(), dd = d.getDayOfMonth();
            assertEquals(d, FieldParsers.date(d.toString()));
            assertEquals(d, FieldParsers.date(y + "/" + m + "/" + dd));
            assertEquals(d, FieldParsers.date(y + "年" + m + "月" + dd + "日"));
            if (!d.isBefore(LocalDate.of(2019, 5, 1)) && y - 2018 <= 99) {
                int r = y - 2018;
                assertEquals(d, FieldParsers.date("令和" + (r == 1 ? "元" : Integer.toString(r)) + "年" + m + "月" + dd + "日"));
                assertEquals(d, FieldParsers.date("R" + r + "." + m + "." + dd));
                assertEquals(d, FieldParsers.date(fullWidth("R" + r + "/" + m + "/" + dd)));
            }
        }
    }

    // ── CSV: write any grid as RFC 4180, read it back with the physical line of every field ─────────

    static String quote(String cell) {
        boolean q = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return q ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    static int newlines(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    static List<List<String>> grid(Random r) {
        String[] atoms = {"a", "b", " ", "あ", ",", "\"", "\n", "\r\n", "見守り"};
        List<List<String>> g = new ArrayList<>();
        int rows = 1 + r.nextInt(30);
        for (int i = 0; i < rows; i++) {
            List<String> row = new ArrayList<>();
            int cols = 1 + r.nextInt(6);
            for (int c = 0; c < cols; c++) {
                StringBuilder sb = new StringBuilder();
                int len = r.nextInt(6);
                for (int k = 0; k < len; k++) sb.append(atoms[r.nextInt(atoms.length)]);
                row.add(sb.toString());
            }
            g.add(row);
        }
        return g;
    }

    @Test
    void csvRoundTripWithPhysicalLines() throws IOException {
        Random r = new Random(SEED);
        for (int t = 0; t < 1000; t++) {
            List<List<String>> grid = grid(r);
            String eol = r.nextBoolean() ? "\r\n" : "\n";
            StringBuilder sb = new StringBuilder();
            List<List<Integer>> lines = new ArrayList<>();
            int line = 1;
            for (List<String> row : grid) {
                List<Integer> l = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    l.add(line);
                    String w = quote(row.get(i));
                    sb.append(w).append(i + 1 < row.size() ? "," : eol);
                    line += newlines(w);
                }
                line++;
                lines.add(l);
            }
            String text = sb.toString();
            Reader reader = t % 2 == 0 ? new StringReader(text) : new CsvLexerTest.Trickle(text);
            List<CsvLexerTest.Rec> got = CsvLexerTest.lex(reader);
            assertEquals(grid.size(), got.size(), text);
            for (int i = 0; i < got.size(); i++) {
                assertEquals(grid.get(i), got.get(i).fields(), "record " + i + " of\n" + text);
                assertEquals(lines.get(i), got.get(i).lines(), "lines of record " + i + " of\n" + text);
                assertEquals(lines.get(i).get(0).intValue(), got.get(i).line(), "line of record " + i);
            }
        }
    }
}
