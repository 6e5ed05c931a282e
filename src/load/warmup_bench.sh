#!/usr/bin/env bash
# Warm-up after start: how fast signed-in version reads run in the first half minute after ready,
# so that JVM options that move compilation out of the start can be judged by what they cost later.
#   mvn -B -DskipTests package && bash src/load/warmup_bench.sh [intervals] [seconds-per-interval]
# Starts the packaged service (service.sh: $LEXDRAFT_BENCH_JAR, $JAVA_OPTS, $LEXDRAFT_JVM_ARGFILE, $LEXDRAFT_APPCDS)
# on a fresh H2 database, creates the bench fixtures, then runs wrk (2 threads, 16 connections,
# token reads of one version) interval after interval and prints each interval's rate.
set -euo pipefail
cd "$(dirname "$0")/../.."
INTERVALS=${1:-10}
SECONDS_PER_INTERVAL=${2:-3}
. src/load/service.sh
bench_service warmup-bench 18092
rates=()
for _ in $(seq 1 "$INTERVALS"); do
  rates+=("$(wrk -d "${SECONDS_PER_INTERVAL}s" -t2 -c16 -H "Authorization: Bearer $TOKEN" \
    "$BASE/api/drafts/$DRAFT/versions/1" | awk '/Requests\/sec/ {printf "%.0f", $2}')")
done
echo "token reads per second, ${SECONDS_PER_INTERVAL} s intervals from ready: ${rates[*]}"
