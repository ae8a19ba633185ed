package kaigohojo.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kaigohojo.model.Category;
import kaigohojo.model.Facility;
import kaigohojo.model.Item;
import kaigohojo.model.Linkage;
import kaigohojo.model.Payment;
import kaigohojo.model.Positions;
import kaigohojo.model.Pricing;
import kaigohojo.model.SecurityAction;
import kaigohojo.model.Service;
import kaigohojo.model.Submission;
import kaigohojo.model.Training;

/**
 * Binds one document (a {@link YNode} tree from YAML, or what a CSV block or a sheet's rows are turned
 * into) to a {@link Submission}, strictly: unknown keys, wrong shapes and unreadable values are
 * {@link Problem}s that name the line, column and field. A document with any problem yields no submission.
 * #13: a tabular facility and its rows are mappings that read the file's cells by its header's plan
 * ({@link CsvFacilityMapping}, {@link CsvRowMapping}); a node is made only for a field an error names or
 * {@code --set} changes, so each field rule and its message is still written once, here.
 */
public final class SubmissionBinder {
    public static final List<String> TOP_KEYS = List.of("facility", "items");
    public static final List<String> FACILITY_KEYS = List.of("id", "name", "prefecture", "service", "staff",
            "security_action", "improvement_plan", "care_plan_linkage", "training", "center_opened_late",
            "other_income"); // #12: 寄付金その他の収入 (愛知県 step イ)
    public static final List<String> LINKAGE_KEYS = List.of("in_use", "track_record", "partners", "planned");
    public static final List<String> TRAINING_KEYS = List.of("course", "date");
    public static final List<String> ITEM_KEYS = List.of("id", "name", "category", "pricing", "payment",
            "unit_price", "quantity", "paid_this_year", "planned_date", "attached_to", "package", "standard",
            "approved_by_prefecture", "other_subsidy",
            "device_kind"); // #12: for a prefecture's closed list of devices

    private final String file;
    /** The file (and, in a workbook, the sheet) every place of this document is in. */
    private final Location origin;
    private final Vocabulary vocab;
    private final boolean tabular;
    private final List<Problem> problems = new ArrayList<>();
    /** #9: what is read but left unused, with a warning (an unknown prefecture: optional, no amount depends on it). */
    private final List<Problem> warnings = new ArrayList<>();
    private final List<Item> partialItems = new ArrayList<>();
    /** Made when an item fails (#13 session 7: not for every facility). */
    private java.util.Set<String> failedItemIds;
    private Submission partial;

    private SubmissionBinder(Location origin, Vocabulary vocab, boolean tabular) {
        this.file = origin.file();
        this.origin = origin;
        this.vocab = vocab;
        this.tabular = tabular;
    }

    /** The outcome: a submission, or the problems that kept it from being one. */
    /**
     * @param partial when the document failed: what could be bound of it (the facility and every item
     *     with a known category), so that later checks can still report their own errors at once
     * @param failedItemIds ids of items that failed to bind (a reference to them is no new error)
     */
    public record Result(Submission submission, List<Problem> problems, Submission partial, java.util.Set<String> failedItemIds) {
        public boolean ok() { return submission != null; }
    }

    public static Result bind(YNode doc, String file, String encoding, Vocabulary vocab) {
        return bind(doc, file, encoding, vocab, false);
    }

    /**
     * @param tabular true for a tree made from CSV rows: fields are then named by their column (the
     *     header as written, or the column's key when the column is absent), not by a YAML path
     */
    public static Result bind(YNode doc, String file, String encoding, Vocabulary vocab, boolean tabular) {
        return bind(doc, Location.of(file, 0, 0), encoding, vocab, tabular);
    }

    /** @param origin the file, and in a workbook its sheet (places are then shown as cells: 申請!D7) */
    public static Result bind(YNode doc, Location origin, String encoding, Vocabulary vocab, boolean tabular) {
        SubmissionBinder b = new SubmissionBinder(origin, vocab, tabular);
        Submission s = b.document(doc, encoding);
        if (!b.problems.isEmpty()) {
            return new Result(null, List.copyOf(b.problems), b.partial,
                    b.failedItemIds == null ? java.util.Set.of() : java.util.Set.copyOf(b.failedItemIds));
        }
        return new Result(s, List.of(), null, java.util.Set.of());
    }

