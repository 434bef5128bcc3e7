#!/usr/bin/env bash
# Builds the two services and the console if needed and runs them against the embedded PostgreSQL (or the database
# given by SPRING_DATASOURCE_URL): three JVMs. Ctrl-C stops all of them cleanly; the embedded database stops with the
# command side.
#   --demo   once all are up, load the demo programme (30 platforms) through the command API; safe to repeat
set -euo pipefail
cd "$(dirname "$0")/.."

DEMO=0
for arg in "$@"; do
  case "$arg" in
    --demo) DEMO=1 ;;
    -h|--help) echo "usage: ./ledger run [--demo]"; exit 0 ;;
    *) echo "unknown option: $arg (usage: ./ledger run [--demo])" >&2; exit 2 ;;
  esac
done

DATA_DIR="${LEDGER_DATA_DIR:-$PWD/data}"
COMMAND_PORT="${LEDGER_COMMAND_PORT:-8081}"
QUERY_PORT="${LEDGER_QUERY_PORT:-8082}"
CONSOLE_PORT="${LEDGER_CONSOLE_PORT:-8083}"
LOGS="$DATA_DIR/logs"
mkdir -p "$LOGS"
# The local profile enables the documented demo users (see README); never set it in production.
export AXONIQ_UPDATE_CHECKER_DISABLED=true LEDGER_DB_DATA_DIR="$DATA_DIR/postgres" SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE:-local}"
# The embedded database checks its roles' passwords (ADR 0002): each data folder gets its own random ones at its
# first run, readable by this account only, handed to both services. A password set in the environment wins.
if [ -z "${SPRING_DATASOURCE_URL:-}" ]; then
  SECRETS="$DATA_DIR/db-passwords"
  if [ ! -f "$SECRETS" ]; then
    (umask 077
     for role in OWNER COMMAND QUERY AUDITOR; do
       echo "LEDGER_DB_${role}_PASSWORD=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
     done > "$SECRETS")
  fi
  while IFS='=' read -r name value; do
    if [ -z "${!name:-}" ]; then export "$name=$value"; fi
  done < "$SECRETS"
fi
# The console sends this secret with every API call, and the services trust the browser's address and correlation id
# it relays only with it (ADR 0018): a new one per start, unless set.
export LEDGER_RELAY_KEY="${LEDGER_RELAY_KEY:-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')}"

MODULES=command-side,query-side,console
if [ "$DEMO" = 1 ]; then MODULES=$MODULES,demo; fi
echo "Building (mvn package, tests skipped)..."
./mvnw -q -B -DskipTests package -pl "$MODULES" -am

COMMAND_JAR=$(ls command-side/target/command-side-*-exec.jar)
QUERY_JAR=$(ls query-side/target/query-side-*-exec.jar)
CONSOLE_JAR=$(ls console/target/console-*-exec.jar)
pids=()

stop() {
  echo; echo "Stopping..."
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  echo "Stopped. Data kept in $DATA_DIR"
}
# Ctrl-C (also while the demo is loading) stops every process and ends the script.
trap 'stop; exit 130' INT TERM

wait_healthy() {  # name url pid
  for _ in $(seq 1 180); do
    if curl -fsS "$2" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$3" 2>/dev/null; then echo "$1 failed to start; see $LOGS/$1.log" >&2; return 1; fi
    sleep 1
  done
  echo "$1 did not become healthy in time; see $LOGS/$1.log" >&2; return 1
}

# Something else answering on our ports would pass the health checks below: refuse to start instead.
for port in "$COMMAND_PORT" "$QUERY_PORT" "$CONSOLE_PORT"; do
  if curl -s -o /dev/null "http://localhost:$port/"; then
    echo "Port $port is already in use (another ledger?); stop it or set LEDGER_COMMAND_PORT / LEDGER_QUERY_PORT / LEDGER_CONSOLE_PORT." >&2
    exit 1
  fi
done

java ${JAVA_OPTS:-} -jar "$COMMAND_JAR" --server.port="$COMMAND_PORT" >"$LOGS/command-side.log" 2>&1 &
pids+=($!)
echo "Starting the command side (and the embedded PostgreSQL, data in $DATA_DIR/postgres)..."
wait_healthy command-side "http://localhost:$COMMAND_PORT/actuator/health" "${pids[0]}" || { stop; exit 1; }

java ${JAVA_OPTS:-} -jar "$QUERY_JAR" --server.port="$QUERY_PORT" >"$LOGS/query-side.log" 2>&1 &
pids+=($!)
echo "Starting the query side..."
wait_healthy query-side "http://localhost:$QUERY_PORT/actuator/health" "${pids[1]}" || { stop; exit 1; }

# The console talks to nothing but the two APIs (no database).
java ${JAVA_OPTS:-} -jar "$CONSOLE_JAR" --server.port="$CONSOLE_PORT" \
  --ledger.console.query-api-url="http://localhost:$QUERY_PORT" \
  --ledger.console.command-api-url="http://localhost:$COMMAND_PORT" >"$LOGS/console.log" 2>&1 &
pids+=($!)
echo "Starting the console..."
wait_healthy console "http://localhost:$CONSOLE_PORT/actuator/health" "${pids[2]}" || { stop; exit 1; }

if [ "$DEMO" = 1 ]; then
  case ",$SPRING_PROFILES_ACTIVE," in
    *,local,*) ;;
    *) echo "Warning: the demo logs in as the local profile's demo users, but SPRING_PROFILES_ACTIVE=$SPRING_PROFILES_ACTIVE" >&2 ;;
  esac
  java ${JAVA_OPTS:-} -cp "demo/target/demo.jar:demo/target/lib/*" cn.jsedu.ledger.demo.DemoLoader --command-url "http://localhost:$COMMAND_PORT" \
    --query-url "http://localhost:$QUERY_PORT" --console-url "http://localhost:$CONSOLE_PORT" || echo "The demo programme did not load completely (see above); the ledger keeps running."
fi

cat <<MSG

The ledger is running.
  console (browser):  http://localhost:$CONSOLE_PORT/console   (local demo users: see README)
  commands (writes):  http://localhost:$COMMAND_PORT/api/v1/platforms
  queries  (reads):   http://localhost:$QUERY_PORT/api/v1/platforms
  logs:               $LOGS
Press Ctrl-C to stop.
MSG
wait
