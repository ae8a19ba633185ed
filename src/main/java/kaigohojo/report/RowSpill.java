package kaigohojo.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Rows of a sheet that cannot be written yet (a workbook's parts are written one after the other, and
 * the items of a facility arrive with it, while the facilities sheet is still open): kept in a
 * temporary file, not in memory, and replayed into their sheet at the end.
 */
final class RowSpill implements AutoCloseable {
    private final Path file;
    private final DataOutputStream out;

    RowSpill() throws IOException {
        file = Files.createTempFile("kaigo-hojo-", ".rows");
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void row(Object... cells) throws IOException {
        out.writeShort(cells.length);
        for (Object v : cells) {
            if (v == null) {
                out.writeByte(0);
            } else if (v instanceof XlsxSheet.Yen y) {
                out.writeByte(1);
                out.writeLong(y.amount());
            } else if (v instanceof XlsxSheet.Text t) {
                out.writeByte(2);
                writeString(t.text());
            } else if (v instanceof Long || v instanceof Integer) {
                out.writeByte(3);
                out.writeLong(((Number) v).longValue());
            } else if (v instanceof LocalDate d) {
                out.writeByte(4);
                out.writeLong(d.toEpochDay());
            } else {
                out.writeByte(5);
                writeString(v.toString());
            }
        }
    }

    private void writeString(String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Writes every row kept into the sheet, in order. */
    void replay(XlsxSheet sheet) throws IOException {
        out.flush();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                int n;
                try {
                    n = in.readUnsignedShort();
                } catch (EOFException end) {
                    return;
                }
                Object[] cells = new Object[n];
                for (int i = 0; i < n; i++) {
                    switch (in.readByte()) {
                        case 1 -> cells[i] = new XlsxSheet.Yen(in.readLong());
                        case 2 -> cells[i] = new XlsxSheet.Text(readString(in));
                        case 3 -> cells[i] = in.readLong();
                        case 4 -> cells[i] = LocalDate.ofEpochDay(in.readLong());
                        case 5 -> cells[i] = readString(in);
                        default -> cells[i] = null;
                    }
                }
                sheet.row(cells);
            }
        }
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(file);
    }
}
