#!/usr/bin/env bash
# A term's comparison, as issue 11 measures it: the packaged service on a fresh H2 database (low
# bcrypt cost), a term with N tabled drafts of LENGTH code points created over HTTP, then
# GET /api/terms/{slug}/comparison repeated until no pair is estimated, then KEPT_REQUESTS (20) more
# with nothing changed, which are sent as kept.
#   mvn -B -DskipTests package && bash src/load/compare_bench.sh N [LENGTH] [max-requests]
# The drafts are one base text of random words, each with about 1 % of its words replaced (drafts
# of one term are related); DRAFT_MODE=unrelated gives each draft its own random text instead.
# Prints one line per request: time, response size, estimated pairs. Loopback only; the service
# is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:?number of drafts}
LENGTH=${2:-100000}
MAX_REQUESTS=${3:-200}
PORT=${LEXDRAFT_BENCH_PORT:-18092}
JAR=${LEXDRAFT_BENCH_JAR:-target/quarkus-app/quarkus-run.jar}
WORK=$(mktemp -d /tmp/lexdraft-compare-bench.XXXXXX)
ADMIN_PW="bench-admin-$(date +%s)"
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }

. src/load/service.sh
start_service "$WORK" "$PORT" LEXDRAFT_SECURITY_BCRYPT_COST=4
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
wait_ready
api -u "admin:$ADMIN_PW" "$BASE/api/terms" -d '{"slug":"bench-term","label":"bench","context":"bench"}' >/dev/null
TOKEN=$(api -u "admin:$ADMIN_PW" "$BASE/api/tokens" -d '{"label":"bench"}' | json "['token']")

# the draft bodies, written by one Python process
python3 - "$N" "$LENGTH" "${DRAFT_MODE:-related}" "$WORK" <<'PY'
import json, random, sys
n, length, mode, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
rnd = random.Random(11)
vocab = ["".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(2, 10))) for _ in range(3000)]
def text():
    words = []
    size = 0
    while size < length:
        w = rnd.choice(vocab) + ("." if rnd.random() < 0.08 else "")
        words.append(w); size += len(w) + 1
    return words
base = text()
for i in range(n):
    words = list(base) if mode == "related" else text()
    for _ in range(len(words) // 100):
        words[rnd.randrange(len(words))] = rnd.choice(vocab)
    body = " ".join(words)[:length]
    with open(f"{work}/draft{i}.json", "w") as f:
        json.dump({"title": f"bench draft {i}", "visibility": "tabled", "message": "bench", "text": body}, f)
PY
t0=$(date +%s.%N)
for i in $(seq 0 $((N - 1))); do
  api -H "Authorization: Bearer $TOKEN" "$BASE/api/terms/bench-term/drafts" -d @"$WORK/draft$i.json" >/dev/null
done
echo "== $(date -u +%FT%TZ) $(nproc) cores; $N drafts of $LENGTH code points (${DRAFT_MODE:-related}) created in $(python3 -c "print(f'{$(date +%s.%N) - $t0:.1f}')") s"

for r in $(seq 1 "$MAX_REQUESTS"); do
  stats=$(curl -s -o "$WORK/comparison.json" -w '%{http_code} %{time_total} %{size_download}' \
    -H "Authorization: Bearer $TOKEN" "$BASE/api/terms/bench-term/comparison")
  read -r code seconds bytes <<<"$stats"
  [ "$code" = 200 ] || { echo "request $r: HTTP $code"; cat "$WORK/comparison.json"; exit 1; }
  estimated=$(python3 -c "import json; print(len(json.load(open('$WORK/comparison.json')).get('estimatedPairs', [])))")
  printf 'request %3d: %8.3f s  %10d bytes  estimated pairs %6d of %d\n' "$r" "$seconds" "$bytes" "$estimated" $((N * (N - 1) / 2))
  if [ "$estimated" = 0 ]; then
    # nothing changes from here on: the comparison is sent again as kept (ComparisonCache)
    kept=()
    for again in $(seq 1 "${KEPT_REQUESTS:-20}"); do
      kept+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" \
        "$BASE/api/terms/bench-term/comparison")")
    done
    python3 - "${kept[@]}" <<'PY'
import statistics, sys
t = sorted(float(x) * 1000 for x in sys.argv[1:])
print(f"kept      : {len(t)} requests, first {float(sys.argv[1]) * 1000:.1f} ms, median {statistics.median(t):.1f} ms, "
      f"min {t[0]:.1f} ms, max {t[-1]:.1f} ms")
PY
    if command -v wrk >/dev/null; then # one connection, nothing else running: the kept request's own latency
      wrk -d 10s -t1 -c1 --latency -H "Authorization: Bearer $TOKEN" "$BASE/api/terms/bench-term/comparison" \
        | awk '$1=="50%" {p50=$2} $1=="99%" {p99=$2} /Requests\/sec/ {rps=$2} END {print "kept, wrk: " rps " req/s on one connection, p50 " p50 ", p99 " p99}'
    fi
    break
  fi
done
echo "RSS: $(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 )) MB (JAVA_OPTS: ${JAVA_OPTS:-none})"
