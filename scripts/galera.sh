#!/usr/bin/env bash
# A throwaway three-node MariaDB Galera cluster on loopback with HAProxy in front, for the Galera suite and benches:
#   scripts/galera.sh start DIR [SQL_BASE_PORT=3431] [GALERA_BASE_PORT=4431] [PROXY_PORT=3440] [ROUNDROBIN_PORT]
#   scripts/galera.sh stop DIR
#   scripts/galera.sh kill DIR N      (kill -9 node N, 1–3: the fault test)
#   scripts/galera.sh restart DIR N   (start node N again; it rejoins by IST or SST)
# Node N listens for SQL on SQL_BASE+N−1; Galera uses GALERA_BASE+N−1 (group communication), +3 (IST), +6 (SST).
# Node 1 bootstraps the cluster (--wsrep-new-cluster); nodes 2 and 3 join empty and receive the data by rsync SST.
# HAProxy on PROXY_PORT routes as production should: one writer (node 1) and two `backup` servers, so writers never
# conflict across nodes; when the writer fails its check every new connection goes to the first backup. The check
# (galera-check.sh, every 500 ms) passes only for a node that is Synced (wsrep_local_state 4) and ready
# (wsrep_ready ON) — a node that answers MySQL but is donating, joining or out of the primary component gets no
# traffic; the writer marked down has its sessions cut so the clients reconnect elsewhere (a backup's are not: see
# servers() below). haproxy.log in DIR records every server marked DOWN or UP and why; haproxy.sock is the stats socket.
# GALERA_ROUTING=roundrobin makes PROXY_PORT balance over all three instead (multi-primary: every node takes writes,
# the worst case for certification conflicts); ROUNDROBIN_PORT, if given, adds a second listener that always does,
# beside the single-writer one (the suite runs the cross-node audit-chain test through it).
# Like scripts/mariadb.sh: --no-defaults, each node its own --tmpdir, the same yibao user. Runs as root without systemd.
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"
cmd=${1:?start|stop|kill|restart}
dir=${2:?data dir}
provider=/usr/lib/galera/libgalera_smm.so

ports() { # the saved port layout of a running cluster
  # shellcheck disable=SC1091
  . "$dir/ports"
}

node_args() { # the mariadbd command line of node $1
  local n=$1 nd="$dir/node$1"
  local sql=$((sql_base + n - 1)) gm=$((gal_base + n - 1)) ist=$((gal_base + n + 2)) sst=$((gal_base + n + 5))
  local members="127.0.0.1:$gal_base,127.0.0.1:$((gal_base + 1)),127.0.0.1:$((gal_base + 2))"
  local user_flag=()
  [ "$(id -u)" = 0 ] && user_flag=(--user=root)
  args=(
    --no-defaults --datadir="$nd/data" --socket="$nd/sock" --port="$sql" --bind-address=127.0.0.1
    --pid-file="$nd/pid" --tmpdir="$nd/tmp" --log-error="$nd/server.log" "${user_flag[@]}"
    --innodb-buffer-pool-size=128M --max-connections=200
    # what Galera requires: row-based replication of InnoDB tables, interleaved auto-increment
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2
    --wsrep-on=ON --wsrep-provider="$provider" --wsrep-cluster-name=yibao-test
    --wsrep-cluster-address="gcomm://$members" --wsrep-node-name="node$n"
    --wsrep-node-address="127.0.0.1:$gm" --wsrep-node-incoming-address="127.0.0.1:$sql"
    --wsrep-provider-options="base_port=$gm;gmcast.listen_addr=tcp://127.0.0.1:$gm;ist.recv_addr=127.0.0.1:$ist;gcache.size=64M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;evs.install_timeout=PT6S"
    --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:$sst"
    --wsrep-slave-threads=2
  )
}

sql_ok() { mariadb --no-defaults --socket="$dir/node$1/sock" -uroot -N -e "$2" 2>/dev/null; }

wait_synced() { # node $1 answers and is Synced (wsrep_local_state 4), within $2 seconds
  local deadline=$(($(date +%s) + $2))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if [ "$(sql_ok "$1" "SHOW STATUS LIKE 'wsrep_local_state'" | cut -f2)" = 4 ]; then return 0; fi
    kill -0 "$(cat "$dir/node$1/mariadbd.pid" 2>/dev/null)" 2>/dev/null || break
    sleep 0.5
  done
  echo "galera node $1 did not reach Synced; log:" >&2
  tail -40 "$dir/node$1/server.log" >&2
  return 1
}