    private Location at(YNode n) { return origin.at(n.line(), n.column()); }

    private String name(YNode n, String path) {
        if (n instanceof YNode.Scalar s && s.label() != null) return s.label();
        return path;
    }

    private void problem(YNode n, String path, ErrorCode code, Object... args) {
        String value = n instanceof YNode.Scalar s ? s.text() : null;
        problems.add(Problem.of(at(n), name(n, path), value, code, args));
    }

    /**
     * Up to this many items, a duplicate item id is found by comparing the ids of the items bound before;
     * past it, through a map (#13: a CSV facility has ten or so items, and a batch a million).
     */
    private static final int FEW_ITEMS = 16;

    private Submission document(YNode doc, String encoding) {
        if (!(doc instanceof YNode.Mapping root)) {
            problem(doc, "", ErrorCode.NOT_A_MAPPING, "facility, items");
            return null;
        }
        checkKeys(root, "", TOP_KEYS);
        YNode fNode = root.get("facility");
        Facility facility = null;
        if (fNode == null) {
            problems.add(Problem.of(at(root).atLineOnly(), "facility", null, ErrorCode.MISSING_FIELD, "facility"));
        } else if (!(fNode instanceof YNode.Mapping fm)) {
            problem(fNode, "facility", ErrorCode.NOT_A_MAPPING, String.join(", ", FACILITY_KEYS));
        } else {
            facility = facility(fm);
        }
        YNode iNode = root.get("items");
        List<Item> items = new ArrayList<>();
        if (iNode == null || (iNode instanceof YNode.Scalar s && s.isNull())) {
            Location where = iNode == null ? at(root).atLineOnly() : at(iNode);
            problems.add(Problem.of(where, "items", null, ErrorCode.NO_ITEMS));
        } else if (!(iNode instanceof YNode.Sequence seq)) {
            problem(iNode, "items", ErrorCode.NOT_A_LIST, "items");
        } else if (seq.size() == 0) {
            problems.add(Problem.of(at(seq), "items", null, ErrorCode.NO_ITEMS));
        } else {
            Map<String, Item> seen = null; // #13: made past FEW_ITEMS items only; below, the items bound are compared
            int count = seq.size();
            items = new ArrayList<>(count);
            for (int pos = 1; pos <= count; pos++) { // #13 (session 7): by index, no iterators
                Item it = item(seq.get(pos - 1), pos);
                if (it == null) continue;
                Item first = null;
                if (seen == null && items.size() < FEW_ITEMS) {
                    for (int k = 0; k < items.size(); k++) {
                        Item x = items.get(k);
                        if (x.id().equals(it.id())) {
                            first = x;
                            break;
                        }
                    }
                } else {
                    if (seen == null) {
                        seen = new HashMap<>();
                        for (Item x : items) seen.put(x.id(), x);
                    }
                    first = seen.putIfAbsent(it.id(), it);
                }
                if (first != null) {
                    problems.add(Problem.of(it.at().of("id"), it.at().name("id"), it.id(),
                            ErrorCode.DUPLICATE_ITEM_ID, it.id(), first.at().start().line()));
                } else {
                    items.add(it);
                }
            }
        }
        if (facility == null || !problems.isEmpty()) {
            if (facility != null) {
                List<Item> all = new ArrayList<>(items);
                all.addAll(partialItems);
                partial = new Submission(origin.at(doc.line(), 0), encoding, facility, all);
            }
            return null;
        }
        return new Submission(origin.at(doc.line(), 0), encoding, facility, items, warnings);
    }

