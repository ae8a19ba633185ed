package kaigohojo.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kaigohojo.input.YNode;

/**
 * What a rules file written in full (no {@code extends}) must hold for the engine to compute with it
 * (#13, session 6): every value of the built-in national set, each with the same type, and software
 * staff bands (問13) that give every staff count from 1 up exactly one band. Without this a missing
 * value or a staff count in no band was an internal error in calc for the facilities that needed it,
 * while check passed them. A file that extends another can only change values, so it needs no check.
 */
final class FullSetCheck {
    static final String BANDS = "caps.software.staff_bands";
    /** Sections whose keys a full set chooses itself (a per-unit category it leaves out has no per-unit cap). */
    private static final List<String> OPEN = List.of("caps.per_unit.", BANDS + ".");
    private static final java.util.regex.Pattern BAND = java.util.regex.Pattern.compile("([0-9]{1,9})-([0-9]{1,9})?");

    private FullSetCheck() {}

    /** The mistakes of a full set read from {@code file}, in the order of the reference's values, then the bands. */
    static List<RuleSetError> mistakes(String file, YNode.Mapping root, Map<String, RuleLeaf> leaves, RuleSet reference) {
        List<RuleSetError> out = new ArrayList<>();
        for (RuleLeaf ref : reference.leaves().values()) {
            String open = open(ref.path());
            if (open != null) continue;
            RuleLeaf l = leaves.get(ref.path());
            if (l == null) {
                out.add(new RuleSetError(file, root.line(), 0, ref.path(), null, "rules-missing-key", List.of(ref.path()), null));
            } else if (!l.type().toString().equals(ref.type().toString())) {
                out.add(typeDiffers(file, root, l, ref.type()));
            }
        }
        for (RuleLeaf l : leaves.values()) {
            String open = open(l.path());
            if (open == null) continue;
            RuleType expected = openType(reference, open);
            if (expected != null && !l.type().toString().equals(expected.toString())) out.add(typeDiffers(file, root, l, expected));
        }
        bands(file, root, leaves, out);
        return out;
    }

    private static String open(String path) {
        for (String p : OPEN) if (path.startsWith(p)) return p;
        return null;
    }

    private static RuleType openType(RuleSet reference, String prefix) {
        for (RuleLeaf l : reference.leaves().values()) if (l.path().startsWith(prefix)) return l.type();
        return null;
    }

    private static RuleSetError typeDiffers(String file, YNode.Mapping root, RuleLeaf l, RuleType expected) {
        YNode.Entry e = entry(root, l.path());
        YNode.Entry type = e != null && e.value() instanceof YNode.Mapping m ? m.entry("type") : null;
        YNode.Entry at = type != null ? type : e;
        return new RuleSetError(file, at == null ? root.line() : at.line(), at == null ? 0 : at.column(), l.path() + ".type",
                l.type().toString(), "rules-type-differs", List.of(l.path(), expected.toString(), l.type().toString()), null);
    }

    /** The entry of a dotted path in the file, or null (a key holding a dot is not found: the root's line is used). */
    private static YNode.Entry entry(YNode.Mapping root, String path) {
        YNode.Mapping m = root;
        YNode.Entry e = null;
        for (String k : path.split("\\.", -1)) {
            if (m == null) return null;
            e = m.entry(k);
            if (e == null) return null;
            m = e.value() instanceof YNode.Mapping next ? next : null;
        }
        return e;
    }

    /** A staff band read from its key ("1-10", "31-"). */
    private record Band(String key, long min, long max, YNode.Entry at) {}

    /** Each band key well formed; every staff count from 1 up in exactly one band (問13: the cap goes by staff). */
    private static void bands(String file, YNode.Mapping root, Map<String, RuleLeaf> leaves, List<RuleSetError> out) {
        YNode.Entry section = entry(root, BANDS);
        List<Band> bands = new ArrayList<>();
        boolean malformed = false;
        for (String path : leaves.keySet()) {
            if (!path.startsWith(BANDS + ".")) continue;
            String key = path.substring(BANDS.length() + 1);
            YNode.Entry at = entry(root, path);
            java.util.regex.Matcher mm = BAND.matcher(key);
            long min = mm.matches() ? Long.parseLong(mm.group(1)) : 0;
            long max = !mm.matches() ? 0 : mm.group(2) == null ? Long.MAX_VALUE : Long.parseLong(mm.group(2));
            if (min < 1 || max < min) {
                malformed = true;
                out.add(new RuleSetError(file, at == null ? root.line() : at.line(), at == null ? 0 : at.column(), path, key,
                        "rules-band-key", List.of(key), null));
            } else {
                bands.add(new Band(key, min, max, at));
            }
        }
        if (malformed) return; // the coverage of bands that could not be read says nothing more
        int line = section == null ? root.line() : section.line();
        int column = section == null ? 0 : section.column();
        bands.sort(java.util.Comparator.comparingLong(Band::min));
        long next = 1; // the smallest staff count no band has given yet
        Band last = null;
        for (Band b : bands) {
            if (b.min() < next) { // next > 1: some band before it holds b.min()
                YNode.Entry at = b.at();
                out.add(new RuleSetError(file, at == null ? line : at.line(), at == null ? column : at.column(), BANDS + "." + b.key(),
                        b.key(), "rules-band-overlap", List.of(String.valueOf(b.min()), last.key(), b.key()), null));
                return;
            }
            if (b.min() > next) {
                out.add(new RuleSetError(file, line, column, BANDS, null, "rules-band-gap",
                        List.of(next == b.min() - 1 ? String.valueOf(next) : next + "-" + (b.min() - 1)), null));
                return;
            }
            next = b.max() == Long.MAX_VALUE ? Long.MAX_VALUE : b.max() + 1;
            last = b;
        }
        if (last == null || last.max() != Long.MAX_VALUE) {
            out.add(new RuleSetError(file, line, column, BANDS, null, "rules-band-gap-above", List.of(String.valueOf(next)), null));
        }
    }
}
