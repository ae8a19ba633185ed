package kaigohojo.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kaigohojo.text.Lang;
import kaigohojo.text.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Session 4 (L): running out of heap while a workbook is read is its own error, {@code workbook-out-of-memory},
 * naming the heap it had and how to give more (KAIGO_HOJO_JAVA_OPTS, the launchers' variable), in the
 * clerk's language: not {@code workbook-corrupt} "Java heap space", which sent the clerk to repair a good file.
 * The real heap's exhaustion runs in WorkbookMemoryIT.
 */
class WorkbookOutOfMemoryTest {
    static final Path BOOK = Path.of("src/test/resources/workbooks/applications-libreoffice.xlsx");

    @Test
    @DisplayName("an OutOfMemoryError inside the workbook reader is workbook-out-of-memory at the file, line 0, with the heap's size")
    void outOfMemoryIsItsOwnError() throws Exception {
        List<ReadOutcome> out = new ArrayList<>();
        new WorkbookSubmissionReader(Vocabulary.get(), doc -> { throw new OutOfMemoryError("Java heap space"); }, null)
                .read(BOOK.toString(), ByteSource.of(BOOK), null, out::add);
        assertEquals(1, out.size(), out::toString);
        Problem p = out.get(0).problems().get(0);
        assertEquals("workbook-out-of-memory", p.code(), p::toString);
        assertEquals(BOOK.toString(), p.file());
        assertEquals(0, p.line());
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        assertEquals(List.of(mb), p.args(), p::toString);
        String ja = Messages.of(Lang.JA).t("error." + p.code(), p.args().toArray());
        assertTrue(ja.contains("メモリ") && ja.contains(String.format("%,d MB", mb)) && ja.contains("KAIGO_HOJO_JAVA_OPTS"), ja);
        assertFalse(ja.contains("heap space") || ja.contains("壊れて"), ja);
        String en = Messages.of(Lang.EN).t("error." + p.code(), p.args().toArray());
        assertTrue(en.contains("memory") && en.contains("KAIGO_HOJO_JAVA_OPTS=-Xmx"), en);
    }
}
