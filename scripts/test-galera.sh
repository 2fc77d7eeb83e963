#!/usr/bin/env bash
# The Galera suite (issue 19): starts a three-node MariaDB Galera cluster behind HAProxy (scripts/galera.sh), runs the
# integration tests for concurrency, the audit chain, workflow races and imports against it through HAProxy, then the
# fault test (api/src/database/galera-fault.galera-spec.ts: kill -9 one node under 20 writing clients), and stops the
# cluster. Not part of scripts/test.sh (yet). Ports: GALERA_SQL_BASE (3 nodes), GALERA_BASE (3×3), GALERA_PROXY_PORT.
#   bash scripts/test-galera.sh [jest paths…]     (default: the list below)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/sbin:/sbin"
sql_base=${GALERA_SQL_BASE:-3431}
gal_base=${GALERA_BASE:-4431}
proxy_port=${GALERA_PROXY_PORT:-3440}
dir=${GALERA_DIR:-$(mktemp -d /tmp/yibao-galera-XXXXXX)}
t0=$(date +%s)
step() { printf '\n=== %s (%ss) ===\n' "$*" "$(($(date +%s) - t0))"; }

bash scripts/ensure-deps.sh --system
cleanup() { bash scripts/galera.sh stop "$dir" || true; }
trap cleanup EXIT
step "galera cluster"
bash scripts/galera.sh start "$dir" "$sql_base" "$gal_base" "$proxy_port"

specs=("$@")
if [ ${#specs[@]} = 0 ]; then
  specs=(
    api/src/database/                                            # schema (primary keys, InnoDB), bulk ids with a step of 3
    api/src/platform/audit-log/                                  # the chain under 20 concurrent writers, verify
    api/src/policy/screening/fraud-suspicions/fraud-suspicions.int-spec.ts    # exclusive claims (two reviewers at once)
    api/src/policy/compliance/compliance-runs/compliance-runs.int-spec.ts     # city and province runs started at once
    api/src/policy/enrollment/roster-imports/                    # the roster import (bulk ids read back on Galera)
  )
fi
export TEST_DB=mysql TEST_MYSQL_URL="mariadb://yibao:yibao@127.0.0.1:${proxy_port}/yibao"
step "integration tests through HAProxy: ${specs[*]}"
# each test database is migrated through the cluster, and every DDL statement is a cluster-wide operation (TOI):
# a spec that starts a fresh app needs more than the 60 s the single-server run allows on a loaded machine
npx jest -c api/jest.int.config.js --ci --testTimeout=300000 "${specs[@]}"
step "fault test: kill -9 one node under 20 writing clients"
GALERA_DIR="$dir" GALERA_SQL_BASE="$sql_base" npx jest -c api/jest.galera.config.js --ci
step "galera suite passed"
