package kaigohojo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import kaigohojo.cli.CliRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV output is safe to open in Excel (product.md §8): no cell is read as a formula; quoting is RFC 4180. */
class CsvCellsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://x\")|`\"'=HYPERLINK(\"\"http://x\"\")\"`",
            "+81-3-1234|\"'+81-3-1234\"",
            "-1|\"'-1\"",
            "@SUM(A1)|\"'@SUM(A1)\"",
            "＝1+1|\"'＝1+1\"",
            "a,b|\"a,b\"",
            "say \"hi\"|`\"say \"\"hi\"\"\"`",
            "plain|plain",
            "特養 さくら苑|特養 さくら苑",
    })
    void cells(String value, String expected) {
        assertEquals(expected, CsvCells.cell(value));
    }

    @Test
    @DisplayName("#8: a control, a line break or a bidi override from an input is shown visibly, never written raw")
    void controlsAreShownVisibly() {
        assertEquals("a␊b", CsvCells.cell("a\nb"));
        assertEquals("␉x", CsvCells.cell("\tx"));
        assertEquals("\"'=1␛[31m\"", CsvCells.cell("=1\u001b[31m"));
        assertEquals("さくら<U+202E>苑", CsvCells.cell("さくら\u202E苑"));
        assertEquals("", CsvCells.cell(null));
    }

    @Test
    void aFacilityNamedLikeAFormulaIsWrittenAsText(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("f.yaml");
        Files.writeString(in, "facility: {id: \"1370000001\", name: \"=1+2\", service: 特養, staff: 5,"
                + " security_action: one_star, improvement_plan: true}\nitems:\n  - {id: \"@x\", name: \"-y\", category: monitoring, unit_price: 100000}\n");
        for (String per : new String[] {"item", "facility"}) {
            CliRun r = CliRun.run("calc", "--format", "csv", "--per", per, in.toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains(",\"'=1+2\","), r.out());
            for (String line : r.out().split("\r\n")) {
                for (String cell : line.split(",")) {
                    String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                    assertFalse(c.startsWith("=") || c.startsWith("+") || c.startsWith("@"), () -> "formula cell in: " + line);
                    assertFalse(c.startsWith("-") && !c.matches("-?\\d+"), () -> "formula cell in: " + line);
                }
            }
        }
    }
}