    private void checkKeys(YNode.Mapping m, String prefix, List<String> allowed) {
        if (tabular) return; // a tree made from CSV columns holds known keys only
        for (YNode.Entry e : m.list()) {
            if (allowed.contains(e.key())) continue;
            String path = prefix.isEmpty() ? e.key() : prefix + "." + e.key();
            String label = e.value() instanceof YNode.Scalar s && s.label() != null ? s.label() : path;
            Problem p = Problem.of(origin.at(e.line(), e.column()), label, e.key(),
                    ErrorCode.UNKNOWN_KEY, e.key(), String.join(", ", allowed));
            Optional<String> hint = suggestKey(e.key(), allowed);
            problems.add(hint.map(p::withSuggestion).orElse(p));
        }
    }

    /** Japanese words people write for the two top-level keys (#9: 事業所 → facility, 品目 → items). */
    private static final java.util.Map<String, String> JAPANESE_TOP_KEYS = java.util.Map.of(
            "事業所", "facility", "事業所情報", "facility", "施設", "facility", "申請者", "facility",
            "品目", "items", "品目一覧", "items", "導入品目", "items", "機器", "items");

    private static Optional<String> suggestKey(String key, List<String> allowed) {
        String top = JAPANESE_TOP_KEYS.get(kaigohojo.text.Normalize.nfkc(key).strip());
        if (top != null && allowed.contains(top)) return Optional.of(top);
        Optional<String> alias = CsvColumns.keyForAlias(key);
        if (alias.isPresent() && allowed.contains(alias.get())) return alias;
        // a CSV column's Japanese header inside a YAML mapping: 事業所番号 → id, 品目 → name
        for (String prefix : List.of("facility_", "item_")) {
            if (alias.isPresent() && alias.get().startsWith(prefix) && allowed.contains(alias.get().substring(prefix.length()))) {
                return Optional.of(alias.get().substring(prefix.length()));
            }
        }
        return kaigohojo.text.DidYouMean.suggest(key, allowed);
    }

    private Facility facility(YNode.Mapping m) {
        checkKeys(m, "facility", FACILITY_KEYS);
        // #13 (session 6): a CSV facility that no --set changed is read by its file's plan, with no entries
        boolean byPlan = m instanceof CsvFacilityMapping csv && csv.plain();
        Positions pos;
        if (byPlan) {
            pos = ((CsvFacilityMapping) m).positions(origin);
        } else {
            pos = new Positions(origin.at(m.line(), m.column()), tabular ? "" : "facility",
                    FACILITY_KEYS.size() + LINKAGE_KEYS.size());
            record(pos, m, FACILITY_KEYS);
        }
        String id = requiredText(m, "id", "facility");
        if (id != null) {
            String digits = kaigohojo.text.Normalize.nfkc(id).replace("-", "");
            if (digits.length() != 10 || !asciiDigits(digits)) {
                problem(m.get("id"), "facility.id", ErrorCode.INVALID_FACILITY_ID);
                if (digits.length() == 9 && asciiDigits(digits)) {
                    // 9 digits: a spreadsheet most likely dropped the leading zero (北海道 01…, 青森 02…)
                    int last = problems.size() - 1;
                    problems.set(last, problems.get(last).withSuggestion("0" + digits));
                }
            } else {
                id = digits;
            }
        }
        String name = requiredText(m, "name", "facility");
        String prefecture = null;
        String prefText = optionalText(m, "prefecture");
        if (prefText != null) {
            Optional<String> p = vocab.prefecture(prefText);
            if (p.isPresent()) {
                prefecture = p.get();
            } else {
                YNode n = m.get("prefecture");
                Problem pr = Problem.of(at(n), name(n, "facility.prefecture"), prefText, ErrorCode.UNKNOWN_PREFECTURE, prefText);
                warnings.add(vocab.suggestPrefecture(prefText).map(pr::withSuggestion).orElse(pr)); // #9: a warning, not an error
            }
        }
        Service service = null;
        String svc = requiredText(m, "service", "facility");
        if (svc != null) {
            Optional<Service> s = vocab.service(svc);
            if (s.isPresent()) {
                service = s.get();
            } else {
                YNode n = m.get("service");
                Problem pr = Problem.of(at(n), name(n, "facility.service"), svc, ErrorCode.UNKNOWN_SERVICE, svc);
                problems.add(vocab.suggestService(svc).map(pr::withSuggestion).orElse(pr));
            }
        }
        Long staff = count(m, "staff", "facility", 1);
        SecurityAction sa = null;
        String saText = optionalText(m, "security_action");
        if (saText != null) {
            Optional<Vocabulary.Term> t = vocab.term("security_action", saText);
            if (t.isPresent()) sa = SecurityAction.byId(t.get().id());
            else badTerm(m.get("security_action"), "facility.security_action", "security_action", saText);
        }
        Boolean plan = bool(m, "improvement_plan", "facility");
        Linkage linkage = Linkage.NONE;
        YNode ln = m.get("care_plan_linkage");
        if (ln instanceof YNode.Mapping lm) {
            checkKeys(lm, "facility.care_plan_linkage", LINKAGE_KEYS);
            String p = "facility.care_plan_linkage";
            Long partners = count(lm, "partners", p, 0);
            linkage = new Linkage(bool(lm, "in_use", p), bool(lm, "track_record", p),
                    partners == null ? null : partners.intValue(), bool(lm, "planned", p));
            if (!byPlan) record(pos, lm, LINKAGE_KEYS, "care_plan_linkage.");
        } else if (ln != null && !(ln instanceof YNode.Scalar s && s.isNull())) {
            problem(ln, "facility.care_plan_linkage", ErrorCode.NOT_A_MAPPING, String.join(", ", LINKAGE_KEYS));
        }
        List<Training> training = training(byPlan && !((CsvFacilityMapping) m).statesTraining() ? null : m.get("training"));
        Boolean late = bool(m, "center_opened_late", "facility");
        Long otherIncome = amount(m, "other_income", "facility");
        return new Facility(id, name, prefecture, service, staff == null ? null : staff.intValue(), sa, plan,
                linkage, training, Boolean.TRUE.equals(late), pos, otherIncome);
    }

