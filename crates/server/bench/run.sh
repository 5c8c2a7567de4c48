#!/usr/bin/env bash
# API throughput on loopback with wrk (Debian's `wrk`): POST /v1/analyze with the reference
# article, and GET /v1/quotes with rotating filters, over the store DB (e.g. the 100k-article
# store made by `cargo run --release -p depeche-store --example bench -- DB 100000 10`).
#   crates/server/bench/run.sh DB [SECONDS] [CONNECTIONS]
set -euo pipefail
DB="$(realpath "${1:?usage: crates/server/bench/run.sh DB [SECONDS] [CONNECTIONS]}")"
cd "$(dirname "$0")/../../.."
SECS="${2:-20}"
CONNS="${3:-8}"
command -v wrk >/dev/null || { apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
BIN="${CARGO_TARGET_DIR:-target}/release/depeche"
[ -x "$BIN" ] || cargo build --release -p depeche
ADDR=127.0.0.1:${PORT:-18080}
"$BIN" serve --db "$DB" --addr "$ADDR" & SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -fs "http://$ADDR/healthz" >/dev/null && break; sleep 0.1; done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo "== POST /v1/analyze (reference article), $CONNS connections, ${SECS}s"
ARTICLE=examples/seed-kim-poutine.txt wrk -t2 -c"$CONNS" -d"${SECS}s" --latency -s crates/server/bench/analyze.lua "http://$ADDR/v1/analyze"
echo "== GET /v1/quotes (rotating filters), $CONNS connections, ${SECS}s"
wrk -t2 -c"$CONNS" -d"${SECS}s" --latency -s crates/server/bench/quotes.lua "http://$ADDR/v1/quotes"
