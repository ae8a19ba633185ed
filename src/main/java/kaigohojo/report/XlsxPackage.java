package kaigohojo.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;

/**
 * Workbooks written byte for byte the same for the same input: the library stamps the package with
 * the time of writing (docProps/core.xml and each entry's time), so the workbook is written to a
 * temporary file and copied, its parts untouched (raw, not compressed again), with a fixed time.
 */
final class XlsxPackage {
    /** The fixed time of every package written: the start of the fiscal year the rules are for. */
    static final String FIXED = "2026-04-01T00:00:00Z";
    private static final long FIXED_MILLIS = java.time.Instant.parse(FIXED).toEpochMilli();

    private final Path temporary;
    private final OutputStream target;
    private final OutputStream tempOut;
    final Workbook workbook;

    XlsxPackage(OutputStream target) throws IOException {
        this.target = target;
        this.temporary = Files.createTempFile("kaigo-hojo-", ".xlsx");
        this.tempOut = new java.io.BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
        this.workbook = new Workbook(tempOut, "kaigo-hojo", "1.0");
    }

    /** Finishes the workbook and writes it, stamped with the fixed time, to the target. */
    void finish() throws IOException {
        try {
            workbook.finish();
            tempOut.close();
            stabilize(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Drops the temporary file of a run that failed. */
    void abandon() {
        try {
            tempOut.close();
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // nothing more to do: the file is in the temporary folder
        }
    }

    static void stabilize(Path from, OutputStream to) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(from).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(new NonClosing(to))) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntriesInPhysicalOrder());
            for (ZipArchiveEntry e : entries) {
                if (e.getName().equals("docProps/core.xml")) {
                    String xml;
                    try (InputStream in = zip.getInputStream(e)) {
                        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    xml = xml.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", FIXED);
                    ZipArchiveEntry n = new ZipArchiveEntry(e.getName());
                    n.setTime(FIXED_MILLIS);
                    n.setMethod(ZipArchiveEntry.DEFLATED);
                    out.putArchiveEntry(n);
                    out.write(xml.getBytes(StandardCharsets.UTF_8));
                    out.closeArchiveEntry();
                    continue;
                }
                ZipArchiveEntry n = new ZipArchiveEntry(e.getName());
                n.setMethod(e.getMethod());
                n.setTime(FIXED_MILLIS);
                n.setCrc(e.getCrc());
                n.setSize(e.getSize());
                n.setCompressedSize(e.getCompressedSize());
                try (InputStream raw = zip.getRawInputStream(e)) {
                    out.addRawArchiveEntry(n, raw);
                }
            }
            out.finish();
        }
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }
        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
        @Override public void close() throws IOException { flush(); }
    }
}
