package kaigohojo.cli;

import picocli.CommandLine.Option;

/** The options of the rules subcommands: format and language. */
public class RulesOptions {
    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "opt.rules-format")
    public String format = "table";

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "opt.lang")
    public String lang = "ja";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "opt.output")
    public java.nio.file.Path output;

    @Option(names = "--debug", descriptionKey = "opt.debug")
    public boolean debug;
}
