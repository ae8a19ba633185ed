package kaigohojo.cli;

import java.util.ArrayList;
import java.util.List;
import kaigohojo.app.InputOverrides;
import kaigohojo.app.InputSetter;
import kaigohojo.input.Vocabulary;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.RuleSetError;
import kaigohojo.rules.RuleSetLoader;
import kaigohojo.rules.Rules;
import kaigohojo.text.Lang;

/**
 * What a computing command needs before it reads any input: the language, the rule set with the
 * {@code --rules} file and the {@code --set} values applied, and the input overrides. Bad values are
 * usage errors (exit 2), a bad rules file exit 4, before any input is read.
 */
final class Setup {
    final Lang lang;
    final RuleSet ruleSet;
    final Rules rules;
    final InputOverrides overrides;
    final Vocabulary vocab;

    private Setup(Lang lang, RuleSet ruleSet, InputOverrides overrides, Vocabulary vocab) {
        this.lang = lang;
        this.ruleSet = ruleSet;
        this.rules = new Rules(ruleSet);
        this.overrides = overrides;
        this.vocab = vocab;
    }

    /** #10: a workbook is written to a file only (-o), never to a terminal or a pipe. */
    static void xlsxNeedsFile(String format, java.nio.file.Path output) {
        if (format.equals("xlsx") && output == null) throw new UsageError("usage.xlsx-needs-output", null);
    }

