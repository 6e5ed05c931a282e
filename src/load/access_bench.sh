#!/usr/bin/env bash
# Sign-in cost, measured as issue 13 asks: wrk on loopback against the packaged service on a fresh
# H2 database at the DEFAULT bcrypt cost (10), ratios taken in one run against /q/health/live.
#   mvn -B -DskipTests package && bash src/load/access_bench.sh [seconds-per-run]
# Prints one line per run and the ratios; then the service's RSS after the load.
# Loopback only, every run bounded by wrk's -d; the service is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
. src/load/service.sh
bench_service access-bench 18090

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
echo "RSS after a minute of load: $(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 )) MB (argument file: ${JVM_ARGFILE:-none}; archive: ${APPCDS:-none}; JAVA_OPTS: ${JAVA_OPTS:-none})"
