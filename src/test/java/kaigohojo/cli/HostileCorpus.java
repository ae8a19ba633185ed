package kaigohojo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The inputs of the hostile corpus that are too large to keep in the repository: written on demand
 * into a directory, each one the same bytes on every run.
 */
final class HostileCorpus {
    /** The facility and item every generated YAML starts from: the unit price is on line 9, column 17. */
    static final String YAML_HEAD = "facility:\n  id: \"1370000001\"\n  name: テスト施設\n  service: 特養\n  staff: 10\nitems:\n";
    static final String YAML_ITEM = "  - id: bed%s\n    category: monitoring\n    unit_price: 100000\n";

    private HostileCorpus() {}

    /** The file for {@code gen:NAME}, written into {@code dir} the first time it is asked for. */
    static synchronized Path file(Path dir, String name) {
        Path p = dir.resolve(name);
        if (Files.exists(p)) return p;
        try {
            Files.write(p, bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static byte[] bytes(String name) {
        switch (name) {
            case "deep-flow-20000.yaml":
                return ("[".repeat(20_000) + "]".repeat(20_000) + "\n").getBytes(UTF_8);
            case "deep-map-20000.yaml":
                return ("facility: " + "{a: ".repeat(20_000) + "1" + "}".repeat(20_000) + "\n").getBytes(UTF_8);
            case "deep-block-2000.yaml": {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 2000; i++) sb.append(" ".repeat(i)).append("a:\n");
                sb.append(" ".repeat(2000)).append("b: 1\n");
                return sb.toString().getBytes(UTF_8);
            }
            case "huge-9mb.yaml": {
                StringBuilder sb = new StringBuilder(YAML_HEAD);
                for (int i = 0; sb.length() < 9 * 1024 * 1024 + 1; i++) sb.append(String.format(YAML_ITEM, i));
                return sb.toString().getBytes(UTF_8);
            }
            case "random-64k.yaml": {
                byte[] b = new byte[64 * 1024];
                new Random(20260401L).nextBytes(b);
                return b;
            }
            case "long-zeros-amount.yaml":
                return (YAML_HEAD + "  - id: bed\n    category: monitoring\n    unit_price: 1" + "0".repeat(250_000) + "\n")
                        .getBytes(UTF_8);
            case "long-quoted-3mb.csv":
                return ("facility_id,facility_name,service,item_id,category,unit_price\n"
                        + "1370000001,\"" + "x".repeat(3 * 1024 * 1024) + "\n"
                        + "1370000002,あおば,特養,bed,monitoring,100000\n"
                        + "1370000003,かえで,特養,bed,monitoring,200000\n").getBytes(UTF_8);
            case "late-bad-utf8.csv": {
                // 25,000 rows (1.2 MB, past the 1 MB encoding sample); line 24001 loses one byte of さくら
                StringBuilder sb = new StringBuilder("facility_id,facility_name,service,item_id,category,unit_price\n");
                for (int i = 0; i < 25_000; i++) {
                    sb.append(1_300_000_000L + i).append(",さくら").append(i).append(",51,bed,monitoring,100000\n");
                }
                byte[] all = sb.toString().getBytes(UTF_8);
                int line = 1, at = -1;
                for (int i = 0; i < all.length; i++) {
                    if (all[i] == '\n' && ++line == 24001) { at = i + 1 + "1300023999,".length(); break; }
                }
                byte[] out = new byte[all.length - 1];
                System.arraycopy(all, 0, out, 0, at);
                System.arraycopy(all, at + 1, out, at, all.length - at - 1); // drop the lead byte of さ
                return out;
            }
            case "multiline-boundary.csv": {
                // each row spans 3 physical lines (two quoted cells with a newline); the bad row is line 9002
                StringBuilder sb = new StringBuilder("facility_id,facility_name,service,item_id,item_name,category,unit_price\n");
                for (int i = 0; i < 3000; i++) {
                    sb.append(1_300_000_000L + i).append(",\"施設").append(i).append("\n2行目, \"\"本館\"\"\",51,bed,\"見守り\nセンサー\",monitoring,100000\n");
                }
                sb.append("1399999990,最後,51,bed,最後,monitoring,1O0\n");
                return sb.toString().getBytes(UTF_8);
            }
            case "many-docs.yaml": {
                // document k (0-based) starts on line 10k+1 with ---; its unit_price is on line 10k+10
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < 2000; k++) {
                    sb.append("---\n").append(YAML_HEAD.replace("1370000001", Long.toString(1_300_000_000L + k)));
                    sb.append("  - id: bed\n    category: monitoring\n    unit_price: ").append(k == 999 ? "1O0" : "100000").append('\n');
                }
                return sb.toString().getBytes(UTF_8);
            }
            // ── #8: the second round ──
            case "long-unquoted-3mb.csv":
                return ("facility_id,facility_name,service,item_id,category,unit_price\n"
                        + "1370000001," + "x".repeat(3 * 1024 * 1024) + ",特養,bed,monitoring,100000\n"
                        + "1370000002,あおば,特養,bed,monitoring,100000\n").getBytes(UTF_8);
            case "long-unquoted-header.csv":
                return ("facility_id,facility_name,service,item_id,category,unit_price" + "y".repeat(2 * 1024 * 1024) + "\n"
                        + "1370000002,あおば,特養,bed,monitoring,100000\n").getBytes(UTF_8);
            case "attached-to-20000.yaml": {
                // 20,000 items, each attached to an item that does not exist (was 338 s and 1.7 GB)
                StringBuilder sb = new StringBuilder(YAML_HEAD);
                for (int i = 0; i < 20_000; i++) {
                    sb.append("  - {id: w").append(i).append(", category: network, unit_price: 1000, attached_to: nothing").append(i).append("}\n");
                }
                return sb.toString().getBytes(UTF_8);
            }
            case "terminals-100000.csv": {
                // one facility with 100,000 terminals (was about 280 s)
                StringBuilder sb = new StringBuilder("facility_id,facility_name,service,staff,item_id,category,unit_price\n");
                for (int i = 0; i < 100_000; i++) sb.append("1370000001,あ,特養,10,t").append(i).append(",terminal,1000\n");
                return sb.toString().getBytes(UTF_8);
            }
            case "unknown-category-200000.csv": {
                // 200,000 rows with an unknown category, two rows a facility
                StringBuilder sb = new StringBuilder("facility_id,facility_name,service,staff,item_id,category,unit_price\n");
                for (int i = 0; i < 200_000; i++) {
                    sb.append(1_300_000_000L + i / 2).append(",あ,特養,10,t").append(i).append(",terminall,1000\n");
                }
                return sb.toString().getBytes(UTF_8);
            }
            case "unknown-service-100000.csv": {
                StringBuilder sb = new StringBuilder("facility_id,facility_name,service,staff,item_id,category,unit_price\n");
                for (int i = 0; i < 100_000; i++) {
                    sb.append(1_300_000_000L + i).append(",あ,特養x").append(i % 50).append(",10,t,terminal,1000\n");
                }
                return sb.toString().getBytes(UTF_8);
            }
            case "combining-300000.csv":
                return ("facility_id,facility_name,service,staff,item_id,category,unit_price\n1370000001,あ" + "\u0301".repeat(300_000)
                        + ",特養,10,t,terminal,1000\n").getBytes(UTF_8);
            case "combining-200000.yaml":
                return (YAML_HEAD.replace("テスト施設", "あ" + "\u0301".repeat(200_000))
                        + "  - {id: t, category: terminal, unit_price: 1000}\n").getBytes(UTF_8);
            case "comment-7mb.yaml":
                return ("#" + "x".repeat(7 << 20) + "\n" + YAML_HEAD + "  - {id: t, category: terminal, unit_price: 1000}\n").getBytes(UTF_8);
            case "scalar-7mb.yaml":
                return (YAML_HEAD.replace("テスト施設", "x".repeat(7 << 20)) + "  - {id: t, category: terminal, unit_price: 1000}\n")
                        .getBytes(UTF_8);
            case "nul-after-1mb.csv": {
                // 25,000 good rows (1.2 MB), then a NUL on line 25002: the facilities before it are computed
                StringBuilder sb = new StringBuilder("facility_id,facility_name,service,item_id,category,unit_price\n");
                for (int i = 0; i < 25_000; i++) sb.append(1_300_000_000L + i).append(",さくら,51,bed,monitoring,100000\n");
                sb.append("1399999998,x\u0000y,51,bed,monitoring,100000\n1399999997,z,51,bed,monitoring,100000\n");
                return sb.toString().getBytes(UTF_8);
            }
            case "slings-20000.csv": {
                // #8 (session 3): 20,000 lifts, each with its slings (問15): the sling share was lifts × items
                StringBuilder sb = new StringBuilder("facility_id,facility_name,service,staff,item_id,category,unit_price,quantity,attached_to\n");
                for (int i = 0; i < 20_000; i++) {
                    sb.append("1370000001,あ,特養,10,lift").append(i).append(",transfer_support,100000,1,\n");
                    sb.append("1370000001,あ,特養,10,sling").append(i).append(",lift_sling,10000,3,lift").append(i).append('\n');
                }
                return sb.toString().getBytes(UTF_8);
            }
            default:
                if (name.startsWith("w-")) return HostileWorkbooks.bytes(name); // #10
                throw new IllegalArgumentException("no generator for gen:" + name);
        }
    }
}
