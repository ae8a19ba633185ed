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
        List<YamlTree.Document> docs = YamlTree.split(text.text());
        if (docs.isEmpty()) {
            sink.accept(ReadOutcome.failed(Problem.of(Location.of(file, 1, 0), "", null, ErrorCode.FILE_EMPTY)));
            return text.encoding();
        }
        for (YamlTree.Document d : docs) {
            YNode root;
            try {
                root = YamlTree.parse(d);
            } catch (YamlTree.Failure f) {
                String detail = f.detail() == null ? "" : f.detail();
                Problem p;
                if (f.code() == ErrorCode.DUPLICATE_KEY) {
                    int at = detail.lastIndexOf('@');
                    String key = detail.substring(0, Math.max(0, at));
                    p = Problem.of(Location.of(file, f.line(), f.column()), key, key, f.code(), key, detail.substring(at + 1));
                } else {
                    p = Problem.of(Location.of(file, f.line(), f.column()), "", null, f.code(), detail);
                }
                sink.accept(ReadOutcome.failed(p));
                continue;
            }
            YNode doc = transform.apply(root);
            SubmissionBinder.Result r = SubmissionBinder.bind(doc, file, text.encoding(), vocab);
            sink.accept(r.ok() ? ReadOutcome.ok(r.submission()) : ReadOutcome.failed(r, List.of()).withFacilityOf(doc));
        }
        return text.encoding();
    }
}
