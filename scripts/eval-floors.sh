#!/usr/bin/env bash
# Runs the shared scorers on ../shared/data and fails when a figure drops below its floor.
# Floors live in scripts/floors.json: raise them when a change improves a figure.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
target=${CARGO_TARGET_DIR:-target}
bin=$target/release/depeche
mkdir -p "$target"
python3 "$shared/eval/score.py" --gold-dir "$shared/data/dev-articles" \
  --run "$bin analyze {published} {file}" --json > "$target/score-dev.json"
python3 scripts/check_floors.py "$target/score-dev.json" scripts/floors.json
python3 "$shared/eval/timebank.py" --data "$shared/data/fr-timebank/Data" \
  --run "$bin analyze {published} {file}" --json > "$target/score-timebank.json"
python3 scripts/check_floors.py "$target/score-timebank.json" scripts/floors.json timebank
"$bin" eval-html --data "$shared/data/article-extraction-benchmark" \
  --wikinews "$shared/data/wikinews-fr" \
  --snippets "$shared/data/trafilatura-eval-dev" --json > "$target/score-html.json"
python3 scripts/check_floors.py "$target/score-html.json" scripts/floors.json html
