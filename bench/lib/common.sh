# Shared by bench/*.sh (sourced, not run). Sets: ROOT, BENCH, OUT (build outputs, under target/),
# M2, MEASURE; and functions to find jars in ~/.m2, build the project and the yardsticks.
# shellcheck shell=bash

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
OUT="$ROOT/target/bench"
M2="${M2_REPO:-$HOME/.m2/repository}"
MEASURE=(python3 "$BENCH/lib/measure.py")
JDK25_HOME="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

die() { echo "bench: $*" >&2; exit 1; }
say() { echo "bench: $*" >&2; }

# bench_tmp: TMP, a new temporary folder, removed when the script exits (this sets the script's EXIT trap).
bench_tmp() {
  TMP="$(mktemp -d)"
  trap 'jar_check; rm -rf "$TMP"' EXIT
}

# data_dir: where generated inputs go. DATA, when --data named a folder: created, made absolute, its files
# kept and reused by later runs; else TMP (call bench_tmp first).
data_dir() {
  if [ -n "$DATA" ]; then mkdir -p "$DATA"; DATA="$(cd "$DATA" && pwd)"; else DATA="$TMP"; fi
}

# gen_csv FILE ROWS [gencsv options…]: bench/lib/gencsv.py's seeded valid CSV of ROWS rows (10 a facility),
# unless FILE is there already (--data); written beside it first, so that a run stopped midway leaves no
# short file to be reused.
gen_csv() {
  local f="$1" rows="$2"; shift 2
  if [ ! -s "$f" ]; then
    say "generating $f ($rows rows)"
    python3 "$BENCH/lib/gencsv.py" --facilities $((rows / 10)) --rows-per 10 "$@" "$f.part" >&2
    mv "$f.part" "$f"
  fi
}

command -v python3 >/dev/null || die "python3 is needed (timing and peak RSS)"

# m2jar GROUP_PATH ARTIFACT VERSION: the jar's path in the local Maven repository (never downloads).
m2jar() {
  local j="$M2/$1/$2/$3/$2-$3.jar"
  [ -f "$j" ] || die "$j is not in the local Maven repository (run 'mvn -B -DskipTests package' once online)"
  echo "$j"
}

# The hello yardstick uses picocli's own jar, as published (the project compiles picocli's source instead,
# #13): no build of the project downloads that jar any more, so fetch it once if it is missing.
PICOCLI_VERSION="$(sed -n 's:.*<picocli.version>\(.*\)</picocli.version>.*:\1:p' "$ROOT/pom.xml")"
if [ ! -f "$M2/info/picocli/picocli/$PICOCLI_VERSION/picocli-$PICOCLI_VERSION.jar" ]; then
  (cd "$ROOT" && mvn -B -q dependency:get -Dartifact="info.picocli:picocli:$PICOCLI_VERSION") >&2 \
    || die "could not fetch picocli $PICOCLI_VERSION for the hello yardstick"
fi
PICOCLI_JAR="$(m2jar info/picocli picocli "$PICOCLI_VERSION")"
CSV_CP="$(m2jar org/apache/commons commons-csv 1.14.1):$(m2jar commons-io commons-io 2.20.0):$(m2jar commons-codec commons-codec 1.19.0)"

# java_bin [JAVA_HOME]: the java (or tool) to use.
jbin() { echo "${JAVA_HOME:+$JAVA_HOME/bin/}$1"; }

java_major() {
  "$(jbin java)" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}

# The project jar, built as bin/kaigo-hojo would (and by it, so its archive is written too).
build_project() {
  if [ ! -f "$ROOT/target/kaigo-hojo.jar" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$ROOT/target/kaigo-hojo.jar" -print -quit)" ]; then
    say "building the project (mvn -B -q -DskipTests package)"
    (cd "$ROOT" && mvn -B -q -DskipTests package) >&2 || die "the build failed"
  fi
  # first run writes the CDS archive / AOT cache for the current JAVA_HOME
  "$ROOT/bin/kaigo-hojo" calc "$ROOT/samples/01-tokuyo-sakura.yaml" >/dev/null
  JAR_STAMP="$(jar_stamp)"
}

# The jar's time and size. In a clone, bin/kaigo-hojo rebuilds the jar when a source is newer than it:
# a change pulled or pushed into the tree during a run rebuilds it inside a timed run (seen in session 4:
# one `check` run took 17.8 s and 337 MB, Maven's). jar_check, at exit (bench_tmp's trap), says so.
jar_stamp() { stat -c '%Y %s' "$ROOT/target/kaigo-hojo.jar" 2>/dev/null || echo none; }
jar_check() {
  if [ -n "${JAR_STAMP:-}" ] && [ "$(jar_stamp)" != "$JAR_STAMP" ]; then
    echo "bench: WARNING: target/kaigo-hojo.jar changed during this run (a source changed and the launcher rebuilt it): the figures above are void; run again on a tree nobody changes" | tee /dev/stderr
  fi
}

# build_hello DIR: DIR/empty.jar, DIR/hello.jar (picocli unpacked into it, as the project's jar is
# shaded), compiled with the current JAVA_HOME's javac for release 17.
build_hello() {
  local d="$1"
  rm -rf "$d" && mkdir -p "$d/empty" "$d/hello"
  "$(jbin javac)" --release 17 -d "$d/empty" "$BENCH/hello/Empty.java"
  "$(jbin javac)" --release 17 -proc:none -cp "$PICOCLI_JAR" -d "$d/hello" "$BENCH/hello/Hello.java"
  (cd "$d/hello" && "$(jbin jar)" xf "$PICOCLI_JAR" && rm -rf META-INF/MANIFEST.MF)
  "$(jbin jar)" --create --file "$d/empty.jar" --main-class Empty -C "$d/empty" .
  "$(jbin jar)" --create --file "$d/hello.jar" --main-class Hello -C "$d/hello" .
  rm -rf "$d/empty" "$d/hello"
}

# cds_static JAR ARCHIVE [JAVA_OPTS…]: a static AppCDS archive, the recipe bin/kaigo-hojo uses on JDK 17
# (the only one that archives picocli's Java 5 classes).
cds_static() {
  local jar="$1" jsa="$2"; shift 2
  "$(jbin java)" -Xshare:off -XX:DumpLoadedClassList="$jsa.lst" "$@" -jar "$jar" >/dev/null
  "$(jbin java)" -Xshare:dump -XX:SharedClassListFile="$jsa.lst" -XX:SharedArchiveFile="$jsa" -cp "$jar" >/dev/null 2>&1 \
    || die "static CDS dump failed for $jar"
  rm -f "$jsa.lst"
}

# aot_cache JAR CACHE: a JDK 25 AOT cache (one-step -XX:AOTCacheOutput), the recipe bin/kaigo-hojo uses on 25+.
aot_cache() {
  "$(jbin java)" -XX:AOTCacheOutput="$2" -jar "$1" >/dev/null 2>&1 || die "AOT cache training failed for $1"
}

# coverage LOG: from an -Xlog:class+load log, "shared/all classes from the archive (picocli: shared/all)".
coverage() {
  local all shared pall pshared
  all="$(grep -c 'source:' "$1" || true)"
  shared="$(grep -c 'source: shared objects file' "$1" || true)"
  pall="$(grep -c ' picocli\.[^ ]* source:' "$1" || true)"
  pshared="$(grep -c ' picocli\.[^ ]* source: shared objects file' "$1" || true)"
  echo "$shared/$all classes from the archive (picocli: $pshared/$pall)"
}
