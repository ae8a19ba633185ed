package kaigohojo.engine;

import java.util.ArrayList;
import java.util.List;
import kaigohojo.money.ExactYen;
import kaigohojo.money.Fraction;
import kaigohojo.money.Yen;
import kaigohojo.rules.Cited;
import kaigohojo.rules.Rules;

/**
 * The amount formula of rules-national-r8.md §1 for one cap group:
 * {@code rate_then_cap}: min(floor_1000(E × rate), cap); {@code cap_then_rate}: floor_1000(min(E, cap) × rate).
 * Every step goes into the trace with its citation.
 */
final class GroupFormula {
    /** One part of a cap: its message code, arguments, amount and rule. */
    record CapPart(String code, List<Object> args, long amount, Cited<?> rule) {}

    private final Rules rules;
    private final Ledger ledger;

    private final boolean traced;

    /** @param traced whether the steps are kept (a report prints them), or only the rules they use (#13) */
    GroupFormula(Rules rules, Ledger ledger, boolean traced) {
        this(rules, ledger, traced, new java.util.IdentityHashMap<>());
    }

    /** @param capSources the citation of each cap rule, made once per run (#13: the calculator keeps it) */
    GroupFormula(Rules rules, Ledger ledger, boolean traced, java.util.Map<Cited<?>, String> capSources) {
        this.rules = rules;
        this.ledger = ledger;
        this.traced = traced;
        this.capSources = capSources;
    }

    private final java.util.Map<Cited<?>, String> capSources;

    /** What a report cites for the group's 基準額: its first part's rule (問13, …), "" for none. */
    private String capSource(List<CapPart> capParts) {
        if (capParts.isEmpty()) return "";
        Cited<?> rule = capParts.get(0).rule();
        String s = capSources.get(rule);
        if (s == null) {
            s = rule.cite();
            if (capSources.size() < 256) capSources.put(rule, s); // the rule set's cap rules: a few dozen
        }
        return s;
    }

