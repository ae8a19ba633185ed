package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #13 (session 5): the per-item CSV finds an item's group among the facility's groups by a scan when
 * they are few and by a table when they are many (more than 16). Either way each row's group name and
 * group subsidy are those of the JSON report's group of that item (a per-unit group is named after its
 * item), for a facility of 3 groups and one of 24 per-unit groups.
 */
class CsvGroupColumnsTest {
    private static final String HEADER = "事業所番号,事業所名,都道府県,サービス種別,職員数,SECURITY ACTION,業務改善計画,連携システム利用,"
            + "連携実績,連携事業所数,研修,品目ID,品目,区分,料金体系,支払形態,単価,数量,当年度支払額,導入予定日,付帯先\n";

    @TempDir Path tmp;

    private void sameAsJson(int lifts) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        csv.append("2170000000,特別養護老人ホーム さくら,北海道,特養,49,二つ星,はい,,,,,soft,介護記録ソフト,介護ソフト,アカウント単位,"
                + "サブスクリプション,\"120,000\",13,1560000,2026-07-01,\n");
        csv.append("2170000000,,,,,,,,,,,tabs,記録用タブレット,情報端末,,購入,\"55,000\",12,,2026-09-01,\n");
        for (int k = 0; k < lifts; k++) {
            csv.append("2170000000,,,,,,,,,,,lift").append(k).append(",移乗リフト").append(k).append(",移乗支援,,購入,")
                    .append(1_000_000 + 10_000 * k).append(",1,,2026-10-01,\n");
        }
        Path in = tmp.resolve("apps.csv");
        Files.writeString(in, csv, StandardCharsets.UTF_8);
        CliRun json = CliRun.run("calc", "--format", "json", in.toString());
        assertEquals(0, json.exit(), json.err());
        JsonNode facility = new ObjectMapper().readTree(json.out()).get("facilities").get(0);
        Map<String, JsonNode> groups = new HashMap<>();
        for (JsonNode g : facility.get("groups")) groups.put(g.get("id").asText(), g);
        assertEquals(lifts + 1, groups.size(), "one group for the software, one per lift");
        Map<String, JsonNode> items = new HashMap<>();
        for (JsonNode i : facility.get("items")) items.put(i.get("id").asText(), i);

        CliRun out = CliRun.run("calc", "--format", "csv", in.toString());
        assertEquals(0, out.exit(), out.err());
        List<String> rows = out.out().lines().toList();
        assertEquals(lifts + 3, rows.size(), out.out());
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            JsonNode item = items.get(cells[6]);
            JsonNode group = groups.get(item.get("group").asText());
            assertEquals(group.get("subsidy").asText(), cells[13], row);
            String expectedName = group.get("kind").asText().equals("per_unit") ? item.get("name").asText() : "介護ソフト等";
            assertEquals(expectedName, cells[12], row);
        }
    }

    @Test
    void fewGroups() throws Exception {
        sameAsJson(2);
    }

    @Test
    void manyGroups() throws Exception {
        sameAsJson(24);
    }
}
