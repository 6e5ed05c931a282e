# Sourced by the load scripts: the packaged service ($JAR, started as the README starts it: with the
# argument file $LEXDRAFT_JVM_ARGFILE, an absolute path, default deploy/jvm.options, empty for none;
# then $JAVA_OPTS; since stop 22, so earlier stops' figures were taken without the file)
# on a fresh H2 database
# (its URL followed by $H2_URL_OPTIONS, e.g. ";CACHE_SIZE=8192"), signed in as admin with $ADMIN_PW,
# and the curl helpers and fixtures they share.
#   start_service WORK PORT [NAME=VALUE ...]  starts it with those extra variables; sets PID and BASE
#   wait_ready                                 waits (at most 30 s) for /q/health/ready
# JVM_ARGFILE is the argument file resolved (sourced from the repository root), empty for none.
# Since stop 23 also as the README starts it with the class-data archive: $LEXDRAFT_APPCDS (which
# must exist), default lexdraft-cds.jsa beside $JAR when there is one (LEXDRAFT_APPCDS= for none; a
# copy of the application needs its own: java src/build/AppCdsTraining.java DIR deploy/jvm.options).
# wait_ready stops a run whose JVM refused the archive.
JVM_ARGFILE=${LEXDRAFT_JVM_ARGFILE-$PWD/deploy/jvm.options}
start_service() {
    local work=$1 port=$2
    shift 2
    if [ -n "${LEXDRAFT_APPCDS:-}" ]; then
        APPCDS=$LEXDRAFT_APPCDS
        [ -f "$APPCDS" ] || { echo "no class-data archive at $APPCDS" >&2; exit 1; }
    elif [ -z "${LEXDRAFT_APPCDS+set}" ] && [ -f "$(dirname "$JAR")/lexdraft-cds.jsa" ]; then
        APPCDS=$(dirname "$JAR")/lexdraft-cds.jsa
    else
        APPCDS=
    fi
    SERVICE_LOG=$work/service.log
    env "$@" LEXDRAFT_ADMIN_PASSWORD="$ADMIN_PW" QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT=0 \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$work/db${H2_URL_OPTIONS:-}" \
        java ${JVM_ARGFILE:+"@$JVM_ARGFILE"} ${APPCDS:+"-XX:SharedArchiveFile=$APPCDS"} ${JAVA_OPTS:-} \
        -jar "$JAR" > "$SERVICE_LOG" 2>&1 &
    PID=$!
    BASE=http://127.0.0.1:$port
}

wait_ready() {
    for _ in $(seq 1 300); do curl -sf "$BASE/q/health/ready" >/dev/null && break; sleep 0.1; done
    if grep -q "Unable to use shared archive" "$SERVICE_LOG"; then
        grep "shared archive" "$SERVICE_LOG" >&2; exit 1
    fi
}

api() { curl -sf -H 'Content-Type: application/json' "$@"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

# bench_setup: a delegation, the drafter bencher, a term, a tabled draft with $BENCH_TEXT, a token and
# four drafts of the token's own for writers; sets DRAFT, TOKEN, BASIC and WRITERS
BENCH_TEXT='Cluster munition means a conventional munition that is designed to disperse or release explosive submunitions each weighing less than 20 kilograms, and includes those explosive submunitions.'
bench_setup() {
    api -u "admin:$ADMIN_PW" "$BASE/api/delegations" -d '{"code":"BENCH","name":"Bench","kind":"state"}' >/dev/null
    api -u "admin:$ADMIN_PW" "$BASE/api/members" \
      -d '{"username":"bencher","password":"bench-password-1","displayName":"B","delegation":"BENCH","role":"drafter"}' >/dev/null
    api -u "admin:$ADMIN_PW" "$BASE/api/terms" -d '{"slug":"bench-term","label":"bench","context":"bench"}' >/dev/null
    DRAFT=$(api -u bencher:bench-password-1 "$BASE/api/terms/bench-term/drafts" \
      -d "{\"title\":\"bench\",\"visibility\":\"tabled\",\"text\":\"$BENCH_TEXT\"}" | json "['id']")
    TOKEN=$(api -u bencher:bench-password-1 "$BASE/api/tokens" -d '{"label":"bench"}' | json "['token']")
    BASIC=$(printf 'bencher:bench-password-1' | base64)
    WRITERS=()
    for i in 1 2 3 4; do
      WRITERS+=("$(api -H "Authorization: Bearer $TOKEN" "$BASE/api/terms/bench-term/drafts" \
        -d "{\"title\":\"writer $i\",\"visibility\":\"tabled\",\"text\":\"$BENCH_TEXT\"}" | json "['id']")")
    done
}

# write_script FILE: the wrk script of four writers (one connection each) on the drafts of WRITERS
write_script() {
    cat > "$1" <<LUA
-- each wrk thread has one connection and one draft of its own, and names the head it read last
-- as strings: Lua numbers would print the 16-digit ids as 6.4692557297121e+15
local drafts = { "${WRITERS[0]}", "${WRITERS[1]}", "${WRITERS[2]}", "${WRITERS[3]}" }
local counter = 0
local threads = {}
function setup(thread) table.insert(threads, thread); thread:set("index", #threads) end
function init(args) draft = drafts[index]; head = 1 end
function request()
  counter = counter + 1
  local body = '{"text":"$BENCH_TEXT Revision ' .. counter .. '.","baseVersion":' .. head .. '}'
  return wrk.format("POST", "/api/drafts/" .. draft .. "/versions",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer $TOKEN"}, body)
end
function response(status, headers, body)
  if status == 201 then head = tonumber(string.match(headers["ETag"] or headers["etag"], "%d+")) end
  -- a run after another starts from version 1: the 409 edit-conflict names the head to go on from
  if status == 409 then head = tonumber(string.match(body, '"head":(%d+)')) or head end
end
LUA
}

# bench_service NAME DEFAULT_PORT: what the wrk scripts start with. The packaged service
# ($LEXDRAFT_BENCH_JAR, port $LEXDRAFT_BENCH_PORT) on a fresh database under /tmp, stopped when the
# script exits, with the fixtures of bench_setup and $WORK/write.lua
bench_service() {
    PORT=${LEXDRAFT_BENCH_PORT:-$2}
    JAR=${LEXDRAFT_BENCH_JAR:-target/quarkus-app/quarkus-run.jar}
    WORK=$(mktemp -d "/tmp/lexdraft-$1.XXXXXX")
    ADMIN_PW="bench-admin-$(date +%s)"
    command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
    [ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
    start_service "$WORK" "$PORT"
    trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
    wait_ready
    bench_setup
    write_script "$WORK/write.lua"
}
