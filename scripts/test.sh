#!/usr/bin/env bash
# The README's test command (npm test), and what .ci/run calls: installs what it needs, then
# typecheck, lint, unit tests, API integration tests on SQLite and on a throwaway MariaDB, the
# browser suite, and the Galera suite (a throwaway three-node cluster behind HAProxy, scripts/test-galera.sh).
# Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/sbin:/sbin"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false NX_SKIP_NX_CACHE=true
t0=$(date +%s)
step() { printf '\n=== %s (%ss) ===\n' "$*" "$(( $(date +%s) - t0 ))"; }

step "install"
bash scripts/ensure-deps.sh --system

step "build (shared, api, admin)"
npm run build --silent

step "typecheck"
npx nx run-many -t typecheck --outputStyle=stream

step "lint"
npx eslint . --max-warnings=0
npx prettier --check "**/*.{ts,tsx,mjs,js,cjs}" --log-level warn

step "unit tests"
npx jest -c jest.config.js --ci

step "API integration tests on SQLite"
TEST_DB=sqlite npx jest -c api/jest.int.config.js --ci

step "API integration tests on MariaDB"
mdb_dir=$(mktemp -d /tmp/yibao-mariadb-XXXXXX)
mdb_port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
cleanup() { bash scripts/mariadb.sh stop "$mdb_dir" || true; }
trap cleanup EXIT
bash scripts/mariadb.sh start "$mdb_dir" "$mdb_port"
TEST_DB=mysql TEST_MYSQL_URL="mariadb://yibao:yibao@127.0.0.1:${mdb_port}/yibao" npx jest -c api/jest.int.config.js --ci
cleanup
trap - EXIT

if node -e "process.exit(require('./e2e/package.json').scripts?.test ? 0 : 1)"; then
  step "browser end-to-end tests"
  npm test -w e2e
fi

# ports below the ephemeral range the MariaDB suite's port came from, apart from the dev cluster's 3431-3449:
# nodes 13431-13433, Galera 13434-13442 (group, IST, SST), HAProxy 13443 (one writer) and 13444 (round-robin).
# test-galera.sh stops the cluster on any exit (its trap).
step "Galera suite"
GALERA_SKIP_BUILD=1 GALERA_SQL_BASE=13431 GALERA_BASE=13434 GALERA_PROXY_PORT=13443 GALERA_RR_PORT=13444 bash scripts/test-galera.sh

step "all tests passed"
