#!/usr/bin/env bash
# Batch throughput (product.md §9): `calc --format csv` on a 1,000,000-row CSV (100,000 facilities,
# 10 rows each, grouped by facility; UTF-8 and a CP932/CRLF variant), and `check`, against a
# commons-csv-only program that parses every record and sums unit_price × quantity per facility
# (bench/baseline/). Wall time, rows/s and peak RSS; then 200,000 rows to show whether peak memory
# grows with the number of facilities.
#
#   bench/csv.sh [-n RUNS] [-w WARMUP] [--rows N] [--data DIR]
#     defaults: 3 runs, no warm-up run (the preflight reads the files first), 1,000,000 rows; --data DIR keeps the generated files
#     there (and reuses them) instead of a temporary folder. JAVA_HOME picks the JDK as for the tool.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

RUNS=3 WARMUP=0 ROWS=1000000 DATA=""
while [ $# -gt 0 ]; do
  case "$1" in
    -n) RUNS="$2"; shift 2 ;;
    -w) WARMUP="$2"; shift 2 ;;
    --rows) ROWS="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) die "unknown argument $1" ;;
  esac
done
[ $((ROWS % 50)) = 0 ] || die "--rows must be a multiple of 50 (10 rows per facility, and a fifth of it)"
SMALL=$((ROWS / 5))

bench_tmp
data_dir

TOOL="$ROOT/bin/kaigo-hojo"
BATCH=(-XX:+UseSerialGC -XX:-UsePerfData)     # bin/kaigo-hojo's flags for a batch (full JIT)

build_project
major="$(java_major)"
bl="$OUT/jdk$major/baseline"
rm -rf "$bl" && mkdir -p "$bl"
"$(jbin javac)" --release 17 -cp "$CSV_CP" -d "$bl" "$BENCH/baseline/CsvBaseline.java"

BIG="$DATA/apps-$ROWS-utf8.csv"
BIG932="$DATA/apps-$ROWS-cp932.csv"
SMALLF="$DATA/apps-$SMALL-utf8.csv"
gen_csv "$BIG" "$ROWS"
gen_csv "$BIG932" "$ROWS" --encoding cp932 --crlf
gen_csv "$SMALLF" "$SMALL"

# Preflight on the small file (same generator): valid input, one report row per input row. The timed
# runs then only need exit status 0 (calc exits 3 on any input error, and measure.py stops on it).
for f in "$SMALLF"; do
  n=$(( $(wc -l < "$f") - 1 ))
  "$TOOL" calc --format csv "$f" -o "$TMP/report.csv" 2>"$TMP/err" || die "calc failed on $f: $(head -5 "$TMP/err")"
  [ ! -s "$TMP/err" ] || die "calc reported input errors on $f: $(head -5 "$TMP/err")"
  got=$(( $(wc -l < "$TMP/report.csv") - 1 ))
  [ "$got" = "$n" ] || die "calc wrote $got rows for $n input rows ($f)"
  rm -f "$TMP/report.csv"
done
echo "bench/csv.sh — $(nproc) cores, $("$(jbin java)" -version 2>&1 | head -1)"
ls -l "$BIG" "$BIG932" "$SMALLF" | awk '{printf "  %s  %6.1f MB\n", $NF, $5/1048576}'

J="$(jbin java)"
BASE="$J ${BATCH[*]} -cp $bl:$CSV_CP CsvBaseline"
# Every report goes to a file in this run's temporary folder, as a user's -o would (never -o /dev/null:
# the tool writes a temporary file and renames it over the target, which as root replaced the device);
# the folder is removed at the end.
O="$TMP/out"
mkdir -p "$O"
cases=(
  --case "kaigo-hojo calc --format csv, UTF-8"     "$TOOL calc --format csv $BIG -o $O/calc-utf8.csv"
  --case "kaigo-hojo calc --format csv, CP932"     "$TOOL calc --format csv $BIG932 -o $O/calc-cp932.csv"
  --case "kaigo-hojo check, UTF-8"                 "$TOOL check $BIG"
  --case "kaigo-hojo calc --format json, UTF-8"    "$TOOL calc --format json $BIG -o $O/calc.json"
  --case "commons-csv alone, UTF-8"                "$BASE $BIG UTF-8 $O/base-utf8.txt"
  --case "commons-csv alone, CP932"                "$BASE $BIG932 windows-31j $O/base-cp932.txt"
  --case "commons-csv alone, UTF-8, JVM defaults"  "$J -cp $bl:$CSV_CP CsvBaseline $BIG UTF-8 $O/base-g1.txt"
  --case "calc csv UTF-8, -Xmx64m"                 "KAIGO_HOJO_JAVA_OPTS=-Xmx64m $TOOL calc --format csv $BIG -o $O/calc-64m.csv"
  --case "calc csv, $SMALL rows"                   "$TOOL calc --format csv $SMALLF -o $O/calc-small.csv"
  --case "commons-csv alone, $SMALL rows"          "$BASE $SMALLF UTF-8 $O/base-small.txt"
  --case "calc csv, $SMALL rows, -Xmx64m"          "KAIGO_HOJO_JAVA_OPTS=-Xmx64m $TOOL calc --format csv $SMALLF -o $O/calc-small-64m.csv"
)
rows=(--rows "$ROWS" --rows "$ROWS" --rows "$ROWS" --rows "$ROWS" --rows "$ROWS" --rows "$ROWS" --rows "$ROWS" --rows "$ROWS"
      --rows "$SMALL" --rows "$SMALL" --rows "$SMALL")
"${MEASURE[@]}" --cwd "$ROOT" --runs "$RUNS" --warmup "$WARMUP" --progress --json "$TMP/csv.json" \
  --title "CSV batch, JDK $major, $ROWS rows / $((ROWS / 10)) facilities (and $SMALL rows); baseline flags: ${BATCH[*]}" \
  "${cases[@]}" "${rows[@]}" \
  --rate-ratio "kaigo-hojo/commons-csv (UTF-8)" "kaigo-hojo calc --format csv, UTF-8" "commons-csv alone, UTF-8" \
  --rate-ratio "kaigo-hojo/commons-csv (CP932)" "kaigo-hojo calc --format csv, CP932" "commons-csv alone, CP932" \
  --rate-ratio "check/commons-csv (UTF-8)"      "kaigo-hojo check, UTF-8" "commons-csv alone, UTF-8" \
  --rate-ratio "json/commons-csv (UTF-8)"       "kaigo-hojo calc --format json, UTF-8" "commons-csv alone, UTF-8"
rm -rf "$O"

python3 - "$TMP/csv.json" "$ROWS" "$SMALL" <<'EOF'
import json, statistics, sys
r = {c["label"]: c for c in json.load(open(sys.argv[1]))}
big, small = sys.argv[2], sys.argv[3]
rss = lambda l: statistics.median(r[l]["rss_kb"]) / 1024
a, b = rss("kaigo-hojo calc --format csv, UTF-8"), rss(f"calc csv, {small} rows")
c, d = rss("calc csv UTF-8, -Xmx64m"), rss(f"calc csv, {small} rows, -Xmx64m")
print(f"peak RSS, calc: {big} rows {a:.0f} MB vs {small} rows {b:.0f} MB (×{a / b:.2f}); "
      f"with -Xmx64m: {c:.0f} MB vs {d:.0f} MB (×{c / d:.2f})")
print("Targets (product.md §9): kaigo-hojo rate ≥ 0.5 × commons-csv alone; peak RSS < 512 MB; "
      "peak RSS flat in the number of facilities.")
EOF
