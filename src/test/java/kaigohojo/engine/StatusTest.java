package kaigohojo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** #13: a status's id is made once, not lower-cased again at each call (the table, Markdown and HTML reports ask for every item row). */
class StatusTest {
    @Test
    void theIdIsTheLowerCaseNameMadeOnce() {
        for (Status s : Status.values()) {
            assertEquals(s.name().toLowerCase(Locale.ROOT), s.id());
            assertSame(s.id(), s.id(), s + ": a new string at each call");
        }
        assertEquals("eligible", Status.ELIGIBLE.id());
        assertEquals("partial", Status.PARTIAL.id());
        assertEquals("ineligible", Status.INELIGIBLE.id());
    }
}
