#!/usr/bin/env bash
# What-if: `compare` of one sample under 100 scenarios (s1=facility.staff=1 … s100=facility.staff=100)
# in one process, against one `calc` process start (and `compare` with a single scenario, to split
# the fixed cost from the cost per scenario). Whole process, medians over N runs.
#
#   bench/whatif.sh [-n RUNS] [-w WARMUP] [--scenarios K] [--sample FILE]   (defaults: 10, 2, 100, samples/01-tokuyo-sakura.yaml)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

RUNS=10 WARMUP=2 K=100 SAMPLE=samples/01-tokuyo-sakura.yaml
while [ $# -gt 0 ]; do
  case "$1" in
    -n) RUNS="$2"; shift 2 ;;
    -w) WARMUP="$2"; shift 2 ;;
    --scenarios) K="$2"; shift 2 ;;
    --sample) SAMPLE="$2"; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) die "unknown argument $1" ;;
  esac
done
[ "$K" -ge 2 ] || die "--scenarios must be at least 2"
(cd "$ROOT" && [ -f "$SAMPLE" ]) || die "no sample $SAMPLE (relative to $ROOT)"

bench_tmp
build_project

TOOL="$ROOT/bin/kaigo-hojo"
scen=""
for i in $(seq 1 "$K"); do scen+=" --scenario s$i=facility.staff=$i"; done

# the K-scenario report really has K+1 columns' worth of scenarios
(cd "$ROOT" && "$TOOL" compare "$SAMPLE" $scen) > "$TMP/cmp.txt"
grep -q "s$K: " "$TMP/cmp.txt" || die "compare output lacks scenario s$K"
echo "bench/whatif.sh — $(nproc) cores, $(java_major | sed 's/^/JDK /'), sample $SAMPLE; compare report: $(wc -c < "$TMP/cmp.txt") bytes"

"${MEASURE[@]}" --cwd "$ROOT" --runs "$RUNS" --warmup "$WARMUP" \
  --title "What-if: $K scenarios in one compare vs one calc" \
  --case "calc (one process start)"          "$TOOL calc $SAMPLE" \
  --case "compare, 1 scenario"               "$TOOL compare $SAMPLE --scenario s1=facility.staff=1" \
  --case "compare, $K scenarios"             "$TOOL compare $SAMPLE$scen" \
  --case "compare, $K scenarios, --format json" "$TOOL compare --format json $SAMPLE$scen" \
  --ratio "compare($K)/calc" "compare, $K scenarios" "calc (one process start)" \
  --json "$TMP/w.json"

python3 - "$TMP/w.json" "$K" <<'EOF'
import json, statistics, sys
r = {c["label"]: statistics.median(c["ms"]) for c in json.load(open(sys.argv[1]))}
k = int(sys.argv[2])
calc, one, many = r["calc (one process start)"], r["compare, 1 scenario"], r[f"compare, {k} scenarios"]
print(f"per extra scenario: ({many:.0f} − {one:.0f}) / {k - 1} = {(many - one) / (k - 1):.2f} ms; "
      f"{k} separate calc processes would take ≈ {k} × {calc:.0f} = {k * calc / 1000:.1f} s, "
      f"one compare takes {many / 1000:.2f} s")
EOF
