package kaigohojo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import kaigohojo.rules.Provenance;
import kaigohojo.text.Localized;
import org.junit.jupiter.api.Test;

/**
 * #13 session 7: Finding, Reason and Localized write out the equals and hashCode a record would make (on
 * JDK 17 a record's own are linked through method handles at their first call, ~20 ms of a short json run).
 * Each is compared with a record of the same components that keeps the generated ones, on random values
 * drawn from small pools, so that equal and nearly equal pairs (one component apart) are frequent: a
 * component left out of equals, or hashed differently, fails here.
 */
class RecordMethodsTest {
    private record RefFinding(String code, Finding.Severity severity, List<Object> args, String cite, boolean verified,
                              String rulePath, String itemId) {}

    private record RefReason(String code, List<Object> args, Provenance provenance, String rulePath) {}

    private record RefLocalized(String ja, String en) {}

    private static final String[] TEXTS = {null, "a", "b"};
    private static final List<List<Object>> ARGS = List.of(List.of(), List.of(1L), List.of("a", 2L), List.of(Localized.of("ja", "en")));
    private static final Provenance[] PROVENANCES = {null, Provenance.of("要綱", "問13", true), Provenance.of("要綱", "問13", true),
            Provenance.of("Q&A", "問9", false)};

    private final Random random = new Random(13);

    private String text() { return TEXTS[random.nextInt(TEXTS.length)]; }

    private String code() { return random.nextBoolean() ? "a" : "b"; } // a reason always has a code

    private Object[] finding() {
        return new Object[] {text(), random.nextBoolean() ? Finding.Severity.ERROR : Finding.Severity.WARNING,
                ARGS.get(random.nextInt(ARGS.size())), text(), random.nextBoolean(), text(), text()};
    }

    private static Finding finding(Object[] c) {
        @SuppressWarnings("unchecked") List<Object> args = (List<Object>) c[2];
        return new Finding((String) c[0], (Finding.Severity) c[1], args, (String) c[3], (Boolean) c[4], (String) c[5], (String) c[6]);
    }

    private static RefFinding ref(Object[] c) {
        @SuppressWarnings("unchecked") List<Object> args = (List<Object>) c[2];
        return new RefFinding((String) c[0], (Finding.Severity) c[1], args, (String) c[3], (Boolean) c[4], (String) c[5], (String) c[6]);
    }

    /** A copy of {@code c} with one component (sometimes none) drawn again. */
    private Object[] near(Object[] c, Object[] fresh) {
        Object[] n = c.clone();
        int i = random.nextInt(c.length + 1);
        if (i < c.length) n[i] = fresh[i];
        return n;
    }

    @Test
    void findingAsTheRecordWouldMakeThem() {
        for (int k = 0; k < 5000; k++) {
            Object[] a = finding();
            Object[] b = near(a, finding());
            assertEquals(ref(a).equals(ref(b)), finding(a).equals(finding(b)), () -> java.util.Arrays.asList(a) + " / " + java.util.Arrays.asList(b));
            assertEquals(ref(a).hashCode(), finding(a).hashCode(), () -> java.util.Arrays.asList(a).toString());
            assertFalse(finding(a).equals(null));
            assertFalse(finding(a).equals(ref(a)));
        }
    }

    @Test
    void reasonEqualsAsTheRecordWouldMakeIt() {
        for (int k = 0; k < 5000; k++) {
            Object[] a = {code(), ARGS.get(random.nextInt(ARGS.size())), PROVENANCES[random.nextInt(PROVENANCES.length)], text()};
            Object[] b = near(a, new Object[] {code(), ARGS.get(random.nextInt(ARGS.size())),
                    PROVENANCES[random.nextInt(PROVENANCES.length)], text()});
            Reason ra = reason(a), rb = reason(b);
            boolean same = new RefReason((String) a[0], ra.args(), (Provenance) a[2], (String) a[3])
                    .equals(new RefReason((String) b[0], rb.args(), (Provenance) b[2], (String) b[3]));
            assertEquals(same, ra.equals(rb), () -> java.util.Arrays.asList(a) + " / " + java.util.Arrays.asList(b));
            if (same) assertEquals(ra.hashCode(), rb.hashCode());
            assertFalse(ra.equals(null));
        }
    }

    private static Reason reason(Object[] c) {
        @SuppressWarnings("unchecked") List<Object> args = (List<Object>) c[1];
        return new Reason((String) c[0], args, (Provenance) c[2], (String) c[3]);
    }

    @Test
    void localizedAsTheRecordWouldMakeThem() {
        for (int k = 0; k < 2000; k++) {
            String ja = text(), en = text();
            String ja2 = random.nextBoolean() ? ja : text(), en2 = random.nextBoolean() ? en : text();
            assertEquals(new RefLocalized(ja, en).equals(new RefLocalized(ja2, en2)), Localized.of(ja, en).equals(Localized.of(ja2, en2)));
            assertEquals(new RefLocalized(ja, en).hashCode(), Localized.of(ja, en).hashCode());
            assertFalse(Localized.of(ja, en).equals(null));
        }
    }
}
