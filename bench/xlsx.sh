#!/usr/bin/env bash
# Workbooks (#10): `calc --format xlsx -o FILE` against `calc --format csv -o FILE` on the same
# 100,000-row CSV (10,000 facilities, 10 rows each; bench/lib/gencsv.py), and on 20,000 rows to show
# whether peak memory grows with the batch; then reading the same applications from a workbook
# (made once from the CSV by the tool's own writer: `calc`'s items are not an input, so a small
# Java program in bench/baseline/ writes the input sheet with fastexcel) against reading the CSV, by
# check and by calc (product.md §9: calc on a 100,000-row workbook within twice the CSV's time).
# Wall time, CPU, peak RSS (bench/lib/measure.py). Target: xlsx no more than 2× the CSV time, memory flat.
#
#   bench/xlsx.sh [-n RUNS] [--rows N] [--data DIR]      (defaults: 3 runs, 100,000 rows)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

RUNS=3 ROWS=100000 DATA=""
while [ $# -gt 0 ]; do
  case "$1" in
    -n) RUNS="$2"; shift 2 ;;
    --rows) ROWS="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) die "unknown argument $1" ;;
  esac
done
[ $((ROWS % 50)) = 0 ] || die "--rows must be a multiple of 50"
SMALL=$((ROWS / 5))
bench_tmp
data_dir
TOOL="$ROOT/bin/kaigo-hojo"

build_project
BIG="$DATA/apps-$ROWS-utf8.csv"
SMALLF="$DATA/apps-$SMALL-utf8.csv"
gen_csv "$BIG" "$ROWS"
gen_csv "$SMALLF" "$SMALL"

# the same applications as a workbook (input): every cell as text, as an office's sheet often is
FX_CP="$(m2jar org/dhatim fastexcel 0.20.2):$(m2jar com/github/rzymek opczip 1.2.0)"
bl="$OUT/xlsx-baseline"; rm -rf "$bl"; mkdir -p "$bl"
"$(jbin javac)" --release 17 -cp "$FX_CP" -d "$bl" "$BENCH/baseline/CsvToXlsx.java"
BIGX="$DATA/apps-$ROWS.xlsx"
[ -s "$BIGX" ] || "$(jbin java)" -cp "$bl:$FX_CP" CsvToXlsx "$BIG" "$BIGX"

# preflight: both reports of the small file, no input error
"$TOOL" calc --format xlsx "$SMALLF" -o "$TMP/r.xlsx" || die "calc --format xlsx failed"
"$TOOL" calc --format json "$BIGX" > "$TMP/r.json" || die "calc of the workbook input failed"

echo "bench/xlsx.sh — $(nproc) cores, $("$(jbin java)" -version 2>&1 | head -1)"
ls -l "$BIG" "$SMALLF" "$BIGX" | awk '{printf "  %s  %6.1f MB\n", $NF, $5/1048576}'
"${MEASURE[@]}" --cwd "$ROOT" --runs "$RUNS" --warmup 0 --progress --json "$TMP/x.json" \
  --title "Workbooks: $ROWS rows / $((ROWS / 10)) facilities (and $SMALL rows)" \
  --case "calc --format csv, $ROWS rows"   "$TOOL calc --format csv $BIG -o $TMP/o.csv" \
  --case "calc --format xlsx, $ROWS rows"  "$TOOL calc --format xlsx $BIG -o $TMP/o.xlsx" \
  --case "calc --format csv, $SMALL rows"  "$TOOL calc --format csv $SMALLF -o $TMP/s.csv" \
  --case "calc --format xlsx, $SMALL rows" "$TOOL calc --format xlsx $SMALLF -o $TMP/s.xlsx" \
  --case "check, CSV input, $ROWS rows"    "$TOOL check $BIG" \
  --case "check, xlsx input, $ROWS rows"   "$TOOL check $BIGX" \
  --case "calc, CSV input, $ROWS rows"     "$TOOL calc --format csv $BIG -o $TMP/i.csv" \
  --case "calc, xlsx input, $ROWS rows"    "$TOOL calc --format csv $BIGX -o $TMP/x.csv" \
  --rows "$ROWS" --rows "$ROWS" --rows "$SMALL" --rows "$SMALL" --rows "$ROWS" --rows "$ROWS" --rows "$ROWS" --rows "$ROWS" \
  --ratio "xlsx/csv report time" "calc --format xlsx, $ROWS rows" "calc --format csv, $ROWS rows" \
  --ratio "xlsx/csv input time (check)" "check, xlsx input, $ROWS rows" "check, CSV input, $ROWS rows" \
  --ratio "xlsx/csv input time (calc, product.md §9)" "calc, xlsx input, $ROWS rows" "calc, CSV input, $ROWS rows"
