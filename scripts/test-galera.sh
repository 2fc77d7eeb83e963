#!/usr/bin/env bash
# The Galera suite (issue 19): starts a three-node MariaDB Galera cluster behind HAProxy (scripts/galera.sh), runs the
# integration tests for concurrency, the audit chain, workflow races and imports against it through HAProxy — the
# production routing (one writer, two backups) — among them three built API processes whose import process is killed
# (multi-process.int-spec), the audit chain again through a round-robin listener (writers on three nodes append at
# once: certification conflicts, retried), then the fault test (galera-fault.galera-spec.ts: kill -9 the writer
# node under 20 writing clients), and stops the cluster. scripts/test.sh runs it as its last step (5 passes in a row
# first: docs/PERFORMANCE.md, issue 19).
#   bash scripts/test-galera.sh [jest paths…]     (default: the list below; the fault test always runs)
# Ports: GALERA_SQL_BASE (3 nodes), GALERA_BASE (3×3 from it), GALERA_PROXY_PORT, GALERA_RR_PORT (round-robin).
# GALERA_SKIP_BUILD=1: api/dist is already built (scripts/test.sh builds before); GALERA_DIR: the cluster's directory.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/sbin:/sbin"
sql_base=${GALERA_SQL_BASE:-3431}
gal_base=${GALERA_BASE:-4431}
proxy_port=${GALERA_PROXY_PORT:-3440}
rr_port=${GALERA_RR_PORT:-$((proxy_port + 1))}
dir=${GALERA_DIR:-$(mktemp -d /tmp/yibao-galera-XXXXXX)}
t0=$(date +%s)
step() { printf '\n=== %s (%ss) ===\n' "$*" "$(($(date +%s) - t0))"; }

bash scripts/ensure-deps.sh --system
if [ "${GALERA_SKIP_BUILD:-}" != 1 ]; then
  step "build (shared, api): the multi-process spec starts the built server"
  npm run build --silent -w shared -w api
fi
cleanup() { bash scripts/galera.sh stop "$dir" || true; }
trap cleanup EXIT
step "galera cluster"
GALERA_ROUTING=single bash scripts/galera.sh start "$dir" "$sql_base" "$gal_base" "$proxy_port" "$rr_port"

specs=("$@")
if [ ${#specs[@]} = 0 ]; then
  specs=(
    api/src/database/                                            # schema (primary keys, InnoDB), bulk ids with a step of 3, commit markers
    api/src/platform/audit-log/                                  # the chain under 20 concurrent writers, verify
    api/src/policy/screening/fraud-suspicions/fraud-suspicions.int-spec.ts    # exclusive claims (two reviewers at once)
    api/src/policy/compliance/compliance-runs/compliance-runs.int-spec.ts     # city and province runs started at once
    api/src/policy/supervision/responsibility-tables/responsibility-tables.int-spec.ts  # workflow race: approve and return at once
    api/src/policy/enrollment/roster-imports/                    # the roster import (bulk ids read back on Galera)
    api/src/platform/jobs/                                       # three API processes: sessions, lockouts, an import whose process is killed
  )
fi
export TEST_DB=mysql
# each test database is migrated through the cluster, and every DDL statement is a cluster-wide operation (TOI):
# a spec that starts a fresh app needs more than the 60 s the single-server run allows on a loaded machine
step "integration tests through HAProxy (one writer, two backups): ${specs[*]}"
TEST_MYSQL_URL="mariadb://yibao:yibao@127.0.0.1:${proxy_port}/yibao" npx jest -c api/jest.int.config.js --ci -w 1 --testTimeout=300000 "${specs[@]}"
step "the audit chain through round-robin: writers on three nodes append at once"
TEST_MYSQL_URL="mariadb://yibao:yibao@127.0.0.1:${rr_port}/yibao" npx jest -c api/jest.int.config.js --ci -w 1 --testTimeout=300000 \
  api/src/platform/audit-log/audit-concurrency.int-spec.ts
step "fault test: kill -9 the writer node under 20 writing clients"
GALERA_DIR="$dir" GALERA_SQL_BASE="$sql_base" TEST_MYSQL_URL="mariadb://yibao:yibao@127.0.0.1:${proxy_port}/yibao" \
  npx jest -c api/jest.galera.config.js --ci
step "galera suite passed"
