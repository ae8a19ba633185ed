#!/usr/bin/env python3
"""Generates a large, valid application CSV (product.md §2b) for bench/csv.sh.

One row per item, rows grouped by facility, Japanese headers as an office exports them (as in
samples/csv/applications.csv): facility columns filled on a facility's first row only for half of
the facilities and repeated on every row for the other half; amounts written "1,300,000" (quoted)
or 1300000; a mix of services, categories, payments, attached items and training. Deterministic
for a given --seed.

  gencsv.py --facilities 100000 --rows-per 10 [--encoding utf-8|cp932] [--crlf] OUT
"""
import argparse
import random

HEADER = ["事業所番号", "事業所名", "都道府県", "サービス種別", "職員数", "SECURITY ACTION", "業務改善計画",
          "連携システム利用", "連携実績", "連携事業所数", "研修",
          "品目ID", "品目", "区分", "料金体系", "支払形態", "単価", "数量", "当年度支払額", "導入予定日", "付帯先"]

PREFS = ["北海道", "宮城県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "愛知県", "京都府", "大阪府",
         "兵庫県", "広島県", "福岡県", "熊本県", "沖縄県"]
# (service as typed, kind of name, staff range, needs the care-plan linkage columns)
SERVICES = [("特養", "特別養護老人ホーム", (30, 120), False), ("介護老人保健施設", "老健", (30, 100), False),
            ("通所介護", "デイサービス", (8, 40), False), ("デイケア", "デイケア", (8, 40), True),
            ("訪問介護", "訪問介護事業所", (4, 30), True), ("グループホーム", "グループホーム", (9, 27), False),
            ("居宅介護支援", "居宅介護支援事業所", (2, 10), True), ("小規模多機能", "小規模多機能", (10, 30), True),
            ("特定施設入居者生活介護", "介護付き有料老人ホーム", (20, 80), False)]
NAMES = ["さくら", "あおば", "ひまわり", "かえで", "もみじ", "すずらん", "つばき", "あさひ", "こすもす", "なのはな",
         "やまびこ", "みどり", "はなみずき", "いちょう", "わかば"]
STARS = ["二つ星", "★★二つ星", "一つ星", "★一つ星"]
# item id, name, category, pricing, payment, unit price, quantity, attached to
ITEMS = [
    ("soft", "介護記録ソフト", "介護ソフト", "アカウント単位", "サブスクリプション", 120000, 12, ""),
    ("tabs", "記録用タブレット", "情報端末", "", "購入", 55000, 10, ""),
    ("wifi", "無線LANアクセスポイント", "通信環境整備", "", "", 42000, 4, "soft"),
    ("work", "LAN配線工事", "工事費", "", "", 180000, 1, "soft"),
    ("onboard", "導入時研修・定着支援", "定着促進費", "", "", 240000, 1, ""),
    ("sensors", "ベッド見守りセンサー", "見守り", "", "リース", 98000, 8, ""),
    ("incom", "インカム", "インカム", "", "購入", 45000, 6, ""),
    ("lift", "移乗リフト", "移乗支援", "", "購入", 1300000, 1, ""),
    ("bath", "機械浴槽（リフト付き）", "入浴支援", "", "購入", 1650000, 1, ""),
    ("chat", "ビジネスチャット", "チャットツール", "定額", "サブスクリプション", 8000, 12, ""),
    ("excr", "排泄予測センサー", "排泄支援", "", "購入", 250000, 2, ""),
    ("consult", "業務改善コンサルティング", "業務改善支援", "", "", 550000, 1, ""),
]
DATES = ["2026-07-01", "2026-09-01", "令和8年10月1日", "2026/11/15", ""]


def yen(v, rnd):
    return f'"{v:,}"' if rnd.random() < 0.5 else str(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--facilities", type=int, default=100_000)
    ap.add_argument("--rows-per", type=int, default=10)
    ap.add_argument("--encoding", default="utf-8")
    ap.add_argument("--crlf", action="store_true")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    nl = "\r\n" if a.crlf else "\n"
    rows = 0
    with open(a.out, "w", encoding=a.encoding, newline="", buffering=1 << 20) as f:
        f.write(",".join(HEADER) + nl)
        buf = []
        for i in range(a.facilities):
            fid = f"{rnd.randrange(1, 48):02d}7{i:07d}"
            svc, kind, (lo, hi), linkage = SERVICES[i % len(SERVICES)]
            staff = rnd.randint(lo, hi)
            fac = [fid, f"{kind} {NAMES[i % len(NAMES)]}{i}", PREFS[i % len(PREFS)], svc, str(staff),
                   STARS[i % len(STARS)], "はい",
                   "有" if linkage else "", "有" if linkage and i % 3 else ("無" if linkage else ""),
                   str(1 + i % 6) if linkage else "",
                   "beginner_seminar@2026-05-20" if i % 2 else ""]
            repeat = i % 2 == 1
            # the software item first (others attach to it), then the rest rotated per facility
            picks = [ITEMS[0]] + [ITEMS[1 + (i + k) % (len(ITEMS) - 1)] for k in range(a.rows_per - 1)]
            for r, (iid, name, cat, pricing, pay, price, qty, att) in enumerate(picks):
                q = max(1, qty + rnd.randint(-2, 2)) if qty > 1 else 1
                paid = yen(price * q, rnd) if pay in ("サブスクリプション", "リース") else ""  # required (問9)
                cells = (fac if r == 0 or repeat else [fid] + [""] * 10) + [
                    iid if r < len(ITEMS) else f"{iid}{r}", name, cat, pricing, pay, yen(price, rnd), str(q), paid,
                    DATES[(i + r) % len(DATES)], att]
                buf.append(",".join(cells))
                rows += 1
            if len(buf) >= 10000:
                f.write(nl.join(buf) + nl)
                buf.clear()
        if buf:
            f.write(nl.join(buf) + nl)
    print(f"{rows} rows, {a.facilities} facilities → {a.out} ({a.encoding}{', CRLF' if a.crlf else ''})")


if __name__ == "__main__":
    main()
