package kaigohojo.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kaigohojo.engine.FacilityResult;
import kaigohojo.engine.Finding;
import kaigohojo.engine.GroupResult;
import kaigohojo.engine.ItemResult;
import kaigohojo.engine.Reason;
import kaigohojo.engine.TraceStep;
import kaigohojo.rules.RuleLeaf;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.RuleType;

/**
 * One facility compared across scenarios: every line that makes up its total (each group, the sum
 * of the groups and the facility cap when a cap cuts it, the requirements, the total), and for every
 * value that differs from the base, its causes: the rule values that differ and touch that line, the
 * input values the scenario changed, a date judged against another fiscal year.
 */
public final class Comparison {
    /** A line of the comparison. kind: group | group-sum | facility-cap | total | if-met. values: null where absent. */
    public record Line(String kind, String label, List<Long> values) {}

    /**
     * Why a scenario's value differs from the base's.
     *
     * @param kind rule | rule-list | input | date | fiscal-year | requirements
     */
    public record Cause(String kind, List<Object> args, String cite) {}

    /** The causes of one line's difference in one scenario. */
    public record Difference(String scenario, String line, long delta, List<Cause> causes) {}

    public final FacilityResult base;
    public final List<FacilityResult> results; // one per column; null when the facility is absent there
    public final List<Line> lines = new ArrayList<>();
    public final List<Difference> differences = new ArrayList<>();

    private final List<CompareReport.Column> cols;

    public Comparison(List<CompareReport.Column> cols, int f) {
        this.cols = cols;
        this.base = cols.get(0).results().get(f);
        this.results = new ArrayList<>();
        for (CompareReport.Column c : cols) results.add(f < c.results().size() ? c.results().get(f) : null);
        build();
    }

    private static Long groupValue(FacilityResult r, String gid) {
        if (r == null) return null;
        for (GroupResult g : r.groups()) if (g.id().equals(gid)) return g.subsidy();
        return null;
    }

    private static GroupResult group(FacilityResult r, String gid) {
        if (r == null) return null;
        for (GroupResult g : r.groups()) if (g.id().equals(gid)) return g;
        return null;
    }

    private void build() {
        Set<String> groups = new LinkedHashSet<>();
        for (FacilityResult r : results) if (r != null) for (GroupResult g : r.groups()) groups.add(g.id());
        for (String gid : groups) {
            List<Long> v = new ArrayList<>();
            for (FacilityResult r : results) v.add(groupValue(r, gid));
            lines.add(new Line("group", gid, v));
        }
        boolean anyCap = false;
        for (FacilityResult r : results) if (r != null && r.totals().facilityCapReduction() > 0) anyCap = true;
        if (anyCap) {
            List<Long> sum = new ArrayList<>(), cut = new ArrayList<>();
            for (FacilityResult r : results) {
                sum.add(r == null ? null : r.totals().groupSum());
                cut.add(r == null ? null : -r.totals().facilityCapReduction());
            }
            lines.add(new Line("group-sum", "group-sum", sum));
            lines.add(new Line("facility-cap", "facility-cap", cut));
        }
        List<Long> total = new ArrayList<>(), ifMet = new ArrayList<>();
        for (FacilityResult r : results) {
            total.add(r == null ? null : r.totals().subsidy());
            ifMet.add(r == null ? null : r.totals().subsidyIfRequirementsMet());
        }
        lines.add(new Line("total", "total", total));
        lines.add(new Line("if-met", "if-met", ifMet));
        for (int c = 1; c < cols.size(); c++) {
            FacilityResult r = results.get(c);
            if (r == null) continue;
            for (Line l : lines) {
                if (l.kind().equals("group-sum") || l.kind().equals("if-met")) continue;
                long b = l.values().get(0) == null ? 0 : l.values().get(0);
                long v = l.values().get(c) == null ? 0 : l.values().get(c);
                if (b == v && Objects.equals(l.values().get(0) == null, l.values().get(c) == null)) continue;
                differences.add(new Difference(cols.get(c).name(), l.label(), v - b,
                        l.kind().equals("total") ? totalCauses(c, l) : causes(c, l)));
            }
        }
    }

    /** The total: the causes of the lines above it in this scenario, and a change of the requirements. */
    private List<Cause> totalCauses(int c, Line l) {
        Set<Cause> out = new LinkedHashSet<>();
        FacilityResult r = results.get(c);
        if (base.eligible() != r.eligible()) {
            out.add(requirements(r));
            for (String set : cols.get(c).sets()) {
                if (!cols.get(0).sets().contains(set) && set.startsWith("facility.")) out.add(new Cause("input", List.of(set), "--set"));
            }
        }
        for (Difference d : differences) if (d.scenario().equals(cols.get(c).name())) out.addAll(d.causes());
        return out.isEmpty() ? causes(c, l) : new ArrayList<>(out);
    }

    // ── causes ──────────────────────────────────────────────────────────────────────────────────

