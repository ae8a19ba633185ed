package kaigohojo.engine;

import java.util.ArrayList;
import java.util.List;
import kaigohojo.input.ErrorCode;
import kaigohojo.input.Problem;
import kaigohojo.model.Item;
import kaigohojo.model.Pricing;
import kaigohojo.model.Submission;
import kaigohojo.rules.Rules;
import kaigohojo.text.DidYouMean;

/**
 * Input errors that only the rule set can tell: a lease without {@code paid_this_year} (問9), software
 * without {@code staff} (問13), an {@code attached_to} that names no item or an item nothing can be
 * attached to, amounts whose sums would overflow. A submission with any of these is not computed.
 */
public final class SubmissionChecks {
    /**
     * A "did you mean" looks at every item id: past this many per submission the errors come without
     * one, so that 20,000 bad references cost linear time, not 20,000 × 20,000 comparisons (#8).
     */
    static final int MAX_SUGGESTIONS = 20;

    private SubmissionChecks() {}

    /** The items by id, the first of each id. */
    private static java.util.Map<String, Item> byId(List<Item> items) {
        java.util.Map<String, Item> byId = new java.util.HashMap<>();
        for (Item i : items) byId.putIfAbsent(i.id(), i);
        return byId;
    }

    /** The first item of an id, or null (as {@link #byId} gives it). */
    private static Item first(List<Item> items, String id) {
        for (Item i : items) if (i.id().equals(id)) return i;
        return null;
    }

    public static List<Problem> check(Submission s, Rules rules) {
        List<Problem> out = new ArrayList<>();
        // one look-up per reference: linear (#8); made at the first reference (#13: not for every facility)
        java.util.Map<String, Item> byId = null;
        boolean anySoftware = false;
        boolean onlyFlatMain = true;
        long total = 0;
        int suggested = 0;
        for (Item i : s.items()) {
            String cat = i.category().id();
            if (rules.paidThisYearRequired().value().contains(i.payment().id()) && i.paidThisYear() == null) {
                out.add(Problem.of(i.at().start().atLineOnly(), i.at().name("paid_this_year"), null,
                        ErrorCode.PAID_THIS_YEAR_REQUIRED, i.payment().id()));
            }
            if (i.unitPrice() == null && i.paidThisYear() == null) {
                out.add(Problem.of(i.at().start().atLineOnly(), i.at().name("unit_price"), null, ErrorCode.PRICE_REQUIRED));
            }
            if (rules.isSoftwareGroup(cat)) {
                anySoftware = true;
                if (!rules.pricedSoftware().value().contains(cat) || i.pricing() == Pricing.PER_ACCOUNT) {
                    onlyFlatMain = false;
                }
            }
            if (i.attachedTo() != null) {
                // #13 (session 6): a few items are compared, a map only past ItemsById.SCAN of them
                if (byId == null && s.items().size() > ItemsById.SCAN) byId = byId(s.items());
                Item target = byId != null ? byId.get(i.attachedTo()) : first(s.items(), i.attachedTo());
                if (target == null) {
                    Problem p = Problem.of(i.at().of("attached_to"), i.at().name("attached_to"), i.attachedTo(),
                            ErrorCode.ATTACHED_TO_UNKNOWN, i.attachedTo());
                    if (suggested++ < MAX_SUGGESTIONS) {
                        List<String> others = new ArrayList<>(s.items().size());
                        for (Item o : s.items()) others.add(o.id());
                        others.remove(i.id());
                        p = DidYouMean.suggest(i.attachedTo(), others).map(p::withSuggestion).orElse(p);
                    }
                    out.add(p);
                } else if (rules.isAncillary(cat)
                        && (rules.isAncillary(target.category().id()) || target.category().id().equals("improvement_support"))) {
                    out.add(Problem.of(i.at().of("attached_to"), i.at().name("attached_to"), i.attachedTo(),
                            ErrorCode.ATTACHED_TO_INVALID, i.attachedTo(), target.category().id()));
                }
            }
            try {
                total = Math.addExact(total, i.requested());
            } catch (ArithmeticException e) {
                out.add(Problem.of(i.at().start().atLineOnly(), i.at().name("unit_price"), null, ErrorCode.AMOUNT_OVERFLOW));
                break;
            }
        }
        // 問13: the software cap goes by staff unless every item that can join the software group is care
        // or back-office software priced flat. Which items end in the group depends on eligibility and on
        // the package, so staff is asked for whenever the group could need it.
        boolean needsStaff = anySoftware && !onlyFlatMain;
        if (needsStaff && s.facility().staff() == null) {
            out.add(Problem.of(s.facility().at().start().atLineOnly(), s.facility().at().name("staff"), null,
                    ErrorCode.STAFF_REQUIRED));
        }
        return out;
    }
}
