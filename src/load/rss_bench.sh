#!/usr/bin/env bash
# The resident set of the packaged service under the load access_bench.sh ends with, for one set of
# JVM options: a fresh H2 database, 15 s of token reads (warm-up), 30 s of four writers, then 60 s of
# token reads by 16 connections; the RSS right after and 5 s later, and with -XX:NativeMemoryTracking
# the JVM's own break-down. LEXDRAFT_BENCH_WRITES=0 leaves the writers out.
#   mvn -B -DskipTests package && bash src/load/rss_bench.sh LABEL [java options...]
# MALLOC_ARENA_MAX is 2 unless set. Loopback only; the service is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
LABEL=${1:?label}; shift
export JAVA_OPTS="$*" MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
. src/load/service.sh
bench_service rss-bench 18092

READ=("$BASE/api/drafts/$DRAFT/versions/1" -H "Authorization: Bearer $TOKEN")
wrk -d 15s -t2 -c16 "${READ[@]}" >/dev/null
WRITE_SECONDS=${LEXDRAFT_BENCH_WRITES:-30}
writes=none
if [ "$WRITE_SECONDS" != 0 ]; then
    writes=$(wrk -d "${WRITE_SECONDS}s" -t4 -c4 -s "$WORK/write.lua" "$BASE" | awk '/Requests\/sec/ {print $2}')
fi
reads=$(wrk -d "${LEXDRAFT_BENCH_SOAK:-60}s" -t2 -c16 "${READ[@]}" | awk '/Requests\/sec/ {print $2}')
rss() { echo $(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 )); }
after=$(rss); sleep 5
echo "$LABEL: RSS after the load $after MB, 5 s later $(rss) MB; writes $writes/s, token reads $reads req/s (archive: ${APPCDS:-none})"
if [[ "$JAVA_OPTS" == *NativeMemoryTracking* ]]; then
    jcmd "$PID" VM.native_memory summary | grep -E '^(Total|-)' | sed -E 's/ +/ /g'
fi
jcmd "$PID" GC.heap_info | grep -E 'generation|region size|garbage-first' || true
jcmd "$PID" Compiler.codecache | grep -E 'size=' || true
