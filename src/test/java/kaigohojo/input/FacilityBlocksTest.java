package kaigohojo.input;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kaigohojo.model.Item;
import kaigohojo.model.Positions;
import kaigohojo.model.Submission;
import org.junit.jupiter.api.Test;

/**
 * #13 (session 7): TabularInput keeps one facility's cells in arrays it reuses for the next facility
 * (cells copied row by row, "" past a short row's end, the lines of a row whose cells span lines, arrays
 * let go after a facility of thousands of rows). A facility must bind the same whatever facility was read
 * before it: each random facility B is read after a random facility A, and again alone with blank lines
 * where A's rows were (blank lines are skipped, so every line number stays), and both reads of B must
 * give the same outcome: submission (every field and every position), problems, partial submission.
 * Random rows: short rows, cells over several lines, blank and bad values, facilities of up to ~3,500 rows.
 */
class FacilityBlocksTest {
    private static final String HEADER = "事業所番号,事業所名,都道府県,サービス種別,職員数,SECURITY ACTION,業務改善計画,"
            + "連携システム利用,連携実績,連携事業所数,研修,品目ID,品目,区分,料金体系,支払形態,単価,数量,当年度支払額,導入予定日,付帯先";

    /** Values by column (after the id): good, blank, bad; a cell is picked from its column's list. */
    private static final String[][] POOLS = {
            {"特養 さくら", "", "老健 あおば", "\"GH\nすずらん\""},
            {"北海道", "", "東京", "ほげ県"},
            {"特養", "", "通所介護", "不明"},
            {"10", "", "9人", "x"},
            {"★★二つ星", "", "一つ星", "bad"},
            {"はい", "", "いいえ", "maybe"},
            {"有", "", "無"},
            {"有", "", "x"},
            {"4", "", "-1"},
            {"beginner_seminar@2026-05-20", "", "bad@2026-99-99"},
            {"soft", "tabs", "wifi", "", "\"a\nb\""},
            {"介護記録ソフト", "記録用タブレット", "", "\"二行の\n品目\""},
            {"介護ソフト", "情報端末", "通信環境整備", "", "不明な区分"},
            {"アカウント単位", "定額", "", "x"},
            {"購入", "リース", "", "x"},
            {"\"120,000\"", "55000", "", "-5", "abc"},
            {"1", "12", "", "0"},
            {"1560000", "", "\"1,440,000\"", "x"},
            {"2026-07-01", "令和8年10月1日", "2026/11/15", "", "2026-13-01"},
            {"", "soft", "nosuch"},
    };

    /** One facility's rows as CSV text, and how many lines they take. */
    private record Rows(String text, int lines) {}

    private static Rows facility(Random r, String id, int rows) {
        StringBuilder b = new StringBuilder();
        int lines = 0;
        for (int k = 0; k < rows; k++) {
            List<String> cells = new ArrayList<>();
            cells.add(k > 0 && r.nextInt(3) == 0 ? "" : id);
            for (String[] pool : POOLS) {
                // most cells are good; some blank or bad
                cells.add(r.nextInt(4) > 0 ? pool[0] : pool[r.nextInt(pool.length)]);
            }
            int n = cells.size();
            if (r.nextInt(8) == 0) n -= 1 + r.nextInt(n - 2); // a short row
            String line = String.join(",", cells.subList(0, n));
            b.append(line).append('\n');
            lines += 1 + (int) line.chars().filter(c -> c == '\n').count();
        }
        return new Rows(b.toString(), lines);
    }

    @Test
    void aFacilityBindsAlikeWhateverWasReadBeforeIt() throws IOException {
        Random r = new Random(20261128);
        for (int trial = 0; trial < 300; trial++) {
            int rowsA = trial % 50 == 0 ? 3_200 + r.nextInt(400) : 1 + r.nextInt(20);
            int rowsB = trial % 70 == 1 ? 3_200 + r.nextInt(400) : 1 + r.nextInt(20);
            Rows a = facility(r, "1370000001", rowsA);
            Rows b = facility(r, "1370000002", rowsB);
            String after = HEADER + "\n" + a.text() + b.text();
            String alone = HEADER + "\n" + "\n".repeat(a.lines()) + b.text();
            List<ReadOutcome> both = read(after);
            List<ReadOutcome> one = read(alone);
            assertEquals(2, both.size(), "trial " + trial);
            assertEquals(1, one.size(), "trial " + trial);
            assertEquals(render(one.get(0)), render(both.get(1)), "trial " + trial);
        }
    }

    private static List<ReadOutcome> read(String csv) throws IOException {
        List<ReadOutcome> out = new ArrayList<>();
        new CsvSubmissionReader(Vocabulary.get()).read("t.csv", new ByteArrayInputStream(csv.getBytes(UTF_8)), null, out::add);
        return out;
    }

    /** Everything an outcome says, positions included (Positions has no equals). */
    static String render(ReadOutcome o) {
        return "ok " + o.ok() + "\nproblems " + o.problems() + "\nsubmission " + render(o.submission())
                + "\npartial " + render(o.partial()) + "\nfailed " + new java.util.TreeSet<>(o.failedItemIds())
                + "\nfacility " + o.facilityId() + " " + o.facilityName();
    }

    private static String render(Submission s) {
        if (s == null) return "-";
        StringBuilder b = new StringBuilder(s.source() + " " + s.encoding() + " " + s.warnings() + "\n");
        var f = s.facility();
        b.append(List.of(String.valueOf(f.id()), String.valueOf(f.name()), String.valueOf(f.prefecture()),
                String.valueOf(f.service()), String.valueOf(f.staff()), String.valueOf(f.securityAction()),
                String.valueOf(f.improvementPlan()), String.valueOf(f.linkage()), String.valueOf(f.training()),
                String.valueOf(f.centerOpenedLate()), String.valueOf(f.otherIncome())))
                .append(render(f.at(), SubmissionBinder.FACILITY_KEYS)).append('\n');
        for (Item i : s.items()) {
            b.append(List.of(i.id(), String.valueOf(i.name()), i.categoryId(), i.pricing(), i.pricingStated(), i.payment(),
                    String.valueOf(i.unitPrice()), i.quantity(), String.valueOf(i.paidThisYear()), String.valueOf(i.plannedDate()),
                    String.valueOf(i.attachedTo()), i.inPackage(), String.valueOf(i.standard()), i.approvedByPrefecture(),
                    i.otherSubsidy(), String.valueOf(i.deviceKind())))
                    .append(render(i.at(), SubmissionBinder.ITEM_KEYS)).append('\n');
        }
        return b.toString();
    }

    private static String render(Positions p, List<String> keys) {
        StringBuilder b = new StringBuilder(" at " + p.start() + " " + p.all());
        for (String k : keys) b.append(' ').append(k).append('=').append(p.name(k)).append('@').append(p.of(k));
        return b.toString();
    }
}
