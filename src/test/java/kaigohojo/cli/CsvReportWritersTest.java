package kaigohojo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kaigohojo.app.Batch;
import kaigohojo.app.InputFiles;
import kaigohojo.engine.FacilityResult;
import kaigohojo.input.SourceText;
import kaigohojo.input.Vocabulary;
import kaigohojo.report.Cp932Writer;
import kaigohojo.report.Rejected;
import kaigohojo.report.ReportContext;
import kaigohojo.report.ReportWriter;
import kaigohojo.report.Reports;
import kaigohojo.report.Utf8Writer;
import kaigohojo.rules.RuleSet;
import kaigohojo.rules.RuleSetLoader;
import kaigohojo.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #13 (session 6): the CSV reports written through an encoding writer, which puts a facility's repeated
 * columns together as bytes once and copies them on each item row (and cells, reasons and findings
 * encoded once), write exactly the text that the plain path writes to any other writer, encoded by the
 * JDK: UTF-8, and CP932 with the same bytes and the same count of characters written as ?. Random
 * applications with names that need quoting, formulas, controls, emoji, characters CP932 lacks, several
 * files, per item and per facility, Japanese and English.
 */
class CsvReportWritersTest {
    private static final String HEADER = "事業所番号,事業所名,都道府県,サービス種別,職員数,SECURITY ACTION,業務改善計画,連携システム利用,"
            + "連携実績,連携事業所数,研修,品目ID,品目,区分,料金体系,支払形態,単価,数量,当年度支払額,導入予定日,付帯先\n";
    private static final String[] ALPHABET = {"a", "Z", "7", ",", "\"", "=", "+", "-", "@", " ", "\t", "特", "養", "〜", "①", "髙",
            "﨑", "😀", "\u202E", "\u0007", "＝", "ｱ", "¥", "\\", "é"};
    private static final String[][] KINDS = {{"介護ソフト", "アカウント単位", "サブスクリプション"}, {"情報端末", "", "購入"},
            {"移乗支援", "", "購入"}, {"見守り", "", "購入"}, {"通信環境整備", "", "購入"}, {"排泄支援", "", "購入"}};

    @TempDir Path tmp;

    private static String text(Random rnd, int max) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(max) + 1;
        for (int i = 0; i < n; i++) sb.append(ALPHABET[rnd.nextInt(ALPHABET.length)]);
        return sb.toString();
    }

    private static String q(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /** A CSV file of random applications: names from the alphabet; a few items each, some of them per-unit groups. */
    private Path file(Random rnd, String name, int facilities) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int f = 0; f < facilities; f++) {
            String id = String.valueOf(2_170_000_000L + rnd.nextInt(1_000_000));
            String facility = rnd.nextInt(5) == 0 ? "特別養護老人ホーム さくら" : text(rnd, 10);
            int items = rnd.nextInt(5) + 1;
            for (int k = 0; k < items; k++) {
                String[] kind = k == 0 ? KINDS[0] : KINDS[rnd.nextInt(KINDS.length)];
                String itemName = rnd.nextInt(3) == 0 ? "記録用タブレット" : text(rnd, 8);
                csv.append(id).append(',').append(k == 0 ? q(facility) : "").append(',')
                        .append(k == 0 ? "北海道,特養," + (rnd.nextInt(60) + 1) + ",二つ星,はい,,,,," : ",,,,,,,,,")
                        .append("i").append(k).append(rnd.nextInt(3) == 0 ? "x" : "").append(',').append(q(itemName)).append(',')
                        .append(kind[0]).append(',').append(kind[1]).append(',').append(kind[2]).append(',')
                        .append(10_000 * (rnd.nextInt(150) + 1)).append(',').append(rnd.nextInt(3) + 1).append(',')
                        .append(k == 0 && rnd.nextBoolean() ? String.valueOf(100_000 * (rnd.nextInt(20) + 1)) : "")
                        .append(",2026-0").append(rnd.nextInt(3) + 7).append("-01,\n");
            }
        }
        Path p = tmp.resolve(name);
        Files.writeString(p, csv, StandardCharsets.UTF_8);
        return p;
    }

    /** The report of these inputs written to one writer. */
    private static void write(List<InputFiles.Input> inputs, RuleSet rs, Lang lang, boolean perFacility, Writer out) throws IOException {
        Vocabulary vocab = Vocabulary.get();
        Batch batch = new Batch(new kaigohojo.rules.Rules(rs), vocab, null, null);
        ReportWriter w = Reports.writer("csv", new ReportContext(lang, rs, false), out, perFacility);
        if (w instanceof kaigohojo.report.CsvReport csv) csv.errorsTo(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        w.begin();
        List<FacilityResult> computed = new ArrayList<>();
        batch.run(inputs, java.io.InputStream.nullInputStream(), r -> {
            computed.add(r);
            try {
                w.facility(r);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, (Rejected r) -> {
            try {
                w.rejected(r);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        w.end(batch.errors(), batch.summary());
        out.flush();
        assertTrue(computed.size() > 0, "some applications are computed");
    }

    @Test
    void encodingWritersWriteThePlainTextsBytes() throws Exception {
        Random rnd = new Random(613);
        RuleSet rs = new RuleSetLoader(Vocabulary.get()).load(RuleSetLoader.DEFAULT_ID);
        for (int round = 0; round < 12; round++) {
            List<String> names = new ArrayList<>();
            int files = rnd.nextInt(3) + 1;
            for (int f = 0; f < files; f++) names.add(file(rnd, "r" + round + "-" + f + (rnd.nextBoolean() ? "=特.csv" : ".csv"), 40).toString());
            List<InputFiles.Input> inputs = InputFiles.expand(names, null);
            Lang lang = rnd.nextBoolean() ? Lang.JA : Lang.EN;
            boolean perFacility = round % 4 == 3;
            String where = "round " + round + " " + lang + (perFacility ? " per facility" : " per item");

            StringWriter plain = new StringWriter();
            write(inputs, rs, lang, perFacility, plain);
            String text = plain.toString();
            assertTrue(text.lines().count() > 40, where);

            ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
            write(inputs, rs, lang, perFacility, new Utf8Writer(utf8, rnd.nextInt(300) + 16));
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), utf8.toByteArray(), where + ", UTF-8");

            ByteArrayOutputStream cp932 = new ByteArrayOutputStream();
            Cp932Writer w = new Cp932Writer(cp932, rnd.nextInt(300) + 16);
            write(inputs, rs, lang, perFacility, w);
            Output.CountingEncoder counter = new Output.CountingEncoder(SourceText.CP932);
            ByteArrayOutputStream jdk = new ByteArrayOutputStream();
            try (Writer j = new BufferedWriter(new OutputStreamWriter(jdk, counter.encoder()))) {
                j.write(text);
            }
            assertArrayEquals(jdk.toByteArray(), cp932.toByteArray(), where + ", CP932");
            assertEquals(counter.replaced(), w.replaced(), where + ", characters written as ?");
            assertTrue(w.replaced() > 0, "the names hold characters CP932 lacks");
        }
    }
}
