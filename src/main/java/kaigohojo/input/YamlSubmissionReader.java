package kaigohojo.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Reads a YAML file of one or more submissions (product.md §2). Each document is parsed and bound on
 * its own, so a broken document costs only itself.
 */
public final class YamlSubmissionReader implements SubmissionReader {
    /** Larger than any real submission file; larger files are refused rather than parsed. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private final Vocabulary vocab;
    private final UnaryOperator<YNode> transform;

    public YamlSubmissionReader(Vocabulary vocab) {
        this(vocab, UnaryOperator.identity());
    }

    /** @param transform applied to each parsed document before it is bound (the --set of a what-if) */
    public YamlSubmissionReader(Vocabulary vocab, UnaryOperator<YNode> transform) {
        this.vocab = vocab;
        this.transform = transform;
    }

    private static Problem problem(String file, YamlTree.Failure f) {
        String detail = f.detail() == null ? "" : f.detail();
        if (f.code() == ErrorCode.DUPLICATE_KEY) {
            int at = detail.lastIndexOf('@');
            String key = detail.substring(0, Math.max(0, at));
            return Problem.of(Location.of(file, f.line(), f.column()), key, key, f.code(), key, detail.substring(at + 1));
        }
        return Problem.of(Location.of(file, f.line(), f.column()), "", null, f.code(), detail);
    }

    @Override
    public String read(String file, ByteSource source, String encoding, Consumer<ReadOutcome> sink) throws IOException {
        SourceText text;
        try (InputStream in = source.open()) {
            text = SourceText.read(in, MAX_BYTES, encoding);
        } catch (SourceText.NotText e) {
            sink.accept(ReadOutcome.failed(Problem.of(Location.of(file, e.line(), 0), "", null, e.code(),
                    encoding == null ? "UTF-8, CP932" : encoding)));
            return null;
        }
        int longLine = YamlTree.longLine(text.text());
        if (longLine > 0) { // #8: the parser is quadratic in the length of one token
            sink.accept(ReadOutcome.failed(Problem.of(Location.of(file, longLine, 0), "", null, ErrorCode.LINE_TOO_LONG,
                    YamlTree.MAX_LINE_CHARS)));
            return text.encoding();
        }
        int[] odd = YamlTree.unusualLineBreak(text.text());
        if (odd != null) { // #8: NEL/LS/PS would move the document markers the clerk sees
            sink.accept(ReadOutcome.failed(Problem.of(Location.of(file, odd[0], odd[1]), "", null, ErrorCode.YAML_SYNTAX,
                    kaigohojo.text.Localized.of(String.format("U+%04X（YAML 1.2 では改行ではない文字です。通常の改行に置き換えてください）", odd[2]),
                            String.format("U+%04X (not a line break in YAML 1.2: replace it with an ordinary line break)", odd[2])))));
            return text.encoding();
        }
        List<YamlTree.Document> docs = YamlTree.split(text.text());
        if (docs.isEmpty()) {
            sink.accept(ReadOutcome.failed(Problem.of(Location.of(file, 1, 0), "", null, ErrorCode.FILE_EMPTY)));
            return text.encoding();
        }
        for (YamlTree.Document d : docs) {
            for (Object parsed : YamlTree.parseAll(d, Integer.MAX_VALUE)) {
                if (parsed instanceof YamlTree.Failure f) {
                    sink.accept(ReadOutcome.failed(problem(file, f)));
                    continue;
                }
                YNode doc = transform.apply((YNode) parsed);
                SubmissionBinder.Result r = SubmissionBinder.bind(doc, file, text.encoding(), vocab);
                sink.accept(r.ok() ? ReadOutcome.ok(r.submission()) : ReadOutcome.failed(r, List.of()).withFacilityOf(doc));
            }
        }
        return text.encoding();
    }
}
