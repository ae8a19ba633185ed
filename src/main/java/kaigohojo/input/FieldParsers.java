package kaigohojo.input;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kaigohojo.text.Normalize;

/**
 * Values in the forms people type (product.md §2): amounts such as {@code 1,200,000}, {@code ¥80,000},
 * {@code 120万円}, full-width digits; booleans such as はい/いいえ, 有/無, ○/×; dates such as
 * 2026-07-01, 2026/7/1, 令和8年7月1日, R8.7.1.
 */
public final class FieldParsers {
    /** No single amount in a submission may reach one trillion yen (it would be a typing error). */
    public static final long MAX_AMOUNT = 999_999_999_999L;
    public static final long MAX_COUNT = 10_000_000L;

    private static final LocalDate REIWA = LocalDate.of(2019, 5, 1);
    private static final LocalDate HEISEI = LocalDate.of(1989, 1, 8);

    private FieldParsers() {}

    /** Why a value could not be read. */
    public static final class BadValue extends Exception {
        private final ErrorCode code;
        public BadValue(ErrorCode code) {
            super(code.id(), null, false, false);
            this.code = code;
        }
        public ErrorCode code() { return code; }
    }

    /** Yen: integers only; negative amounts and amounts of a trillion yen or more are refused. */
    public static long amount(String raw) throws BadValue {
        long plain = plainDigits(raw);
        if (plain >= 0) return plain;
        String s = numeric(raw);
        s = stripAll(s, "(税抜)", "（税抜）", "(税別)", "（税別）", "税抜", "税別", "¥", "￥", "\\", "円", "JPY", "jpy", " ");
        return number(s, true, ErrorCode.INVALID_AMOUNT, MAX_AMOUNT, ErrorCode.AMOUNT_TOO_LARGE);
    }

    /** A count of things (quantity, staff, partners): a non-negative integer, units such as 人 or 台 allowed. */
    public static long count(String raw) throws BadValue {
        long plain = plainDigits(raw);
        if (plain >= 0 && plain <= MAX_COUNT) return plain;
        String s = numeric(raw);
        s = stripAll(s, "人", "名", "台", "個", "件", "式", "本", "枚", "セット", "事業所", "ヶ所", "箇所", "か所",
                "アカウント", "ライセンス", " ");
        return number(s, false, ErrorCode.INVALID_NUMBER, MAX_COUNT, ErrorCode.INVALID_NUMBER);
    }

