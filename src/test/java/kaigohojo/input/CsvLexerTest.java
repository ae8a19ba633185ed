package kaigohojo.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CSV lexer: the physical line of every record and every field (what an editor shows), after
 * multi-line quoted fields and with any line ending; escaped quotes; recovery from an unbalanced quote.
 * Every case runs on a plain reader and on one that hands out a single character per read, so that
 * every buffer refill boundary is crossed.
 */
class CsvLexerTest {

    /** A record as read: its line, and each field with its line. */
    record Rec(int line, List<String> fields, List<Integer> lines, boolean unbalanced, String raw) {
        @Override public String toString() { return (unbalanced ? "UNBALANCED@" : "@") + line + fields + lines; }
    }

    /** A reader that returns at most one character per call. */
    static final class Trickle extends Reader {
        private final Reader in;
        Trickle(String s) { in = new StringReader(s); }
        @Override public int read(char[] b, int off, int len) throws IOException { return len == 0 ? 0 : in.read(b, off, 1); }
        @Override public void close() {}
    }

    static Stream<Function<String, Reader>> readers() {
        return Stream.of(StringReader::new, Trickle::new);
    }

    static List<Rec> lex(Reader r) throws IOException {
        CsvLexer lx = new CsvLexer(r);
        CsvLexer.Row row = new CsvLexer.Row();
        List<Rec> out = new ArrayList<>();
        while (lx.next(row)) {
            List<String> f = new ArrayList<>();
            List<Integer> l = new ArrayList<>();
            for (int i = 0; i < row.count; i++) { f.add(row.fields[i]); l.add(row.lines[i]); }
            out.add(new Rec(row.line, f, l, row.unbalanced, row.rawFirstLine));
            assertTrue(out.size() < 1_000_000, "runaway lexer");
        }
        return out;
    }

    static Rec rec(int line, List<String> fields, List<Integer> lines) {
        return new Rec(line, fields, lines, false, null);
    }

    @ParameterizedTest
    @MethodSource("readers")
    void simpleRecordsAndLines(Function<String, Reader> r) throws IOException {
        List<Rec> got = lex(r.apply("a,b,c\n1,2,3\n"));
        assertEquals(List.of(rec(1, List.of("a", "b", "c"), List.of(1, 1, 1)), rec(2, List.of("1", "2", "3"), List.of(2, 2, 2))), got);
    }

    @ParameterizedTest
    @MethodSource("readers")
    void noFinalNewlineAndEmptyCells(Function<String, Reader> r) throws IOException {
        List<Rec> got = lex(r.apply("a,,\n,b,"));
        assertEquals(List.of(rec(1, List.of("a", "", ""), List.of(1, 1, 1)), rec(2, List.of("", "b", ""), List.of(2, 2, 2))), got);
    }

