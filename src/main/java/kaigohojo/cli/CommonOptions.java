package kaigohojo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options shared by calc, check and compare (product.md §5). Descriptions are in the help bundles. */
public class CommonOptions {
    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "opt.format",
            completionCandidates = FormatCandidates.class)
    public String format = "table";

    @Option(names = "--rules", paramLabel = "ID|FILE", descriptionKey = "opt.rules", completionCandidates = RuleSetCandidates.class)
    public String rules = kaigohojo.rules.RuleSetLoader.DEFAULT_ID;

    @Option(names = "--set", paramLabel = "KEY=VALUE", descriptionKey = "opt.set")
    public List<String> sets = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "opt.output")
    public Path output;

    @Option(names = "--encoding", paramLabel = "ENCODING", descriptionKey = "opt.encoding")
    public String encoding;

    @Option(names = "--output-encoding", paramLabel = "ENCODING", descriptionKey = "opt.output-encoding")
    public String outputEncoding;

    @Option(names = "--input-format", paramLabel = "yaml|csv|xlsx", descriptionKey = "opt.input-format")
    public String inputFormat;

    // #10: the sheet of the workbooks read
    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "opt.sheet")
    public String sheet;

    @Option(names = "--strict", descriptionKey = "opt.strict")
    public boolean strict;

    @Option(names = "--explain", descriptionKey = "opt.explain")
    public boolean explain;

    /** The command these options are mixed into: --lang and --debug are kaigo-hojo's, inherited (KaigoHojoCommand). */
    @Spec(Spec.Target.MIXEE) CommandSpec mixee;

    /** The language of this run (--lang, KAIGO_HOJO_LANG, ja). */
    public kaigohojo.text.Lang lang() { return KaigoHojoCommand.lang(mixee); }

    /** Completion candidates for --format. */
    public static final class FormatCandidates extends ArrayList<String> {
        private static final long serialVersionUID = 1L;
        public FormatCandidates() { super(List.of("table", "json", "csv", "markdown", "xlsx", "html")); }
    }

    /** Completion candidates for --rules and the rules commands: the built-in rule sets. */
    public static final class RuleSetCandidates extends ArrayList<String> {
        private static final long serialVersionUID = 1L;
        public RuleSetCandidates() { super(kaigohojo.rules.RuleSetLoader.BUILTIN); }
    }

    /** Completion candidates for template --format. */
    public static final class TemplateFormatCandidates extends ArrayList<String> {
        private static final long serialVersionUID = 1L;
        public TemplateFormatCandidates() { super(List.of("yaml", "csv", "xlsx")); }
    }

    /** Completion candidates for --lang. */
    public static final class LangCandidates extends ArrayList<String> {
        private static final long serialVersionUID = 1L;
        public LangCandidates() { super(List.of("ja", "en")); }
    }

    /** The FILE arguments as paths. They are Files in the commands so that shell completion offers file names. */
    static List<String> paths(List<java.io.File> given) {
        List<String> out = new ArrayList<>(given.size());
        for (java.io.File f : given) out.add(f.getPath());
        return out;
    }
}
