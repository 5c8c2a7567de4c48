#!/usr/bin/env bash
# Runs the shared scorers on ../shared/data and fails when a figure drops below its floor.
# Floors live in scripts/floors.json: raise them when a change improves a figure.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
target=${CARGO_TARGET_DIR:-target}
bin=$target/release/depeche
mkdir -p "$target"
# the shipped tagging models are what `depeche train` rebuilds from the shared data, byte for
# byte: a change to a feature's word list without retraining fails here
rm -rf "$target/retrained-model"
"$bin" train --data "$shared/data" --out "$target/retrained-model" > /dev/null
for f in pos.bin ner.bin lexicon.txt; do
  cmp "$target/retrained-model/$f" "crates/entities/model/$f" \
    || { echo "crates/entities/model/$f is not what depeche train rebuilds: run it again" >&2; exit 1; }
done
python3 "$shared/eval/score.py" --gold-dir "$shared/data/dev-articles" \
  --run "$bin analyze {published} {file}" --json > "$target/score-dev.json"
python3 scripts/check_floors.py "$target/score-dev.json" scripts/floors.json
# gender of persons on the Wikinews gold (both halves; scripts/eval-gender.sh splits them)
python3 "$shared/eval/score.py" --gold-dir "$shared/data/wikinews-dev" \
  --text-dir "$shared/data/wikinews-fr/txt" \
  --run "$bin analyze {published} {file}" --json > "$target/score-wikinews-all.json"
python3 scripts/check_floors.py "$target/score-wikinews-all.json" scripts/floors.json wikinews-all
python3 "$shared/eval/timebank.py" --data "$shared/data/fr-timebank/Data" \
  --run "$bin analyze {published} {file}" --json > "$target/score-timebank.json"
python3 scripts/check_floors.py "$target/score-timebank.json" scripts/floors.json timebank
"$bin" eval-html --data "$shared/data/article-extraction-benchmark" \
  --wikinews "$shared/data/wikinews-fr" \
  --snippets "$shared/data/trafilatura-eval-dev" --json > "$target/score-html.json"
python3 scripts/check_floors.py "$target/score-html.json" scripts/floors.json html
# real news (wikinews-dev): each half has its own floors, since the rules are tuned on the
# even-numbered articles and the odd ones are held out
SHARED="$shared" python3 scripts/score_halves.py --gold-dir "$shared/data/wikinews-dev" \
  --text-dir "$shared/data/wikinews-fr/txt" --bin "$bin" --out "$target/score-wikinews.json" > /dev/null
python3 scripts/check_floors.py "$target/score-wikinews.json" scripts/floors.json wikinews
python3 "$shared/eval/events.py" --gold-dir "$shared/data/dev-events" \
  --text-dir "$shared/data/dev-articles" --run "$bin analyze {published} {file}" --json \
  > "$target/score-events.json"
python3 scripts/check_floors.py "$target/score-events.json" scripts/floors.json events
# real news (issue 14): entities and places on each half of the Wikinews gold
python3 scripts/wikinews_halves.py --shared "$shared" --binary "$bin" --save "$target" > /dev/null
python3 scripts/check_floors.py "$target/wikinews-even.json" scripts/floors.json wikinews-even
python3 scripts/check_floors.py "$target/wikinews-odd.json" scripts/floors.json wikinews-odd
# wire copies and statements (issue 16) on a generated collection: seed 2, not the one the
# generator was written against
scripts/eval-wire-copies.sh 2 "$bin" "$target/score-wire-copies.json" > /dev/null
python3 scripts/check_floors.py "$target/score-wire-copies.json" scripts/floors.json wire-copies
