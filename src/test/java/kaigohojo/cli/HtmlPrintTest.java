package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The printable report in a real browser: every sample's HTML report is printed to PDF by headless
 * Chromium; the PDF has one page per facility and its text (pdftotext) holds every amount of the table
 * report. A screenshot of each is kept under target/html-print/ for a person to look at (a CI artifact).
 * Needs Debian's chromium and poppler-utils (installed by .ci/run); in CI (CI=true) their absence
 * fails the test, elsewhere it is skipped.
 */
class HtmlPrintTest {
    static final Path OUT = Path.of("target", "html-print");
    static final Pattern AMOUNT = Pattern.compile("(?<![\\d,.])\\d{1,3}(?:,\\d{3})+(?![\\d,])|(?<![\\d,.])\\d+(?=円| yen)");

    static boolean tools() {
        boolean ok = onPath("chromium") && onPath("pdftotext") && onPath("pdfinfo");
        if (!ok && "true".equals(System.getenv("CI"))) {
            fail("CI=true but chromium, pdftotext or pdfinfo is missing: .ci/run installs them (apt-get install chromium poppler-utils)");
        }
        Assumptions.assumeTrue(ok, "chromium/poppler-utils not installed: the browser test is skipped outside CI");
        return ok;
    }

    static boolean onPath(String exe) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, exe))) return true;
        }
        return false;
    }

    static List<String> samples() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).map(Path::toString).sorted().forEach(out::add);
        }
        out.add("samples/csv/applications.csv");
        return out;
    }

    /** Runs a process to its end (bounded), its output merged; fails with the output when it fails. */
    static String exec(List<String> cmd, int seconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DBUS_SESSION_BUS_ADDRESS", "disabled:");
        Process p = pb.start();
        p.getOutputStream().close();
        Future<byte[]> out = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }).submit(() -> p.getInputStream().readAllBytes());
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out after " + seconds + " s: " + cmd);
        }
        String text = new String(out.get(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), cmd + "\n" + text);
        return text;
    }

    static List<String> chromium(Path profile, String... what) {
        List<String> cmd = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath()));
        cmd.addAll(List.of(what));
        return cmd;
    }

    /** Prints {@code html} to PDF and takes a screenshot; returns the PDF's page count and text. */
    static String[] print(Path html) throws Exception {
        String base = html.getFileName().toString().replaceAll("\\.html$", "");
        Path pdf = OUT.resolve(base + ".pdf").toAbsolutePath();
        Path png = OUT.resolve(base + ".png").toAbsolutePath();
        Path profile = Files.createTempDirectory("kaigo-hojo-chromium");
        String url = html.toAbsolutePath().toUri().toString();
        exec(chromium(profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, url), 120);
        exec(chromium(profile, "--window-size=800,1131", "--screenshot=" + png, url), 120);
        assertTrue(Files.size(png) > 0, png.toString());
        String info = exec(List.of("pdfinfo", pdf.toString()), 60);
        Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertTrue(m.find(), info);
        String text = exec(List.of("pdftotext", pdf.toString(), "-"), 60);
        return new String[] {m.group(1), text};
    }

    static Set<String> amounts(String report) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = AMOUNT.matcher(report);
        while (m.find()) out.add(m.group());
        return out;
    }

    @Test
    @DisplayName("calc --format html of every sample prints to one A4 page per facility in headless Chromium, with every amount of the table report")
    void everySamplePrintsOnePagePerFacility() throws Exception {
        tools();
        Files.createDirectories(OUT);
        List<String> samples = samples();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> checks = new ArrayList<>();
            for (String sample : samples) {
                String name = Path.of(sample).getFileName().toString().replaceAll("\\.(yaml|csv)$", "");
                Path html = OUT.resolve("calc-" + name + ".html");
                CliRun h = CliRun.run("calc", "--format", "html", "-o", html.toString(), sample);
                assertEquals(0, h.exit(), h.err());
                CliRun t = CliRun.run("calc", sample);
                assertEquals(0, t.exit(), t.err());
                int facilities = t.out().split("━━ ", -1).length - 1;
                checks.add(pool.submit(() -> {
                    String[] p = print(html);
                    assertEquals(facilities, Integer.parseInt(p[0]), sample + ": one page per facility");
                    String text = p[1].replaceAll("\\s+", "");
                    for (String a : amounts(t.out())) {
                        assertTrue(text.contains(a), sample + ": the PDF lacks the amount " + a + " of the table report");
                    }
                    return sample;
                }));
            }
            for (Future<String> f : checks) f.get(10, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("advise and compare --format html print one page per facility too; hostile names print as text")
    void adviseCompareAndHostileNames() throws Exception {
        tools();
        Files.createDirectories(OUT);
        Path advise = OUT.resolve("advise-07-two-facilities.html");
        assertEquals(0, CliRun.run("advise", "--format", "html", "-o", advise.toString(), "samples/07-two-facilities.yaml").exit());
        Path compare = OUT.resolve("compare-06-package-aoba.html");
        CliRun c = CliRun.run("compare", "--format", "html", "-o", compare.toString(), "-s", "r7=--rules=national-r7",
                "-s", "pref=--rules=samples/rules/pref-example.yaml", "samples/06-package-aoba.yaml");
        assertEquals(0, c.exit(), c.err());
        Path hostile = OUT.resolve("hostile.yaml");
        Files.writeString(hostile, HtmlEscapingTest.HOSTILE_YAML, StandardCharsets.UTF_8);
        Path hostileHtml = OUT.resolve("calc-hostile.html");
        assertEquals(0, CliRun.run("calc", "--format", "html", "-o", hostileHtml.toString(), hostile.toString()).exit());
        String[] a = print(advise);
        assertEquals("2", a[0]);
        assertTrue(a[1].replaceAll("\\s+", "").contains("1,520,000"), a[1]);
        assertEquals("1", print(compare)[0]);
        String[] h = print(hostileHtml);
        assertEquals("1", h[0]);
        assertTrue(h[1].contains("<script>alert(1)</script>"), "the name is printed as text: " + h[1]);
        assertTrue(h[1].contains("[U+202E]"), "the bidi override is shown, not obeyed: " + h[1]);
    }
}
