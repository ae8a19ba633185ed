package kaigohojo.advise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kaigohojo.engine.Calculator;
import kaigohojo.engine.FacilityResult;
import kaigohojo.engine.Finding;
import kaigohojo.engine.GroupResult;
import kaigohojo.engine.ItemResult;
import kaigohojo.engine.Reason;
import kaigohojo.engine.Status;
import kaigohojo.model.Facility;
import kaigohojo.model.Item;
import kaigohojo.model.Pricing;
import kaigohojo.model.Submission;
import kaigohojo.model.Training;
import kaigohojo.money.Fraction;
import kaigohojo.rules.Cited;
import kaigohojo.rules.Rules;

/**
 * Finds the best legal application for a facility: it searches only the applicant's own choices
 * ({@link Choice}) and uses the {@link Calculator} itself as the judge of every combination, so the
 * advised amount is by construction what {@code calc} computes for the advised application.
 *
 * <p>When the choices allow at most {@link #EXHAUSTIVE_LIMIT} combinations every one is computed
 * (exhaustive: the best is the optimum). Beyond that (a package of more than 12 items) the search is
 * a labelled heuristic: steepest ascent over single changes from three starts (as submitted, every
 * candidate in the package, none), with an upper bound no application of these items can exceed
 * (the rate applied to every cost asked, under the facility cap), so the report says how far from
 * the optimum the answer can at most be. Ties go to the application with fewer changes.
 */
public final class Adviser {
    public static final long EXHAUSTIVE_LIMIT = 4096;

    private final Calculator calc;
    private final Rules rules;

    public Adviser(Calculator calc) {
        this.calc = calc;
        this.rules = calc.rules();
    }

