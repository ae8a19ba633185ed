package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #9: CP932 output keeps what Excel's CP932 holds under another code point (〜 as ～, − as －). */
class Cp932OutputTest {
    @TempDir Path dir;

    @Test
    @DisplayName("--output-encoding cp932: 〜 − ‖ — in a facility name come out as Excel's ～ － ∥ ―, not ?")
    void waveDashAndFriends() throws Exception {
        Path in = dir.resolve("a.yaml");
        Files.writeString(in, """
                facility:
                  id: "1300000009"
                  name: "ひまわり〜第2−館‖本部—東"
                  service: 特養
                  staff: 10
                items:
                  - {id: bed, category: monitoring, unit_price: 100000}
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");
        CliRun r = CliRun.run("calc", "--format", "csv", "--output-encoding", "cp932", "-o", out.toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        String text = new String(Files.readAllBytes(out), Charset.forName("windows-31j"));
        assertTrue(text.contains("ひまわり～第2－館∥本部―東"), text);
        assertFalse(text.contains("?"), text);
        assertFalse(r.err().contains("CP932"), "nothing was lost, so no warning: " + r.err());
    }
}
