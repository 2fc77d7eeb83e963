#!/usr/bin/env bash
# HAProxy's health check of a Galera node (scripts/galera.sh, `external-check command`), called as
#   galera-check.sh PROXY_ADDR PROXY_PORT NODE_ADDR NODE_PORT
# Exits 0 only if the node is Synced (wsrep_local_state 4) and ready (wsrep_ready ON). A MySQL handshake alone also
# passes for a node that is joining, donating a state transfer or cut off from the primary component (it refuses
# queries with 1047): such a node must get no traffic. Logs in as haproxy_check (no password, no grants, loopback).
out=$(mariadb --no-defaults --connect-timeout=1 -h"$3" -P"$4" -uhaproxy_check -N -B \
  -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_state', 'wsrep_ready')" 2>/dev/null) || exit 1
grep -qx $'wsrep_local_state\t4' <<<"$out" && grep -qx $'wsrep_ready\tON' <<<"$out"
