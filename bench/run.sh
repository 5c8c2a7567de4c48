#!/usr/bin/env bash
# Dépêche against its peers (issue 7): see bench/run.py for what it measures.
#   bench/run.sh            full run (peers in bench/.venv, created once from PyPI)
#   bench/run.sh --quick    CI form: small corpus, one run, no peers
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/run.py "$@"
