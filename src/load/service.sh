# Sourced by the load scripts: the packaged service ($JAR, with $JAVA_OPTS) on a fresh H2 database,
# signed in as admin with $ADMIN_PW, and the curl helpers they share.
#   start_service WORK PORT [NAME=VALUE ...]  starts it with those extra variables; sets PID and BASE
#   wait_ready                                 waits (at most 30 s) for /q/health/ready
start_service() {
    local work=$1 port=$2
    shift 2
    env "$@" LEXDRAFT_ADMIN_PASSWORD="$ADMIN_PW" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT=0 \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$work/db" \
        java ${JAVA_OPTS:-} -jar "$JAR" > "$work/service.log" 2>&1 &
    PID=$!
    BASE=http://127.0.0.1:$port
}

wait_ready() {
    for _ in $(seq 1 300); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 0.1; done
}

api() { curl -sf -H 'Content-Type: application/json' "$@"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
