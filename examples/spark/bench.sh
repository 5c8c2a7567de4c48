#!/usr/bin/env bash
# Spark example throughput in local mode with 1 and 2 cores, against the bare binary on the
# same JSON Lines input with the same number of threads. Runs alternate (bare, Spark, bare,
# Spark, ...) so that the load of a shared machine falls on both alike; prints every run, the
# medians and the 1-minute load average at each run.
#
# Two Spark times per run: the whole job (spark-submit's wall time, JVM and session start-up
# and shutdown included) and the steady state (from "session up" to "job done" in the
# script's --timings: what the job costs on a cluster whose session is already running).
# WRITER=spark in the environment times the `--writer spark` path instead of the default.
#
#   cargo build --release && examples/spark/setup-venv.sh
#   examples/spark/bench.sh [REPEAT=200] [RUNS=3]
#
# The corpus is the 100 Wikinews articles written REPEAT times (distinct ids) by
# wikinews_to_jsonl.py into 4 files.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
REPEAT="${1:-200}"
RUNS="${2:-3}"
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/depeche"
DATA="${DEPECHE_WIKINEWS:-$ROOT/../shared/data/wikinews-fr/txt}"
PY="$HERE/.venv/bin/python"
[ -x "$BIN" ] || { echo "bench: $BIN: build it with cargo build --release" >&2; exit 2; }
[ -x "$PY" ] || { echo "bench: run examples/spark/setup-venv.sh first" >&2; exit 2; }
TMP="$(mktemp -d /tmp/depeche-spark-bench.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
python3 "$HERE/wikinews_to_jsonl.py" "$DATA" "$TMP/corpus" --files 4 --repeat "$REPEAT"
ARTICLES=$(cat "$TMP"/corpus/*.jsonl | wc -l)
WORDS=$("$PY" -c "import json,sys,glob; print(sum(len(json.loads(l)['text'].split()) for f in glob.glob('$TMP/corpus/*.jsonl') for l in open(f)))")
export PYSPARK_PYTHON="$PY" SPARK_LOCAL_IP=127.0.0.1
WRITER="${WRITER:-binary}"
# both streams kept: spark-submit passes the driver script's stderr (the --timings) on its stdout
secs() { local s e; s=$(date +%s.%N); "$@" >"$TMP/err" 2>&1 || { cat "$TMP/err" >&2; exit 1; }; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN {printf "%.2f", e - s}'; }
# the steady state of the last Spark run: "job done" minus "session up" in its --timings
steady() { awk '/depeche_spark: .* s session up/ {u=$2} /depeche_spark: .* s job done/ {d=$2} END {printf "%.2f", d - u}' "$TMP/err"; }
load() { cut -d' ' -f1 /proc/loadavg; }
declare -A T
for run in $(seq "$RUNS"); do
  for cores in 1 2; do
    rm -rf "$TMP/bare" "$TMP/spark"
    l=$(load); t=$(secs "$BIN" analyze --jobs "$cores" --format parquet --out "$TMP/bare" "$TMP/corpus")
    echo "run $run cores $cores bare  ${t}s load $l"; T[bare$cores]+="$t "
    l=$(load); t=$(secs "$HERE/.venv/bin/spark-submit" --master "local[$cores]" --conf spark.ui.enabled=false \
      --files "$BIN" "$HERE/depeche_spark.py" --writer "$WRITER" --timings "$TMP/corpus" "$TMP/spark")
    st=$(steady)
    echo "run $run cores $cores spark ${t}s (steady state ${st}s) load $l"; T[spark$cores]+="$t "; T[steady$cores]+="$st "
  done
done
median() { printf '%s\n' $1 | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "corpus: $ARTICLES articles, $WORDS words (Wikinews x$REPEAT, $(ls "$TMP/corpus" | wc -l) files); writer $WRITER; medians of $RUNS runs"
for cores in 1 2; do
  b=$(median "${T[bare$cores]}"); s=$(median "${T[spark$cores]}"); st=$(median "${T[steady$cores]}")
  awk -v b="$b" -v s="$s" -v st="$st" -v a="$ARTICLES" -v w="$WORDS" -v c="$cores" 'BEGIN {
    printf "%d core(s): bare %.1f s (%.0f articles/s, %.0f words/s); Spark whole job %.1f s (%.0f articles/s), Spark/bare %.2f; steady state %.1f s (%.0f articles/s), Spark/bare %.2f\n",
      c, b, a/b, w/b, s, a/s, s/b, st, a/st, st/b }'
done
