#!/usr/bin/env python3
"""Writes title-block.fods: samples/csv/applications.csv as a clerk's sheet would hold it, in LibreOffice's
flat ODF: a title row merged across, a blank row, a two-row header (事業所番号 merged down over both rows,
the group names 事業所 and 品目 merged across their columns), amounts and counts as numbers, a 導入予定日
column of dates shown in 和暦 (令和8年7月1日), and a fourth facility whose 事業所番号 0130000901 was typed as
a number (130000901: the leading zero lost). LibreOffice turns it into title-block.xlsx (see README.md)."""
import csv, sys
from xml.sax.saxutils import escape

rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
header, data = rows[0], rows[1:]
NUMERIC = {"職員数", "連携事業所数", "単価", "数量", "当年度支払額"}
n = len(header) + 1  # + 導入予定日

def cell(v, kind=None, style=None, span=None, rowspan=None):
    a = ""
    if span: a += ' table:number-columns-spanned="%d"' % span
    if rowspan: a += ' table:number-rows-spanned="%d"' % rowspan
    if style: a += ' table:style-name="%s"' % style
    if v == "":
        return "<table:table-cell%s/>" % a
    if kind == "float":
        return '<table:table-cell%s office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (a, v, v)
    if kind == "date":
        return '<table:table-cell%s office:value-type="date" office:date-value="%s"><text:p>%s</text:p></table:table-cell>' % (a, v, v)
    return '<table:table-cell%s office:value-type="string"><text:p>%s</text:p></table:table-cell>' % (a, escape(v))

def covered(k):
    return "<table:covered-table-cell/>" * k

out = []
out.append(cell("令和8年度 介護テクノロジー定着支援事業 申請一覧（千葉県）", span=n) + covered(n - 1))
out.append(cell(""))
facility_cols = header.index("品目ID")  # columns before it are the facility's
out.append(cell("事業所番号", rowspan=2) + cell("事業所", span=facility_cols - 1) + covered(facility_cols - 2)
           + cell("品目", span=n - facility_cols) + covered(n - facility_cols - 1))
out.append(covered(1) + "".join(cell(h) for h in header[1:]) + cell("導入予定日"))
for r in data:
    cells = []
    for h, v in zip(header, r):
        cells.append(cell(v.replace(",", ""), "float") if h in NUMERIC and v else cell(v))
    cells.append(cell("2026-07-01", "date", "wareki"))
    out.append("".join(cells))
lost = {"事業所番号": ("130000901", "float"), "事業所名": ("特養 ゼロ", None), "サービス種別": ("特養", None),
        "職員数": ("10", "float"), "品目ID": ("bed", None), "区分": ("見守り", None), "単価": ("100000", "float"),
        "数量": ("1", "float")}
out.append("".join(cell(*lost.get(h, ("", None))) for h in header) + cell("2026-07-01", "date", "wareki"))

print('''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="N_wareki" number:language="ja" number:country="JP">
<number:era number:style="long" number:calendar="gengou"/><number:year number:calendar="gengou"/><number:text>年</number:text>
<number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
<style:style style:name="wareki" style:family="table-cell" style:data-style-name="N_wareki"/>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="申請">''')
for r in out:
    print("<table:table-row>%s</table:table-row>" % r)
print("</table:table></office:spreadsheet></office:body></office:document>")
