#!/usr/bin/env bash
# The compose.yaml topology as plain processes on this machine: one gateway, N workers, one scheduler, all on the
# DATABASE_URL and REDIS_URL of the environment (PostgreSQL: the embedded database is one process only).
#   scripts/local-cluster.sh start [workers=3]   # logs and pids under $CLUSTER_DIR (default .cluster/)
#   scripts/local-cluster.sh status
#   scripts/local-cluster.sh stop                # SIGTERM to each process it started
# Health ports: gateway $HEALTH_BASE (default 9464), scheduler +1, workers +2, +3, …
# Runs the compiled build through bin/crm when built (npm run build), else src/cli.ts through tsx.
set -euo pipefail
cd "$(dirname "$0")/.."

CLUSTER_DIR=${CLUSTER_DIR:-.cluster}
HEALTH_BASE=${HEALTH_BASE:-9464}

if [[ -f dist/cli.js ]]; then CRM=(bin/crm); else CRM=(node --import tsx src/cli.ts); fi

launch() { # name port args…
  local name=$1 port=$2
  shift 2
  HEALTH_PORT=$port LOG_FORMAT=${LOG_FORMAT:-json} nohup "${CRM[@]}" "$@" >"$CLUSTER_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$CLUSTER_DIR/$name.pid"
  echo "$name: pid $! health http://127.0.0.1:$port/readyz"
}

case ${1:-} in
  start)
    workers=${2:-3}
    [[ -n ${DATABASE_URL:-} ]] || { echo "set DATABASE_URL (a PostgreSQL server): the embedded database serves one process only" >&2; exit 2; }
    [[ -n ${DATA_ENCRYPTION_KEY:-} ]] || { echo "set DATA_ENCRYPTION_KEY (openssl rand -base64 32)" >&2; exit 2; }
    mkdir -p "$CLUSTER_DIR"
    "${CRM[@]}" migrate >/dev/null # once, before the processes race for the migration lock
    launch gateway "$HEALTH_BASE" start --role gateway
    launch scheduler $((HEALTH_BASE + 1)) start --role scheduler
    for i in $(seq 1 "$workers"); do launch "worker-$i" $((HEALTH_BASE + 1 + i)) start --role worker; done
    ;;
  status)
    for pidfile in "$CLUSTER_DIR"/*.pid; do
      [[ -e $pidfile ]] || continue
      name=$(basename "$pidfile" .pid)
      if kill -0 "$(cat "$pidfile")" 2>/dev/null; then echo "$name: running (pid $(cat "$pidfile"))"; else echo "$name: stopped"; fi
    done
    ;;
  stop)
    for pidfile in "$CLUSTER_DIR"/*.pid; do
      [[ -e $pidfile ]] || continue
      kill -TERM "$(cat "$pidfile")" 2>/dev/null || true
      rm -f "$pidfile"
    done
    ;;
  *)
    echo "usage: $0 start [workers] | status | stop" >&2
    exit 2
    ;;
esac
