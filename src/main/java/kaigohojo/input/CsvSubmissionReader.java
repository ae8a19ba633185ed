package kaigohojo.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import kaigohojo.text.Normalize;

/**
 * Reads a CSV file of many facilities, one row per item (product.md §2b), streaming: one facility's
 * rows are held at a time. Headers in English or Japanese, in any order; facility columns may be
 * blank on a facility's later rows; two different values for one facility are an error. Every cell
 * keeps its physical line and its column number, so every error points at what the clerk sees.
 */
public final class CsvSubmissionReader implements SubmissionReader {
    private static final int SAMPLE = 1 << 20;

    private final Vocabulary vocab;
    private final UnaryOperator<YNode> transform;

    public CsvSubmissionReader(Vocabulary vocab) {
        this(vocab, UnaryOperator.identity());
    }

    /** @param transform applied to each facility's tree before it is bound (the --set of a what-if) */
    public CsvSubmissionReader(Vocabulary vocab, UnaryOperator<YNode> transform) {
        this(vocab, transform, null);
    }

    /** @param sheet for a workbook saved under a .csv name: the sheet to read (--sheet), or null */
    public CsvSubmissionReader(Vocabulary vocab, UnaryOperator<YNode> transform, String sheet) {
        this.vocab = vocab;
        this.transform = transform;
        this.sheet = sheet;
    }

    private final String sheet;
    private List<Problem> warnings = List.of();

    @Override
    public List<Problem> warnings() { return warnings; }