    private List<Training> training(YNode n) {
        List<Training> out = new ArrayList<>();
        if (n == null || (n instanceof YNode.Scalar s && s.isNull())) return out;
        if (!(n instanceof YNode.Sequence seq)) {
            problem(n, "facility.training", ErrorCode.NOT_A_LIST, "course, date");
            return out;
        }
        int i = 0;
        for (YNode e : seq.elements()) {
            i++;
            String path = "facility.training[" + i + "]";
            if (!(e instanceof YNode.Mapping tm)) {
                problem(e, path, ErrorCode.NOT_A_MAPPING, "course, date");
                continue;
            }
            checkKeys(tm, path, TRAINING_KEYS);
            String course = requiredText(tm, "course", path);
            String id = null;
            if (course != null) {
                Optional<Vocabulary.Term> t = vocab.term("training_course", course);
                if (t.isPresent()) id = t.get().id();
                else badTerm(tm.get("course"), path + ".course", "training_course", course);
            }
            LocalDate date = date(tm, "date", path);
            if (id != null) out.add(new Training(id, date));
        }
        return out;
    }

    /** #13: each item field's place in {@link #ITEM_KEYS}, by which a CSV row reads its cell. */
    private static final int I_ID = ITEM_KEYS.indexOf("id"), I_NAME = ITEM_KEYS.indexOf("name"),
            I_CATEGORY = ITEM_KEYS.indexOf("category"), I_PRICING = ITEM_KEYS.indexOf("pricing"),
            I_PAYMENT = ITEM_KEYS.indexOf("payment"), I_UNIT_PRICE = ITEM_KEYS.indexOf("unit_price"),
            I_QUANTITY = ITEM_KEYS.indexOf("quantity"), I_PAID = ITEM_KEYS.indexOf("paid_this_year"),
            I_PLANNED = ITEM_KEYS.indexOf("planned_date"), I_ATTACHED = ITEM_KEYS.indexOf("attached_to"),
            I_PACKAGE = ITEM_KEYS.indexOf("package"), I_STANDARD = ITEM_KEYS.indexOf("standard"),
            I_APPROVED = ITEM_KEYS.indexOf("approved_by_prefecture"), I_OTHER = ITEM_KEYS.indexOf("other_subsidy"),
            I_DEVICE_KIND = ITEM_KEYS.indexOf("device_kind");

