#!/usr/bin/env bash
# pg-test.sh starts (or reuses) a throwaway PostgreSQL cluster for the store
# tests and prints the DSN to eval:
#
#   eval "$(scripts/pg-test.sh)"
#   go test ./internal/store/postgres/
#
# It installs the Debian package postgresql when it is missing (as root),
# runs the cluster as the postgres user in a temporary directory, listening
# on 127.0.0.1:55432 only. A second call reuses the running cluster.
# scripts/pg-test.sh stop shuts it down.
set -euo pipefail

PORT=${PGTEST_PORT:-55432}
DIR=${PGTEST_DIR:-/tmp/dyad-pgtest}
DB=dyad_test
log() { echo "pg-test: $*" >&2; }

bindir() {
	ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BIN=$(bindir || true)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
	log "installing postgresql"
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql >&2; }
	BIN=$(bindir)
fi

as_pg() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

if [ "${1:-}" = stop ]; then
	as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >&2 || true
	exit 0
fi

if [ ! -f "$DIR/data/PG_VERSION" ]; then
	mkdir -p "$DIR"
	[ "$(id -u)" = 0 ] && chown postgres: "$DIR"
	log "initdb in $DIR/data"
	as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
fi

if ! as_pg "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
	log "starting on 127.0.0.1:$PORT"
	as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
		-o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c max_connections=200" start >&2
fi

PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -X -q -t -A)
for _ in $(seq 1 50); do
	"$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" -q && break
	sleep 0.2
done
if [ "$(as_pg "${PSQL[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
	as_pg "${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB" >&2
fi
echo "export DYAD_TEST_POSTGRES=postgres://postgres@127.0.0.1:$PORT/$DB?sslmode=disable"
