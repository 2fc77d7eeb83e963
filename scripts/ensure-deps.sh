#!/usr/bin/env bash
# Installs what the tests and the product need on a fresh Debian machine with Node 20:
# npm dependencies (npm ci when node_modules is missing or older than the lock file) and, when running
# as root, the Debian packages for the throwaway test database and the browser suite.
set -euo pipefail
cd "$(dirname "$0")/.."

want_system=${1:-}
if [ "$want_system" = "--system" ]; then
  export PATH="$PATH:/usr/sbin:/sbin"
  missing=()
  command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  # the Galera suite (scripts/galera.sh, scripts/test-galera.sh): the replication provider, state transfer, the proxy
  [ -f /usr/lib/galera/libgalera_smm.so ] || missing+=(galera-4)
  command -v rsync >/dev/null 2>&1 || missing+=(rsync)
  command -v mariabackup >/dev/null 2>&1 || missing+=(mariadb-backup)
  command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
  fc-list 2>/dev/null | grep -qi 'wenquanyi\|noto sans cjk' || missing+=(fonts-wqy-microhei)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "installing Debian packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "missing Debian packages: ${missing[*]} — install them (sudo apt-get install ${missing[*]}) or run as root" >&2
      exit 1
    fi
  fi
  # mariadbd lives in /usr/sbin, which a non-login shell may not have on PATH
  command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || { echo "mariadbd not found after install" >&2; exit 1; }
fi

if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "installing npm dependencies (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
fi
