#!/usr/bin/env bash
# Sign-in cost, measured as issue 13 asks: wrk on loopback against the packaged service on a fresh
# H2 database at the DEFAULT bcrypt cost (10), ratios taken in one run against /q/health/live.
#   mvn -B -DskipTests package && bash src/load/access_bench.sh [seconds-per-run]
# Prints one line per run and the ratios; then the service's RSS after the load.
# Loopback only, every run bounded by wrk's -d; the service is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
PORT=${LEXDRAFT_BENCH_PORT:-18090}
JAR=${LEXDRAFT_BENCH_JAR:-target/quarkus-app/quarkus-run.jar}
WORK=$(mktemp -d /tmp/lexdraft-access-bench.XXXXXX)
ADMIN_PW="bench-admin-$(date +%s)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }

. src/load/service.sh
start_service "$WORK" "$PORT"
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
wait_ready

api -u "admin:$ADMIN_PW" "$BASE/api/delegations" -d '{"code":"BENCH","name":"Bench","kind":"state"}' >/dev/null
api -u "admin:$ADMIN_PW" "$BASE/api/members" \
  -d '{"username":"bencher","password":"bench-password-1","displayName":"B","delegation":"BENCH","role":"drafter"}' >/dev/null
api -u "admin:$ADMIN_PW" "$BASE/api/terms" -d '{"slug":"bench-term","label":"bench","context":"bench"}' >/dev/null
TEXT='Cluster munition means a conventional munition that is designed to disperse or release explosive submunitions each weighing less than 20 kilograms, and includes those explosive submunitions.'
DRAFT=$(api -u bencher:bench-password-1 "$BASE/api/terms/bench-term/drafts" \
  -d "{\"title\":\"bench\",\"visibility\":\"tabled\",\"text\":\"$TEXT\"}" | json "['id']")
TOKEN=$(api -u bencher:bench-password-1 "$BASE/api/tokens" -d '{"label":"bench"}' | json "['token']")
BASIC=$(printf 'bencher:bench-password-1' | base64)
WRITERS=()
for i in 1 2 3 4; do
  WRITERS+=("$(api -H "Authorization: Bearer $TOKEN" "$BASE/api/terms/bench-term/drafts" \
    -d "{\"title\":\"writer $i\",\"visibility\":\"tabled\",\"text\":\"$TEXT\"}" | json "['id']")")
done

cat > "$WORK/write.lua" <<LUA
-- each wrk thread has one connection and one draft of its own, and names the head it read last
-- as strings: Lua numbers would print the 16-digit ids as 6.4692557297121e+15
local drafts = { "${WRITERS[0]}", "${WRITERS[1]}", "${WRITERS[2]}", "${WRITERS[3]}" }
local counter = 0
local threads = {}
function setup(thread) table.insert(threads, thread); thread:set("index", #threads) end
function init(args) draft = drafts[index]; head = 1 end
function request()
  counter = counter + 1
  local body = '{"text":"$TEXT Revision ' .. counter .. '.","baseVersion":' .. head .. '}'
  return wrk.format("POST", "/api/drafts/" .. draft .. "/versions",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer $TOKEN"}, body)
end
function response(status, headers, body)
  if status == 201 then head = tonumber(string.match(headers["ETag"] or headers["etag"], "%d+")) end
  -- a run after another starts from version 1: the 409 edit-conflict names the head to go on from
  if status == 409 then head = tonumber(string.match(body, '"head":(%d+)')) or head end
end
LUA

run() { # name, wrk args... -> one line, and RPS_<name> appended to
  local name=$1; shift
  local out; out=$(wrk -d "${SECONDS_PER_RUN}s" --latency "$@")
  local rps; rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  local errors; errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  local p50; p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  local p99; p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  printf '  %-22s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}"
  eval "RPS_$name=\"\${RPS_$name:-} $rps\""
}

ROUNDS=${LEXDRAFT_BENCH_ROUNDS:-3}
echo "== $(date -u +%FT%TZ) $(nproc) cores, ${SECONDS_PER_RUN}s per run, $ROUNDS rounds, bcrypt cost 10 (default)"
# Warm-up until the JIT has compiled every path measured: on 2 cores C2 takes tens of seconds, and
# a kind of request measured while it still compiles looks far slower than the others (a 5 s
# warm-up made the token read, measured first, look 40 % slower than the Basic read after it).
for _ in 1 2 3; do
  wrk -d 5s -t2 -c16 "$BASE/q/health/live" >/dev/null
  wrk -d 5s -t2 -c16 -H "Authorization: Bearer $TOKEN" "$BASE/api/drafts/$DRAFT/versions/1" >/dev/null
  wrk -d 5s -t2 -c16 -H "Authorization: Basic $BASIC" "$BASE/api/drafts/$DRAFT/versions/1" >/dev/null
done
wrk -d 5s -t4 -c4 -s "$WORK/write.lua" "$BASE" >/dev/null
# Rounds: each kind once per round, in turn, so that drift of the machine falls on all alike; a
# ratio is taken within a round, and the median of the rounds' ratios is reported.
for r in $(seq 1 "$ROUNDS"); do
  echo "round $r"
  run health_16 -t2 -c16 "$BASE/q/health/live"
  run token_read_16 -t2 -c16 -H "Authorization: Bearer $TOKEN" "$BASE/api/drafts/$DRAFT/versions/1"
  run basic_read_16 -t2 -c16 -H "Authorization: Basic $BASIC" "$BASE/api/drafts/$DRAFT/versions/1"
  run health_4 -t4 -c4 "$BASE/q/health/live"
  run token_write_4 -t4 -c4 -s "$WORK/write.lua" "$BASE"
done
python3 - "$RPS_health_16" "$RPS_token_read_16" "$RPS_basic_read_16" "$RPS_health_4" "$RPS_token_write_4" <<'PY'
import statistics, sys
h16, tr, br, h4, tw = ([float(x) for x in a.split()] for a in sys.argv[1:])
def ratio(a, b):
    r = [x / y for x, y in zip(a, b)]
    return f"{statistics.median(r):.3f}x (rounds {', '.join(f'{x:.3f}' for x in r)})"
print(f"ratios, median of rounds: token read {ratio(tr, h16)} (target >= 0.5); Basic read {ratio(br, h16)} (target >= 0.3); "
      f"token write {ratio(tw, h4)} of health at 4 connections (target >= 0.15)")
PY
# a minute of mixed load, then the resident set
wrk -d "${LEXDRAFT_BENCH_SOAK:-60}s" -t2 -c16 -H "Authorization: Bearer $TOKEN" "$BASE/api/drafts/$DRAFT/versions/1" >/dev/null
echo "RSS after a minute of load: $(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 )) MB (JAVA_OPTS: ${JAVA_OPTS:-none})"
