package kaigohojo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kaigohojo.app.Batch;
import kaigohojo.app.InputFiles;
import kaigohojo.app.TestCase;
import kaigohojo.app.TestCaseReader;
import kaigohojo.engine.FacilityResult;
import kaigohojo.engine.GroupResult;
import kaigohojo.engine.ItemResult;
import kaigohojo.input.Problem;
import kaigohojo.input.SubmissionBinder;
import kaigohojo.rules.RuleSetError;
import kaigohojo.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code test CASES…}: runs YAML test cases (an input, a rule set, the amounts expected) and prints
 * {@code N passed, N failed}; exit 1 when any fails. For a prefecture that keeps its own rule file.
 */
@Command(name = "test", sortOptions = false)
public final class TestCommand implements Callable<Integer> {
    private final Io io;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec; // --lang, --debug: inherited from kaigo-hojo

    @Parameters(paramLabel = "CASES", arity = "1..*", descriptionKey = "param.cases")
    List<java.io.File> pathsGiven; // File, so that shell completion offers file names

    private List<String> paths() {
        List<String> out = new java.util.ArrayList<>();
        for (java.io.File f : pathsGiven) out.add(f.getPath());
        return out;
    }

    public TestCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Messages msg = Messages.of(KaigoHojoCommand.lang(spec));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(io.out(), ConsoleCharset.stdout()), true);
        int passed = 0, failed = 0;
        for (Path file : caseFiles(paths())) {
            List<TestCase> cases;
            try {
                cases = TestCaseReader.read(file);
            } catch (TestCaseReader.Bad b) {
                failed++;
                out.println("FAIL " + file);
                out.println("     " + b.file() + ":" + b.line() + ": " + msg.t(b.key(), b.value()));
                continue;
            } catch (IOException e) {
                failed++;
                out.println("FAIL " + file);
                out.println("     " + msg.t("error.file-not-found", file));
                continue;
            }
            for (TestCase c : cases) {
                List<String> problems = run(c, msg);
                if (problems.isEmpty()) {
                    passed++;
                    out.println("PASS " + c.name());
                } else {
                    failed++;
                    out.println("FAIL " + c.name() + "  (" + c.file() + ":" + c.line() + ")");
                    for (String p : problems) out.println("     " + p);
                }
            }
        }
        out.println(msg.t("test.summary", passed, failed));
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.STRICT;
    }

    private static String usage(UsageError e, Messages msg) {
        String m = msg.t(e.key(), e.args());
        return e.suggestion() == null ? m : m + msg.t("hint.did-you-mean", e.suggestion());
    }

    private static List<Path> caseFiles(List<String> args) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(x -> x.toString().endsWith(".yaml") || x.toString().endsWith(".yml"))
                            .sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private List<String> run(TestCase c, Messages msg) throws IOException {
        List<String> problems = new ArrayList<>();
        Setup setup;
        try {
            setup = Setup.from(KaigoHojoCommand.lang(spec), c.rules() == null ? kaigohojo.rules.RuleSetLoader.DEFAULT_ID : c.rules(), c.sets());
        } catch (RuleSetError e) {
            problems.add(RuleErrors.describe(e, msg));
            return problems;
        } catch (UsageError e) {
            problems.add(usage(e, msg));
            return problems;
        }
        Batch batch = new Batch(setup.rules, setup.vocab, null, setup.overrides);
        List<FacilityResult> results = new ArrayList<>();
        List<Problem> errors;
        if (c.input() != null) {
            batch.run(InputFiles.expand(List.of(c.input().toString()), null), io.in(), results::add);
            errors = batch.errors();
        } else {
            var bound = SubmissionBinder.bind(setup.overrides.apply(c.submission()), c.file().toString(), "UTF-8", setup.vocab);
            errors = new ArrayList<>(bound.problems());
            if (bound.ok()) {
                var checks = kaigohojo.engine.SubmissionChecks.check(bound.submission(), setup.rules);
                if (checks.isEmpty()) results.add(new kaigohojo.engine.Calculator(setup.rules).compute(bound.submission()));
                else errors.addAll(checks);
            }
        }
        try { // #9: a set: naming no item fails the case, as --set does on the command line (was a silent no-op)
            setup.requireItemSetsMatched();
        } catch (UsageError e) {
            problems.add(usage(e, msg));
            return problems;
        }
        if (c.facilitiesGiven()) {
            List<String> got = new ArrayList<>();
            for (FacilityResult r : results) got.add(r.submission().facility().id());
            if (!got.containsAll(c.facilities().keySet()) || got.size() != c.facilities().size()) {
                problems.add(msg.t("test.facilities", got, c.facilities().keySet()));
            }
        }
        for (Map.Entry<String, TestCase.Expected> e : c.facilities().entrySet()) {
            FacilityResult r = null;
            for (FacilityResult x : results) if (x.submission().facility().id().equals(e.getKey())) r = x;
            if (r == null) continue;
            TestCase.Expected w = e.getValue();
            String id = e.getKey();
            check(problems, msg, id, "eligible", w.eligible(), r.eligible());
            check(problems, msg, id, "subsidy", w.subsidy(), r.totals().subsidy());
            check(problems, msg, id, "subsidy_if_requirements_met", w.subsidyIfMet(), r.totals().subsidyIfRequirementsMet());
            if (w.groups() != null) {
                for (Map.Entry<String, Long> g : w.groups().entrySet()) {
                    Long got = null;
                    for (GroupResult gr : r.groups()) if (gr.id().equals(g.getKey())) got = gr.subsidy();
                    check(problems, msg, id, "groups." + g.getKey(), g.getValue(), got);
                }
            }
            if (w.items() != null) {
                for (Map.Entry<String, String> i : w.items().entrySet()) {
                    String got = null;
                    for (ItemResult ir : r.items()) if (ir.id().equals(i.getKey())) got = ir.status().id();
                    check(problems, msg, id, "items." + i.getKey(), i.getValue(), got);
                }
            }
        }
        for (TestCase.ExpectedError we : c.errors()) {
            boolean found = false;
            for (Problem p : errors) {
                if (we.line() != null && p.line() != we.line()) continue;
                if (we.code() != null && !p.code().equals(we.code())) continue;
                if (we.field() != null && !(p.field().equals(we.field()) || p.field().endsWith("." + we.field()))) continue;
                found = true;
            }
            if (!found) problems.add(msg.t("test.error-missing", we.line(), we.field(), we.code()));
        }
        if (c.errors().isEmpty()) {
            for (Problem p : errors) {
                problems.add(msg.t("test.unexpected-error", p.where(), p.code(), p.field()));
            }
        }
        return problems;
    }

    private static void check(List<String> problems, Messages msg, String id, String what, Object want, Object got) {
        if (want == null || Objects.equals(want, got)) return;
        problems.add(msg.t("test.mismatch", id, what, fmt(got), fmt(want)));
    }

    private static String fmt(Object o) {
        return o instanceof Long l ? kaigohojo.money.Yen.format(l) : String.valueOf(o);
    }
}