    @Override
    public String read(String file, ByteSource source, String forced, Consumer<ReadOutcome> sink) throws IOException {
        byte[] sample;
        try (InputStream in = source.open()) {
            sample = in.readNBytes(SAMPLE);
        }
        if (sample.length == 0) {
            sink.accept(ReadOutcome.failed(Problem.of(Location.of(file, 1, 0), "", null, ErrorCode.FILE_EMPTY)));
            return null;
        }
        if (Magic.isZip(sample) || Magic.isOle2(sample)) {
            // #10: a workbook saved (or renamed) with a .csv name: read it as the workbook it is, and say so
            SubmissionReader wb = WorkbookSubmissionReader.create(vocab, transform, sheet);
            String how = wb.read(file, source, forced, sink);
            List<Problem> w = new ArrayList<>();
            w.add(Problem.of(Location.of(file, 0, 0), "", null, ErrorCode.WORKBOOK_AS_CSV, file));
            w.addAll(wb.warnings());
            warnings = w;
            return how;
        }
        String utf16 = utf16(sample);
        if (utf16 != null) {
            // #10: Excel's 「Unicode テキスト」 (UTF-16 with a BOM, tab-separated): read as the same text in UTF-8
            source = transcode(source, utf16);
            try (InputStream in = source.open()) {
                sample = in.readNBytes(SAMPLE);
            }
            forced = "utf-8";
        }
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] == 0) {
                sink.accept(ReadOutcome.failed(Problem.of(Location.of(file, Encodings.lineOf(sample, i), 0), "", null,
                        ErrorCode.BINARY_FILE)));
                return null;
            }
        }
        boolean bom = SourceText.hasBom(sample);
        Charset cs;
        String encodingName;
        if (utf16 != null) {
            cs = StandardCharsets.UTF_8;
            encodingName = utf16 + " (BOM)";
        } else if (forced != null) {
            cs = SourceText.charsetFor(forced);
            encodingName = bom && cs.equals(StandardCharsets.UTF_8) ? "UTF-8 (BOM)" : SourceText.displayName(cs);
        } else if (bom) {
            cs = StandardCharsets.UTF_8;
            encodingName = "UTF-8 (BOM)";
        } else {
            int foreign = Encodings.foreign(sample, 0, sample.length, sample.length == SAMPLE); // #8: EUC-JP, ISO-2022-JP
            if (foreign >= 0) {
                sink.accept(ReadOutcome.failed(Problem.of(Location.of(file, Encodings.lineOf(sample, foreign), 0), "", null,
                        ErrorCode.ENCODING, "UTF-8, CP932")));
                return null;
            }
            Encodings.Verdict v = Encodings.judge(sample, 0, sample.length, sample.length == SAMPLE);
            cs = v == null ? null : v.charset();
            encodingName = v == null ? "UTF-8" : v.name();
        }
        char delimiter = delimiter(sample, cs == null ? StandardCharsets.UTF_8 : cs);
        Map<String, Integer> split;
        try (InputStream in = new BufferedInputStream(source.open(), 1 << 16)) {
            split = SplitScan.splitFacilities(in, cs == null ? StandardCharsets.UTF_8 : cs, delimiter);
        }
        if (split == null) { // a quote that does not close: look again as the reader will read (#8)
            try (InputStream raw = new BufferedInputStream(source.open(), 1 << 16)) {
                if (bom && (cs == null || cs.equals(StandardCharsets.UTF_8))) raw.skipNBytes(3);
                split = SplitScan.splitFacilities(new CsvLexer(new DecodingReader(raw, cs, encodingName), delimiter));
            } catch (DecodingReader.Binary b) {
                split = Map.of(); // the reading reports it
            }
        }
        // #13: the lexer reads the bytes when the encoding is known (a file whose first megabyte is ASCII and
        // that goes on is decided at its first non-ASCII byte, by the DecodingReader); an ASCII file read whole is UTF-8
        Charset known = cs != null ? cs : sample.length < SAMPLE ? StandardCharsets.UTF_8 : null;
        if (CsvByteLexer.reads(known, delimiter)) {
            try (InputStream raw = source.open()) {
                if (bom && known.equals(StandardCharsets.UTF_8)) raw.skipNBytes(3);
                CsvByteLexer lexer = new CsvByteLexer(raw, known, delimiter);
                String name = encodingName;
                TabularInput state = new TabularInput(vocab, transform, Location.of(file, 0, 0), () -> name,
                        lexer::replaced, split, sink);
                try {
                    lexer.comments(true); // #8: before the header, a # line is a comment whatever quotes it holds
                    state.run(lexer);
                } catch (DecodingReader.Binary b) {
                    state.binary(b.line()); // #8: a NUL byte past the first megabyte
                }
                warnings = state.warnings();
                return encodingName + how(delimiter, state);
            }
        }
        try (InputStream raw = new BufferedInputStream(source.open(), 1 << 16)) {
            if (bom && (cs == null || cs.equals(StandardCharsets.UTF_8))) raw.skipNBytes(3);
            DecodingReader reader = new DecodingReader(raw, cs, encodingName);
            TabularInput state = new TabularInput(vocab, transform, Location.of(file, 0, 0), reader::encoding,
                    reader::replaced, split, sink);
            try {
                CsvLexer lexer = new CsvLexer(reader, delimiter);
                lexer.comments(true); // #8: before the header, a # line is a comment whatever quotes it holds
                state.run(lexer);
            } catch (DecodingReader.Binary b) {
                state.binary(b.line()); // #8: a NUL byte past the first megabyte
            }
            warnings = state.warnings();
            return reader.encoding() + how(delimiter, state);
        }
    }

    /**
     * How the file was read besides its encoding, for the report (ReadAs renders it in the report's
     * language): "" for a plain CSV with its header first, so that those reports stay as they were.
     */
    private static String how(char delimiter, TabularInput state) {
        String s = delimiter == '\t' ? "+tab" : delimiter == ';' ? "+semicolon" : "";
        if (state.titleRows() > 0) s += "+header@" + state.headerLine();
        return s;
    }

    /** "UTF-16LE" or "UTF-16BE" for text starting with a UTF-16 BOM (Excel's Unicode テキスト), else null. */
    static String utf16(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return "UTF-16LE";
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return "UTF-16BE";
        return null;
    }

    /** The same text in UTF-8 (in memory up to 32 MB, a temporary file beyond, as ByteSource.spool). */
    private static ByteSource transcode(ByteSource source, String charset) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (InputStream in = source.open()) {
            in.skipNBytes(2);
            Reader r = new InputStreamReader(in, java.nio.charset.Charset.forName(charset)
                    .newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            java.io.Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            r.transferTo(w);
            w.flush();
        }
        return ByteSource.spool(new java.io.ByteArrayInputStream(out.toByteArray()));
    }

    /**
     * The field separator: a first line {@code sep=X} says it (Excel writes and reads that line); else a
     * tab when the first lines hold more tabs than commas (Excel's テキスト (タブ区切り)); a semicolon
     * when they hold semicolons and no comma; a comma otherwise.
     */
    static char delimiter(byte[] sample, Charset cs) {
        int end = Math.min(sample.length, 64 << 10);
        String head = new String(sample, 0, end, cs);
        if (head.startsWith("\uFEFF")) head = head.substring(1);
        String[] lines = head.split("\r?\n|\r", 22);
        String first = lines[0].strip();
        if (first.length() == 5 && first.regionMatches(true, 0, "sep=", 0, 4)) {
            char c = first.charAt(4);
            if (c == ',' || c == ';' || c == '\t' || c == '|') return c;
        }
        int tabs = 0, commas = 0, semis = 0;
        for (int i = 0; i < Math.min(lines.length, 21); i++) {
            String l = lines[i];
            if (l.stripLeading().startsWith("#")) continue;
            boolean quoted = false;
            for (int k = 0; k < l.length(); k++) {
                char c = l.charAt(k);
                if (c == '"') quoted = !quoted;
                else if (quoted) continue;
                else if (c == '\t') tabs++;
                else if (c == ',') commas++;
                else if (c == ';') semis++;
            }
        }
        if (tabs > commas) return '\t';
        if (commas == 0 && semis > 0) return ';';
        return ',';
    }
}