    static void format(String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new UsageError("usage.bad-format", kaigohojo.text.DidYouMean.suggest(value, allowed).orElse(null),
                    value, String.join(", ", allowed));
        }
    }

    /** The inputs of FILE…; reading stdin needs --input-format, and only yaml or csv exist. */
    static java.util.List<kaigohojo.app.InputFiles.Input> inputs(java.util.List<String> files, String inputFormat)
            throws java.io.IOException {
        if (inputFormat != null && !inputFormat.equals("yaml") && !inputFormat.equals("csv") && !inputFormat.equals("xlsx")) {
            throw new UsageError("usage.bad-input-format",
                    kaigohojo.text.DidYouMean.suggest(inputFormat, List.of("yaml", "csv", "xlsx")).orElse(null), inputFormat);
        }
        if (inputFormat == null && files.contains("-")) throw new UsageError("usage.stdin-needs-format", null);
        return kaigohojo.app.InputFiles.expand(files, inputFormat);
    }

    /**
     * The inputs, once the report file is known to lie outside every folder being read: inside one it
     * would be read back as an input next time, or (today) be left out of the run and overwritten, so
     * it is a usage error whatever its extension (#8). A file named explicitly is checked by Output.
     */
    static List<kaigohojo.app.InputFiles.Input> checkedAgainstOutput(List<kaigohojo.app.InputFiles.Input> inputs,
                                                                   List<String> named, java.nio.file.Path output) {
        if (output == null) return inputs;
        java.nio.file.Path where = real(output);
        for (String a : named) {
            if (a.equals("-")) continue;
            java.nio.file.Path folder = java.nio.file.Path.of(a);
            if (!java.nio.file.Files.isDirectory(folder)) continue;
            if (where.startsWith(real(folder))) throw new UsageError("usage.output-in-input-folder", null, output.toString(), a);
        }
        return inputs;
    }

    /** A path with its links followed as far as they exist (the file itself may not exist yet). */
    private static java.nio.file.Path real(java.nio.file.Path p) {
        java.nio.file.Path abs = p.toAbsolutePath().normalize();
        try {
            if (java.nio.file.Files.exists(abs)) return abs.toRealPath();
            java.nio.file.Path parent = abs.getParent();
            if (parent != null && java.nio.file.Files.exists(parent)) return parent.toRealPath().resolve(abs.getFileName());
        } catch (java.io.IOException e) {
            return abs;
        }
        return abs;
    }

    /** After a run: a --set that named no item, or that paid_this_year makes moot, is said on stderr. */
    /**
     * {@code --set items.<id>.<key>} naming no item of any application read is a usage error (exit 2)
     * with "did you mean", not a warning beside an unchanged result (#9).
     */
    void requireItemSetsMatched() {
        if (!(overrides instanceof InputSetter setter)) return;
        List<String> unmatched = setter.unmatched();
        if (unmatched.isEmpty()) return;
        String path = unmatched.get(0);
        throw new UsageError("usage.set-no-item", setter.suggestion(path), path);
    }

    /**
     * Before anything is written: reads the inputs once (only when an assignment names an item, and
     * not from standard input, which can be read once) to find an item id that matches nothing; a
     * workbook's sheet is the one the run reads ({@code --sheet}, #10).
     */
    void requireItemSetsMatchedBeforeRun(List<kaigohojo.app.InputFiles.Input> inputs, String encoding, String sheet)
            throws java.io.IOException {
        if (!(overrides instanceof InputSetter setter) || !setter.namesItems()) return;
        for (kaigohojo.app.InputFiles.Input in : inputs) if (in.stdin()) return;
        new kaigohojo.app.Batch(rules, vocab, encoding, overrides).sheet(sheet)
                .read(inputs, java.io.InputStream.nullInputStream(), o -> { });
        requireItemSetsMatched();
    }

    void warnAboutOverrides(Io io) {
        if (!(overrides instanceof InputSetter setter)) return;
        kaigohojo.text.Messages m = kaigohojo.text.Messages.of(lang);
        for (String p : setter.unmatched()) io.err().println("kaigo-hojo: " + m.t("warning.set-no-item", p));
        for (String p : setter.shadowed()) io.err().println("kaigo-hojo: " + m.t("warning.set-shadowed", p));
    }

    static Setup from(CommonOptions o) throws RuleSetError {
        if (o.encoding != null) {
            try {
                kaigohojo.input.SourceText.charsetFor(o.encoding);
            } catch (IllegalArgumentException e) {
                throw new UsageError("usage.bad-encoding", kaigohojo.text.DidYouMean.suggest(o.encoding,
                        List.of("utf-8", "cp932", "shift_jis")).orElse(null), o.encoding);
            }
        }
        return from(o.lang(), o.rules, o.sets);
    }

    static Setup from(Lang lang, String rulesRef, List<String> sets) throws RuleSetError {
        return from(lang, rulesRef, sets, null);
    }

    /** @param loaded rule sets already read in this run, by --rules value (compare's scenarios share them) */
    static Setup from(Lang lang, String rulesRef, List<String> sets, java.util.Map<String, RuleSet> loaded)
            throws RuleSetError {
        Vocabulary vocab = Vocabulary.get();
        RuleSet rs = loaded == null ? null : loaded.get(rulesRef);
        if (rs == null) {
            RuleSetLoader loader = new RuleSetLoader(vocab);
            try {
                rs = loader.load(rulesRef);
            } catch (RuleSetError first) {
                // #9: a rules file with several mistakes reports all of them in one run, as rules check does
                List<RuleSetError> all = loader.check(rulesRef);
                throw all.size() > 1 ? RuleSetError.all(all) : first;
            }
            if (loaded != null) loaded.put(rulesRef, rs);
        }
        List<InputSetter.Assignment> input = new ArrayList<>();
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) throw new UsageError("usage.set-syntax", null, s);
            String key = s.substring(0, eq).strip();
            String value = s.substring(eq + 1).strip();
            if (InputSetter.isInputPath(key)) {
                input.add(InputSetter.parse(key, value, vocab));
            } else {
                rs = rs.set(key, value, vocab);
            }
        }
        InputOverrides ov = input.isEmpty() ? InputOverrides.NONE : new InputSetter(input);
        List<String> inputTexts = new ArrayList<>();
        for (InputSetter.Assignment a : input) inputTexts.add(a.path() + "=" + a.value());
        return new Setup(lang, rs.withInputOverrides(inputTexts), ov, vocab);
    }
}
