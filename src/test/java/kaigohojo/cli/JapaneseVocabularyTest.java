package kaigohojo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #9, "in the clerk's language": no English word of the tool's own vocabulary reaches a {@code --lang ja}
 * (default) output. The real command line runs over every sample, every hostile-corpus input, every conformance
 * case and the hostile workbooks, in every output format of calc (table, markdown, csv per item and per facility,
 * json, html, xlsx cells and sheet names), check (table, json, csv, xlsx), compare and advise, and over
 * {@code rules list/show/diff/template} and {@code template}; stdout, stderr and written files are read.
 *
 * <p>What counts as English: every ASCII word ({@link #WORD}) that is not on the allowlist below. The tool's own
 * vocabulary ({@link #vocabulary()}: the words of messages_en.properties, the enum ids of the vocabulary files,
 * the category ids, the rule paths, the group ids) is named in the failure so that a leak is easy to place; but
 * any other ASCII word fails too. The allowlist, each item with its reason:
 * <ul>
 * <li>what the user typed: every ASCII word of the input file (its values, a YAML file's keys, its name and
 *     folder) and of the command's arguments (--set paths, scenario names, rule-set ids);
 * <li>YAML keys of a submission and of a rules file where the output is itself such a file (the templates) or
 *     names a YAML input's field: product.md §2 and §5 fix these keys, and the clerk must type them;
 * <li>JSON: keys, and the values of machine keys product.md §6 fixes (code, status, category, group, id, …);
 *     only prose (message, note, title…) is read;
 * <li>the CSV column keys of product.md §2b in the CSV template's comments (they are what a header may say);
 * <li>error codes in the check summary ("a summary by error code", product.md §5) and in the コード column of
 *     check's CSV and workbook (the same fixed codes as the JSON {@code code});
 * <li>options and commands as they are typed ({@code --rules}, {@code kaigo-hojo rules show}), URLs, and the
 *     built-in rule-set ids (national-r8, chiba-r7: the names the user types after --rules);
 * <li>Japanese usage written in Latin letters: {@link #JAPANESE_USAGE} (SECURITY ACTION, Wi-Fi, PDF, CSV,
 *     Excel, UTF-8, Q&amp;A…), the era marks R7/R8, single letters (tiers A–D), upper-case marks of at most four
 *     letters and digits (QA, YK, KM8, INT: the source marks each report defines in its own footnote);
 * <li>a did-you-mean suggestion (もしかして「…」): it is, by construction, close to what the clerk typed.
 * </ul>
 * Each leak is listed with its output and line; the test writes them all to target/japanese-vocabulary.txt.
 */
class JapaneseVocabularyTest {
    /** An ASCII word: letters, digits and the joiners of ids (care_software, caps.package, national-r8, Wi-Fi). */
    static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[_.\\-][A-Za-z0-9]+)*");

    static final Set<String> JAPANESE_USAGE = Set.of(
            "SECURITY", "ACTION", "Wi-Fi", "WiFi", "LAN", "PDF", "CSV", "YAML", "JSON", "HTML", "Excel", "Unicode",
            "UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE", "BOM", "CP932", "Shift_JIS", "EUC-JP", "ISO-2022-JP", "JIS",
            "Windows", "LibreOffice", "Java", "LIFE", "ICT", "IoT", "GH", "ID", "No", "OK", "Q", "A",
            "csv", "xlsx", "xls", "xlsm", "yaml", "yml", "txt", "json", "html", "kaigo-hojo", "NEL",
            "jGrants",  // the government's grant system, by its own name
            "joseikin-insight", "hojyokin-concierge", // subsidy databases a rule file cites as its sources, by their names
            "README",   // a file name
            "dev");     // the version of a build from source (kaigo-hojo dev), in the HTML report's footer

    static final Pattern STRIP = Pattern.compile(String.join("|",
            "https?://\\S+",                                  // URLs
            "(?<![A-Za-z0-9_.-])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:jp|com|org|net)(?![A-Za-z0-9_])(?:/[A-Za-z0-9_./-]*)?", // a web site named as a source (pref.chiba.lg.jp/koufuku/…)
            "joseikin-insight grant-[0-9]+",                   // an entry of a subsidy database a rule file cites
            "&(?:[a-z]+|#[0-9]+);",                            // Markdown's and HTML's entities (&amp;)
            "--set[ =]\\S+",                                  // a --set assignment to type, as product.md §5 writes it
            "(?<![A-Za-z0-9])--?[a-z][a-z0-9-]*",              // options as typed
            "kaigo-hojo(?: (?:calc|check|compare|advise|rules|show|diff|list|template|test))*", // commands as typed
            "もしかして「[^」]*」",                               // did-you-mean: close to what the clerk typed
            "\\bR\\d+\\b"));                                   // 令和 era marks R7, R8

    static final Set<String> MACHINE_JSON_KEYS = Set.of("schema", "id", "category", "group", "status", "code",
            "severity", "cite", "file", "field", "value", "formula", "rate", "kind", "encoding", "chain", "items",
            "cap_source", "service_code", "path", "source", "scenario", "rules", "delimiter", "sheet", "cell",
            "facility_id", "facility_name", "name", "input", "key", "set", "overrides", "unit", "from", "to",
            "suggestion", "prefecture", "service", "lang", "type", "tier", "url", "read", "extends",
            "unverified_rules", "method", "subject", "line", "mode");

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path tmp;

    /** One output to read: where it came from, its text, and the words the user gave it. */
    record Output(String where, String text, Set<String> allowed) {}

    /** A leak: the English words, the output and the line. */
    record Leak(String where, String words, String line) {}

    final List<Leak> leaks = new ArrayList<>();
    final Set<String> vocabulary = vocabulary();

    @Test
    void noEnglishWordReachesAJapaneseOutput() throws IOException {
        for (Path in : inputs()) {
            Set<String> allowed = inputWords(in);
            String f = ROOT.relativize(in.toAbsolutePath()).toString();
            boolean yaml = f.endsWith(".yaml") || f.endsWith(".yml");
            if (yaml) allowed.addAll(submissionKeys());
            List<String> extra = extraArgs(in);
            for (String w : extra) words(w, allowed);
            for (String[] format : CALC_FORMATS) scan("calc " + String.join(" ", format), f, args("calc", format, extra, f), allowed);
            for (String[] format : CHECK_FORMATS) scan("check " + String.join(" ", format), f, args("check", format, extra, f), allowed);
            scan("compare", f, args("compare", new String[] {"-s", "r7=--rules national-r7"}, extra, f), allowed);
            scan("advise", f, args("advise", new String[0], extra, f), allowed);
            if (f.startsWith("samples/")) {
                for (String[] format : COMPARE_FORMATS) {
                    scan("compare " + String.join(" ", format), f,
                            args("compare", concat(new String[] {"-s", "r7=--rules national-r7", "-s", "staff=--set facility.staff=5"}, format), extra, f), allowed);
                }
                for (String[] format : ADVISE_FORMATS) scan("advise " + String.join(" ", format), f, args("advise", format, extra, f), allowed);
            }
        }
        // rules show/diff/template print a rules file's keys and values beside their Japanese names: product.md §5
        // fixes them (a rules FILE and --set name each value by its dotted path); pref-r8 is the template's own id
        Set<String> rulesAllowed = new HashSet<>(ruleKeys());
        rulesAllowed.addAll(submissionKeys());
        rulesAllowed.addAll(enumIds());
        rulesAllowed.addAll(List.of("pref-r8", "true", "false", "null", "none", "tier", "read", "url", "ja", "en", "verified"));
        Set<String> pref = inputWords(ROOT.resolve("samples/rules/pref-example.yaml"));
        scan("rules list", "-", List.of("rules", "list"), Set.of());
        pref.addAll(rulesAllowed);
        for (String id : BUILTIN_RULES) scan("rules show", id, List.of("rules", "show", id), rulesAllowed);
        scan("rules show", "samples/rules/pref-example.yaml", List.of("rules", "show", "samples/rules/pref-example.yaml"), pref);
        scan("rules diff", "national-r7 national-r8", List.of("rules", "diff", "national-r7", "national-r8"), rulesAllowed);
        for (String id : BUILTIN_RULES) scan("rules diff", "national-r8 " + id, List.of("rules", "diff", "national-r8", id), rulesAllowed);
        scan("rules diff", "pref-example", List.of("rules", "diff", "national-r8", "samples/rules/pref-example.yaml"), pref);
        scan("rules template", "-", List.of("rules", "template"), rulesAllowed);
        Set<String> templateAllowed = new HashSet<>(submissionKeys());
        templateAllowed.addAll(enumIds());
        templateAllowed.addAll(List.of("true", "false", "null", "item1")); // YAML's own values (product.md §2) and the template's item id
        scan("template", "yaml", List.of("template"), templateAllowed);
        scan("template", "csv", List.of("template", "--format", "csv"), templateAllowed);
        scan("template", "xlsx", List.of("template", "--format", "xlsx"), templateAllowed);
        // "N passed, N failed": product.md §5 fixes the test command's last line (scripts read it)
        Set<String> tests = inputWords(ROOT.resolve("samples/tests"));
        tests.addAll(List.of("passed", "failed"));
        scan("test", "samples/tests", List.of("test", "samples/tests"), tests);

        report();
    }

    // ── session 4 (L): --help of every command, and the Japanese man page ────────────────────────────────────

    /**
     * The Japanese help ({@code --help} of every command and subcommand) and the Japanese man page (man/ja) hold no
     * English word either. Allowed besides the list of the class, each for its reason:
     * <ul>
     * <li>the synopsis' placeholders (FILE, FORMAT, KEY=VALUE, OPTIONS, COMMAND: picocli's labels, in capitals,
     *     taken from the model) and every option's values as typed (table, json, reject, item, utf-8-bom…);
     * <li>an example command line (a line that begins with {@code kaigo-hojo}) and a NAME=VALUE as typed
     *     ({@code rate=3/4}, {@code r7=--rules=national-r7}): what the clerk copies;
     * <li>rule paths, submission keys and vocabulary ids, which --set and a rules file name (product.md §5);
     * <li>the names of the files in samples/, which the examples name, and any path as typed (a word with a
     *     {@code /}: bin/kaigo-hojo, target/kaigo-hojo.jar, ~/.bashrc), product.md (the contract's file);
     * <li>the commands themselves (calc, check, rules show…, from the model), as the synopsis and "使うコマンド" name
     *     them, and an example shell line ({@code source <(kaigo-hojo generate-completion)}, {@code echo … >> ~/.bashrc});
     * <li>environment variables (KAIGO_HOJO_LANG, JAVA_HOME: capitals joined by {@code _}), typed as they are;
     * <li>the values of the encoding options (utf-8, utf-8-bom, cp932) and test's fixed last line (N passed, N failed,
     *     product.md §5);
     * <li>names of programs and things as they are called: java, bash, zsh, head, man, picocli (whose version
     *     generate-completion -V prints), yaml-language-server and JSON Schema (the editor's), Markdown, the Tab key.
     * </ul>
     * What it found and fixed: 「基準（base）」 in compare's help (the reports say 基準 only).
     */
    @Test
    void noEnglishWordInTheJapaneseHelpOrManPage() throws IOException {
        Set<String> allowed = new HashSet<>(ruleKeys());
        allowed.addAll(submissionKeys());
        allowed.addAll(enumIds());
        allowed.addAll(List.of("bash", "zsh", "head", "java", "man", "picocli", "yaml-language-server", "Schema", "Markdown",
                "Tab", "OPTIONS", "COMMAND", "utf-8", "utf-8-bom", "cp932", "passed", "failed", "product.md", "soft"));
        try (Stream<Path> s = Files.walk(ROOT.resolve("samples"))) {
            s.forEach(p -> words(p.getFileName().toString(), allowed));
        }
        List<List<String>> commands = new ArrayList<>();
        java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>();
        todo.add(Cli.commandLine(new Io(InputStream.nullInputStream(), System.out, System.err), kaigohojo.text.Lang.JA));
        while (!todo.isEmpty()) {
            picocli.CommandLine c = todo.pop();
            picocli.CommandLine.Model.CommandSpec spec = c.getCommandSpec();
            for (picocli.CommandLine.Model.OptionSpec o : spec.options()) {
                words(o.paramLabel(), allowed);
                if (o.completionCandidates() != null) for (String v : o.completionCandidates()) words(v, allowed);
            }
            for (picocli.CommandLine.Model.PositionalParamSpec p : spec.positionalParameters()) words(p.paramLabel(), allowed);
            List<String> path = new ArrayList<>(List.of(spec.qualifiedName(" ").split(" ")));
            path.remove(0); // kaigo-hojo
            allowed.addAll(path);
            commands.add(path);
            todo.addAll(c.getSubcommands().values());
        }
        for (List<String> path : commands) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun r = CliRun.run(args.toArray(String[]::new));
            scanHelp(String.join(" ", args), r.out() + r.err(), allowed);
        }
        scanHelp("man/ja/kaigo-hojo.1", manText(Files.readString(ROOT.resolve("man/ja/kaigo-hojo.1"))), allowed);
        report("japanese-help-vocabulary.txt");
    }

    /** A NAME=VALUE as typed (rate=3/4, r7=--rules=national-r7, "big=facility.staff=31 …"). */
    static final Pattern TYPED = Pattern.compile("\"?[A-Za-z0-9_.*-]+=[^\\s、。」）\"]*\"?");

    /** A path as typed (a word with a slash) or an environment variable (KAIGO_HOJO_LANG). */
    static final Pattern PATH_OR_ENV = Pattern.compile("[^\\s（）、。「」]*/[^\\s（）、。「」]*|\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    void scanHelp(String where, String text, Set<String> allowed) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("kaigo-hojo ") || l.startsWith("source ") || l.startsWith("echo ")) continue; // a command line as typed
            String found = english(TYPED.matcher(PATH_OR_ENV.matcher(l).replaceAll(" ")).replaceAll(" "), allowed);
            if (!found.isEmpty()) leaks.add(new Leak(where, found, l));
        }
    }

    /** The text of a man page: comments and layout requests left out, the arguments of headings kept, escapes undone. */
    static String manText(String roff) {
        Set<String> textRequests = Set.of("SH", "SS", "TP", "IP", "B", "I", "BI", "BR", "IR", "RB", "RI");
        StringBuilder sb = new StringBuilder();
        for (String line : roff.split("\n")) {
            if (line.startsWith(".\\\"")) continue;
            if (line.startsWith(".") || line.startsWith("'")) {
                int sp = line.indexOf(' ');
                if (sp < 0 || !textRequests.contains(line.substring(1, sp))) continue;
                line = line.substring(sp + 1).replace("\"", "");
            }
            line = line.replaceAll("\\\\f(?:[BIRP]|\\(..|\\[[^\\]]*\\])", "").replace("\\-", "-").replace("\\(em", "—")
                    .replace("\\&", "").replace("\\ ", " ").replace("\\e", "\\");
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    static final String[][] CALC_FORMATS = {{"--format", "table"}, {"--format", "markdown"}, {"--format", "csv"},
            {"--format", "csv", "--per", "facility"}, {"--format", "json"}, {"--format", "html"}, {"--format", "xlsx"},
            {"--explain"}};
    static final String[][] CHECK_FORMATS = {{"--format", "table"}, {"--format", "json"}, {"--format", "csv"}, {"--format", "xlsx"}};
    static final String[][] COMPARE_FORMATS = {{"--format", "table"}, {"--format", "markdown"}, {"--format", "csv"},
            {"--format", "json"}, {"--format", "html"}, {"--format", "xlsx"}};
    static final String[][] ADVISE_FORMATS = {{"--format", "table"}, {"--format", "markdown"}, {"--format", "json"},
            {"--format", "html"}};
    static final List<String> BUILTIN_RULES = List.of("national-r8", "national-r7", "kumamoto-r8", "aichi-r7",
            "ishikawa-r7", "chiba-r7", "kanagawa-r7", "fukushima-r7");

    // ── the runs ─────────────────────────────────────────────────────────────────────────────────────────────

    int files;

    List<String> args(String command, String[] format, List<String> extra, String file) {
        List<String> a = new ArrayList<>(List.of(command));
        a.addAll(Arrays.asList(format));
        a.addAll(extra);
        if (a.contains("html") || a.contains("xlsx")) {
            String ext = a.contains("html") ? ".html" : ".xlsx";
            a.add("-o");
            a.add(tmp.resolve("out" + (files++) + ext).toString());
        }
        a.add(file);
        return a;
    }

    void scan(String command, String input, List<String> args, Set<String> allowedIn) {
        Set<String> allowed = new HashSet<>(allowedIn);
        for (String a : args) words(a, allowed);
        CliRun r = CliRun.run(args.toArray(String[]::new));
        String where = command + " " + input;
        boolean check = args.get(0).equals("check");
        if (args.contains("json")) {
            scanJson(where, r.out(), allowed);
        } else {
            scanText(where, r.out(), allowed, check);
        }
        scanText(where + " (stderr)", r.err(), allowed, false);
        int o = args.indexOf("-o");
        if (o >= 0) {
            Path p = Path.of(args.get(o + 1));
            if (!Files.exists(p)) return;
            try {
                if (p.toString().endsWith(".html")) scanText(where, htmlText(Files.readString(p)), allowed, false);
                else scanText(where, xlsxText(p), allowed, check);
            } catch (IOException e) {
                leaks.add(new Leak(where, "(unreadable output)", e.toString()));
            }
        }
    }

    // ── reading the outputs ──────────────────────────────────────────────────────────────────────────────────

    void scanText(String where, String text, Set<String> allowed, boolean unused) {
        Set<String> ok = new HashSet<>(allowed);
        ok.addAll(ERROR_CODES);
        for (String line : text.split("\n")) {
            String found = english(line, ok);
            Matcher tag = CODE_TAG.matcher(line);
            while (tag.find()) if (ERROR_CODES.contains(tag.group(1))) found = (found + " [" + tag.group(1) + "]").strip();
            if (!found.isEmpty()) leaks.add(new Leak(where, found, line.strip()));
        }
    }

    /** An error code written into a line of text ("[invalid-amount] 金額…"): not the check summary's or a code column's. */
    static final Pattern CODE_TAG = Pattern.compile("\\[([a-z0-9-]+)\\]");
    static final Set<String> ERROR_CODES = errorCodes();

    void scanJson(String where, String text, Set<String> allowed) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            if (!text.isBlank()) leaks.add(new Leak(where, "(not JSON)", text.lines().findFirst().orElse("")));
            return;
        }
        walk(where, null, root, allowed);
    }

    void walk(String where, String key, JsonNode n, Set<String> allowed) {
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) walk(where, e.getKey(), e.getValue(), allowed);
        } else if (n.isArray()) {
            for (JsonNode c : n) walk(where, key, c, allowed);
        } else if (n.isTextual() && (key == null || !MACHINE_JSON_KEYS.contains(key))) {
            String found = english(n.asText(), allowed);
            if (!found.isEmpty()) leaks.add(new Leak(where + " (json " + key + ")", found, n.asText()));
        }
    }

    /** The English words of one line, space-separated; empty when there are none. */
    String english(String line, Set<String> allowed) {
        String s = STRIP.matcher(line).replaceAll(" ");
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group();
            if (w.length() == 1 || allowed.contains(w) || JAPANESE_USAGE.contains(w) || BUILTIN_RULES.contains(w)) continue;
            if (w.matches("[A-Z][A-Z0-9]{0,3}")) continue;         // QA, YK, KM8, INT: source marks defined in the report
            if (w.matches("[a-z0-9.-]+\\.(jp|com|org|net)")) continue; // a web site named as a source (pref.kumamoto.jp)
            if (w.contains(".") && allWordsAllowed(w, allowed)) continue; // a file name or a path of typed words
            if (m.end() < s.length() && s.charAt(m.end()) == '…' && allowed.stream().anyMatch(a -> a.startsWith(w))) continue; // a typed value cut short
            out.append(out.length() == 0 ? "" : " ").append(vocabulary.contains(w.toLowerCase(Locale.ROOT)) ? w : w + "?");
        }
        return out.toString();
    }

    static boolean allWordsAllowed(String w, Set<String> allowed) {
        for (String part : w.split("\\.")) {
            if (part.matches("[0-9-]*")) continue; // a staff band's range (staff_bands.11-20)
            if (!allowed.contains(part) && !JAPANESE_USAGE.contains(part)) return false;
        }
        return true;
    }

    static String htmlText(String html) {
        String s = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<!--.*?-->", " ");
        // the text a reader sees, and the words a screen reader says (title, alt, aria-label)
        StringBuilder attrs = new StringBuilder();
        Matcher m = Pattern.compile("(?:title|alt|aria-label)=\"([^\"]*)\"").matcher(s);
        while (m.find()) attrs.append('\n').append(m.group(1));
        s = s.replaceAll("<[^>]*>", "\n") + attrs;
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    static String xlsxText(Path p) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(p.toFile())) {
            for (org.dhatim.fastexcel.reader.Sheet sh : wb.getSheets().toList()) {
                sb.append("sheet ").append(sh.getName()).append('\n');
                try (Stream<org.dhatim.fastexcel.reader.Row> rows = sh.openStream()) {
                    rows.forEach(row -> {
                        for (org.dhatim.fastexcel.reader.Cell c : row) {
                            if (c != null && c.getType() == org.dhatim.fastexcel.reader.CellType.STRING) {
                                sb.append(c.getAddress()).append(' ').append(c.asString()).append('\n');
                            }
                        }
                    });
                }
            }
        }
        return sb.toString().replaceAll("(?m)^sheet ", "シート ").replaceAll("(?m)^[A-Z]+[0-9]+ ", "");
    }

    // ── the inputs and the words they allow ─────────────────────────────────────────────────────────────────

    List<Path> inputs() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(ROOT.resolve("samples"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
        }
        out.add(ROOT.resolve("samples/csv/applications.csv"));
        out.add(ROOT.resolve("samples/csv/applications-cp932.csv"));
        out.add(ROOT.resolve("samples/invalid/bad-key.yaml"));
        // the conformance cases, copied from ../shared/cases (the test runs without ../shared)
        try (Stream<Path> s = Files.list(ROOT.resolve("src/test/resources/vocabulary/conformance"))) {
            s.filter(p -> p.toString().matches(".*\\.(yaml|csv)$")).sorted().forEach(out::add);
        }
        try (Stream<Path> s = Files.list(ROOT.resolve("src/test/resources/hostile"))) {
            s.filter(p -> !p.getFileName().toString().equals("manifest.tsv")).sorted().forEach(out::add);
        }
        try (Stream<Path> s = Files.list(ROOT.resolve("src/test/resources/workbooks"))) {
            s.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(out::add);
        }
        // the generated hostile inputs, but the large ones (their messages are those of the small ones, and
        // each would cost seconds in each of the 14 runs)
        Path gen = Files.createDirectories(tmp.resolve("hostile"));
        for (String line : Files.readAllLines(ROOT.resolve("src/test/resources/hostile/manifest.tsv"), UTF_8)) {
            if (!line.startsWith("gen:")) continue;
            String name = line.substring(4, line.indexOf('\t'));
            if (name.matches(".*(\\d{4,}|mb|bomb|huge|many|late|after|random|long).*")) continue;
            out.add(HostileCorpus.file(gen, name));
        }
        return out;
    }

    List<String> extraArgs(Path in) throws IOException {
        Path a = Path.of(in.toString().replaceAll("\\.(yaml|csv)$", ".args"));
        if (!a.equals(in) && Files.exists(a)) return Arrays.asList(Files.readString(a).strip().split("\\s+"));
        return List.of();
    }

    Set<String> inputWords(Path p) throws IOException {
        Set<String> out = new HashSet<>();
        words(p.toString(), out);
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) out.addAll(inputWords(f));
            }
            return out;
        }
        byte[] b = Files.readAllBytes(p);
        words(new String(b, UTF_8), out);
        words(new String(b, Charset.forName("MS932")), out);
        if (p.toString().endsWith(".xlsx")) {
            try {
                words(xlsxText(p), out);
            } catch (IOException | RuntimeException e) {
                // a broken workbook: its bytes are all there is
            }
        }
        return out;
    }

    static void words(String text, Set<String> out) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
            for (String part : m.group().split("[_.\\-]")) out.add(part);
            for (String part : m.group().split("\\.")) out.add(part);
        }
    }

    // ── the tool's vocabulary ───────────────────────────────────────────────────────────────────────────────

    /** The words of messages_en.properties and the ids of categories, enum values, rules and groups, lower case. */
    static Set<String> vocabulary() {
        Set<String> v = new HashSet<>();
        Properties en = new Properties();
        try (InputStream in = JapaneseVocabularyTest.class.getResourceAsStream("/kaigohojo/i18n/messages_en.properties")) {
            en.load(new java.io.InputStreamReader(in, UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Object o : en.values()) {
            Matcher m = WORD.matcher(o.toString());
            while (m.find()) v.add(m.group().toLowerCase(Locale.ROOT));
        }
        for (String s : enumIds()) v.add(s.toLowerCase(Locale.ROOT));
        for (String s : ruleKeys()) v.add(s.toLowerCase(Locale.ROOT));
        v.addAll(List.of("software", "package", "improvement_support", "per_unit", "eligible", "partial", "ineligible",
                "true", "false", "none", "base", "rate_then_cap", "cap_then_rate"));
        return v;
    }

    /** The ids of the input vocabulary: categories, services' codes aside, and every enumerated value. */
    static Set<String> enumIds() {
        Set<String> out = new TreeSet<>();
        for (String f : List.of("categories.yaml", "values.yaml")) {
            for (String line : resourceLines("/kaigohojo/vocab/" + f)) {
                Matcher m = Pattern.compile("^\\s*([a-z][a-z0-9_]*):").matcher(line);
                if (m.find()) out.add(m.group(1));
            }
        }
        return out;
    }

    /** Every key of the built-in rule files (rate, caps, package, staff_bands, …) and their dotted paths' parts. */
    static Set<String> ruleKeys() {
        Set<String> out = new TreeSet<>();
        for (String id : BUILTIN_RULES) {
            for (String line : resourceLines("/kaigohojo/rules/" + id + ".yaml")) {
                Matcher m = Pattern.compile("^\\s*(?:- )?([a-z][a-z0-9_]*):\\s*(.*)$").matcher(line);
                if (!m.find()) continue;
                out.add(m.group(1));
                // a value that is an id or a list of ids (rate_then_cap, [care_software, back_office]), not prose
                if (!Set.of("note", "note_ja", "title", "ja", "en", "url").contains(m.group(1))
                        && m.group(2).matches("[\\[{]?[a-z0-9_, .:\\-\\[\\]{}/]*")) {
                    Matcher w = WORD.matcher(m.group(2));
                    while (w.find()) out.add(w.group());
                }
            }
        }
        return out;
    }

    /** The keys of a submission (product.md §2): what a YAML input's field names may say. */
    static Set<String> submissionKeys() {
        Set<String> out = new TreeSet<>();
        for (String line : resourceLines("/kaigohojo/templates/template-en.yaml")) {
            Matcher m = Pattern.compile("^\\s*(?:- )?([a-z][a-z0-9_]*):").matcher(line);
            if (m.find()) out.add(m.group(1));
        }
        out.addAll(List.of("facility", "items", "training", "care_plan_linkage"));
        // the CSV column keys (product.md §2b): a header may say them
        for (Object k : keysOf("/kaigohojo/i18n/messages_en.properties")) {
            String s = k.toString();
            if (s.startsWith("template.col.")) out.add(s.substring("template.col.".length()));
        }
        return out;
    }

    static Set<String> errorCodes() {
        Set<String> out = new HashSet<>();
        for (Object k : keysOf("/kaigohojo/i18n/messages_en.properties")) {
            String s = k.toString();
            if (s.startsWith("error.")) out.add(s.substring("error.".length()).replaceAll("\\..*", ""));
        }
        for (kaigohojo.input.ErrorCode c : kaigohojo.input.ErrorCode.values()) out.add(c.id());
        return out;
    }

    static Set<Object> keysOf(String resource) {
        Properties p = new Properties();
        try (InputStream in = JapaneseVocabularyTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p.keySet();
    }

    static List<String> resourceLines(String name) {
        try (InputStream in = JapaneseVocabularyTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), UTF_8).lines().toList();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("resource " + name + " is missing", e);
        }
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // ── the verdict ─────────────────────────────────────────────────────────────────────────────────────────

    void report() throws IOException {
        report("japanese-vocabulary.txt");
    }

    void report(String file) throws IOException {
        // one entry a distinct line (the same leak in 40 hostile files is one thing to fix), with where it was seen
        Map<String, List<String>> byLine = new TreeMap<>();
        for (Leak l : leaks) byLine.computeIfAbsent("[" + l.words() + "] " + l.line(), k -> new ArrayList<>()).add(l.where());
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<String>> e : byLine.entrySet()) {
            sb.append(e.getKey()).append("\n    in ").append(e.getValue().size()).append(" output(s), e.g. ")
                    .append(e.getValue().get(0)).append('\n');
        }
        Path report = ROOT.resolve("target").resolve(file);
        Files.createDirectories(report.getParent());
        Files.writeString(report, byLine.size() + " distinct lines with English words (" + leaks.size() + " in all)\n" + sb);
        String head = sb.length() > 6000 ? sb.substring(0, 6000) + "\n…" : sb.toString();
        assertTrue(byLine.isEmpty(), byLine.size() + " distinct lines of --lang ja output hold English words ("
                + leaks.size() + " in all; word? = not a word of the tool's vocabulary, but still English); all in "
                + report + ":\n" + head);
    }
}