    /**
     * The parent path of the item being bound ("items[3]"), as a marker: {@link #path} spells it out only
     * when an error names a field (#13: a million CSV rows would otherwise each build one, never shown).
     */
    private static final String ITEM = new String("items[]");
    /** The position (1-based) of the item being bound, for {@link #ITEM}. */
    private int itemPosition;

    private Item item(YNode n, int position) {
        itemPosition = position;
        String path = ITEM;
        if (!(n instanceof YNode.Mapping m)) {
            problem(n, path(ITEM), ErrorCode.NOT_A_MAPPING, String.join(", ", ITEM_KEYS));
            return null;
        }
        int before = problems.size();
        Positions pos;
        if (m instanceof CsvRowMapping row) {
            pos = row.positions(origin);
        } else {
            checkKeys(m, path(ITEM), ITEM_KEYS);
            pos = new Positions(origin.at(m.line(), m.column()), tabular ? "" : path(ITEM));
            record(pos, m, ITEM_KEYS);
        }
        String id = itemText(m, I_ID);
        if (id == null) {
            id = Integer.toString(position);
        } else {
            id = kaigohojo.text.Normalize.nfkc(id);
            if (id.length() > 64 || hasControl(id)) {
                problem(m.get("id"), path(path, "id"), ErrorCode.INVALID_ITEM_ID);
            }
        }
        String name = itemText(m, I_NAME);
        Category category = null;
        String cat = requiredItemText(m, I_CATEGORY);
        if (cat != null) {
            Optional<Category> c = vocab.category(cat);
            if (c.isPresent()) {
                category = c.get();
            } else {
                YNode cn = m.get("category");
                Problem pr = Problem.of(at(cn), name(cn, path(path, "category")), cat, ErrorCode.UNKNOWN_CATEGORY, cat);
                problems.add(vocab.suggestCategory(cat).map(pr::withSuggestion).orElse(pr));
            }
        }
        Pricing pricing = Pricing.PER_ACCOUNT;
        String pr = itemText(m, I_PRICING);
        if (pr != null) {
            Optional<Vocabulary.Term> t = vocab.term("pricing", pr);
            if (t.isPresent()) pricing = Pricing.byId(t.get().id());
            else badTerm(m.get("pricing"), path(path, "pricing"), "pricing", pr);
        }
        Payment payment = Payment.PURCHASE;
        String pay = itemText(m, I_PAYMENT);
        if (pay != null) {
            Optional<Vocabulary.Term> t = vocab.term("payment", pay);
            if (t.isPresent()) payment = Payment.byId(t.get().id());
            else badTerm(m.get("payment"), path(path, "payment"), "payment", pay);
        }
        Long unitPrice = amount(itemText(m, I_UNIT_PRICE), m, "unit_price", path);
        Long quantity = count(itemText(m, I_QUANTITY), m, "quantity", path, 1);
        Long paid = amount(itemText(m, I_PAID), m, "paid_this_year", path);
        LocalDate planned = date(itemText(m, I_PLANNED), m, "planned_date", path);
        String attachedTo = itemText(m, I_ATTACHED);
        if (attachedTo != null) attachedTo = kaigohojo.text.Normalize.nfkc(attachedTo);
        Boolean pkg = bool(itemText(m, I_PACKAGE), m, "package", path);
        String standard = itemText(m, I_STANDARD);
        if (standard != null) {
            standard = vocab.term("standard", standard).map(Vocabulary.Term::id).orElse(kaigohojo.text.Normalize.nfkc(standard));
        }
        Boolean approved = bool(itemText(m, I_APPROVED), m, "approved_by_prefecture", path);
        Boolean other = bool(itemText(m, I_OTHER), m, "other_subsidy", path);
        String deviceKind = null;
        String dk = itemText(m, I_DEVICE_KIND);
        if (dk != null) {
            Optional<Vocabulary.Term> t = vocab.term("device_kind", dk);
            if (t.isPresent()) deviceKind = t.get().id();
            else badTerm(m.get("device_kind"), path(path, "device_kind"), "device_kind", dk);
        }
        boolean unknownKeys = false;
        for (int k = before; k < problems.size(); k++) {
            if (problems.get(k).code().equals(ErrorCode.UNKNOWN_KEY.id())) unknownKeys = true;
        }
        if (!unknownKeys && unitPrice == null && paid == null && m.get("unit_price") == null && m.get("paid_this_year") == null) {
            problems.add(Problem.of(pos.start().atLineOnly(), path(path, "unit_price"), null, ErrorCode.PRICE_REQUIRED));
        }
        Item built = category == null ? null : new Item(id, name, category, pricing, pr != null, payment, unitPrice,
                quantity == null ? 1 : quantity, paid, planned, attachedTo,
                Boolean.TRUE.equals(pkg), standard, Boolean.TRUE.equals(approved), Boolean.TRUE.equals(other), pos, deviceKind);
        if (problems.size() > before || category == null) {
            if (built != null) partialItems.add(built);
            if (failedItemIds == null) failedItemIds = new java.util.HashSet<>();
            failedItemIds.add(id);
            return null;
        }
        return built;
    }

