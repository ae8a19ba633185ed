#!/usr/bin/env bash
# Where the CSV batch spends its time: one `calc --format csv` run under Java Flight Recorder
# (settings=profile: a Java stack sample every 10 ms), then the top methods from its
# jdk.ExecutionSample events (bench/lib/jfr_top.py).
#
#   bench/profile-csv.sh [--rows N] [--top K] [--keep FILE.jfr] [-- extra kaigo-hojo args]
#     defaults: 200,000 rows, top 15
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

ROWS=200000 TOP=15 KEEP=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS="$2"; shift 2 ;;
    --top) TOP="$2"; shift 2 ;;
    --keep) KEEP="$2"; shift 2 ;;
    --) shift; break ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) die "unknown argument $1" ;;
  esac
done

bench_tmp
build_project
gen_csv "$TMP/apps.csv" "$ROWS"
rec="${KEEP:-$TMP/calc.jfr}"
start=$(date +%s%N)
KAIGO_HOJO_JAVA_OPTS="-XX:StartFlightRecording=filename=$rec,settings=profile" \
  "$ROOT/bin/kaigo-hojo" calc --format csv "$TMP/apps.csv" -o "$TMP/report.csv" "$@" 2>"$TMP/err" \
  || { cat "$TMP/err" >&2; die "calc failed"; }
end=$(date +%s%N)
echo "calc --format csv, $ROWS rows, under JFR: $(( (end - start) / 1000000 )) ms wall"
python3 "$BENCH/lib/jfr_top.py" --jfr "$(jbin jfr)" --top "$TOP" "$rec"
