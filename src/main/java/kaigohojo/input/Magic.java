package kaigohojo.input;

/**
 * What the first bytes of a file say it is, without loading any format's reader: a zip package (an
 * .xlsx workbook) or an OLE2 compound file (the old .xls, or a password-protected workbook).
 */
final class Magic {
    private Magic() {}

    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0 && (b[4] & 0xFF) == 0xA1 && (b[5] & 0xFF) == 0xB1 && (b[6] & 0xFF) == 0x1A
                && (b[7] & 0xFF) == 0xE1;
    }
}
