package kaigohojo.cli;

import picocli.CommandLine.Option;

/** The options of the rules subcommands: format and output (the language is inherited from kaigo-hojo). */
public class RulesOptions {
    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "opt.rules-format")
    public String format = "table";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "opt.output")
    public java.nio.file.Path output;

    /** The command these options are mixed into: --lang and --debug are kaigo-hojo's, inherited (KaigoHojoCommand). */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE) picocli.CommandLine.Model.CommandSpec mixee;

    /** The language of this run (--lang, KAIGO_HOJO_LANG, ja). */
    public kaigohojo.text.Lang lang() { return KaigoHojoCommand.lang(mixee); }
}
