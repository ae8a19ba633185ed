import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** bench/xlsx.sh: a generated application CSV as a workbook's first sheet (every cell text; quotes honoured). */
public class CsvToXlsx {
    public static void main(String[] a) throws Exception {
        try (BufferedReader in = Files.newBufferedReader(Path.of(a[0]), StandardCharsets.UTF_8);
             OutputStream out = Files.newOutputStream(Path.of(a[1]))) {
            Workbook wb = new Workbook(out, "bench", "1.0");
            Worksheet ws = wb.newWorksheet("申請");
            int r = 0;
            for (String line; (line = in.readLine()) != null; r++) {
                List<String> cells = split(line);
                for (int c = 0; c < cells.size(); c++) if (!cells.get(c).isEmpty()) ws.value(r, c, cells.get(c));
                if (r % 1000 == 0) ws.flush();
            }
            wb.finish();
        }
    }

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean q = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') q = !q;
            else if (ch == ',' && !q) { out.add(b.toString()); b.setLength(0); }
            else b.append(ch);
        }
        out.add(b.toString());
        return out;
    }
}