    GroupResult compute(String id, String kind, List<ItemState> members, List<CapPart> capParts,
                        Cited<?> membership) {
        List<TraceStep> trace = traced ? new ArrayList<>() : List.of(); // step() adds only when traced
        long e = 0;
        boolean fractional = false;
        List<String> ids = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            ItemState m = members.get(i);
            e = Yen.add(e, m.eligibleCost);
            ids.add(m.item.id());
            fractional |= m.fractional();
        }
        if (fractional) return computeExact(id, kind, members, capParts, membership, ids, costs(members), trace);
        if (traced) step(trace, "eligible-cost", membership, new Members(ids, costs(members)), e);
        else cite(membership);
        long cap = capTotal(capParts, trace);
        Cited<Fraction> rateC = ledger.cite(rules.rate());
        Cited<String> formulaC = ledger.cite(rules.formula());
        Cited<Long> unitC = ledger.cite(rules.roundingUnit());
        Fraction rate = rateC.value();
        long unit = unitC.value();
        long subsidy;
        if (formulaC.value().equals("cap_then_rate")) {
            long base = Math.min(e, cap);
            long floored = Yen.floorTo(rate.timesFloor(base), unit);
            subsidy = floored;
            if (traced) { // #13: the steps' texts and arguments only when a report prints them (their rules are cited above)
                step(trace, "formula-cap-then-rate", formulaC);
                step(trace, "min-cost-cap", formulaC, e, cap, base);
                step(trace, "times-rate", rateC, base, rate.toString(), new Exact(rate, base));
                step(trace, "round-down", unitC, new Exact(rate, base), floored, unit);
            }
        } else {
            long floored = Yen.floorTo(rate.timesFloor(e), unit);
            subsidy = Math.min(floored, cap);
            if (traced) {
                step(trace, "formula-rate-then-cap", formulaC);
                step(trace, "times-rate", rateC, e, rate.toString(), new Exact(rate, e));
                step(trace, "round-down", unitC, new Exact(rate, e), floored, unit);
                step(trace, "min-cap", formulaC, floored, cap, subsidy);
            }
        }
        String capSource = capSource(capParts);
        return new GroupResult(id, kind, ids, e, rate, formulaC.value(), cap, capSource, subsidy, trace);
    }

    /** The members' eligible costs in whole yen, for the trace and the exact path (#13: not made otherwise). */
    private static List<Long> costs(List<ItemState> members) {
        List<Long> costs = new ArrayList<>(members.size());
        for (ItemState m : members) costs.add(m.eligibleCost);
        return costs;
    }

    /** The group's 基準額: the sum of its parts, each traced with its rule, and their total when there are several. */
    private long capTotal(List<CapPart> capParts, List<TraceStep> trace) {
        long cap = 0;
        for (int i = 0; i < capParts.size(); i++) {
            CapPart p = capParts.get(i);
            cap = Yen.add(cap, p.amount());
            if (traced) step(trace, p.code(), p.rule(), p.args().toArray());
            else cite(p.rule());
        }
        if (traced && capParts.size() > 1) step(trace, "cap-total", null, cap);
        return cap;
    }

    /**
     * The same formula when an item's eligible cost is a fraction of a yen (a per-unit subsidy cap
     * divided by the rate): E, min(E, cap) and E × rate are kept exact, and only the subsidy is rounded
     * (千円未満切捨て), so that 100,000 a terminal gives exactly 100,000 (問1, R7; issue #9).
     */
    private GroupResult computeExact(String id, String kind, List<ItemState> members, List<CapPart> capParts,
                                     Cited<?> membership, List<String> ids, List<Long> costs, List<TraceStep> trace) {
        ExactYen e = ExactYen.ZERO;
        for (ItemState m : members) e = e.plus(m.exact());
        step(trace, "eligible-cost", membership, new Members(ids, costs), shown(e));
        long cap = capTotal(capParts, trace);
        Cited<Fraction> rateC = ledger.cite(rules.rate());
        Cited<String> formulaC = ledger.cite(rules.formula());
        Cited<Long> unitC = ledger.cite(rules.roundingUnit());
        Fraction rate = rateC.value();
        long unit = unitC.value();
        long subsidy;
        if (formulaC.value().equals("cap_then_rate")) {
            ExactYen base = e.min(ExactYen.of(cap));
            step(trace, "formula-cap-then-rate", formulaC);
            step(trace, "min-cost-cap", formulaC, shown(e), cap, shown(base));
            ExactYen product = base.times(rate);
            step(trace, "times-rate", rateC, shown(base), rate.toString(), product);
            long floored = Yen.floorTo(product.floor(), unit);
            step(trace, "round-down", unitC, product, floored, unit);
            subsidy = floored;
        } else {
            step(trace, "formula-rate-then-cap", formulaC);
            ExactYen product = e.times(rate);
            step(trace, "times-rate", rateC, shown(e), rate.toString(), product);
            long floored = Yen.floorTo(product.floor(), unit);
            step(trace, "round-down", unitC, product, floored, unit);
            subsidy = Math.min(floored, cap);
            step(trace, "min-cap", formulaC, floored, cap, subsidy);
        }
        String capSource = capSource(capParts);
        long shownE = 0;
        for (long c : costs) shownE = Yen.add(shownE, c);
        return new GroupResult(id, kind, ids, shownE, rate, formulaC.value(), cap, capSource, subsidy, trace, e);
    }

    /** A whole amount as a Long (shown as yen), a fraction as itself ("1,533,333.3333…"). */
    private static Object shown(ExactYen x) {
        return x.isWhole() ? (Object) x.floor() : x;
    }

    /** "soft 360,000 + phones 1,020,000": the members of a group, written only when a trace is shown. */
    record Members(List<String> ids, List<Long> costs) {
        @Override public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < ids.size(); i++) {
                if (i > 0) sb.append(" + ");
                sb.append(ids.get(i)).append(' ').append(Yen.format(costs.get(i)));
            }
            return sb.toString();
        }
    }

    /** "2,080,000" or "987,653.6" or "833,333.3333…": the exact product, written only when shown. */
    record Exact(Fraction rate, long amount) {
        @Override public String toString() { return exact(rate, amount); }
    }

    static String exact(Fraction rate, long amount) {
        String s = rate.timesExact(amount).toPlainString();
        int dot = s.indexOf('.');
        String intPart = dot < 0 ? s : s.substring(0, dot);
        String frac = dot < 0 ? "" : s.substring(dot);
        String grouped = Yen.format(Long.parseLong(intPart));
        return grouped + frac + (rate.terminatesFor(amount) ? "" : "…");
    }

    /** A rule a step rests on, noted as used when the step itself is not kept. */
    private void cite(Cited<?> rule) {
        if (rule != null) ledger.cite(rule);
    }

    /**
     * A step of the trace; its rule counts as used whether or not the steps are kept (#13: kept only when
     * a report of this run prints them; the common path does not even make their arguments then).
     */
    private void step(List<TraceStep> trace, String code, Cited<?> rule, Object... args) {
        cite(rule);
        if (!traced) return;
        trace.add(rule == null ? new TraceStep(code, List.of(args), null, null)
                : new TraceStep(code, List.of(args), rule.provenance(), rule.path()));
    }
}
