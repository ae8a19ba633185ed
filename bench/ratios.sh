#!/usr/bin/env bash
# The ratios of product.md §9 in one run, on JDK 17 and on JDK 25: start-up of `calc` against the
# picocli hello with its own archive (bench/startup.sh), and `calc --format csv`, `check` and
# `calc --format json` against commons-csv alone on the same 1,000,000-row file (bench/csv.sh), each
# set measured side by side (interleaved runs); then the ratios alone, with the machine's load.
#
#   bench/ratios.sh [-n START_RUNS] [--csv-runs N] [--rows N] [--data DIR] [--no-jdk25]
#     defaults: 15 start-up runs, 3 CSV runs, 1,000,000 rows; --data DIR keeps the generated CSV files.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

START_RUNS=15 CSV_RUNS=3 ROWS=1000000 DATA="" JDK25=1
while [ $# -gt 0 ]; do
  case "$1" in
    -n) START_RUNS="$2"; shift 2 ;;
    --csv-runs) CSV_RUNS="$2"; shift 2 ;;
    --rows) ROWS="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    --no-jdk25) JDK25=0; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) die "unknown argument $1" ;;
  esac
done

LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
data=(); [ -n "$DATA" ] && data=(--data "$DATA")
no25=(); [ "$JDK25" = 1 ] || no25=(--no-jdk25)

echo "bench/ratios.sh — $(nproc) cores; load at the start: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"
"$BENCH/startup.sh" -n "$START_RUNS" -w 2 "${no25[@]}" | tee -a "$LOG"
(unset JAVA_HOME; "$BENCH/csv.sh" -n "$CSV_RUNS" --rows "$ROWS" "${data[@]}") | tee -a "$LOG"
if [ "$JDK25" = 1 ] && [ -x "$JDK25_HOME/bin/java" ]; then
  (export JAVA_HOME="$JDK25_HOME"; "$BENCH/csv.sh" -n "$CSV_RUNS" --rows "$ROWS" "${data[@]}") | tee -a "$LOG"
fi
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOG"

echo
echo "== Summary (targets: start-up ≤ 1.2× hello with its archive; csv ≥ 0.5 of commons-csv's rate, check ≥ 0.8, json ≥ 0.4)"
grep -E '^(bench/ratios|Start-up, JDK|CSV batch, JDK|ratio (release )?calc/hello\((static CDS|AOT cache)\)|ratio calc direct|rate ratio|peak RSS|load at)' "$LOG" \
  | sed -E 's/^(Start-up, JDK [0-9]+).*/\1/; s/^(CSV batch, JDK [0-9]+).*/\1/'
grep -E '^kaigo-hojo calc \(table\) ' "$LOG" | awk '{print "calc (table) median ms, in JDK order: " $4}'
