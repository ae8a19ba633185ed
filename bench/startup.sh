#!/usr/bin/env bash
# Start-up, whole process, side by side (product.md §9): the JVM alone, a plain picocli "hello" jar
# (without and with its own class archive), and bin/kaigo-hojo calc (table, json) and check on one
# small YAML file, with and without the tool's archive, the launcher of the release archive (what a
# clerk runs: target/kaigo-hojo-*.zip unpacked, its start-up files in a temporary XDG_CACHE_HOME), and
# the same java command without the wrapper script. On the default JDK, then on JDK 25 when installed.
#
#   bench/startup.sh [-n RUNS] [-w WARMUP] [--no-jdk25]      (defaults: 20 runs after 3 warm-up runs)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

RUNS=20 WARMUP=3 JDK25=1
while [ $# -gt 0 ]; do
  case "$1" in
    -n) RUNS="$2"; shift 2 ;;
    -w) WARMUP="$2"; shift 2 ;;
    --no-jdk25) JDK25=0; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) die "unknown argument $1" ;;
  esac
done

bench_tmp

SAMPLE=samples/01-tokuyo-sakura.yaml            # relative: the cases run with cwd = the worktree
TOOL="$ROOT/bin/kaigo-hojo"
SHORT=(-XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1)   # bin/kaigo-hojo's flags for a short run

# unpack_release DIR: the release zip unpacked into DIR as a user would (python's zipfile: no unzip
# needed); prints the install folder.
unpack_release() {
  local zip
  zip="$(ls "$ROOT"/target/kaigo-hojo-*.zip 2>/dev/null | head -1)"
  [ -n "$zip" ] || die "no target/kaigo-hojo-*.zip (mvn -B -DskipTests package makes it)"
  rm -rf "$1" && mkdir -p "$1"
  python3 -m zipfile -e "$zip" "$1"
  chmod +x "$1"/*/bin/kaigo-hojo
  ls -d "$1"/*/ | head -1
}