    /**
     * An item field's text as {@link #optionalText} gives it. #13: a CSV row reads the cell of the field's
     * column by index (resolved once from the header), with no lookup by key and no node.
     */
    private String itemText(YNode.Mapping m, int slot) {
        if (m instanceof CsvRowMapping row) return row.cell(slot);
        return optionalText(m, ITEM_KEYS.get(slot));
    }

    /** An item field's text as {@link #requiredText} gives it, a CSV row's cell read by index (#13). */
    private String requiredItemText(YNode.Mapping m, int slot) {
        if (m instanceof CsvRowMapping row) {
            String t = row.cell(slot);
            if (t != null) return t;
        }
        return requiredText(m, ITEM_KEYS.get(slot), ITEM);
    }

    private void record(Positions pos, YNode.Mapping m, List<String> keys) {
        record(pos, m, keys, "");
    }

    private void record(Positions pos, YNode.Mapping m, List<String> keys, String fieldPrefix) {
        for (YNode.Entry e : m.list()) {
            if (!tabular && !keys.contains(e.key())) continue;
            YNode v = e.value();
            String label = v instanceof YNode.Scalar s ? s.label() : null;
            pos.put(fieldPrefix.isEmpty() ? e.key() : fieldPrefix + e.key(), v.line(), v.column(), label);
        }
    }

    private void badTerm(YNode n, String path, String kind, String text) {
        List<String> ids = new ArrayList<>(vocab.terms(kind).keySet());
        Problem p = Problem.of(at(n), name(n, path), text, ErrorCode.INVALID_VALUE, text, String.join(", ", ids));
        problems.add(vocab.suggestTerm(kind, text).map(p::withSuggestion).orElse(p));
    }

    /** The scalar text of a key, or null when absent or null. Reports a non-scalar. */
    private String optionalText(YNode.Mapping m, String key) {
        if (m instanceof CsvRowMapping || plain(m)) { // #13: a CSV row's or facility's text needs no node
            String t = m.text(key);
            return t == null ? null : kaigohojo.text.Normalize.strip(t);
        }
        YNode n = m.get(key);
        if (n == null) return null;
        if (!(n instanceof YNode.Scalar s)) {
            problem(n, key, ErrorCode.NOT_A_SCALAR, key);
            return null;
        }
        if (s.isNull()) return null;
        return kaigohojo.text.Normalize.strip(s.text());
    }

    /**
     * The path of a field under its parent ("items[3]" + "unit_price"), made only when an error names
     * it (#13: a million CSV rows would otherwise build ten path strings each, never shown).
     */
    private String path(String parent, String key) {
        return path(parent) + "." + key;
    }

    /** A parent path as written: {@link #ITEM} is the item being bound, "items[3]". */
    private String path(String parent) {
        return parent == ITEM ? "items[" + itemPosition + "]" : parent;
    }

