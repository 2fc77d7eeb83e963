#!/usr/bin/env bash
# A throwaway MariaDB on loopback for tests: `scripts/mariadb.sh start DIR PORT` / `scripts/mariadb.sh stop DIR`.
# Started with --no-defaults, so the server default charset is latin1: our code must not rely on it.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?data dir}
case "$cmd" in
  start)
    port=${3:?port}
    # its own temporary directory: a cleanup of /tmp by anything else on the machine must not delete the server's
    # temporary tables under a running query (seen twice while benches ran)
    rm -rf "$dir" && mkdir -p "$dir/tmp"
    mariadb-install-db --no-defaults --datadir="$dir/data" --auth-root-authentication-method=normal \
      --skip-test-db >"$dir/install.log" 2>&1 || { cat "$dir/install.log"; exit 1; }
    user_flag=()
    [ "$(id -u)" = 0 ] && user_flag=(--user=root)
    mariadbd --no-defaults --datadir="$dir/data" --socket="$dir/sock" --port="$port" --bind-address=127.0.0.1 \
      --pid-file="$dir/pid" --tmpdir="$dir/tmp" --skip-log-bin --innodb-buffer-pool-size=128M --max-connections=200 "${user_flag[@]}" \
      >"$dir/server.log" 2>&1 &
    for _ in $(seq 1 100); do
      if mariadb --no-defaults --socket="$dir/sock" -uroot -e 'SELECT 1' >/dev/null 2>&1; then
        mariadb --no-defaults --socket="$dir/sock" -uroot -e \
          "CREATE USER IF NOT EXISTS 'yibao'@'127.0.0.1' IDENTIFIED BY 'yibao'; GRANT ALL ON *.* TO 'yibao'@'127.0.0.1'; FLUSH PRIVILEGES;"
        echo "mariadb ready on 127.0.0.1:$port"
        exit 0
      fi
      sleep 0.2
    done
    echo "mariadb did not start; log:" >&2
    cat "$dir/server.log" >&2
    exit 1
    ;;
  stop)
    if [ -f "$dir/pid" ]; then
      kill "$(cat "$dir/pid")" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$(cat "$dir/pid" 2>/dev/null)" 2>/dev/null || break; sleep 0.2; done
    fi
    rm -rf "$dir"
    ;;
esac
