#!/usr/bin/env bash
# Gender accuracy and parity error of the release binary on the shared gold sets:
# wikinews-dev split into its even-numbered (tuning) and odd-numbered (held-out) articles,
# then dev-articles. Prints one line per set; with --json, writes target/score-gender-*.json.
# Usage: scripts/eval-gender.sh   (after cargo build --release -p depeche)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
target=${CARGO_TARGET_DIR:-target}
bin=$target/release/depeche
if [ ! -d "$shared/data/wikinews-dev" ] || [ "${DEPECHE_NO_SHARED:-}" = 1 ]; then
  echo "skipped: $shared/data absent or DEPECHE_NO_SHARED=1"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/even" "$tmp/odd"
for g in "$shared"/data/wikinews-dev/*.gold.json; do
  n=$(basename "$g" .gold.json)
  if [ $((10#${n//[!0-9]/} % 2)) -eq 0 ]; then half=even; else half=odd; fi
  ln -s "$(realpath "$g")" "$tmp/$half/"
done
summary() { python3 scripts/gender_summary.py "$1" "$2"; }
for half in even odd; do
  python3 "$shared/eval/score.py" --gold-dir "$tmp/$half" --text-dir "$shared/data/wikinews-fr/txt" \
    --run "$bin analyze {published} {file}" --json > "$target/score-gender-wikinews-$half.json"
  summary "$target/score-gender-wikinews-$half.json" "wikinews-$half"
done
python3 "$shared/eval/score.py" --gold-dir "$shared/data/dev-articles" \
  --run "$bin analyze {published} {file}" --json > "$target/score-gender-dev.json"
summary "$target/score-gender-dev.json" "dev-articles"
