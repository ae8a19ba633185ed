package kaigohojo.input;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaigohojo.text.Normalize;

/**
 * The CSV columns of product.md §2b: English key, Japanese alias, and the field of the submission
 * each one fills. Facility columns repeat on every row of a facility (or are left blank after its first).
 */
public final class CsvColumns {
    /** One column. {@code path} is where it goes in the submission tree: facility.x, items.x, or linkage. */
    public record Column(String key, String alias, String path, boolean facility) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("facility_id", "事業所番号", "id", true),
            new Column("facility_name", "事業所名", "name", true),
            new Column("prefecture", "都道府県", "prefecture", true),
            new Column("service", "サービス種別", "service", true),
            new Column("staff", "職員数", "staff", true),
            new Column("security_action", "SECURITY ACTION", "security_action", true),
            new Column("improvement_plan", "業務改善計画", "improvement_plan", true),
            new Column("linkage_in_use", "連携システム利用", "care_plan_linkage.in_use", true),
            new Column("linkage_track_record", "連携実績", "care_plan_linkage.track_record", true),
            new Column("linkage_partners", "連携事業所数", "care_plan_linkage.partners", true),
            new Column("linkage_planned", "連携予定", "care_plan_linkage.planned", true),
            new Column("training", "研修", "training", true),
            new Column("center_opened_late", "センター下半期設置", "center_opened_late", true),
            new Column("other_income", "寄付金その他の収入", "other_income", true), // #12
            new Column("item_id", "品目ID", "id", false),
            new Column("item_name", "品目", "name", false),
            new Column("category", "区分", "category", false),
            new Column("pricing", "料金体系", "pricing", false),
            new Column("payment", "支払形態", "payment", false),
            new Column("unit_price", "単価", "unit_price", false),
            new Column("quantity", "数量", "quantity", false),
            new Column("paid_this_year", "当年度支払額", "paid_this_year", false),
            new Column("planned_date", "導入予定日", "planned_date", false),
            new Column("attached_to", "付帯先", "attached_to", false),
            new Column("package", "パッケージ", "package", false),
            new Column("standard", "改修標準仕様", "standard", false),
            new Column("approved_by_prefecture", "実施主体承認", "approved_by_prefecture", false),
            new Column("other_subsidy", "他補助金", "other_subsidy", false),
            new Column("device_kind", "機器の種類", "device_kind", false)); // #12

    private static final Map<String, Column> INDEX = new LinkedHashMap<>();

    static {
        for (Column c : COLUMNS) {
            INDEX.put(Normalize.matchKey(c.key()), c);
            INDEX.put(Normalize.matchKey(c.alias()), c);
        }
    }

    private CsvColumns() {}

    public static List<Column> all() { return COLUMNS; }

    /** The column a header names, by key or alias, ignoring width, case and spaces. */
    public static Optional<Column> byHeader(String header) {
        return Optional.ofNullable(INDEX.get(Normalize.matchKey(header)));
    }

    /** For a YAML key typed as a Japanese alias (単価), the YAML key it stands for (unit_price). */
    public static Optional<String> keyForAlias(String alias) {
        Column c = INDEX.get(Normalize.matchKey(alias));
        if (c == null) return Optional.empty();
        String p = c.path();
        int dot = p.lastIndexOf('.');
        return Optional.of(dot >= 0 ? p.substring(dot + 1) : p);
    }

    /** The first two headers of a kaigo-hojo CSV report (file, line), in either language. */
    public static boolean isReportHeader(String first, String second) {
        String a = Normalize.matchKey(first.replace("\uFEFF", ""));
        String b = Normalize.matchKey(second);
        return (a.equals("file") && b.equals("line")) || (a.equals("ファイル") && b.equals("行"));
    }

    public static List<String> headerNames() {
        List<String> names = new java.util.ArrayList<>();
        for (Column c : COLUMNS) {
            names.add(c.key());
            names.add(c.alias());
        }
        return Collections.unmodifiableList(names);
    }
}
