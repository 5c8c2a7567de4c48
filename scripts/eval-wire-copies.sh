#!/usr/bin/env bash
# Wire copies and statements on a generated collection (issue 16): near-copies of the 100
# Wikinews articles (scripts/wire_copies.py, seeded), stored by `depeche ingest`, scored.
#   scripts/eval-wire-copies.sh SEED [DEPECHE_BINARY] [SCORE.json]
set -euo pipefail
SEED="${1:?seed}"
BIN="${2:-target/release/depeche}"
if [ "${DEPECHE_NO_SHARED:-}" = 1 ] || [ ! -d ../shared/data/wikinews-fr/txt ]; then
  echo "skipped: ../shared/data/wikinews-fr/txt not available" >&2
  exit 0
fi
OUT="$(mktemp -d /tmp/depeche-wire.XXXXXX)"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$OUT"' EXIT; echo "$OUT" >&2
"$BIN" analyze --format jsonl ../shared/data/wikinews-fr/txt/*.txt > "$OUT/wikinews.jsonl" 2>/dev/null
python3 scripts/wire_copies.py generate --seed "$SEED" --records "$OUT/wikinews.jsonl" --out "$OUT"
"$BIN" ingest --db "$OUT/originals.db" "$OUT/originals.jsonl" 2>/dev/null
# originals first, then the copies, as a wire service publishes before the outlets
"$BIN" ingest --db "$OUT/all.db" "$OUT/originals.jsonl" 2>/dev/null
"$BIN" ingest --db "$OUT/all.db" "$OUT/copies.jsonl" 2>/dev/null
python3 scripts/wire_copies.py score "$OUT" "$OUT/all.db" "$OUT/originals.db" ${3:+--json "$3"}
