package kaigohojo.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kaigohojo.input.FieldParsers;
import kaigohojo.input.Vocabulary;
import kaigohojo.money.Fraction;
import kaigohojo.text.Normalize;

/**
 * The type of a rule value, as the built-in rule set declares it: fraction, yen, yen_or_none,
 * count, boolean, enum(a|b|…) or list(kind). Parses the same text whether it comes from a rules
 * file or from {@code --set}.
 */
public final class RuleType {
    public enum Kind { FRACTION, YEN, YEN_OR_NONE, COUNT, BOOLEAN, ENUM, LIST, TEXT_OR_NONE, DATE_OR_NONE }

    private final Kind kind;
    private final List<String> options;
    private final String listOf;
    private final String spelling;

    private RuleType(Kind kind, List<String> options, String listOf, String spelling) {
        this.kind = kind;
        this.options = options;
        this.listOf = listOf;
        this.spelling = spelling;
    }

    public static RuleType parse(String spec) {
        String s = spec.strip();
        if (s.startsWith("enum(") && s.endsWith(")")) {
            return new RuleType(Kind.ENUM, List.of(s.substring(5, s.length() - 1).split("\\|")), null, s);
        }
        if (s.startsWith("list(") && s.endsWith(")")) {
            String of = s.substring(5, s.length() - 1);
            if (!List.of("category", "service", "payment", "course", "standard", "security_action",
                    "device_kind", "cap_group").contains(of)) {
                throw new IllegalArgumentException(spec);
            }
            return new RuleType(Kind.LIST, List.of(), of, s);
        }
        switch (s) {
            case "fraction": return new RuleType(Kind.FRACTION, List.of(), null, s);
            case "yen": return new RuleType(Kind.YEN, List.of(), null, s);
            case "yen_or_none": return new RuleType(Kind.YEN_OR_NONE, List.of(), null, s);
            case "count": return new RuleType(Kind.COUNT, List.of(), null, s);
            case "boolean": return new RuleType(Kind.BOOLEAN, List.of(), null, s);
            // #12: a prefecture's seminar (its name) and its application window (dates)
            case "text_or_none": return new RuleType(Kind.TEXT_OR_NONE, List.of(), null, s);
            case "date_or_none": return new RuleType(Kind.DATE_OR_NONE, List.of(), null, s);
            default: throw new IllegalArgumentException(spec);
        }
    }

    public Kind kind() { return kind; }
    public List<String> options() { return options; }
    @Override public String toString() { return spelling; }

    /** Why a value does not fit, as a message key with arguments. */
    public static final class Mismatch extends Exception {
        private final String expected;
        private final String suggestion;
        Mismatch(String expected, String suggestion) {
            super(expected, null, false, false);
            this.expected = expected;
            this.suggestion = suggestion;
        }
        public String expected() { return expected; }
        public String suggestion() { return suggestion; }
    }

    /** Parses a scalar text (or, for lists, comma-separated text). Null text means "no value". */
    public Object parse(String text, Vocabulary vocab) throws Mismatch {
        String t = text == null ? null : text.strip();
        boolean none = t == null || t.isEmpty() || t.equalsIgnoreCase("null") || t.equalsIgnoreCase("none")
                || t.equals("~") || t.equals("なし");
        switch (kind) {
            case FRACTION:
                if (none) throw new Mismatch(spelling, null);
                try {
                    Fraction f = Fraction.parse(Normalize.nfkc(t));
                    if (f.numerator() == 0 || !f.isAtMostOne()) throw new Mismatch("fraction", null);
                    return f;
                } catch (NumberFormatException e) {
                    throw new Mismatch("fraction", null);
                }
            case YEN:
            case YEN_OR_NONE:
                if (none) {
                    if (kind == Kind.YEN_OR_NONE) return null;
                    throw new Mismatch(spelling, null);
                }
                try {
                    return FieldParsers.amount(t);
                } catch (FieldParsers.BadValue e) {
                    throw new Mismatch(spelling, null);
                }
            case COUNT:
                if (none) throw new Mismatch(spelling, null);
                try {
                    return FieldParsers.count(t);
                } catch (FieldParsers.BadValue e) {
                    throw new Mismatch(spelling, null);
                }
            case BOOLEAN:
                if (none) throw new Mismatch(spelling, null);
                try {
                    return FieldParsers.bool(t);
                } catch (FieldParsers.BadValue e) {
                    throw new Mismatch(spelling, null);
                }
            case TEXT_OR_NONE:
                return none ? null : t;
            case DATE_OR_NONE:
                if (none) return null;
                try {
                    return FieldParsers.date(t);
                } catch (FieldParsers.BadValue e) {
                    throw new Mismatch(spelling, null);
                }
            case ENUM:
                if (!none) {
                    String v = t.toLowerCase(Locale.ROOT);
                    if (options.contains(v)) return v;
                }
                throw new Mismatch(spelling, none ? null
                        : kaigohojo.text.DidYouMean.suggest(t, options).orElse(null));
            case LIST:
            default:
                if (none) return List.of();
                List<String> parts = new ArrayList<>();
                for (String p : t.split("[,、，]")) if (!p.isBlank()) parts.add(p.strip());
                return parseList(parts, vocab);
        }
    }

    /** Parses a list given element by element; each element is checked against the vocabulary. */
    public List<String> parseList(List<String> elements, Vocabulary vocab) throws Mismatch {
        if (kind != Kind.LIST) throw new Mismatch(spelling, null);
        List<String> out = new ArrayList<>();
        for (String e : elements) out.add(element(e, vocab));
        return List.copyOf(out);
    }

    private String element(String e, Vocabulary vocab) throws Mismatch {
        switch (listOf) {
            case "category":
                return vocab.category(e).map(c -> c.id())
                        .orElseThrow(() -> new Mismatch(spelling + ": " + e, vocab.suggestCategory(e).orElse(null)));
            case "service":
                return vocab.service(e).map(s -> s.name())
                        .orElseThrow(() -> new Mismatch(spelling + ": " + e, vocab.suggestService(e).orElse(null)));
            case "course":
                return term(vocab, "training_course", e);
            case "payment":
                return term(vocab, "payment", e);
            case "standard":
                return term(vocab, "standard", e);
            case "security_action":
                return term(vocab, "security_action", e);
            case "device_kind":
                return term(vocab, "device_kind", e);
            case "cap_group":
                return term(vocab, "cap_group", e);
            default:
                throw new Mismatch(spelling, null);
        }
    }

    private String term(Vocabulary vocab, String kindName, String e) throws Mismatch {
        return vocab.term(kindName, e).map(Vocabulary.Term::id)
                .orElseThrow(() -> new Mismatch(spelling + ": " + e, vocab.suggestTerm(kindName, e).orElse(null)));
    }

    /** The value as a rules file or {@code rules show} writes it. */
    public static String format(Object value) {
        if (value == null) return "none";
        if (value instanceof Long l) return kaigohojo.money.Yen.format(l);
        if (value instanceof List<?> list) return String.join(", ", list.stream().map(String::valueOf).toList());
        return String.valueOf(value);
    }
}
