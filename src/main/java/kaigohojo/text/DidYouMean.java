package kaigohojo.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest known word for a mistyped one ("unit_prise" → "unit_price"). */
public final class DidYouMean {
    private DidYouMean() {}

    /** The candidates and a short typed word: the same mistake on 200,000 rows is worked out once (#8). */
    private record Key(Collection<String> candidates, String typed) {}

    private static final int MEMO = 512;
    private static final java.util.Map<Key, Optional<String>> memo = new java.util.LinkedHashMap<>(MEMO, 0.75f, true) {
        @Override protected boolean removeEldestEntry(java.util.Map.Entry<Key, Optional<String>> e) { return size() > MEMO; }
    };

    public static Optional<String> suggest(String typed, Collection<String> candidates) {
        if (typed == null || typed.isBlank()) return Optional.empty();
        if (typed.length() > 64 || candidates.size() > 1000) return compute(typed, candidates);
        Key k = new Key(candidates, typed);
        synchronized (memo) {
            Optional<String> known = memo.get(k);
            if (known != null) return known;
        }
        Optional<String> r = compute(typed, candidates);
        synchronized (memo) {
            memo.put(k, r);
        }
        return r;
    }

    private static Optional<String> compute(String typed, Collection<String> candidates) {
        String t = fold(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = Math.max(1, Math.min(3, (t.length() + 2) / 4));
        for (String c : candidates) {
            String f = fold(c);
            int d;
            if (!f.isEmpty() && (f.startsWith(t) || t.startsWith(f)) && Math.min(f.length(), t.length()) >= 3) {
                d = f.equals(t) ? 0 : 1;
            } else if (Math.abs(f.length() - t.length()) > allowed) {
                continue; // farther than any suggestion may be: no need to measure (#8: cheap for every row)
            } else {
                d = f.equals(t) ? 0 : distance(t, f);
            }
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                bestDistance = d;
                best = c;
            }
        }
        if (best == null) return Optional.empty();
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    private static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
        return (ascii ? s : Normalize.nfkc(s)).toLowerCase(Locale.ROOT).replace("-", "_").replace(" ", "");
    }

    /** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > 8) return Math.abs(n - m);
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
