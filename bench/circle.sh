#!/usr/bin/env bash
# Circle benchmark (issue F7): a circle of 30 gemeenten with 10 years of meetings (6 a year) and 5,000 harvest
# items, built through the REST API of a running portal; then p50/p95/max over HTTP of the circle's home page
# (/app/circle.xhtml?circle=) and of a learning question's history (GET /api/questions/{id}), against the goal of
# ≤ 50 ms p95. See bench/README.md.
#
#   bench/circle.sh [--fresh]
#
# In order: checks that portal-web/target holds portal.war and payara-micro.jar (build them first, e.g.
# ./mvnw -o -pl portal-web -am package -DskipTests; this script never installs anything); compiles CircleBench; copies
# the WAR and Payara Micro into bench/target/circle; starts the portal (Payara Micro, H2, -Xmx1g) on the first free
# port of 18480-18489 with the data directory bench/target/circle/data (kept: a second run measures the circle
# it built before; --fresh throws it away); runs nl.leerkring.bench.circle.CircleBench, which builds what is
# missing and prints the figures; stops the portal (also on failure). The learning agenda
# (POST /api/circles/{slug}/questions, POST /api/questions/{id}/harvest) belongs to another component: when the
# portal does not offer it, the benchmark says so and measures the circle page only.
#
# Settings (environment): CIRCLE_PORT, CIRCLE_HEAP (1g), CIRCLE_MEMBERS (30), CIRCLE_YEARS (10), CIRCLE_PER_YEAR (6),
# CIRCLE_HARVEST (5000), CIRCLE_WARMUP (100), CIRCLE_CALLS (500), CIRCLE_WORK (bench/target/circle), CIRCLE_JAVA_OPTS
# (more JVM options for the portal, e.g. a flight recording: -XX:StartFlightRecording=filename=…,settings=profile).
set -Eeuo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
[[ "${1:-}" == "--fresh" || -z "${1:-}" ]] || { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

WORK=${CIRCLE_WORK:-$ROOT/bench/target/circle}
DATA=$WORK/data
ADMIN_PASSWORD=circle-admin-1
PORT=${CIRCLE_PORT:-}
if [[ -z "$PORT" ]]; then
  for PORT in $(seq 18480 18489); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || break
  done
fi
BASE=http://127.0.0.1:$PORT
PORTAL_PID=
say() { printf '\n=== %s (%s UTC)\n' "$*" "$(date -u +%H:%M:%S)"; }
fail() { echo "circle.sh: $*" >&2; exit 1; }
stop_portal() {
  if [[ -n "$PORTAL_PID" ]] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$PORTAL_PID" 2>/dev/null || true
    wait "$PORTAL_PID" 2>/dev/null || true
  fi
}
trap stop_portal EXIT

say "Build"
for f in portal-web/target/portal.war portal-web/target/payara-micro.jar; do
  [[ -f "$f" ]] || fail "$f is missing: build it first (./mvnw -o -pl portal-web -am package -DskipTests)"
done
[[ "${1:-}" == "--fresh" ]] && rm -rf "$DATA"
mkdir -p "$WORK" "$DATA" "$WORK/tmp"
# Only this benchmark is compiled: the bench module as a whole compiles against the installed portal-ejb jar.
./mvnw -o -q -f bench/pom.xml dependency:build-classpath "-Dmdep.outputFile=$WORK/classpath.txt"
rm -rf "$WORK/classes" && mkdir -p "$WORK/classes"
javac -d "$WORK/classes" -cp "$(cat "$WORK/classpath.txt")" bench/src/main/java/nl/leerkring/bench/circle/CircleBench.java
cp portal-web/target/portal.war "$WORK/portal.war"
cp portal-web/target/payara-micro.jar "$WORK/payara-micro.jar"
cp portal-web/payara/preboot.asadmin "$WORK/preboot.asadmin"

say "Portal on $BASE"
LOG=$WORK/portal-$(date -u +%Y%m%d-%H%M%S).log
env -u PORTAL_DB_URL -u PORTAL_DB_USER -u PORTAL_DB_PASSWORD PORTAL_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  java "-Xmx${CIRCLE_HEAP:-1g}" ${CIRCLE_JAVA_OPTS:-} "-Djava.io.tmpdir=$WORK/tmp" "-Dportal.data-dir=$DATA" -Dportal.demo-data=false \
  -jar "$WORK/payara-micro.jar" --deploy "$WORK/portal.war" --contextroot / --port "$PORT" --nohazelcast \
  --disablephonehome --prebootcommandfile "$WORK/preboot.asadmin" >"$LOG" 2>&1 &
PORTAL_PID=$!
started=$SECONDS
until grep -qs 'Payara Micro .* ready in' "$LOG" && curl -sf -o /dev/null --max-time 5 "$BASE/health/ready"; do
  kill -0 "$PORTAL_PID" 2>/dev/null || { tail -40 "$LOG" >&2; fail "the portal stopped while starting (log: $LOG)"; }
  ((SECONDS - started < 900)) || fail "the portal was not ready in 900 s (log: $LOG)"
  sleep 1
done
echo "ready in $((SECONDS - started)) s; log $LOG"

say "Circle benchmark"
java -Xmx512m -cp "$WORK/classes:$(cat "$WORK/classpath.txt")" nl.leerkring.bench.circle.CircleBench \
  "--base=$BASE" "--admin-password=$ADMIN_PASSWORD" "--members=${CIRCLE_MEMBERS:-30}" "--years=${CIRCLE_YEARS:-10}" \
  "--per-year=${CIRCLE_PER_YEAR:-6}" "--harvest=${CIRCLE_HARVEST:-5000}" "--warmup=${CIRCLE_WARMUP:-100}" \
  "--calls=${CIRCLE_CALLS:-500}"
