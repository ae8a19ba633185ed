package kaigohojo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * #10: the hostile workbooks of the corpus (gen:w-…), written part by part so that each one is exactly
 * the damage it stands for. The sheet is always named 申請; the header is row 1 unless said otherwise.
 */
final class HostileWorkbooks {
    private HostileWorkbooks() {}

    static final String HEADER = row(1, "事業所番号", "事業所名", "サービス種別", "職員数", "区分", "単価");

    /** A row of inline strings and numbers (a number is a Long, anything else text). */
    static String row(int r, Object... cells) {
        StringBuilder b = new StringBuilder("<row r=\"" + r + "\">");
        for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            if (v == null) continue;
            String ref = kaigohojo.input.Location.columnLetters(c + 1) + r;
            if (v instanceof Long || v instanceof Integer) b.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
            else if (v instanceof Raw raw) b.append(raw.xml().replace("REF", ref));
            else b.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(esc(v.toString())).append("</t></is></c>");
        }
        return b.append("</row>").toString();
    }

    record Raw(String xml) {}

    static String esc(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }

    static String good(int r, String id) { return row(r, id, "テスト施設", "特養", 10L, "見守り", 100000L); }

    static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + rows + "</sheetData></worksheet>";
    }

    static Map<String, byte[]> parts(String sheetXml) {
        Map<String, byte[]> p = new LinkedHashMap<>();
        p.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>").getBytes(UTF_8));
        p.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>").getBytes(UTF_8));
        p.put("xl/workbook.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + "<sheet name=\"申請\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").getBytes(UTF_8));
        p.put("xl/_rels/workbook.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>").getBytes(UTF_8));
        if (sheetXml != null) p.put("xl/worksheets/sheet1.xml", sheetXml.getBytes(UTF_8));
        return p;
    }

    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                ZipEntry ze = new ZipEntry(e.getKey());
                ze.setTime(0);
                z.putNextEntry(ze);
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] workbook(String rows) { return zip(parts(sheet(rows))); }

    /** An OLE2 compound file header (the old .xls, or an encrypted .xlsx): 512 bytes and a directory name. */
    static byte[] ole2(String streamName) {
        byte[] b = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, 8);
        byte[] name = streamName.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, b, 1024, name.length);
        return b;
    }

    static byte[] bytes(String name) {
        switch (name) {
            case "w-old-format.xls": return ole2("Workbook");
            case "w-encrypted.xlsx": return ole2("EncryptionInfo");
            case "w-macros.xlsm": {
                Map<String, byte[]> p = parts(sheet(HEADER + good(2, "1370000001")));
                p.put("xl/vbaProject.bin", ole2("VBA"));
                return zip(p);
            }
            case "w-corrupt-zip.xlsx": {
                byte[] b = new byte[2048];
                new java.util.Random(10).nextBytes(b);
                b[0] = 'P'; b[1] = 'K'; b[2] = 3; b[3] = 4;
                return b;
            }
            case "w-truncated.xlsx": {
                byte[] w = workbook(HEADER + good(2, "1370000001"));
                return java.util.Arrays.copyOf(w, w.length / 2);
            }
            case "w-not-a-zip.xlsx": return "事業所番号,事業所名\n1370000001,さくら\n".getBytes(UTF_8);
            case "w-empty.xlsx": return new byte[0];
            case "w-no-workbook-part.xlsx": {
                Map<String, byte[]> p = new LinkedHashMap<>();
                p.put("[Content_Types].xml", "<Types/>".getBytes(UTF_8));
                return zip(p);
            }
            case "w-zip-bomb.xlsx": {
                // sheet1.xml inflates to 1 GiB of spaces from about 1 MB
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (ZipOutputStream z = new ZipOutputStream(out)) {
                    z.setLevel(Deflater.BEST_COMPRESSION);
                    for (Map.Entry<String, byte[]> e : parts(null).entrySet()) {
                        z.putNextEntry(new ZipEntry(e.getKey()));
                        z.write(e.getValue());
                        z.closeEntry();
                    }
                    z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 1024; i++) z.write(spaces);
                    z.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return out.toByteArray();
            }
            case "w-rows-1048576.xlsx": {
                // Excel's last row: a good facility at the top, 1,048,573 empty rows, a bad price on row 1,048,576
                StringBuilder b = new StringBuilder(HEADER).append(good(2, "1370000001"));
                for (int r = 3; r < 1_048_576; r++) b.append("<row r=\"").append(r).append("\"/>");
                b.append(row(1_048_576, "1370000002", "最後の行", "特養", 10L, "見守り", "十万"));
                return workbook(b.toString());
            }
            case "w-cell-32767.xlsx": // Excel's longest cell, as a facility's name: accepted
                return workbook(HEADER + row(2, "1370000001", "名".repeat(32_767), "特養", 10L, "見守り", 100000L));
            case "w-cell-40000.xlsx": // longer than Excel allows (a hand-made file)
                return workbook(HEADER + row(2, "1370000001", "名".repeat(40_000), "特養", 10L, "見守り", 100000L));
            case "w-shared-strings-missing.xlsx":
                return workbook(row(1, new Raw("<c r=\"REF\" t=\"s\"><v>0</v></c>"), new Raw("<c r=\"REF\" t=\"s\"><v>1</v></c>"))
                        + row(2, new Raw("<c r=\"REF\" t=\"s\"><v>2</v></c>")));
            case "w-formulas-no-values.xlsx":
                return workbook(HEADER + row(2, new Raw("<c r=\"REF\"><f>A9&amp;\"\"</f></c>"), new Raw("<c r=\"REF\"><f>B9</f></c>"),
                        new Raw("<c r=\"REF\"><f>C9</f></c>"), new Raw("<c r=\"REF\"><f>D9</f></c>"),
                        new Raw("<c r=\"REF\"><f>E9</f></c>"), new Raw("<c r=\"REF\"><f>F9*2</f></c>")));
            case "w-formula-cached.xlsx": // formulas read by their cached values: computed
                return workbook(HEADER + row(2, new Raw("<c r=\"REF\" t=\"str\"><f>\"137\"&amp;\"0000001\"</f><v>1370000001</v></c>"),
                        "テスト施設", "特養", 10L, "見守り", new Raw("<c r=\"REF\"><f>50000*2</f><v>100000</v></c>")));
            case "w-cell-error.xlsx":
                return workbook(HEADER + row(2, "1370000001", "テスト施設", "特養", 10L, "見守り",
                        new Raw("<c r=\"REF\" t=\"e\"><f>VLOOKUP(A2,X:Y,2,0)</f><v>#N/A</v></c>")));
            case "w-lost-zero.xlsx":
                return workbook(HEADER + row(2, 137000001L, "テスト施設", "特養", 10L, "見守り", 100000L));
            case "w-unknown-column-typo.xlsx":
                return workbook(row(1, "事業所番号", "事業所名", "サービス種別", "職員数", "区分", "単和") + good(2, "1370000001"));
            case "w-huge-exponent.xlsx":
                return workbook(HEADER + row(2, "1370000001", "テスト施設", "特養", 10L, "見守り", new Raw("<c r=\"REF\"><v>1E+400</v></c>")));
            case "w-date-beyond.xlsx":
                return workbook(row(1, "事業所番号", "事業所名", "サービス種別", "職員数", "区分", "単価", "導入予定日")
                        + row(2, "1370000001", "テスト施設", "特養", 10L, "見守り", 100000L, 99_999_999L));
            case "w-no-header.xlsx": {
                StringBuilder b = new StringBuilder();
                for (int r = 1; r <= 30; r++) b.append(row(r, (long) r, (long) r * 2));
                return workbook(b.toString());
            }
            case "w-empty-sheet.xlsx": return workbook("");
            case "w-wide-row.xlsx":
                return workbook(HEADER + good(2, "1370000001")
                        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>1370000002</t></is></c><c r=\"XFD3\" t=\"inlineStr\"><is><t>far away</t></is></c></row>");
            case "w-entity-bomb.xlsx": {
                String dtd = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                        + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                        + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                        + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                        + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                        + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                        + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";
                String xml = dtd + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + HEADER
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>";
                return zip(parts(xml));
            }
            case "w-renamed-bad.csv": // a workbook saved under a .csv name, with a bad price: read as a workbook
                return workbook(HEADER + row(2, "1370000001", "テスト施設", "特養", 10L, "見守り", "十万"));
            case "w-title-block.xlsx": // a title and a note above the header, a group-header row: read
                return workbook(row(1, "令和8年度 申請一覧") + row(2, "千葉県 高齢者福祉課") + row(4, null, "事業所", null, null, "品目")
                        + HEADER.replace("<row r=\"1\">", "<row r=\"5\">").replaceAll("r=\"([A-F])1\"", "r=\"$15\"")
                        + good(6, "1370000001"));
            default:
                throw new IllegalArgumentException("no generator for gen:" + name);
        }
    }
}
