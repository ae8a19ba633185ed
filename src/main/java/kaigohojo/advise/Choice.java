package kaigohojo.advise;

import java.util.List;
import kaigohojo.model.Item;

/**
 * One decision that is the applicant's to make about one item, and its legal options: whether it goes
 * into the パッケージ型 application (問5), which main item an unattached ancillary cost goes with (問8),
 * or how care software is priced when the application has not said (問13). An option never changes a
 * price, a quantity or a fact about the facility.
 *
 * @param kind package | attach | pricing
 * @param options the values ("true"/"false", a main item's id or "" for none, "per_account"/"flat")
 * @param current the option the application holds now (an index into options)
 */
record Choice(String kind, String itemId, List<String> options, int current) {
    Choice {
        options = List.copyOf(options);
    }

    /** The item with option {@code o} applied. */
    Item apply(Item it, int o) {
        String v = options.get(o);
        boolean pkg = it.inPackage();
        String attached = it.attachedTo();
        kaigohojo.model.Pricing pricing = it.pricing();
        boolean pricingStated = it.pricingStated();
        switch (kind) {
            case "package" -> pkg = Boolean.parseBoolean(v);
            case "attach" -> attached = v.isEmpty() ? null : v;
            default -> {
                pricing = kaigohojo.model.Pricing.byId(v);
                pricingStated = o != current || it.pricingStated();
            }
        }
        return new Item(it.id(), it.name(), it.category(), pricing, pricingStated, it.payment(), it.unitPrice(),
                it.quantity(), it.paidThisYear(), it.plannedDate(), attached, pkg, it.standard(),
                it.approvedByPrefecture(), it.otherSubsidy(), it.at());
    }

    /** The {@code --set} assignment that makes option {@code o} ("items.soft.package=true"). */
    String assignment(int o) {
        String key = switch (kind) {
            case "package" -> "package";
            case "attach" -> "attached_to";
            default -> "pricing";
        };
        return "items." + itemId + "." + key + "=" + options.get(o);
    }
}