    /**
     * #13 (session 6): a CSV facility, or its care_plan_linkage, that no --set changed: its text() is the
     * text of the field's scalar (null when blank or absent) with no node made, and every field it holds
     * is a scalar, so no NOT_A_SCALAR can arise.
     */
    private static boolean plain(YNode.Mapping m) {
        return m instanceof CsvFacilityMapping f ? f.plain() : m instanceof CsvFacilityMapping.Linkage l && l.plain();
    }

    private static boolean asciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isISOControl(s.charAt(i))) return true;
        return false;
    }

    private String requiredText(YNode.Mapping m, String key, String parent) {
        if (m instanceof CsvRowMapping || plain(m)) { // #13: a cell that is there needs no node
            String t = m.text(key);
            if (t != null) return t.strip();
        }
        YNode n = m.get(key);
        if (n == null || (n instanceof YNode.Scalar s && s.isNull())) {
            Location where = n == null ? origin.at(m.line(), 0) : at(n);
            String label = n instanceof YNode.Scalar s && s.label() != null ? s.label() : tabular ? csvKey(key) : path(parent, key);
            problems.add(Problem.of(where, label, null, ErrorCode.MISSING_FIELD, tabular ? label : key));
            return null;
        }
        if (!(n instanceof YNode.Scalar s)) {
            problem(n, path(parent, key), ErrorCode.NOT_A_SCALAR, key);
            return null;
        }
        return s.text().strip();
    }

    private Long amount(YNode.Mapping m, String key, String parent) {
        return amount(optionalText(m, key), m, key, parent);
    }

    /** @param t the field's text as {@link #optionalText} gives it */
    private Long amount(String t, YNode.Mapping m, String key, String parent) {
        if (t == null) return null;
        try {
            return FieldParsers.amount(t);
        } catch (FieldParsers.BadValue e) {
            problem(m.get(key), path(parent, key), e.code(), t);
            return null;
        }
    }

    private Long count(YNode.Mapping m, String key, String parent, long min) {
        return count(optionalText(m, key), m, key, parent, min);
    }

    private Long count(String t, YNode.Mapping m, String key, String parent, long min) {
        if (t == null) return null;
        try {
            long v = FieldParsers.count(t);
            if (v < min) {
                problem(m.get(key), path(parent, key), key.equals("quantity") ? ErrorCode.INVALID_QUANTITY : ErrorCode.INVALID_NUMBER, t);
                return null;
            }
            return v;
        } catch (FieldParsers.BadValue e) {
            problem(m.get(key), path(parent, key), key.equals("quantity") ? ErrorCode.INVALID_QUANTITY : e.code(), t);
            return null;
        }
    }

    private Boolean bool(YNode.Mapping m, String key, String parent) {
        return bool(optionalText(m, key), m, key, parent);
    }

    private Boolean bool(String t, YNode.Mapping m, String key, String parent) {
        if (t == null) return null;
        try {
            return FieldParsers.bool(t);
        } catch (FieldParsers.BadValue e) {
            problem(m.get(key), path(parent, key), e.code(), t);
            return null;
        }
    }

    private LocalDate date(YNode.Mapping m, String key, String parent) {
        return date(optionalText(m, key), m, key, parent);
    }

    private LocalDate date(String t, YNode.Mapping m, String key, String parent) {
        if (t == null) return null;
        try {
            return FieldParsers.date(t);
        } catch (FieldParsers.BadValue e) {
            problem(m.get(key), path(parent, key), e.code(), t);
            return null;
        }
    }

    /** The CSV column key of a facility or item field ("name" of a facility is "facility_name"). */
    private static String csvKey(String field) {
        switch (field) {
            case "id": return "facility_id";
            case "name": return "facility_name";
            default: return field;
        }
    }

    /** Keys the binder knows, for schema checks and templates. */
    public static Set<String> allKeys() {
        java.util.LinkedHashSet<String> s = new java.util.LinkedHashSet<>();
        s.addAll(FACILITY_KEYS);
        s.addAll(ITEM_KEYS);
        return s;
    }
}
