#!/usr/bin/env bash
# Start to ready, as issue 13 measures it: the packaged service started as a new process until
# /q/health/ready answers 200, on a fresh H2 database and again on the same (existing) database.
#   mvn -B -DskipTests package && bash src/load/startup.sh [runs] [extra java flags...]
# With Quarkus's own AppCDS archive (mvn -B -DskipTests package -Dquarkus.package.jar.appcds.enabled=true):
#   FROM_APP_DIR=1 LEXDRAFT_APPCDS= bash src/load/startup.sh 3 -XX:SharedArchiveFile=app-cds.jsa
# starts the service from target/quarkus-app: the archive records the class path relative to it,
# and JDK 17 refuses it ("The top archive failed to load") from anywhere else.
# Started as the README starts it: with the argument file $LEXDRAFT_JVM_ARGFILE (an absolute path;
# default deploy/jvm.options; LEXDRAFT_JVM_ARGFILE= for none, as the stops before 22 measured)
# and the class-data archive $LEXDRAFT_APPCDS (default lexdraft-cds.jsa beside the jar, which the
# package step makes; LEXDRAFT_APPCDS= for none, as the stops before 23 measured) before the extra
# flags.
# The archive fits only the jars it was made for: a copy of the application needs its own,
#   java src/build/AppCdsTraining.java /tmp/copy-app deploy/jvm.options
# and a run whose JVM refuses the archive stops with the JVM's warning.
# Prints each run and the median of each kind. Loopback only; every service is stopped after it.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}; shift || true
PORT=${LEXDRAFT_BENCH_PORT:-18091}
JAR=${LEXDRAFT_BENCH_JAR:-target/quarkus-app/quarkus-run.jar}
JVM_ARGFILE=${LEXDRAFT_JVM_ARGFILE-$PWD/deploy/jvm.options}
APPCDS=${LEXDRAFT_APPCDS-$(cd "$(dirname "$JAR")" && pwd)/lexdraft-cds.jsa}
if [ -n "$APPCDS" ] && [ ! -f "$APPCDS" ]; then
    echo "no class-data archive at $APPCDS: java src/build/AppCdsTraining.java $(dirname "$JAR") deploy/jvm.options, or LEXDRAFT_APPCDS= for none" >&2
    exit 1
fi
WORK=$(mktemp -d /tmp/lexdraft-startup.XXXXXX)
if [ -n "${FROM_APP_DIR:-}" ]; then cd "$(dirname "$JAR")"; JAR=$(basename "$JAR"); fi

once() { # db-dir java-flags... -> seconds to ready
    local t0 t1 pid db=$1
    shift
    t0=$(date +%s.%N)
    LEXDRAFT_ADMIN_PASSWORD=startup-admin-pw QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=0 \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$db/db" java ${JVM_ARGFILE:+"@$JVM_ARGFILE"} ${APPCDS:+"-XX:SharedArchiveFile=$APPCDS"} "$@" -jar "$JAR" > "$WORK/last.log" 2>&1 &
    pid=$!
    until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do
        kill -0 $pid 2>/dev/null || { cat "$WORK/last.log" >&2; exit 1; }
        sleep 0.01
    done
    t1=$(date +%s.%N)
    kill $pid; wait $pid 2>/dev/null || true
    if grep -q "Unable to use shared archive" "$WORK/last.log"; then
        grep "shared archive" "$WORK/last.log" >&2; exit 1
    fi
    python3 -c "print(f'{$t1 - $t0:.2f}')"
}

fresh=(); existing=()
for i in $(seq 1 "$RUNS"); do
    fresh+=("$(once "$WORK/db$i" "$@")")
    existing+=("$(once "$WORK/db$i" "$@")")
    echo "run $i: fresh database ${fresh[-1]} s, existing database ${existing[-1]} s"
done
python3 - "${fresh[*]}" "${existing[*]}" <<'PY'
import statistics, sys
f = [float(x) for x in sys.argv[1].split()]; e = [float(x) for x in sys.argv[2].split()]
print(f"median start to ready: fresh database {statistics.median(f):.2f} s, existing database {statistics.median(e):.2f} s")
PY
rm -rf "$WORK"
