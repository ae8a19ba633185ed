package kaigohojo.app;

import java.util.ArrayList;
import java.util.List;
import kaigohojo.cli.UsageError;
import kaigohojo.input.FieldParsers;
import kaigohojo.input.SubmissionBinder;
import kaigohojo.input.Vocabulary;
import kaigohojo.input.YNode;
import kaigohojo.text.DidYouMean;

/**
 * {@code --set facility.KEY=VALUE} and {@code --set items.ID.KEY=VALUE} (or {@code items.*.KEY}) for
 * what-if runs: another staff count, another price. The value is checked when the option is read.
 */
public final class InputSetter implements InputOverrides {
    /** One assignment: facility field (itemId null) or item field. */
    public record Assignment(String path, String itemId, String key, String value) {}

    private final List<Assignment> assignments;
    private final java.util.Set<String> matched = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> shadowed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Item ids seen in the submissions (for "did you mean"); bounded, as every list is. */
    private final java.util.Set<String> seenIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final int MAX_SEEN_IDS = 10_000;

    public InputSetter(List<Assignment> assignments) {
        this.assignments = List.copyOf(assignments);
    }

    /** The item assignments that named no item of any submission read (a mistyped id). */
    public List<String> unmatched() {
        List<String> out = new ArrayList<>();
        for (Assignment a : assignments) if (a.itemId() != null && !matched.contains(a.path())) out.add(a.path());
        return out;
    }

    /** Whether any assignment names an item (items.<id>.<key>, not items.*). */
    public boolean namesItems() {
        for (Assignment a : assignments) if (a.itemId() != null && !a.itemId().equals("*")) return true;
        return false;
    }

    /** For an unmatched assignment: the same path with the closest item id seen ("items.tablets.quantity"), or null. */
    public String suggestion(String path) {
        for (Assignment a : assignments) {
            if (!a.path().equals(path) || a.itemId() == null) continue;
            return DidYouMean.suggest(a.itemId(), new ArrayList<>(seenIds)).map(id -> "items." + id + "." + a.key()).orElse(null);
        }
        return null;
    }

    /** unit_price set on an item that also has paid_this_year, which is what counts (問9): no effect. */
    public List<String> shadowed() {
        return new ArrayList<>(shadowed);
    }

    public static boolean isInputPath(String key) {
        return key.startsWith("facility.") || key.startsWith("items.") || key.startsWith("items[");
    }

    public static Assignment parse(String path, String value, Vocabulary vocab) {
        if (path.startsWith("facility.")) {
            String key = path.substring("facility.".length());
            List<String> known = new ArrayList<>(SubmissionBinder.FACILITY_KEYS);
            for (String k : SubmissionBinder.LINKAGE_KEYS) known.add("care_plan_linkage." + k);
            known.remove("care_plan_linkage");
            known.remove("training");
            if (!known.contains(key)) {
                throw new UsageError("usage.set-unknown-input", DidYouMean.suggest(key, known).map(s -> "facility." + s).orElse(null), path);
            }
            check(path, key, value);
            return new Assignment(path, null, key, value);
        }
        String rest = path.startsWith("items[") ? path.substring(6).replaceFirst("]", "") : path.substring(6);
        int dot = rest.lastIndexOf('.');
        if (dot <= 0) throw new UsageError("usage.set-unknown-input", "items.<id>.unit_price", path);
        String id = rest.substring(0, dot);
        String key = rest.substring(dot + 1);
        if (!SubmissionBinder.ITEM_KEYS.contains(key) || key.equals("id")) {
            throw new UsageError("usage.set-unknown-input",
                    DidYouMean.suggest(key, SubmissionBinder.ITEM_KEYS).map(s -> "items." + id + "." + s).orElse(null), path);
        }
        check(path, key, value);
        return new Assignment(path, id, key, value);
    }

    /** Numbers, booleans and dates are checked now, so a typo is a usage error before any input is read. */
    private static void check(String path, String key, String value) {
        try {
            switch (key) {
                case "staff": case "quantity": case "care_plan_linkage.partners":
                    FieldParsers.count(value);
                    break;
                case "unit_price": case "paid_this_year": case "other_income":
                    FieldParsers.amount(value);
                    break;
                case "improvement_plan": case "center_opened_late": case "package": case "approved_by_prefecture":
                case "other_subsidy": case "care_plan_linkage.in_use": case "care_plan_linkage.track_record":
                case "care_plan_linkage.planned":
                    FieldParsers.bool(value);
                    break;
                case "planned_date":
                    FieldParsers.date(value);
                    break;
                default:
                    break;
            }
        } catch (FieldParsers.BadValue e) {
            throw new UsageError("usage.set-bad-input", null, path, value,
                    kaigohojo.text.Localized.of(kaigohojo.text.Messages.of(kaigohojo.text.Lang.JA).t("error." + e.code().id(), value),
                            kaigohojo.text.Messages.of(kaigohojo.text.Lang.EN).t("error." + e.code().id(), value)));
        }
    }

    @Override
    public YNode apply(YNode doc) {
        if (!(doc instanceof YNode.Mapping root)) return doc;
        for (Assignment a : assignments) {
            if (a.itemId() == null) {
                YNode f = root.get("facility");
                if (!(f instanceof YNode.Mapping fm)) continue;
                String key = a.key();
                YNode.Mapping target = fm;
                if (key.startsWith("care_plan_linkage.")) {
                    YNode l = fm.get("care_plan_linkage");
                    YNode.Mapping lm;
                    if (l instanceof YNode.Mapping existing) {
                        lm = existing;
                    } else {
                        lm = new YNode.Mapping(fm.line(), fm.column());
                        replace(fm, "care_plan_linkage", lm);
                    }
                    target = lm;
                    key = key.substring("care_plan_linkage.".length());
                }
                set(target, key, a.value(), null);
            } else {
                YNode items = root.get("items");
                if (!(items instanceof YNode.Sequence seq)) continue;
                int pos = 0;
                for (YNode it : seq.elements()) {
                    pos++;
                    if (!(it instanceof YNode.Mapping im)) continue;
                    YNode idNode = im.get("id");
                    String id = idNode instanceof YNode.Scalar s && !s.isNull() ? s.text().strip() : Integer.toString(pos);
                    if (seenIds.size() < MAX_SEEN_IDS) seenIds.add(id);
                    if (a.itemId().equals("*") || a.itemId().equals(id)) {
                        matched.add(a.path());
                        if (a.key().equals("unit_price") && im.text("paid_this_year") != null) shadowed.add(a.path());
                        set(im, a.key(), a.value(), null);
                    }
                }
            }
        }
        return doc;
    }

    private static void set(YNode.Mapping m, String key, String value, String label) {
        YNode.Entry e = m.entry(key);
        int line = e == null ? m.line() : e.line();
        int column = e == null ? 0 : e.column();
        String l = e != null && e.value() instanceof YNode.Scalar s ? s.label() : label;
        replace(m, key, new YNode.Scalar(value, line, column, l));
    }

    private static void replace(YNode.Mapping m, String key, YNode value) {
        YNode.Entry old = m.entry(key);
        m.replace(new YNode.Entry(key, old == null ? value.line() : old.line(), old == null ? value.column() : old.column(), value));
    }
}