one_jdk() {
  local java major d stamp arch_tool arch_hello_cds arch_hello_aot=""
  java="$(jbin java)"
  major="$(java_major)"
  d="$OUT/jdk$major"
  say "JDK $major ($("$java" -version 2>&1 | head -1)) — building"
  build_project
  build_hello "$d"
  stamp="$(cksum < "$ROOT/target/kaigo-hojo.jar" | cut -d' ' -f1)"
  local rel xdg="$d/xdg"
  rel="$(unpack_release "$d/release")"
  rel="${rel%/}"
  XDG_CACHE_HOME="$xdg" "$rel/bin/kaigo-hojo" calc "$ROOT/$SAMPLE" >/dev/null   # writes its archive and cache
  cds_static "$d/hello.jar" "$d/hello.jsa" "${SHORT[@]}"
  arch_hello_cds="-XX:SharedArchiveFile=$d/hello.jsa -Xshare:on"
  if [ "${major%%.*}" -ge 25 ]; then
    aot_cache "$d/hello.jar" "$d/hello.aot"
    arch_hello_aot="-XX:AOTCache=$d/hello.aot -XX:AOTMode=on"
    [ -f "$ROOT/target/kaigo-hojo.aot" ] || die "bin/kaigo-hojo wrote no AOT cache on JDK $major"
    arch_tool="-XX:AOTCache=$ROOT/target/kaigo-hojo.aot -XX:AOTMode=on"
  else
    jsa="$(ls -t "$ROOT"/target/kaigo-hojo*.jsa 2>/dev/null | head -1)"
    [ -n "$jsa" ] && [ -f "$jsa" ] || die "bin/kaigo-hojo wrote no CDS archive on JDK $major"
    arch_tool="-XX:SharedArchiveFile=$jsa -Xshare:on"
  fi

  # What the archives hold for these runs (pitfall: an unusable archive falls back silently).
  "$java" "${SHORT[@]}" $arch_hello_cds -Xlog:class+load=info:file="$TMP/h.log" -jar "$d/hello.jar" >/dev/null
  [ -n "$arch_hello_aot" ] && "$java" "${SHORT[@]}" $arch_hello_aot -Xlog:class+load=info:file="$TMP/ha.log" -jar "$d/hello.jar" >/dev/null
  (cd "$ROOT" && KAIGO_HOJO_JAVA_OPTS="-Xlog:class+load=info:file=$TMP/c.log" "$TOOL" calc "$SAMPLE" >/dev/null)
  echo
  echo "JDK $major: hello, static CDS: $(coverage "$TMP/h.log")"
  [ -n "$arch_hello_aot" ] && echo "JDK $major: hello, AOT cache:  $(coverage "$TMP/ha.log")"
  echo "JDK $major: kaigo-hojo calc:  $(coverage "$TMP/c.log")"

  local j="$java" s="${SHORT[*]}" cases=()
  cases+=(--case "JVM alone (empty main)"            "$j $s -jar $d/empty.jar")
  cases+=(--case "picocli hello, no app archive"     "$j $s -jar $d/hello.jar")
  cases+=(--case "picocli hello, static CDS"         "$j $s $arch_hello_cds -jar $d/hello.jar")
  [ -n "$arch_hello_aot" ] && cases+=(--case "picocli hello, AOT cache" "$j $s $arch_hello_aot -jar $d/hello.jar")
  cases+=(--case "kaigo-hojo calc (table)"           "$TOOL calc $SAMPLE")
  cases+=(--case "kaigo-hojo calc --format json"     "$TOOL calc --format json $SAMPLE")
  cases+=(--case "kaigo-hojo check"                  "$TOOL check $SAMPLE")
  cases+=(--case "release: kaigo-hojo calc"         "XDG_CACHE_HOME=$xdg $rel/bin/kaigo-hojo calc $SAMPLE")
  cases+=(--case "calc, java direct (no wrapper)"    "$j $s $arch_tool -Dkaigohojo.cache=$ROOT/target/kaigo-hojo.cache -jar $ROOT/target/kaigo-hojo.jar calc $SAMPLE")
  cases+=(--case "calc, KAIGO_HOJO_NO_CDS=1"         "KAIGO_HOJO_NO_CDS=1 $TOOL calc $SAMPLE")
  cases+=(--case "calc json, KAIGO_HOJO_NO_CDS=1"    "KAIGO_HOJO_NO_CDS=1 $TOOL calc --format json $SAMPLE")
  cases+=(--case "check, KAIGO_HOJO_NO_CDS=1"        "KAIGO_HOJO_NO_CDS=1 $TOOL check $SAMPLE")

  local ratios=(--ratio "calc/hello(no archive)" "kaigo-hojo calc (table)" "picocli hello, no app archive"
                --ratio "calc/hello(static CDS)" "kaigo-hojo calc (table)" "picocli hello, static CDS")
  [ -n "$arch_hello_aot" ] && ratios+=(--ratio "calc/hello(AOT cache)" "kaigo-hojo calc (table)" "picocli hello, AOT cache")
  ratios+=(--ratio "release calc/hello(static CDS)" "release: kaigo-hojo calc" "picocli hello, static CDS")
  [ -n "$arch_hello_aot" ] && ratios+=(--ratio "release calc/hello(AOT cache)" "release: kaigo-hojo calc" "picocli hello, AOT cache")
  ratios+=(--ratio "calc/JVM alone" "kaigo-hojo calc (table)" "JVM alone (empty main)"
           --ratio "calc direct (no wrapper)/hello(archive)" "calc, java direct (no wrapper)" "picocli hello, static CDS"
           --ratio "NO_CDS/CDS (calc)" "calc, KAIGO_HOJO_NO_CDS=1" "kaigo-hojo calc (table)")

  "${MEASURE[@]}" --cwd "$ROOT" --runs "$RUNS" --warmup "$WARMUP" \
    --title "Start-up, JDK $major ($j), flags for java cases: $s" "${cases[@]}" "${ratios[@]}"
}

echo "bench/startup.sh — $(nproc) cores, $(uname -r), sample $SAMPLE"
(unset JAVA_HOME; one_jdk)
if [ "$JDK25" = 1 ] && [ -x "$JDK25_HOME/bin/java" ]; then
  (export JAVA_HOME="$JDK25_HOME"; one_jdk)
else
  say "JDK 25 not found at $JDK25_HOME (or --no-jdk25): skipped"
fi
echo
echo "Target (product.md §9, #13): calc within 1.2× of the picocli hello with its own archive, on JDK 17 and on JDK 25 (and JDK 25 no slower than 17)."
