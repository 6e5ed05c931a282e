#!/usr/bin/env bash
# Event delivery figures (docs/PERFORMANCE.md): starts the PostgreSQL build twice on loopback on one
# fresh database, runs src/load/EventsLoad.java against them (about a minute), stops them and drops
# the database. Needs the PostgreSQL build first:  flock /tmp/mvn.lock mvn -B -Ppostgresql -DskipTests package
# and a PostgreSQL server on 127.0.0.1:5432 that lets user postgres in (as for the tests).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=target/quarkus-app/quarkus-run.jar
DB="lexdraft_load_$RANDOM$RANDOM"
PASS="load-$RANDOM$RANDOM$RANDOM"
WORK=$(mktemp -d)
psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $DB"
cleanup() {
    kill -9 ${PID_A:-} ${PID_B:-} 2>/dev/null || true
    psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $DB with (force)" || true
}
trap cleanup EXIT
start() { # port log
    QUARKUS_HTTP_PORT=$1 QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
    QUARKUS_DATASOURCE_USERNAME=postgres LEXDRAFT_ADMIN_PASSWORD=$PASS LEXDRAFT_SECURITY_BCRYPT_COST=4 \
    QUARKUS_LOG_LEVEL=WARN java -Xmx512m -jar "$JAR" > "$2" 2>&1 &
    echo $!
}
wait_ready() {
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$1/q/health/ready" > /dev/null && return 0; sleep 0.5; done
    echo "instance on $1 did not start" >&2; exit 1
}
PID_A=$(start 18081 "$WORK/a.log"); wait_ready 18081
PID_B=$(start 18082 "$WORK/b.log"); wait_ready 18082
java src/load/EventsLoad.java http://127.0.0.1:18081 http://127.0.0.1:18082 "$PASS" "$PID_A"
