package kaigohojo.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kaigohojo.input.CsvColumns;
import kaigohojo.input.Vocabulary;
import kaigohojo.model.Category;
import kaigohojo.model.Service;
import kaigohojo.rules.Rules;
import kaigohojo.text.Lang;
import kaigohojo.text.Messages;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code template --format xlsx}: a workbook an office fills in without a manual. The first sheet has
 * every column of the form (product.md §2b) with a note on each header, the header frozen, 事業所番号
 * formatted as text (its leading zero stays), and dropdown lists (data validation) for 区分, サービス種別,
 * 支払形態, 料金体系, SECURITY ACTION and the yes/no columns. The second sheet lists the categories with
 * their 基準額 from the rule set in use, and the services; the dropdowns take their values from it.
 */
public final class XlsxTemplate {
    /** How many rows the dropdowns and formats cover. */
    static final int ROWS = 1000;
    static final Set<String> YES_NO = Set.of("improvement_plan", "linkage_in_use", "linkage_track_record",
            "linkage_planned", "center_opened_late", "package", "approved_by_prefecture", "other_subsidy");

    private XlsxTemplate() {}

    public static void write(OutputStream out, Lang lang, Vocabulary vocab, Rules rules) throws IOException {
        Messages m = Messages.of(lang);
        XlsxPackage pkg = new XlsxPackage(out);
        try {
            Worksheet form = pkg.workbook.newWorksheet(m.t("template.xlsx.sheet"));
            Worksheet lists = pkg.workbook.newWorksheet(m.t("template.xlsx.lists"));
            List<CsvColumns.Column> cols = CsvColumns.all();
            // the lists sheet: categories with their 基準額, services, and the short lists of terms
            lists.value(0, 0, m.t("template.xlsx.category"));
            lists.value(0, 1, m.t("template.xlsx.category-key"));
            lists.value(0, 2, m.t("template.xlsx.cap"));
            lists.value(0, 3, m.t("template.xlsx.cap-note"));
            lists.value(0, 5, m.t("template.xlsx.service"));
            lists.value(0, 6, m.t("template.xlsx.service-code"));
            int r = 1;
            for (Category c : vocab.categories().values()) {
                lists.value(r, 0, c.label(lang));
                lists.value(r, 1, c.id());
                Object[] cap = cap(rules, c.id(), m);
                if (cap[0] != null) {
                    lists.value(r, 2, (Long) cap[0]);
                    lists.style(r, 2).format(XlsxSheet.YEN).set();
                }
                if (cap[1] != null) lists.value(r, 3, (String) cap[1]);
                r++;
            }
            int categories = r - 1;
            r = 1;
            for (Service s : vocab.services()) {
                lists.value(r, 5, s.label(lang));
                if (s.code() != null) lists.value(r, 6, s.code());
                r++;
            }
            int services = r - 1;
            int col = 8;
            Map<String, int[]> termColumns = new java.util.HashMap<>();
            for (String kind : List.of("payment", "pricing", "security_action")) {
                lists.value(0, col, m.t("template.xlsx.terms." + kind));
                int k = 1;
                for (Vocabulary.Term t : vocab.terms(kind).values()) lists.value(k++, col, t.label(lang));
                termColumns.put(kind, new int[] {col, k - 1});
                col++;
            }
            lists.value(0, col, m.t("template.xlsx.yes-no"));
            lists.value(1, col, m.t("xlsx.yes"));
            lists.value(2, col, m.t("xlsx.no"));
            int yesNo = col;
            for (int c = 0; c <= col; c++) {
                lists.style(0, c).bold().fillColor("DDEBF7").set();
                lists.width(c, c == 3 ? 48 : c == 0 || c == 5 ? 30 : 16);
            }
            lists.freezePane(0, 1);

            for (int c = 0; c < cols.size(); c++) {
                CsvColumns.Column k = cols.get(c);
                String header = lang == Lang.JA ? k.alias() : k.key();
                form.value(0, c, header);
                form.style(0, c).bold().fillColor("DDEBF7").wrapText(true).set();
                form.comment(0, c, m.t("template.col." + k.key()));
                form.width(c, Math.max(10, Math.min(40, kaigohojo.text.DisplayWidth.of(header) + 4)));
                if (k.key().equals("facility_id") || k.key().equals("item_id")) {
                    // text: a number typed here keeps its leading zero
                    form.range(1, c, ROWS, c).style().format(XlsxSheet.TEXT).set();
                }
                if (k.key().equals("planned_date")) form.range(1, c, ROWS, c).style().format(XlsxSheet.DATE).set();
                if (k.key().equals("unit_price") || k.key().equals("paid_this_year")) {
                    form.range(1, c, ROWS, c).style().format(XlsxSheet.YEN).set();
                }
                if (k.key().equals("category")) form.range(1, c, ROWS, c).validateWithList(lists.range(1, 0, categories, 0));
                if (k.key().equals("service")) form.range(1, c, ROWS, c).validateWithList(lists.range(1, 5, services, 5));
                int[] term = termColumns.get(k.key());
                if (term != null) form.range(1, c, ROWS, c).validateWithList(lists.range(1, term[0], term[1], term[0]));
                if (YES_NO.contains(k.key())) form.range(1, c, ROWS, c).validateWithList(lists.range(1, yesNo, 2, yesNo));
            }
            form.freezePane(0, 1);
            form.setAutoFilter(0, 0, cols.size() - 1);
            pkg.finish();
        } catch (IOException | RuntimeException e) {
            pkg.abandon();
            throw e;
        }
    }

    /** The category's 基準額 as a number when it has one per device or per facility, and a note. */
    private static Object[] cap(Rules rules, String category, Messages m) {
        var perUnit = rules.perUnitCap(category);
        if (perUnit.isPresent()) return new Object[] {perUnit.get().value(), m.t("template.xlsx.cap.per-unit")};
        if (category.equals("improvement_support")) {
            return new Object[] {rules.improvementSupportCap().value(), m.t("template.xlsx.cap.per-facility")};
        }
        if (category.equals("lift_sling")) return new Object[] {rules.liftSlingPerUnit().value(), m.t("template.xlsx.cap.sling")};
        if (rules.isSoftwareGroup(category)) {
            List<String> bands = new ArrayList<>();
            for (Rules.Band b : rules.softwareBands()) bands.add(b.label() + ": " + kaigohojo.money.Yen.format(b.cap().value()));
            return new Object[] {null, m.t("template.xlsx.cap.software", String.join(" / ", bands))};
        }
        if (rules.isAncillary(category)) return new Object[] {null, m.t("template.xlsx.cap.ancillary")};
        if (!rules.isTechnology(category)) return new Object[] {null, m.t("template.xlsx.cap.none")};
        return new Object[] {null, ""};
    }
}
