#!/usr/bin/env bash
# Create the virtualenv the Spark example and its test use: examples/spark/.venv (ignored by
# git), with PySpark (Spark's local mode runs in-process with the machine's Java 17+) and
# DuckDB (a second engine that reads the Parquet back). Idempotent: a venv whose packages
# already import is kept, so CI pays the download once per machine.
set -euo pipefail
cd "$(dirname "$0")"
VENV=.venv
PYSPARK=4.3.0
DUCKDB=2.0.0
if [ -x "$VENV/bin/python" ] &&
  "$VENV/bin/python" -c "import pyspark, duckdb, sys; sys.exit(pyspark.__version__ != '$PYSPARK')" 2>/dev/null; then
  exit 0
fi
if ! command -v java >/dev/null; then
  echo "setup-venv: Spark needs Java 17 or later (Debian: apt-get install openjdk-17-jre-headless)" >&2
  exit 1
fi
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check "pyspark==$PYSPARK" "duckdb==$DUCKDB"
"$VENV/bin/python" -c "import pyspark, duckdb; print('setup-venv: pyspark', pyspark.__version__, 'duckdb', duckdb.__version__)"