    /**
     * The common case, fast: ASCII digits, optionally grouped by commas in threes ("1200000",
     * "1,200,000"), below {@link #MAX_AMOUNT}. -1 for anything else, which takes the full path.
     */
    static long plainDigits(String s) {
        int n = s.length();
        if (n == 0 || n > 17) return -1;
        long v = 0;
        int digits = 0;
        int sinceComma = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                digits++;
                if (sinceComma >= 0) sinceComma++;
            } else if (c == ',') {
                if (digits == 0 || digits > 3 && sinceComma < 0 || sinceComma >= 0 && sinceComma != 3) return -1;
                sinceComma = 0;
            } else {
                return -1;
            }
        }
        if (digits == 0 || sinceComma >= 0 && sinceComma != 3 || digits > 15 || v > MAX_AMOUNT) return -1;
        return v;
    }

    private static long number(String s, boolean yen, ErrorCode invalid, long max, ErrorCode tooLarge)
            throws BadValue {
        if (s.isEmpty()) throw new BadValue(invalid);
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("−") || s.startsWith("△") || s.startsWith("▲")) {
            negative = true;
            s = s.substring(1).strip();
        } else if (s.startsWith("+")) {
            s = s.substring(1).strip();
        }
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        long multiplier = 1;
        if (yen) {
            if (s.endsWith("億")) { multiplier = 100_000_000L; s = s.substring(0, s.length() - 1); }
            else if (s.endsWith("万")) { multiplier = 10_000L; s = s.substring(0, s.length() - 1); }
            else if (s.endsWith("千")) { multiplier = 1_000L; s = s.substring(0, s.length() - 1); }
        }
        // digit grouping: 1,200,000 or 1_200_000 (groups of three only)
        if (s.indexOf(',') >= 0 || s.indexOf('_') >= 0) {
            String[] parts = s.replace('_', ',').split(",", -1);
            String intPart = parts[parts.length - 1];
            int dot = intPart.indexOf('.');
            String last = dot >= 0 ? intPart.substring(0, dot) : intPart;
            if (parts[0].isEmpty() || parts[0].length() > 3 || last.length() != 3) throw new BadValue(invalid);
            for (int i = 1; i < parts.length - 1; i++) if (parts[i].length() != 3) throw new BadValue(invalid);
            s = s.replace(",", "").replace("_", "");
        }
        if (s.isEmpty()) throw new BadValue(invalid);
        int dots = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') dots++;
            else if (!(c >= '0' && c <= '9')) throw new BadValue(invalid);
        }
        if (dots > 1) throw new BadValue(invalid);
        // refuse absurd lengths before any arithmetic: BigDecimal on 100,000 digits takes seconds
        int significant = 0;
        boolean leading = true;
        for (int i = 0; i < s.length() && s.charAt(i) != '.'; i++) {
            if (leading && s.charAt(i) == '0') continue;
            leading = false;
            significant++;
        }
        if (significant > 18) throw new BadValue(tooLarge);
        if (s.length() > 40) throw new BadValue(invalid);
        BigDecimal value;
        try {
            value = new BigDecimal(s).multiply(BigDecimal.valueOf(multiplier));
        } catch (NumberFormatException e) {
            throw new BadValue(invalid);
        }
        if (negative && value.signum() != 0) throw new BadValue(yen ? ErrorCode.NEGATIVE_AMOUNT : invalid);
        BigDecimal integral = value.stripTrailingZeros();
        if (integral.scale() > 0) throw new BadValue(invalid);
        if (integral.compareTo(BigDecimal.valueOf(max)) > 0) throw new BadValue(tooLarge);
        return integral.longValueExact();
    }

    public static boolean bool(String raw) throws BadValue {
        // #13 (session 7): a word written as WORDS writes it (はい, 有, true) is read as it is: every word
        // there is its own normal form (FieldParsersTest), so this is the answer its normal form gives
        Boolean word = word(raw);
        if (word != null) return word;
        word = word(boolForm(raw));
        if (word == null) throw new BadValue(ErrorCode.INVALID_BOOLEAN);
        return word;
    }

    /** What a yes/no word in its normal form (NFKC, lower case, katakana as hiragana) says, or null. */
    static Boolean word(String s) {
        return WORDS.get(s);
    }

    /** The yes/no words, each in its normal form ({@link #boolForm}), and what each says. */
    static final java.util.Map<String, Boolean> WORDS = words(
            List.of("true", "yes", "y", "1", "on", "はい", "有", "あり", "有り", "○", "〇", "◯", "済", "t",
                    // #9: what form-fillers write for a plan or a record that exists
                    "済み", "提出済", "提出済み", "作成済", "作成済み", "策定済", "策定済み", "ある", "有る"),
            List.of("false", "no", "n", "0", "off", "いいえ", "無", "なし", "無し", "×", "x", "✕", "未", "f", "-",
                    "未提出", "未作成", "未策定", "ない", "無い"));

    private static java.util.Map<String, Boolean> words(List<String> yes, List<String> no) {
        java.util.Map<String, Boolean> m = new java.util.HashMap<>();
        for (String w : yes) m.put(w, Boolean.TRUE);
        for (String w : no) m.put(w, Boolean.FALSE);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The normal form a yes/no word is read in (package-private for FieldParsersTest). */
    static String boolForm(String raw) {
        return hiragana(Normalize.nfkc(raw).toLowerCase(Locale.ROOT));
    }

    /** #9: katakana as hiragana (ﾊｲ → ハイ → はい, アリ → あり), for the yes/no words a form-filler writes in either. */
    private static String hiragana(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '\u30A1' && ch <= '\u30F6') {
                if (c == null) c = s.toCharArray();
                c[i] = (char) (ch - 0x60);
            }
        }
        return c == null ? s : new String(c);
    }

    public static LocalDate date(String raw) throws BadValue {
        if (raw.length() == 10 && raw.charAt(4) == '-' && raw.charAt(7) == '-') {
            int y = digits(raw, 0, 4), m = digits(raw, 5, 7), d = digits(raw, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                try {
                    return LocalDate.of(y, m, d);
                } catch (DateTimeException e) {
                    throw new BadValue(ErrorCode.INVALID_DATE);
                }
            }
        }
        LocalDate quick = quickDate(raw);
        if (quick != null) return quick;
        return generalDate(raw);
    }

    /**
     * #13: the two other forms a clerk's sheet is full of, read without the general path's copies:
     * 2026/7/1 (or 2026.7.1, 2026-7-1) and 令和8年7月1日. null for anything else, which the general
     * path reads; the same date (or the same error) as that path ({@code FieldParsersTest} compares them).
     */
    static LocalDate quickDate(String raw) throws BadValue {
        int n = raw.length();
        int era = raw.startsWith("令和") ? 2 : 0;
        int p = era;
        int y = 0, yDigits = 0;
        while (p < n && raw.charAt(p) >= '0' && raw.charAt(p) <= '9' && yDigits < 5) {
            y = y * 10 + (raw.charAt(p++) - '0');
            yDigits++;
        }
        if (p >= n) return null;
        char sep1 = raw.charAt(p++);
        if (era == 0 ? yDigits != 4 || (sep1 != '/' && sep1 != '.' && sep1 != '-') : yDigits < 1 || yDigits > 2 || sep1 != '年') {
            return null;
        }
        int m = 0, mDigits = 0;
        while (p < n && raw.charAt(p) >= '0' && raw.charAt(p) <= '9' && mDigits < 3) {
            m = m * 10 + (raw.charAt(p++) - '0');
            mDigits++;
        }
        if (mDigits < 1 || mDigits > 2 || p >= n) return null;
        char sep2 = raw.charAt(p++);
        if (era == 0 ? sep2 != '/' && sep2 != '.' && sep2 != '-' : sep2 != '月') return null;
        int d = 0, dDigits = 0;
        while (p < n && raw.charAt(p) >= '0' && raw.charAt(p) <= '9' && dDigits < 3) {
            d = d * 10 + (raw.charAt(p++) - '0');
            dDigits++;
        }
        if (dDigits < 1 || dDigits > 2) return null;
        if (era == 0 ? p != n : p != n - 1 || raw.charAt(p) != '日') return null;
        if (era > 0) {
            if (y < 1) throw new BadValue(ErrorCode.INVALID_DATE);
            y += 2018;
        }
        LocalDate date;
        try {
            date = LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw new BadValue(ErrorCode.INVALID_DATE);
        }
        if (era > 0 && date.isBefore(REIWA)) throw new BadValue(ErrorCode.INVALID_DATE);
        return date;
    }

    /** Every form of {@link #date}, the slow way. */
    static LocalDate generalDate(String raw) throws BadValue {
        String s = numeric(raw).replace(" ", "");
        if (s.isEmpty()) throw new BadValue(ErrorCode.INVALID_DATE);
        int eraBase = 0;
        String rest = s;
        String upper = s.toUpperCase(Locale.ROOT);
        if (s.startsWith("令和")) { eraBase = 2018; rest = s.substring(2); }
        else if (s.startsWith("平成")) { eraBase = 1988; rest = s.substring(2); }
        else if (upper.startsWith("R")) { eraBase = 2018; rest = s.substring(1); }
        else if (upper.startsWith("H")) { eraBase = 1988; rest = s.substring(1); }
        if (rest.startsWith("元")) rest = "1" + rest.substring(1);
        // 2026年7月1日 / 8年7月1日 → separators
        rest = rest.replace("年", "-").replace("月", "-").replace("日", "");
        rest = rest.replace('/', '-').replace('.', '-');
        if (rest.endsWith("T00:00:00") || rest.endsWith("T00:00")) rest = rest.substring(0, rest.indexOf('T'));
        String[] p = rest.split("-", -1);
        if (p.length != 3) {
            if (eraBase == 0 && p.length == 1 && rest.length() == 8 && rest.chars().allMatch(Character::isDigit)) {
                p = new String[] {rest.substring(0, 4), rest.substring(4, 6), rest.substring(6)};
            } else {
                throw new BadValue(ErrorCode.INVALID_DATE);
            }
        }
        try {
            int y = Integer.parseInt(p[0]);
            int m = Integer.parseInt(p[1]);
            int d = Integer.parseInt(p[2]);
            if (eraBase > 0) {
                if (y < 1 || y > 99) throw new BadValue(ErrorCode.INVALID_DATE);
                y += eraBase;
            } else if (p[0].length() != 4) {
                throw new BadValue(ErrorCode.INVALID_DATE);
            }
            LocalDate date = LocalDate.of(y, m, d);
            // 令和 began on 2019-05-01; 平成 ran from 1989-01-08 to 2019-04-30
            if (eraBase == 2018 && date.isBefore(REIWA)) throw new BadValue(ErrorCode.INVALID_DATE);
            if (eraBase == 1988 && (date.isBefore(HEISEI) || !date.isBefore(REIWA))) throw new BadValue(ErrorCode.INVALID_DATE);
            return date;
        } catch (NumberFormatException | DateTimeException e) {
            throw new BadValue(ErrorCode.INVALID_DATE);
        }
    }

    /**
     * Text for number and date parsing: full-width forms folded (cheap); full NFKC only when some other
     * compatibility character remains (㍻, ①…), which is rare.
     */
    private static String numeric(String raw) {
        String s = Normalize.fold(raw);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && "令和平成元年月日万千億円¥￥△▲−税抜別込人名台個件式本枚事業所ヶ箇か所セットアカウントライセンス（）".indexOf(c) < 0) {
                return Normalize.nfkc(raw);
            }
        }
        return s;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static String stripAll(String s, String... tokens) {
        String out = s;
        for (String t : tokens) if (out.contains(t)) out = out.replace(t, "");
        return out.strip();
    }
}