    private List<Cause> causes(int c, Line l) {
        FacilityResult r = results.get(c);
        RuleSet br = cols.get(0).rules(), sr = cols.get(c).rules();
        Set<String> paths = new LinkedHashSet<>();
        Set<String> items = new LinkedHashSet<>();
        List<Cause> out = new ArrayList<>();
        switch (l.kind()) {
            case "group" -> {
                for (FacilityResult x : List.of(base, r)) {
                    GroupResult g = group(x, l.label());
                    if (g == null) continue;
                    for (TraceStep s : g.trace()) if (s.rulePath() != null) paths.add(s.rulePath());
                    items.addAll(g.items());
                }
                for (FacilityResult x : List.of(base, r)) {
                    for (ItemResult i : x.items()) {
                        if (!items.contains(i.id())) continue;
                        for (Reason why : i.reasons()) if (why.rulePath() != null) paths.add(why.rulePath());
                    }
                }
                paths.add("rate");
                paths.add("formula");
                paths.add("rounding_unit");
            }
            case "facility-cap" -> paths.add("facility_cap");
            default -> {
                paths.addAll(base.rulesUsed());
                paths.addAll(r.rulesUsed());
                for (ItemResult i : base.items()) items.add(i.id());
                if (base.eligible() != r.eligible()) out.add(requirements(r));
            }
        }
        for (String p : paths) {
            Cause k = ruleCause(br, sr, p);
            if (k != null) out.add(k);
        }
        dateCauses(c, items, out);
        for (String s : cols.get(c).sets()) {
            if (cols.get(0).sets().contains(s) || !kaigohojo.app.InputSetter.isInputPath(s.substring(0, Math.max(0, s.indexOf('='))))) continue;
            if (touches(s, items) || l.kind().equals("total")) out.add(new Cause("input", List.of(s), "--set"));
        }
        if (out.isEmpty()) {
            // a value that changed without a rule of its own: the rule values this facility used that differ
            Set<String> used = new LinkedHashSet<>(base.rulesUsed());
            used.addAll(r.rulesUsed());
            for (String p : used) {
                Cause k = ruleCause(br, sr, p);
                if (k != null) out.add(k);
            }
            for (String s : cols.get(c).sets()) {
                if (!cols.get(0).sets().contains(s)) out.add(new Cause("input", List.of(s), "--set"));
            }
        }
        return out;
    }

    private static boolean touches(String set, Set<String> items) {
        String key = set.substring(0, set.indexOf('='));
        if (key.startsWith("facility.") || key.startsWith("items.*.")) return true;
        for (String id : items) if (key.startsWith("items." + id + ".")) return true;
        return false;
    }

    private Cause requirements(FacilityResult r) {
        List<Finding> now = new ArrayList<>();
        for (Finding f : (r.eligible() ? base : r).findings()) if (f.severity() == Finding.Severity.ERROR) now.add(f);
        return new Cause("requirements", List.of(base.eligible(), r.eligible(), now), "");
    }

    /** A rule value that differs between the base's rule set and the scenario's, or null. */
    static Cause ruleCause(RuleSet base, RuleSet other, String path) {
        RuleLeaf a = base.find(path).orElse(null), b = other.find(path).orElse(null);
        Object va = a == null ? null : a.value(), vb = b == null ? null : b.value();
        if (Objects.equals(va, vb)) return null;
        String cite = b == null ? "" : b.provenance().citeLabel();
        if (va instanceof List<?> la && vb instanceof List<?> lb) {
            List<Object> added = new ArrayList<>(lb);
            added.removeAll(la);
            List<Object> removed = new ArrayList<>(la);
            removed.removeAll(lb);
            return new Cause("rule-list", List.of(path, join(added), join(removed)), cite);
        }
        return new Cause("rule", List.of(path, va == null ? "-" : RuleType.format(va), vb == null ? "-" : RuleType.format(vb)), cite);
    }

    private static String join(List<Object> xs) {
        if (xs.isEmpty()) return "-";
        List<String> s = new ArrayList<>();
        for (Object x : xs) s.add(String.valueOf(x));
        return String.join(", ", s);
    }

    /**
     * 問7 and the fiscal year: a training or planned date that the base's year accepts and the
     * scenario's year does not (an R8 application judged by R7's rules).
     */
    private void dateCauses(int c, Set<String> items, List<Cause> out) {
        FacilityResult r = results.get(c);
        RuleSet sr = cols.get(c).rules();
        if (sr.fiscalYear() == cols.get(0).rules().fiscalYear()) return;
        Map<String, ItemResult> baseItems = new LinkedHashMap<>();
        for (ItemResult i : base.items()) baseItems.put(i.id(), i);
        for (ItemResult i : r.items()) {
            if (!items.contains(i.id())) continue;
            for (Reason why : i.reasons()) {
                if (!why.code().equals("training-outside-year")) continue;
                ItemResult b = baseItems.get(i.id());
                boolean inBase = false;
                if (b != null) for (Reason x : b.reasons()) if (x.code().equals("training-outside-year")) inBase = true;
                if (inBase) continue;
                List<Object> args = new ArrayList<>(why.args());
                args.add(2, cols.get(c).name());
                out.add(new Cause("date", args, why.cite()));
            }
        }
    }
}