    @ParameterizedTest
    @MethodSource("readers")
    void emptyInputHasNoRecord(Function<String, Reader> r) throws IOException {
        assertEquals(List.of(), lex(r.apply("")));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void multiLineQuotedFieldsKeepEveryFieldOnItsPhysicalLine(Function<String, Reader> r) throws IOException {
        String csv = "id,name,note\n"               // 1
                + "1,\"two\nlines\",x\n"            // 2-3
                + "2,\"a, b\",\"three\n\nlines\"\n" // 4-6
                + "3,plain,\"\"\n";                 // 7
        List<Rec> got = lex(r.apply(csv));
        assertEquals(List.of(
                rec(1, List.of("id", "name", "note"), List.of(1, 1, 1)),
                rec(2, List.of("1", "two\nlines", "x"), List.of(2, 2, 3)),
                rec(4, List.of("2", "a, b", "three\n\nlines"), List.of(4, 4, 4)),
                rec(7, List.of("3", "plain", ""), List.of(7, 7, 7))), got);
    }

    @ParameterizedTest
    @MethodSource("readers")
    void crlfLineEndingsInsideAndOutsideQuotes(Function<String, Reader> r) throws IOException {
        String csv = "id,name\r\n1,\"two\r\nlines\"\r\n2,x\r\n\r\n3,y";
        List<Rec> got = lex(r.apply(csv));
        assertEquals(5, got.size(), got::toString);
        assertEquals(rec(1, List.of("id", "name"), List.of(1, 1)), got.get(0));
        assertEquals(rec(2, List.of("1", "two\r\nlines"), List.of(2, 2)), got.get(1));
        assertEquals(rec(4, List.of("2", "x"), List.of(4, 4)), got.get(2));
        assertEquals(5, got.get(3).line());                    // the blank line
        assertEquals(rec(6, List.of("3", "y"), List.of(6, 6)), got.get(4));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void crOnlyLineEndings(Function<String, Reader> r) throws IOException {
        List<Rec> got = lex(r.apply("a,b\r1,2\r3,4\r"));
        assertEquals(List.of(1, 2, 3), got.stream().map(Rec::line).toList());
        assertEquals(List.of("3", "4"), got.get(2).fields());
    }

    @ParameterizedTest
    @MethodSource("readers")
    void escapedQuotes(Function<String, Reader> r) throws IOException {
        List<Rec> got = lex(r.apply("\"say \"\"hi\"\"\",\"\"\"\",\"a\"\"\nb\"\nnext\n"));
        assertEquals(List.of("say \"hi\"", "\"", "a\"\nb"), got.get(0).fields());
        assertEquals(rec(3, List.of("next"), List.of(3)), got.get(1));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void excelLeniency(Function<String, Reader> r) throws IOException {
        // a quote inside an unquoted cell is a character; text after a closing quote is kept
        List<Rec> got = lex(r.apply("ab\"c,\"de\"f,g\n"));
        assertEquals(List.of("ab\"c", "def", "g"), got.get(0).fields());
    }

    @ParameterizedTest
    @MethodSource("readers")
    void unbalancedQuoteIsReportedWhereTheRecordStartsAndReadingGoesOn(Function<String, Reader> r) throws IOException {
        String csv = "id,name\n1,ok\n2,\"never closed\n3,after\n4,fine\n";
        // the quote on line 3 runs to the end: line 3 is reported; lines 4 and 5 are read again
        List<Rec> got = lex(r.apply(csv));
        assertEquals(5, got.size(), got::toString);
        assertTrue(got.get(2).unbalanced(), got::toString);
        assertEquals(3, got.get(2).line());
        assertEquals("2,\"never closed", got.get(2).raw());
        assertEquals(rec(4, List.of("3", "after"), List.of(4, 4)), got.get(3));
        assertEquals(rec(5, List.of("4", "fine"), List.of(5, 5)), got.get(4));
    }

    /**
     * The usual way a quote goes missing: later rows quote their amounts ("1,000", as Excel writes them),
     * so the stray quote pairs with the first quote of the next row. A quoted field that spans lines and
     * is followed by text before the delimiter is no RFC 4180 field: the record that starts on line 3 is
     * the broken one, and lines 4 and 5 must still be read as records.
     */
    @ParameterizedTest
    @MethodSource("readers")
    void unbalancedQuoteFollowedByRowsWithQuotedCells(Function<String, Reader> r) throws IOException {
        String csv = "id,name,price\n1,ok,\"1,000\"\n2,\"never closed,5\n3,after,\"3,000\"\n4,fine,\"4,000\"\n";
        List<Rec> got = lex(r.apply(csv));
        assertTrue(got.get(2).unbalanced(), got::toString);
        assertEquals(3, got.get(2).line());
        assertEquals(5, got.size(), got::toString);
        assertEquals(rec(4, List.of("3", "after", "3,000"), List.of(4, 4, 4)), got.get(3));
        assertEquals(rec(5, List.of("4", "fine", "4,000"), List.of(5, 5, 5)), got.get(4));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void unbalancedQuoteWithCrlf(Function<String, Reader> r) throws IOException {
        List<Rec> got = lex(r.apply("id,name\r\n2,\"never closed\r\n3,after\r\n"));
        assertTrue(got.get(1).unbalanced(), got::toString);
        assertEquals("2,\"never closed", got.get(1).raw());
        assertEquals(rec(3, List.of("3", "after"), List.of(3, 3)), got.get(2));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void unbalancedQuoteOnTheLastLine(Function<String, Reader> r) throws IOException {
        List<Rec> got = lex(r.apply("id,name\n2,\"x"));
        assertEquals(2, got.size(), got::toString);
        assertTrue(got.get(1).unbalanced());
        assertEquals(2, got.get(1).line());
    }

    @ParameterizedTest
    @MethodSource("readers")
    void aQuotedFieldOverTwoHundredLinesIsTakenAsUnbalanced(Function<String, Reader> r) throws IOException {
        StringBuilder sb = new StringBuilder("id,name\n1,\"start\n");
        for (int i = 0; i < 250; i++) sb.append("line ").append(i).append('\n');
        sb.append("\"\n9,end\n");
        List<Rec> got = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> lex(r.apply(sb.toString())));
        assertTrue(got.get(1).unbalanced(), got.get(1)::toString);
        assertEquals(2, got.get(1).line());
        assertEquals(3, got.get(2).line(), "reading resumes on the line after the record's first line");
        assertEquals(List.of("line 0"), got.get(2).fields());
    }

    /**
     * A quote never closed, then more than a million characters on the same line: the record is reported
     * at its line, and the next record starts on the next physical line (not in the middle of this one).
     */
    @ParameterizedTest
    @MethodSource("readers")
    void unbalancedQuoteOnAVeryLongLineResumesOnTheNextLine(Function<String, Reader> r) throws IOException {
        String csv = "id,name\n1,\"" + "x".repeat(3 * 1024 * 1024) + "\n2,after\n";
        List<Rec> got = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> lex(r.apply(csv)));
        assertTrue(got.get(1).unbalanced(), () -> "record 2 " + got.get(1).line());
        assertEquals(2, got.get(1).line());
        assertEquals(3, got.size(), () -> "records: " + got.stream().map(x -> x.line() + ":" + x.fields().size()).toList());
        assertEquals(rec(3, List.of("2", "after"), List.of(3, 3)), got.get(2));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void linesStayRightAcrossBufferRefills(Function<String, Reader> r) throws IOException {
        // 5,000 records of 3 physical lines each, with a field longer than the 64K buffer in the middle
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            sb.append(i).append(",\"a\nb\",\"").append(i == 2500 ? "y".repeat(70_000) : "q").append("\nz\"\n");
        }
        List<Rec> got = lex(r.apply(sb.toString()));
        assertEquals(5000, got.size());
        for (int i = 0; i < 5000; i++) {
            Rec x = got.get(i);
            assertEquals(1 + 3 * i, x.line(), "record " + i);
            assertEquals(List.of(1 + 3 * i, 1 + 3 * i, 2 + 3 * i), x.lines(), "record " + i);
            assertEquals(String.valueOf(i), x.fields().get(0));
        }
    }

    @Test
    void rowHelpers() throws IOException {
        CsvLexer lx = new CsvLexer(new StringReader(" , \n"));
        CsvLexer.Row row = new CsvLexer.Row();
        assertTrue(lx.next(row));
        assertTrue(row.blank());
        assertEquals("", row.get(5));
        assertEquals(1, row.lineOf(5));
        assertFalse(lx.next(row));
    }

    @Test
    void manyFieldsGrowTheRow() throws IOException {
        String line = String.join(",", java.util.Collections.nCopies(1000, "v")) + "\n";
        List<Rec> got = lex(new StringReader(line));
        assertEquals(1000, got.get(0).fields().size());
    }
}
