package kaigohojo.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import kaigohojo.app.InputSetter;
import kaigohojo.model.Facility;
import kaigohojo.model.Positions;
import kaigohojo.model.Submission;
import org.junit.jupiter.api.Test;

/**
 * #13 (session 6): a CSV facility bound through {@link CsvFacilityMapping} (a view of the values chosen,
 * read by the file's plan) binds exactly as the tree of nodes that TabularInput built before, which this
 * test builds as it did: same facility, same positions of every field (place and name), same problems and
 * warnings, same entries, and the same with {@code --set} changes applied to both. Random headers (any
 * facility columns, in any order, keys or aliases, some absent), random values (good, bad, blank).
 */
class CsvFacilityMappingTest {
    private static final Vocabulary VOCAB = Vocabulary.get();

    private static final String[][] VALUES = {
            {"id", "1370000001", "137000000", "13-7000-0001", "abc", " 1370000002 "},
            {"name", "特養 さくら苑", " あおば ", "x"},
            {"prefecture", "東京都", "東京", "大阪府", "ほげ県", "Tokio"},
            {"service", "特養", "介護老人保健施設", "不明なサービス"},
            {"staff", "28", "0", "-1", "x", "２８", "1.5"},
            {"security_action", "二つ星", "★", "bad"},
            {"improvement_plan", "はい", "いいえ", "true", "maybe"},
            {"care_plan_linkage.in_use", "はい", "no", "?"},
            {"care_plan_linkage.track_record", "はい", "x"},
            {"care_plan_linkage.partners", "3", "-1", "abc"},
            {"care_plan_linkage.planned", "いいえ", "2"},
            {"training", "beginner_seminar@2026-05-20;followup_seminar", "bad@2026-99-99", "；", "ビギナーセミナー＠2026-05-20"},
            {"center_opened_late", "はい", "x"},
            {"other_income", "100,000", "x", "-5"},
    };

    private static String[] pool(String path) {
        for (String[] v : VALUES) if (v[0].equals(path)) return v;
        throw new AssertionError(path);
    }

    /** One random facility of a random file: what TabularInput has when it binds a block. */
    private record Case(CsvFacilityMapping.Plan plan, String[] path, int[] column, String[] header, String[] value,
                        int[] lines, int firstLine, String[] absentPath, String[] absentName) {}

