package kaigohojo.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import kaigohojo.input.ErrorCode;
import kaigohojo.input.Problem;
import kaigohojo.input.Vocabulary;
import kaigohojo.model.Facility;
import kaigohojo.model.Submission;
import kaigohojo.text.Localized;

/**
 * {@code --split-facility merge} (#9): the parts of one facility's application must state the same
 * facility. A field both parts state with different values (事業所名, サービス種別, 職員数, …) is an
 * error at the later part's field, naming the first part's value and place; a field one part leaves
 * empty is no disagreement (an 追加分 may give only what identifies the facility).
 */
final class PartsAgree {
    private PartsAgree() {}

    /** One facility field: its key, its Japanese and English name, and how its value is shown. */
    private record Field(String key, Localized label, Function<Facility, Object> value) {}

    /** The errors for every field {@code later} states differently from {@code first}. */
    static List<Problem> differences(Submission first, Submission later, Vocabulary vocab) {
        List<Field> fields = List.of(
                new Field("name", Localized.of("事業所名", "facility name"), Facility::name),
                new Field("prefecture", Localized.of("都道府県", "prefecture"), Facility::prefecture),
                new Field("service", Localized.of("サービス種別", "service"),
                        f -> f.service() == null ? null : Localized.of(f.service().name(), f.service().en())),
                new Field("staff", Localized.of("職員数", "staff"), Facility::staff),
                new Field("security_action", Localized.of("SECURITY ACTION", "SECURITY ACTION"),
                        f -> f.securityAction() == null ? null : term(vocab, "security_action", f.securityAction().id())),
                new Field("improvement_plan", Localized.of("業務改善計画", "improvement plan"), f -> yesNo(f.improvementPlan())),
                new Field("care_plan_linkage", Localized.of("ケアプラン連携", "care plan linkage"),
                        f -> f.linkage().equals(kaigohojo.model.Linkage.NONE) ? null : f.linkage()),
                new Field("training", Localized.of("研修", "training"), f -> f.training().isEmpty() ? null : f.training()),
                new Field("other_income", Localized.of("寄付金その他の収入", "other income"), Facility::otherIncome));
        List<Problem> out = new ArrayList<>();
        Facility a = first.facility(), b = later.facility();
        for (Field f : fields) {
            Object va = f.value().apply(a), vb = f.value().apply(b);
            if (va == null || vb == null || Objects.equals(va, vb)) continue;
            String whereFirst = a.at().of(f.key()).file() + ":" + a.at().of(f.key()).line();
            boolean plain = !(va instanceof kaigohojo.model.Linkage || va instanceof List);
            out.add(Problem.of(b.at().of(f.key()), b.at().name(f.key()), plain ? text(vb) : null, ErrorCode.PARTS_DISAGREE,
                    b.id(), f.label(), plain ? va : Localized.of("その記載", "what is stated there"), whereFirst,
                    plain ? vb : Localized.of("この記載", "what is stated here")));
        }
        return out;
    }

    private static Object yesNo(Boolean b) {
        return b == null ? null : b ? Localized.of("はい", "yes") : Localized.of("いいえ", "no");
    }

    private static Object term(Vocabulary vocab, String kind, String id) {
        Vocabulary.Term t = vocab.terms(kind).get(id);
        return t == null ? id : Localized.of(t.ja(), t.en());
    }

    private static String text(Object v) {
        return v instanceof Localized l ? l.ja() : String.valueOf(v);
    }

    /**
     * The items of a later part, with the ids the form did not write (a CSV without an item_id column,
     * a YAML item without id: numbered 1, 2, … in each part) renumbered after the ids already taken,
     * so that two parts' item 1 are two items, not a duplicate; an attached_to naming a renumbered item
     * of the same part follows it. Ids the form wrote are kept: the same written id twice is an error.
     */
    static List<kaigohojo.model.Item> renumbered(List<kaigohojo.model.Item> items, java.util.Set<String> taken) {
        java.util.Set<String> own = new java.util.HashSet<>();
        for (kaigohojo.model.Item it : items) own.add(it.id());
        java.util.Map<String, String> renamed = new java.util.HashMap<>();
        int next = taken.size() + 1;
        for (kaigohojo.model.Item it : items) {
            if (it.at().all().containsKey("id") || !taken.contains(it.id())) continue;
            while (taken.contains(String.valueOf(next)) || own.contains(String.valueOf(next))
                    || renamed.containsValue(String.valueOf(next))) next++;
            renamed.put(it.id(), String.valueOf(next++));
        }
        if (renamed.isEmpty()) return items;
        List<kaigohojo.model.Item> out = new ArrayList<>(items.size());
        for (kaigohojo.model.Item it : items) {
            String id = it.at().all().containsKey("id") ? it.id() : renamed.getOrDefault(it.id(), it.id());
            String attached = it.attachedTo() == null ? null : renamed.getOrDefault(it.attachedTo(), it.attachedTo());
            out.add(new kaigohojo.model.Item(id, it.name(), it.category(), it.pricing(), it.pricingStated(), it.payment(),
                    it.unitPrice(), it.quantity(), it.paidThisYear(), it.plannedDate(), attached, it.inPackage(),
                    it.standard(), it.approvedByPrefecture(), it.otherSubsidy(), it.at(), it.deviceKind()));
        }
        return out;
    }
}