start_node() { # node $1; extra mariadbd arguments follow
  local n=$1
  shift
  node_args "$n"
  mkdir -p "$dir/node$n/tmp" "$dir/node$n/data"
  # the joiner's rsync daemon, started by root, drops to nobody (wsrep_sst_rsync sets no uid): it must be able to
  # write the data directory it receives into; mariadbd as root reads the files whoever owns them
  # (a restarted node too, should it fall back from IST to a full transfer)
  if [ "$(id -u)" = 0 ] && [ $# = 0 ]; then chown -R nobody:nogroup "$dir/node$n/data"; fi
  # started in the background from this script; its pid is kept so stop and kill never search by name
  mariadbd "${args[@]}" "$@" >>"$dir/node$n/stdout.log" 2>&1 &
  echo $! >"$dir/node$n/mariadbd.pid"
}

# every process whose command line names this cluster's directory (SST rsync daemons, their helpers), by pid
strays() {
  local p c
  for p in /proc/[0-9]*; do
    c=$({ tr '\0' ' ' <"$p/cmdline"; } 2>/dev/null) || continue # (a process may end while we look)
    # not this script itself (its own command line names the directory)
    [[ $c == *"$dir/"* && $c != *galera.sh* ]] && echo "${p#/proc/}"
  done
  return 0
}

case "$cmd" in
  start)
    sql_base=${3:-3431}
    gal_base=${4:-4431}
    proxy_port=${5:-3440}
    [ -x "$provider" ] || [ -f "$provider" ] || { echo "no Galera provider at $provider (apt-get install galera-4)" >&2; exit 1; }
    command -v haproxy >/dev/null || { echo "haproxy missing (apt-get install haproxy)" >&2; exit 1; }
    command -v rsync >/dev/null || { echo "rsync missing (apt-get install rsync)" >&2; exit 1; }
    [ -e "$dir" ] && bash "$0" stop "$dir"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    printf 'sql_base=%s\ngal_base=%s\nproxy_port=%s\n' "$sql_base" "$gal_base" "$proxy_port" >"$dir/ports"
    mkdir -p "$dir/node1/tmp"
    mariadb-install-db --no-defaults --datadir="$dir/node1/data" --auth-root-authentication-method=normal \
      --skip-test-db >"$dir/node1/install.log" 2>&1 || { cat "$dir/node1/install.log"; exit 1; }
    start_node 1 --wsrep-new-cluster
    wait_synced 1 60
    sql_ok 1 "CREATE USER IF NOT EXISTS 'yibao'@'127.0.0.1' IDENTIFIED BY 'yibao'; GRANT ALL ON *.* TO 'yibao'@'127.0.0.1';
      CREATE USER IF NOT EXISTS 'haproxy_check'@'127.0.0.1'; FLUSH PRIVILEGES;" >/dev/null
    # one joiner at a time: node 1 is the donor of each state transfer
    for n in 2 3; do
      start_node "$n"
      wait_synced "$n" 120
    done
    size=$(sql_ok 1 "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)
    [ "$size" = 3 ] || { echo "cluster size is $size, expected 3" >&2; exit 1; }
    rr_port=${6:-}
    printf 'rr_port=%s\n' "$rr_port" >>"$dir/ports"
    here=$(cd "$(dirname "$0")" && pwd)
    servers() { # the three servers of a listener: $1 = single (node 1 writes, 2 and 3 are backups) | roundrobin
      local n flag
      for n in 1 2 3; do
        # the writer's sessions (round-robin: every node's) are cut when it fails its check (a donor or desynced node
        # blocks rather than errs); a backup's are not: just after a failover the new writer's check can time out under the reconnecting load
        # (a forked client per check), and cutting every session then was a second wave of lost connections ~4 s after
        # the kill. A backup that really leaves the primary component answers 1047, and the API drops such a connection.
        flag=" on-marked-down shutdown-sessions"
        if [ "$1" = single ] && [ "$n" != 1 ]; then flag=" backup"; fi
        echo "  server node$n 127.0.0.1:$((sql_base + n - 1)) check$flag"
      done
    }
    routing=${GALERA_ROUTING:-single}
    case "$routing" in single | roundrobin) ;; *) echo "GALERA_ROUTING must be single or roundrobin" >&2; exit 1 ;; esac
    {
      cat <<EOF
global
  maxconn 4000
  # the Synced check is an external program (galera-check.sh): HAProxy must be allowed to fork it
  insecure-fork-wanted
  external-check
  # \`echo 'show servers state' | socat - $dir/haproxy.sock\`; state changes (DOWN/UP, with the check's reason) are in haproxy.log
  stats socket $dir/haproxy.sock mode 600 level admin
defaults
  mode tcp
  timeout connect 2s
  timeout client 1h
  timeout server 1h
  timeout check 2s
  retries 3
  option redispatch
  option external-check
  external-check path "/usr/bin:/bin:/usr/sbin:/sbin"
  external-check command $here/galera-check.sh
  # an external check is killed after \`inter\` (not \`timeout check\`): at 500 ms, forking a mariadb client per check
  # timed out on all three nodes at once while jest started the app on the two-core machine ("no server available").
  # A killed node refuses at once: three failures (fall 3; 500 ms apart after the first) still take it out within ~2 s,
  # inside the 3 s the survivors wait anyway (evs.suspect_timeout) before they commit again.
  default-server inter 1s fastinter 500ms fall 3 rise 3
listen galera
  bind 127.0.0.1:$proxy_port
  balance $([ "$routing" = single ] && echo first || echo roundrobin)
EOF
      servers "$routing"
      if [ -n "$rr_port" ]; then
        printf 'listen galera-roundrobin\n  bind 127.0.0.1:%s\n  balance roundrobin\n' "$rr_port"
        servers roundrobin
      fi
    } >"$dir/haproxy.cfg"
    haproxy -c -q -f "$dir/haproxy.cfg"
    # in the foreground (-db) but as a background job of this script: its warnings — every server marked DOWN or UP,
    # with the check's reason and duration — go to haproxy.log (a daemon would drop them: no syslog here)
    haproxy -db -f "$dir/haproxy.cfg" >>"$dir/haproxy.log" 2>&1 &
    echo $! >"$dir/haproxy.pid"
    for _ in $(seq 1 50); do
      mariadb --no-defaults -h127.0.0.1 -P"$proxy_port" -uyibao -pyibao -e 'SELECT 1' >/dev/null 2>&1 && break
      sleep 0.2
    done
    mariadb --no-defaults -h127.0.0.1 -P"$proxy_port" -uyibao -pyibao -e 'SELECT 1' >/dev/null
    echo "galera cluster of 3 ready: nodes on 127.0.0.1:$sql_base-$((sql_base + 2)), haproxy on 127.0.0.1:$proxy_port ($routing)${rr_port:+, round-robin on 127.0.0.1:$rr_port}"
    ;;
  kill)
    n=${3:?node number}
    kill -9 "$(cat "$dir/node$n/mariadbd.pid")"
    ;;
  restart)
    n=${3:?node number}
    dir=$(cd "$dir" && pwd)
    ports
    # already running (a fault test restarts the node it killed): a second server would fail on the ports and
    # leave its dead pid in the pid file
    if kill -0 "$(cat "$dir/node$n/mariadbd.pid" 2>/dev/null)" 2>/dev/null; then
      echo "galera node $n is already running"
      exit 0
    fi
    start_node "$n"
    wait_synced "$n" 120
    ;;
  stop)
    [ -d "$dir" ] || exit 0
    dir=$(cd "$dir" && pwd)
    if [ -f "$dir/haproxy.pid" ]; then
      while read -r p; do kill "$p" 2>/dev/null || true; done <"$dir/haproxy.pid"
    fi
    # the joiners first, the bootstrap node last, so no node is left waiting for a view that never comes
    for n in 3 2 1; do
      f="$dir/node$n/mariadbd.pid"
      [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true
    done
    for n in 3 2 1; do
      f="$dir/node$n/mariadbd.pid"
      [ -f "$f" ] || continue
      for _ in $(seq 1 100); do kill -0 "$(cat "$f")" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$(cat "$f")" 2>/dev/null || true
    done
    for p in $(strays); do kill -9 "$p" 2>/dev/null || true; done
    sleep 0.2
    left=$(strays)
    [ -z "$left" ] || { echo "processes still running in $dir: $left" >&2; exit 1; }
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop|kill|restart DIR …" >&2
    exit 1
    ;;
esac