    private static Case randomCase(Random r) {
        List<CsvColumns.Column> cols = new ArrayList<>();
        for (CsvColumns.Column c : CsvColumns.all()) if (c.facility() && r.nextInt(4) > 0) cols.add(c);
        Collections.shuffle(cols, r);
        boolean japanese = r.nextBoolean();
        int n = cols.size();
        String[] path = new String[n];
        int[] column = new int[n];
        String[] header = new String[n];
        String[] value = new String[n];
        int[] lines = new int[n];
        int firstLine = 2 + r.nextInt(50);
        int col = 0;
        List<String> present = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            CsvColumns.Column c = cols.get(k);
            path[k] = c.path();
            present.add(c.path());
            col += 1 + r.nextInt(3); // item columns may stand between
            column[k] = col;
            header[k] = japanese ? c.alias() : c.key();
            String[] p = pool(c.path());
            value[k] = r.nextInt(4) == 0 ? null : p[1 + r.nextInt(p.length - 1)];
            lines[k] = firstLine + (r.nextInt(3) == 0 ? r.nextInt(10) : 0);
        }
        List<String> absentPath = new ArrayList<>();
        List<String> absentName = new ArrayList<>();
        for (CsvColumns.Column c : CsvColumns.all()) {
            if (c.facility() && !c.path().contains(".") && !c.path().equals("training") && !present.contains(c.path())) {
                absentPath.add(c.path());
                absentName.add(japanese ? c.alias() : c.key());
            }
        }
        String[] ap = absentPath.toArray(new String[0]);
        String[] an = absentName.toArray(new String[0]);
        CsvFacilityMapping.Plan plan = new CsvFacilityMapping.Plan(path, column, header, ap, an, TabularInput::training);
        return new Case(plan, path, column, header, value, lines, firstLine, ap, an);
    }

    /** The facility's tree as TabularInput's Block.tree() built it before session 6. */
    private static YNode.Mapping tree(Case c) {
        YNode.Mapping facility = new YNode.Mapping(c.firstLine(), 1);
        YNode.Mapping linkage = null;
        for (int k = 0; k < c.path().length; k++) {
            String text = c.value()[k];
            int ln = c.lines()[k];
            int col = c.column()[k];
            String path = c.path()[k];
            if (text != null && path.equals("training")) {
                facility.put(new YNode.Entry("training", ln, col, TabularInput.training(text, ln, col, c.header()[k])));
                continue;
            }
            YNode.Scalar s = new YNode.Scalar(text, ln, col, c.header()[k]);
            if (path.startsWith("care_plan_linkage.")) {
                if (linkage == null) {
                    linkage = new YNode.Mapping(ln, col, SubmissionBinder.LINKAGE_KEYS.size());
                    facility.put(new YNode.Entry("care_plan_linkage", ln, col, linkage));
                }
                linkage.put(new YNode.Entry(path.substring(path.indexOf('.') + 1), ln, col, s));
            } else {
                facility.put(new YNode.Entry(path, ln, col, s));
            }
        }
        for (int i = 0; i < c.absentPath().length; i++) {
            facility.put(new YNode.Entry(c.absentPath()[i], c.firstLine(), 0,
                    new YNode.Scalar(null, c.firstLine(), 0, c.absentName()[i])));
        }
        return facility;
    }

    private static YNode.Mapping document(Case c, YNode.Mapping facility) {
        YNode.Mapping doc = new YNode.Mapping(c.firstLine(), 1, 2);
        doc.put(new YNode.Entry("facility", c.firstLine(), 1, facility));
        YNode.Sequence items = new YNode.Sequence(c.firstLine(), 1);
        YNode.Mapping item = new YNode.Mapping(c.firstLine(), 1);
        item.put(new YNode.Entry("category", c.firstLine(), 20, new YNode.Scalar("見守り", c.firstLine(), 20, "区分")));
        item.put(new YNode.Entry("unit_price", c.firstLine(), 21, new YNode.Scalar("120000", c.firstLine(), 21, "単価")));
        items.add(item);
        doc.put(new YNode.Entry("items", c.firstLine(), 1, items));
        return doc;
    }

    private static final String[][] SETS = {
            {"facility.staff", "31"}, {"facility.care_plan_linkage.partners", "2"},
            {"facility.care_plan_linkage.planned", "はい"}, {"facility.center_opened_late", "true"},
            {"facility.prefecture", "東京都"}, {"facility.other_income", "5000"}, {"facility.name", "別名"},
    };

    @Test
    void bindsAsTheTreeDid() {
        Random r = new Random(613);
        Location origin = Location.of("t.csv", 0, 0);
        for (int i = 0; i < 3000; i++) {
            Case c = randomCase(r);
            YNode.Mapping before = document(c, tree(c));
            YNode.Mapping after = document(c, new CsvFacilityMapping(c.plan(), c.value(), c.lines(), c.firstLine()));
            String what = "case " + i + ": " + String.join(",", c.header()) + " = " + java.util.Arrays.toString(c.value());
            if (r.nextInt(3) == 0) { // --set on both
                List<InputSetter.Assignment> sets = new ArrayList<>();
                for (String[] s : SETS) if (r.nextInt(3) == 0) sets.add(InputSetter.parse(s[0], s[1], VOCAB));
                InputSetter setter = new InputSetter(sets);
                before = (YNode.Mapping) setter.apply(before);
                after = (YNode.Mapping) setter.apply(after);
                what += " with " + sets;
            }
            sameEntries(what, (YNode.Mapping) before.get("facility"), (YNode.Mapping) after.get("facility"));
            SubmissionBinder.Result a = SubmissionBinder.bind(before, origin, "UTF-8", VOCAB, true);
            SubmissionBinder.Result b = SubmissionBinder.bind(after, origin, "UTF-8", VOCAB, true);
            final String w = what;
            assertEquals(a.problems().toString(), b.problems().toString(), w);
            assertEquals(a.ok(), b.ok(), w);
            sameSubmission(w, a.ok() ? a.submission() : a.partial(), b.ok() ? b.submission() : b.partial());
            ReadOutcome oa = ReadOutcome.failed(List.of()).withFacilityOf(before);
            ReadOutcome ob = ReadOutcome.failed(List.of()).withFacilityOf(after);
            assertEquals(oa.facilityId() + "|" + oa.facilityName(), ob.facilityId() + "|" + ob.facilityName(), w);
        }
    }

    private static void sameEntries(String what, YNode.Mapping a, YNode.Mapping b) {
        assertEquals(describe(a), describe(b), what);
    }

    /** Keys, places, kinds, texts and labels of a mapping's entries, nested mappings and lists included. */
    private static String describe(YNode n) {
        if (n instanceof YNode.Scalar s) return "s(" + s.text() + "," + s.label() + "," + s.line() + ":" + s.column() + ")";
        if (n instanceof YNode.Sequence q) {
            StringBuilder b = new StringBuilder("q" + q.line() + ":" + q.column() + "[");
            for (YNode e : q.elements()) b.append(describe(e)).append(';');
            return b.append(']').toString();
        }
        YNode.Mapping m = (YNode.Mapping) n;
        StringBuilder b = new StringBuilder("m" + m.line() + ":" + m.column() + "{");
        for (YNode.Entry e : m.list()) {
            b.append(e.key()).append('@').append(e.line()).append(':').append(e.column()).append('=').append(describe(e.value())).append(';');
        }
        for (String k : List.of("id", "name", "staff", "care_plan_linkage", "training", "in_use", "partners", "nothing")) {
            b.append(k).append("->").append(m.text(k)).append(m.get(k) == null ? "/none" : "/" + describe(m.get(k))).append(';');
        }
        return b.append('}').toString();
    }

    private static void sameSubmission(String what, Submission a, Submission b) {
        assertEquals(a == null, b == null, what);
        if (a == null) return;
        Facility fa = a.facility(), fb = b.facility();
        assertEquals(java.util.Arrays.asList(fa.id(), fa.name(), String.valueOf(fa.prefecture()), String.valueOf(fa.service()), String.valueOf(fa.staff()),
                        String.valueOf(fa.securityAction()), String.valueOf(fa.improvementPlan()), fa.linkage().toString(),
                        fa.training().toString(), String.valueOf(fa.centerOpenedLate()), String.valueOf(fa.otherIncome())).toString(),
                java.util.Arrays.asList(fb.id(), fb.name(), String.valueOf(fb.prefecture()), String.valueOf(fb.service()), String.valueOf(fb.staff()),
                        String.valueOf(fb.securityAction()), String.valueOf(fb.improvementPlan()), fb.linkage().toString(),
                        fb.training().toString(), String.valueOf(fb.centerOpenedLate()), String.valueOf(fb.otherIncome())).toString(), what);
        assertEquals(positions(fa.at()), positions(fb.at()), what);
        assertEquals(a.warnings().toString(), b.warnings().toString(), what);
        assertEquals(a.source(), b.source(), what);
    }

    private static String positions(Positions p) {
        StringBuilder b = new StringBuilder(p.start() + " " + p.all() + " ");
        List<String> fields = new ArrayList<>(SubmissionBinder.FACILITY_KEYS);
        for (String k : SubmissionBinder.LINKAGE_KEYS) fields.add("care_plan_linkage." + k);
        fields.add("nothing");
        for (String f : fields) b.append(f).append('=').append(p.name(f)).append('@').append(p.of(f)).append(';');
        return b.toString();
    }
}
