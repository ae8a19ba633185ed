import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The floor for `calc --format csv`: commons-csv alone, streaming. Parses every record and sums
 * unit_price × quantity per facility (rows grouped by facility), writing one line per facility.
 *
 * <p>Usage: CsvBaseline FILE [CHARSET] [OUT]  (CHARSET default UTF-8, e.g. windows-31j; OUT default stdout)
 * Prints "records=N facilities=F total=T" to standard error.
 */
public final class CsvBaseline {
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Charset cs = args.length > 1 ? Charset.forName(args[1]) : StandardCharsets.UTF_8;
        Writer out = new BufferedWriter(args.length > 2
                ? Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)
                : new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        long records = 0, facilities = 0, total = 0;
        try (Reader r = Files.newBufferedReader(file, cs); CSVParser p = CSVParser.builder().setReader(r).setFormat(format).get()) {
            Map<String, Integer> h = p.getHeaderMap();
            int id = column(h, "facility_id", "事業所番号");
            int price = column(h, "unit_price", "単価");
            int qty = column(h, "quantity", "数量");
            String current = null;
            long sum = 0;
            for (CSVRecord rec : p) {
                records++;
                String f = rec.get(id);
                if (!f.equals(current)) {
                    if (current != null) emit(out, current, sum);
                    current = f;
                    sum = 0;
                    facilities++;
                }
                String q = rec.get(qty);
                long line = Math.multiplyExact(yen(rec.get(price)), q.isEmpty() ? 1 : yen(q));
                sum = Math.addExact(sum, line);
                total = Math.addExact(total, line);
            }
            if (current != null) emit(out, current, sum);
        }
        out.flush();
        System.err.println("records=" + records + " facilities=" + facilities + " total=" + total);
    }

    private static void emit(Writer out, String id, long sum) throws IOException {
        out.write(id);
        out.write(',');
        out.write(Long.toString(sum));
        out.write('\n');
    }

    /** "1,300,000" or "1300000" → 1300000; blank → 0. */
    private static long yen(String s) {
        long v = 0;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                v = Math.addExact(Math.multiplyExact(v, 10), c - '0');
                any = true;
            } else if (c != ',') {
                throw new NumberFormatException("not an amount: " + s);
            }
        }
        return any ? v : 0;
    }

    private static int column(Map<String, Integer> header, String... names) {
        for (String n : names) {
            Integer i = header.get(n);
            if (i != null) return i;
        }
        throw new IllegalArgumentException("no column " + String.join("/", names) + " in " + header.keySet());
    }
}
