package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * picocli is compiled from its source into the project (#13, pom.xml): its classes are Java 17 class
 * files like ours, so JDK 17's class archive holds them verified and JDK 25's AOT cache holds them at
 * all. picocli's own jar has Java 5 class files (major version 49), which neither does.
 */
class PicocliFromSourceTest {
    private static int major(Class<?> c) throws IOException {
        String name = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = c.getResourceAsStream(name)) {
            assertNotNull(in, name);
            byte[] head = in.readNBytes(8);
            return (head[6] & 0xff) << 8 | (head[7] & 0xff);
        }
    }

    @Test
    @DisplayName("picocli's classes are Java 17 class files, as ours are")
    void picocliIsCompiledForJava17() throws IOException {
        assertEquals(major(Cli.class), major(CommandLine.class));
        assertEquals(61, major(CommandLine.class));
        assertEquals(61, major(picocli.AutoComplete.class));
    }

    @Test
    @DisplayName("it is picocli as released: the version of pom.xml")
    void itIsTheReleasedVersion() throws IOException {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<picocli.version>([^<]+)</picocli.version>").matcher(pom);
        assertTrue(m.find(), "pom.xml names picocli's version");
        assertEquals(m.group(1), CommandLine.VERSION);
    }
}
