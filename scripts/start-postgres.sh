#!/usr/bin/env bash
# Starts a local PostgreSQL for the Postgres store contract tests (CI and developers on Debian, as root).
# Idempotent: installs postgresql only if missing, starts the cluster only if down, creates role "fond"
# (password "fond", login, createdb) and database "fond_test" only if missing. Prints the DATABASE_URL to use
# on stdout (progress goes to stderr), so:
#
#   export "$(scripts/start-postgres.sh)"
#   node --test 'src/store/**/*.test.ts'
set -euo pipefail

ROLE=fond
PASSWORD=fond
DATABASE=fond_test
PORT=5432

log() { echo "start-postgres: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  log "must run as root (it installs packages and runs commands as the postgres user)"
  exit 1
fi

# 1. Install the server if missing. Try without `apt-get update` first: it is slow and usually unneeded.
if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql/ 2>/dev/null)" ]; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y postgresql >&2; then
    apt-get update >&2
    apt-get install -y postgresql >&2
  fi
fi

# 2. Find the cluster (the newest version if there are several); create one if the package made none.
cluster_line() { pg_lsclusters --no-header 2>/dev/null | sort -k1,1V | tail -n 1; }
if [ -z "$(cluster_line)" ]; then
  version="$(ls /usr/lib/postgresql/ | sort -V | tail -n 1)"
  log "creating cluster $version/main"
  pg_createcluster "$version" main --port "$PORT" >&2
fi
read -r version cluster port status _ <<<"$(cluster_line)"

# 3. Start it if it is down.
if [ "$status" != "online" ]; then
  log "starting cluster $version/$cluster on port $port"
  pg_ctlcluster "$version" "$cluster" start >&2 || service postgresql start >&2
fi
for _ in $(seq 1 30); do
  if pg_isready -q -h 127.0.0.1 -p "$port"; then break; fi
  sleep 0.5
done
if ! pg_isready -q -h 127.0.0.1 -p "$port"; then
  log "cluster $version/$cluster does not accept connections on 127.0.0.1:$port"
  exit 1
fi

# 4. Role and database, only if missing. `cd /` so psql run as postgres does not complain about root's cwd.
cd /
as_postgres() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qtAX "$@"; }
if [ "$(as_postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
  log "creating role $ROLE"
  as_postgres -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'"
fi
if [ "$(as_postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != "1" ]; then
  log "creating database $DATABASE"
  as_postgres -c "CREATE DATABASE $DATABASE OWNER $ROLE"
fi
# unaccent is optional for the store (it falls back without it); install it when the contrib files exist.
as_postgres -d "$DATABASE" -c 'CREATE EXTENSION IF NOT EXISTS unaccent' 2>/dev/null ||
  log "extension unaccent is not available: full-text search will not fold accents"

echo "DATABASE_URL=postgres://$ROLE:$PASSWORD@127.0.0.1:$port/$DATABASE"
