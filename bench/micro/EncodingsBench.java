import java.nio.charset.StandardCharsets;
import kaigohojo.input.Encodings;

/**
 * Encodings, the byte-level UTF-8 walk (R, session 4): {@code judge} over a 2.7 MB CSV-like UTF-8 text ten
 * times, and {@code utf8ReadAsCp932} over 200,000 fields as a CP932 reader sees them; the best of 15 rounds
 * after 10 warm-up rounds, in ms. Run against a built jar (compare two jars by running each):
 *
 *   java -XX:+UseSerialGC -cp target/kaigo-hojo.jar bench/micro/EncodingsBench.java
 */
public class EncodingsBench {
    public static void main(String[] a) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        while (sb.length() < 1_500_000) sb.append("13").append(n % 100000000).append(",特養 さくら").append(n++).append(",千葉県,特養,38,二つ星,はい,soft,介護記録ソフト,介護ソフト,\"120,000\",12\n");
        byte[] utf8 = sb.toString().getBytes(StandardCharsets.UTF_8);
        java.nio.charset.Charset cp932 = java.nio.charset.Charset.forName("windows-31j");
        String[] fields = new String[200_000];
        for (int i = 0; i < fields.length; i++) {
            String f = i % 3 == 0 ? "介護記録ソフト" + i : i % 3 == 1 ? "特養 さくら" : "120000";
            // as a CP932 reader would see a UTF-8 field (a third), or a real CP932 field
            fields[i] = i % 5 == 0 ? new String(f.getBytes(StandardCharsets.UTF_8), cp932) : f;
        }
        long sink = 0;
        long bestJudge = Long.MAX_VALUE, bestFields = Long.MAX_VALUE;
        for (int round = 0; round < 25; round++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < 10; k++) sink += Encodings.judge(utf8, 0, utf8.length, false).firstBadByte();
            long t1 = System.nanoTime();
            for (String f : fields) if (Encodings.utf8ReadAsCp932(f)) sink++;
            long t2 = System.nanoTime();
            if (round >= 10) {
                bestJudge = Math.min(bestJudge, t1 - t0);
                bestFields = Math.min(bestFields, t2 - t1);
            }
        }
        System.out.printf("judge 10×%.1fMB: %.1f ms   utf8ReadAsCp932 200k fields: %.1f ms   (%d)%n", utf8.length / 1e6, bestJudge / 1e6, bestFields / 1e6, sink);
    }
}
