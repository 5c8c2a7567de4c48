#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server on loopback and DEPECHE_PG_URL pointing at
# it; the server is stopped and its files removed when the command ends.
#   scripts/with-postgres.sh cargo test -p depeche-store
# Installs Debian's postgresql when it is missing (CI runs as root on a fresh machine).
set -euo pipefail
PORT="${DEPECHE_PG_PORT:-54329}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "with-postgres: installing postgresql from Debian" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"
DIR="$(mktemp -d /tmp/depeche-pg.XXXXXX)"
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$DIR"
  RUN_AS=(runuser -u postgres --)
fi
stop() {
  "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT
"${RUN_AS[@]}" "$BIN/initdb" -D "$DIR/data" -U depeche --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c max_connections=200" start >/dev/null
"$BIN/psql" -h 127.0.0.1 -p "$PORT" -U depeche -d postgres -qc "CREATE DATABASE depeche_test" >/dev/null
export DEPECHE_PG_URL="postgres://depeche@127.0.0.1:$PORT/depeche_test"
echo "with-postgres: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2
"$@"
