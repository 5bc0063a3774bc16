#!/usr/bin/env bash
# Sourced by .ci/run: starts a throwaway PostgreSQL cluster from Debian's package (a temporary data directory, a free
# local port, run as the postgres user), creates the database "orleans", exports METRICS_POSTGRES (an Npgsql
# connection string) for the tests, and stops and deletes the cluster when the calling shell exits.
# By hand: `source .ci/postgres.sh` in a shell, then `dotnet test tests/Metrics.Orleans.Tests` in the same shell.

# `|| true`: .ci/run sources this under `set -o pipefail`, where a failed ls would end the script before the install.
metrics_pg_bin=$( (ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true) | sort -V | tail -n 1)
if [ -z "$metrics_pg_bin" ]; then
  echo "postgres: installing Debian's postgresql package"
  sudo apt-get install -y -q postgresql >/dev/null
  metrics_pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

metrics_as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres -- "$@"; fi
}

# A port nobody listens on: bash's /dev/tcp connect fails on a free port.
metrics_pg_port=
for candidate in $(seq 54320 54420); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then metrics_pg_port=$candidate; break; fi
done
[ -n "$metrics_pg_port" ] || { echo "postgres: no free port in 54320-54420"; return 1; }

metrics_pg_dir=$(mktemp -d /tmp/metrics-postgres.XXXXXX)
chmod 755 "$metrics_pg_dir"
chown postgres "$metrics_pg_dir" 2>/dev/null || sudo chown postgres "$metrics_pg_dir"
metrics_as_postgres "$metrics_pg_bin/initdb" -D "$metrics_pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
  || { echo "postgres: initdb failed"; return 1; }
metrics_as_postgres "$metrics_pg_bin/pg_ctl" -D "$metrics_pg_dir/data" -l "$metrics_pg_dir/server.log" -w \
  -o "-p $metrics_pg_port -k $metrics_pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
  || { cat "$metrics_pg_dir/server.log"; echo "postgres: the server did not start"; return 1; }

metrics_pg_stop() {
  metrics_as_postgres "$metrics_pg_bin/pg_ctl" -D "$metrics_pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$metrics_pg_dir"
}
trap metrics_pg_stop EXIT

"$metrics_pg_bin/psql" -q -h 127.0.0.1 -p "$metrics_pg_port" -U postgres -c "CREATE DATABASE orleans" >/dev/null \
  || { echo "postgres: could not create the database"; return 1; }
export METRICS_POSTGRES="Host=127.0.0.1;Port=$metrics_pg_port;Username=postgres;Database=orleans"
echo "postgres: $("$metrics_pg_bin/postgres" --version) on 127.0.0.1:$metrics_pg_port (METRICS_POSTGRES)"

# Orleans' own schema for its ADO.NET clustering and grain storage (see tests/Metrics.Orleans.Tests/PostgreSql).
for script in "$(dirname "${BASH_SOURCE[0]}")"/../tests/Metrics.Orleans.Tests/PostgreSql/*.sql; do
  PGOPTIONS="-c client_min_messages=warning" "$metrics_pg_bin/psql" -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$metrics_pg_port" -U postgres -d orleans -f "$script" >/dev/null \
    || { echo "postgres: applying $(basename "$script") failed"; return 1; }
done
echo "postgres: Orleans' clustering and persistence schema applied"