    public Advice advise(FacilityResult current) {
        Submission s = current.submission();
        List<Choice> choices = choices(s, current);
        int[] cur = new int[choices.size()];
        for (int i = 0; i < cur.length; i++) cur[i] = choices.get(i).current();
        long combinations = 1;
        for (Choice c : choices) combinations = saturatingTimes(combinations, c.options().size());
        Search search = new Search(s, choices, current);
        int[] best;
        String method;
        long bound;
        if (combinations <= EXHAUSTIVE_LIMIT) {
            best = search.exhaustive(cur);
            method = "exhaustive";
            bound = search.value(best);
        } else {
            best = search.heuristic(cur);
            method = "heuristic";
            bound = upperBound(s);
        }
        Submission advised = search.build(best);
        FacilityResult bestResult = calc.compute(advised);
        List<Step> steps = steps(s, choices, cur, best, current);
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < best.length; i++) if (best[i] != cur[i]) sets.add(choices.get(i).assignment(best[i]));
        return new Advice(current, bestResult, advised, steps, leftOver(advised, bestResult), method, combinations,
                search.evaluated, bound, sets);
    }

    // ── the choices ──────────────────────────────────────────────────────────────────────────────

    private List<Choice> choices(Submission s, FacilityResult current) {
        Set<String> eligible = new HashSet<>();
        for (ItemResult r : current.items()) if (r.status() != Status.INELIGIBLE) eligible.add(r.id());
        List<Choice> out = new ArrayList<>();
        // 問5: package membership, only when a package could hold (enough eligible technology, an anchor)
        List<Item> candidates = new ArrayList<>();
        int tech = 0;
        boolean anchor = false;
        for (Item it : s.items()) {
            if (!eligible.contains(it.id()) || !packageRole(it)) continue;
            candidates.add(it);
            if (rules.isTechnology(it.categoryId())) {
                tech++;
                if (rules.packageAnchor().value().contains(it.categoryId())) anchor = true;
            }
        }
        if (tech >= rules.packageMinItems().value() && anchor) {
            for (Item it : candidates) out.add(new Choice("package", it.id(), List.of("false", "true"), it.inPackage() ? 1 : 0));
        }
        // 問8: an ancillary cost without attached_to goes with one of the main items (or none)
        List<String> mains = new ArrayList<>();
        for (Item it : s.items()) if (eligible.contains(it.id()) && packageRole(it)) mains.add(it.id());
        for (Item it : s.items()) {
            if (!rules.isAncillary(it.categoryId()) || it.attachedTo() != null || it.categoryId().equals("lift_sling")) continue;
            if (mains.isEmpty()) continue;
            List<String> opts = new ArrayList<>();
            opts.add("");
            opts.addAll(mains);
            out.add(new Choice("attach", it.id(), opts, 0));
        }
        // 問13: the pricing of care software the application has not stated
        for (Item it : s.items()) {
            if (it.pricingStated() || !eligible.contains(it.id())
                    || !rules.pricedSoftware().value().contains(it.categoryId())) continue;
            out.add(new Choice("pricing", it.id(), List.of("per_account", "flat"), it.pricing() == Pricing.FLAT ? 1 : 0));
        }
        return out;
    }

    private boolean packageRole(Item it) {
        return !rules.isAncillary(it.categoryId()) && !it.categoryId().equals(Calculator.IMPROVEMENT);
    }

    private static long saturatingTimes(long a, long b) {
        long r = a * b;
        return r / b != a || r > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : r;
    }

    /** No application of these items gets more than the rate applied to all they cost, under the facility cap. */
    private long upperBound(Submission s) {
        long sum = 0;
        for (Item it : s.items()) sum = kaigohojo.money.Yen.add(sum, it.requested());
        Fraction rate = rules.rate().value();
        long bound = rate.timesFloor(sum);
        Long facilityCap = rules.facilityCap().value();
        return facilityCap == null ? bound : Math.min(bound, facilityCap);
    }

    /** The combinations, each computed by the calculator; evaluations are counted and remembered. */
    private final class Search {
        final Submission s;
        final List<Choice> choices;
        final Map<String, Integer> index = new HashMap<>();
        /** value and number of warnings of each combination computed */
        final Map<String, long[]> seen = new HashMap<>();
        final int[] current;
        long evaluated;

        Search(Submission s, List<Choice> choices, FacilityResult computed) {
            this.s = s;
            this.choices = choices;
            for (int i = 0; i < s.items().size(); i++) index.put(s.items().get(i).id(), i);
            this.current = new int[choices.size()];
            for (int i = 0; i < current.length; i++) current[i] = choices.get(i).current();
            seen.put(Arrays.toString(current), new long[] {Advice.value(computed), warnings(computed)});
        }

        Submission build(int[] x) {
            List<Item> items = new ArrayList<>(s.items());
            for (int i = 0; i < x.length; i++) {
                if (x[i] == current[i]) continue;
                Choice c = choices.get(i);
                int at = index.get(c.itemId());
                items.set(at, c.apply(items.get(at), x[i]));
            }
            return new Submission(s.source(), s.encoding(), s.facility(), items);
        }

        long value(int[] x) {
            return computed(x)[0];
        }

        private long[] computed(int[] x) {
            String key = Arrays.toString(x);
            long[] v = seen.get(key);
            if (v == null) {
                evaluated++;
                FacilityResult r = calc.compute(build(x));
                v = new long[] {Advice.value(r), warnings(r)};
                seen.put(key, v);
            }
            return v;
        }

        /**
         * More subsidy; at equal subsidy, fewer warnings (package marks that do not make a package are
         * worse than no marks), then fewer changes.
         */
        private boolean better(int[] a, long va, int[] b, long vb) {
            if (va != vb) return va > vb;
            long wa = computed(a)[1], wb = computed(b)[1];
            if (wa != wb) return wa < wb;
            return changes(a) < changes(b);
        }

        private int changes(int[] x) {
            int n = 0;
            for (int i = 0; i < x.length; i++) if (x[i] != current[i]) n++;
            return n;
        }

        int[] exhaustive(int[] start) {
            evaluated++; // the application as submitted
            int[] best = start.clone();
            long bestValue = value(best);
            int[] x = new int[choices.size()];
            while (true) {
                long v = value(x);
                if (better(x, v, best, bestValue)) {
                    best = x.clone();
                    bestValue = v;
                }
                int i = 0;
                while (i < x.length && ++x[i] == choices.get(i).options().size()) x[i++] = 0;
                if (i == x.length) break;
            }
            return best;
        }

        int[] heuristic(int[] start) {
            evaluated++;
            List<int[]> starts = new ArrayList<>();
            starts.add(start.clone());
            for (String pkg : List.of("true", "false")) {
                int[] x = start.clone();
                for (int i = 0; i < x.length; i++) {
                    if (choices.get(i).kind().equals("package")) x[i] = choices.get(i).options().indexOf(pkg);
                }
                starts.add(x);
            }
            int[] best = start.clone();
            long bestValue = value(best);
            for (int[] x : starts) {
                long v = climb(x);
                if (better(x, v, best, bestValue)) {
                    best = x.clone();
                    bestValue = v;
                }
            }
            return best;
        }

        /** Steepest ascent: the single change that adds most, until none adds anything. */
        private long climb(int[] x) {
            long v = value(x);
            while (true) {
                int bi = -1, bo = -1;
                long bv = v;
                for (int i = 0; i < x.length; i++) {
                    int keep = x[i];
                    for (int o = 0; o < choices.get(i).options().size(); o++) {
                        if (o == keep) continue;
                        x[i] = o;
                        long w = value(x);
                        if (w > bv) {
                            bv = w;
                            bi = i;
                            bo = o;
                        }
                    }
                    x[i] = keep;
                }
                if (bi < 0) return v;
                x[bi] = bo;
                v = bv;
            }
        }
    }

    // ── the steps ────────────────────────────────────────────────────────────────────────────────

    private List<Step> steps(Submission s, List<Choice> choices, int[] cur, int[] best, FacilityResult current) {
        Search replay = new Search(s, choices, current);
        int[] x = cur.clone();
        long before = Advice.value(current);
        List<Step> out = new ArrayList<>();
        // the package, as one step: whether to use one and with which items
        List<String> pkgSets = new ArrayList<>();
        List<String> members = new ArrayList<>();
        List<String> wasMarked = new ArrayList<>();
        for (int i = 0; i < best.length; i++) {
            Choice c = choices.get(i);
            if (!c.kind().equals("package")) continue;
            if (c.options().get(best[i]).equals("true")) members.add(c.itemId());
            if (c.options().get(cur[i]).equals("true")) wasMarked.add(c.itemId());
            if (best[i] != cur[i]) {
                pkgSets.add(c.assignment(best[i]));
                x[i] = best[i];
            }
        }
        if (!pkgSets.isEmpty()) {
            FacilityResult r = calc.compute(replay.build(x));
            boolean usedBefore = hasGroup(current, Calculator.PACKAGE);
            boolean usedAfter = hasGroup(r, Calculator.PACKAGE);
            String kind = !usedAfter ? "package-none" : usedBefore ? "package-change" : "package-use";
            Cited<Long> rule = rules.packageMinItems();
            out.add(new Step(kind, usedAfter ? members : wasMarked, null, pkgSets, Advice.value(r) - before,
                    rule.cite(), rule.verified()));
            before = Advice.value(r);
        }
        for (int i = 0; i < best.length; i++) {
            Choice c = choices.get(i);
            if (c.kind().equals("package") || best[i] == cur[i]) continue;
            x[i] = best[i];
            FacilityResult r = calc.compute(replay.build(x));
            String value = c.options().get(best[i]);
            Cited<?> rule = c.kind().equals("attach") ? rules.ancillary() : rules.softwareFlatCap();
            String kind = c.kind().equals("attach") ? (value.isEmpty() ? "detach" : "attach") : "pricing-" + value.replace('_', '-');
            out.add(new Step(kind, List.of(c.itemId()), value.isEmpty() ? null : value, List.of(c.assignment(best[i])),
                    Advice.value(r) - before, rule.cite(), rule.verified()));
            before = Advice.value(r);
        }
        return out;
    }

    private static long warnings(FacilityResult r) {
        long n = 0;
        for (Finding f : r.findings()) if (f.severity() == Finding.Severity.WARNING) n++;
        return n;
    }

    private static boolean hasGroup(FacilityResult r, String id) {
        for (GroupResult g : r.groups()) if (g.id().equals(id)) return true;
        return false;
    }

    // ── what is left on the table ────────────────────────────────────────────────────────────────

    private List<LeftOver> leftOver(Submission s, FacilityResult r) {
        List<LeftOver> out = new ArrayList<>();
        for (GroupResult g : r.groups()) {
            if (g.subsidy() >= g.cap()) continue;
            long more;
            if (g.formula().equals("cap_then_rate")) {
                more = g.cap() - g.eligibleCost();
            } else {
                // the cost whose subsidy reaches the cap: cap ÷ rate, rounded up
                Fraction rate = g.rate();
                long need = Math.floorDiv(Math.addExact(Math.multiplyExact(g.cap(), rate.denominator()), rate.numerator() - 1),
                        rate.numerator());
                more = need - g.eligibleCost();
            }
            if (more <= 0) continue;
            out.add(new LeftOver("cap-room", g.id(), List.of(more, g.rate().toString(), g.cap(), g.cap() - g.subsidy()),
                    g.cap() - g.subsidy(), g.capSource(), true));
        }
        var t = r.totals();
        if (t.facilityCap() != null) {
            Cited<Long> fc = rules.facilityCap();
            if (t.facilityCapReduction() > 0) {
                out.add(new LeftOver("facility-cap-cut", "facility_cap",
                        List.of(t.groupSum(), t.facilityCap(), t.facilityCapReduction()), 0, fc.cite(), fc.verified()));
            } else {
                long room = t.facilityCap() - t.groupSum();
                out.add(new LeftOver("facility-cap-room", "facility_cap", List.of(t.facilityCap(), room), room,
                        fc.cite(), fc.verified()));
            }
        }
        long ifMet = t.subsidyIfRequirementsMet() - t.subsidy();
        for (Finding f : r.findings()) {
            if (f.severity() != Finding.Severity.ERROR) continue;
            List<Object> args = new ArrayList<>();
            args.add(f.code());
            args.addAll(f.args());
            out.add(new LeftOver("requirement", f.code(), args, ifMet, f.cite(), f.verified()));
        }
        training(s, r, out);
        pricingFacts(s, r, out);
        improvementAddsNothing(s, r, out);
        return out;
    }

    /** 問7: improvement support that the training condition keeps out: what it would add once met. */
    private void training(Submission s, FacilityResult r, List<LeftOver> out) {
        for (ItemResult i : r.items()) {
            if (!i.item().categoryId().equals(Calculator.IMPROVEMENT) || i.status() != Status.INELIGIBLE) continue;
            boolean training = false;
            for (Reason x : i.reasons()) if (x.code().startsWith("training-")) training = true;
            if (!training) continue;
            Facility f = s.facility();
            List<Training> courses = new ArrayList<>(f.training());
            courses.add(new Training(rules.trainingCourses().value().get(0), rules.fiscalYearStart()));
            Facility met = new Facility(f.id(), f.name(), f.prefecture(), f.service(), f.staff(), f.securityAction(),
                    f.improvementPlan(), f.linkage(), courses, f.centerOpenedLate(), f.at());
            long with = Advice.value(calc.compute(new Submission(s.source(), s.encoding(), met, s.items())));
            long adds = with - Advice.value(r);
            if (adds <= 0) continue;
            Cited<List<String>> rule = rules.trainingCourses();
            out.add(new LeftOver("training", i.id(), List.of(i.id(), adds), adds, rule.cite(), rule.verified()));
            return;
        }
    }

    /** 問13: a care software contract stated per account: what a flat contract would add (a fact of the contract, not a choice here). */
    private void pricingFacts(Submission s, FacilityResult r, List<LeftOver> out) {
        for (Item it : s.items()) {
            if (!it.pricingStated() || it.pricing() != Pricing.PER_ACCOUNT
                    || !rules.pricedSoftware().value().contains(it.categoryId())) continue;
            List<Item> items = new ArrayList<>(s.items());
            items.set(items.indexOf(it), new Choice("pricing", it.id(), List.of("per_account", "flat"), 0).apply(it, 1));
            long adds = Advice.value(calc.compute(new Submission(s.source(), s.encoding(), s.facility(), items))) - Advice.value(r);
            if (adds <= 0) continue;
            Cited<Long> rule = rules.softwareFlatCap();
            out.add(new LeftOver("pricing-fact", it.id(), List.of(it.id(), adds), adds, rule.cite(), rule.verified()));
        }
    }

    /** 問7: improvement support that adds nothing (a facility cap already reached): claiming it costs the facility its price. */
    private void improvementAddsNothing(Submission s, FacilityResult r, List<LeftOver> out) {
        for (ItemResult i : r.items()) {
            if (!i.item().categoryId().equals(Calculator.IMPROVEMENT) || i.status() == Status.INELIGIBLE) continue;
            List<Item> items = new ArrayList<>(s.items());
            items.remove(i.item());
            long without = Advice.value(calc.compute(new Submission(s.source(), s.encoding(), s.facility(), items)));
            if (without < Advice.value(r)) continue;
            Cited<Long> rule = rules.improvementSupportCap();
            out.add(new LeftOver("improvement-adds-nothing", i.id(), List.of(i.id(), i.requested()), 0,
                    rule.cite(), rule.verified()));
        }
    }
}
