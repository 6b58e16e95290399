#!/usr/bin/env bash
# Search benchmark (issue F3): the portal's HTTP search against raw Lucene and PostgreSQL full-text search on the
# same documents, the cost of the access filter, indexing time, and throughput under wrk. See bench/README.md.
#
#   bench/search.sh [DOCS]            # from anywhere; DOCS defaults to 100000 (e.g. 20000 for a quick run)
#
# What it does, in order, printing every figure from this one run:
#   1. builds the WAR if it is missing (./mvnw -o -q -pl portal-web -am package -DskipTests; BENCH_BUILD=1 forces
#      it; nothing is installed into ~/.m2), compiles the search benchmark against this tree's search and tenants
#      classes (not the jars in ~/.m2, which may be another branch's), installs wrk with apt if absent, starts
#      PostgreSQL if it is down and (re)creates the database BENCH_PG_DB owned by the role leerkring (as .ci/run does);
#   2. starts the portal (Payara Micro, H2) on a fresh data directory bench/target/search-bench/data on port
#      BENCH_PORT (18480), reads the ids of the demo tenants and the circle as admin, stops it;
#   3. times indexing the whole corpus through the portal's SearchIndex and through raw Lucene (portal stopped),
#      builds the DOCS-document index as the live generation of that data directory, loads the same documents
#      into PostgreSQL;
#   4. starts the portal again (it opens that index, no rebuild), measures latency of the portal, raw Lucene and
#      PostgreSQL (in one interleaved loop) and the access filter's cost, the CPU cost per query of raw Lucene doing
#      the portal's full work before and after F12 (CostPhase, alternating per query), raw Lucene's ceiling, then
#      runs wrk -t2 -c50 for 20 s as a warm-up and -d60s measured against GET /api/search;
#   5. stops the portal (also on failure or Ctrl-C) and prints a summary against the issue's goals.
#
# Settings (environment): BENCH_PORT (18480), BENCH_RUNS (50 rounds over the query set), BENCH_WARMUP (100),
# BENCH_PG_RUNS (10), BENCH_WRK_DURATION (60s), BENCH_WRK_WARMUP (20s),
# BENCH_WRK_CONNECTIONS (50), BENCH_WRK_THREADS (2),
# BENCH_PORTAL_HEAP (1g, as ./mvnw -Prun), BENCH_START_TIMEOUT (600 s for the portal to become ready), BENCH_HEAP (6g, the benchmark's own JVM), BENCH_INDEXING (true; false
# skips the corpus indexing measurement), BENCH_CORPUS (../shared/corpora/wetten-nl.jsonl.xz),
# BENCH_PG_DB (leerkring_bench; a branch's own name when several benchmarks share one PostgreSQL),
# BENCH_PG_URL (jdbc:postgresql://localhost:5432/$BENCH_PG_DB), BENCH_BUILD (0).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

DOCS=${1:-${BENCH_DOCS:-100000}}
PORT=${BENCH_PORT:-18480}
RUNS=${BENCH_RUNS:-50}
WARMUP=${BENCH_WARMUP:-100}
PG_RUNS=${BENCH_PG_RUNS:-10}
WRK_DURATION=${BENCH_WRK_DURATION:-60s}
WRK_WARMUP=${BENCH_WRK_WARMUP:-20s}
WRK_CONNECTIONS=${BENCH_WRK_CONNECTIONS:-50}
WRK_THREADS=${BENCH_WRK_THREADS:-2}
PORTAL_HEAP=${BENCH_PORTAL_HEAP:-1g}
START_TIMEOUT=${BENCH_START_TIMEOUT:-600}
BENCH_HEAP=${BENCH_HEAP:-6g}
INDEXING=${BENCH_INDEXING:-true}
CORPUS=${BENCH_CORPUS:-$ROOT/../shared/corpora/wetten-nl.jsonl.xz}
PG_DB=${BENCH_PG_DB:-leerkring_bench}
PG_URL=${BENCH_PG_URL:-jdbc:postgresql://localhost:5432/$PG_DB}
PG_USER=leerkring
PG_PASSWORD=leerkring

WORK=$ROOT/bench/target/search-bench
DATA=$WORK/data
ADMIN_PASSWORD=search-bench-admin-1
DEMO_PASSWORD=leerkring-demo
BASE=http://127.0.0.1:$PORT
BUILT_PAYARA=$ROOT/portal-web/target/payara-micro.jar
BUILT_WAR=$ROOT/portal-web/target/portal.war
# Both starts run copies taken once at the beginning: a concurrent build rewriting portal-web/target must not
# change (or truncate) the WAR between the two starts.
PAYARA=$WORK/payara-micro.jar
WAR=$WORK/portal.war

PORTAL_PID=
say() { printf '\n=== %s (%s UTC)\n' "$*" "$(date -u +%H:%M:%S)"; }
fail() { echo "search.sh: $*" >&2; exit 1; }

# shellcheck source=bench/portal-process.sh
. "$ROOT/bench/portal-process.sh"
trap stop_portal EXIT
trap 'exit 130' INT TERM

bench_java() {
  local heap=$1 phase=$2
  shift 2
  java "-Xmx$heap" -cp "$WORK/classes:$(cat "$WORK/classpath.txt")" \
    "-Dbench.ids=$WORK/ids.properties" "-Dbench.dataDir=$DATA" "-Dbench.work=$WORK" "-Dbench.docs=$DOCS" \
    "-Dbench.corpus=$CORPUS" "-Dbench.results=$WORK/results.properties" "-Dbench.indexing=$INDEXING" \
    "-Dbench.pgUrl=$PG_URL" "-Dbench.pgUser=$PG_USER" "-Dbench.pgPassword=$PG_PASSWORD" \
    "-Dbench.base=$BASE" "-Dbench.adminPassword=$ADMIN_PASSWORD" "-Dbench.demoPassword=$DEMO_PASSWORD" \
    "-Dbench.runs=$RUNS" "-Dbench.warmup=$WARMUP" "-Dbench.pgRuns=$PG_RUNS" \
    "-Dbench.wrkPaths=$WORK/wrk-paths.txt" "-Dbench.wrkToken=$WORK/wrk-token.txt" \
    nl.leerkring.bench.search.SearchBenchmark "$phase" "$@"
}

[[ -r "$CORPUS" ]] || fail "corpus not found: $CORPUS (set BENCH_CORPUS)"
[[ "$DOCS" =~ ^[0-9]+$ && "$DOCS" -ge 1000 ]] || fail "DOCS must be a number ≥ 1000, got '$DOCS'"

say "Build"
if [[ "${BENCH_BUILD:-0}" == 1 || ! -f "$BUILT_WAR" || ! -f "$BUILT_PAYARA" ]]; then
  ./mvnw -o -q -pl portal-web -am package -DskipTests
fi
mkdir -p "$WORK"
cp "$BUILT_PAYARA" "$PAYARA"
cp "$BUILT_WAR" "$WAR"
jar tf "$WAR" >/dev/null 2>&1 || fail "$BUILT_WAR is not a complete archive (is a build writing it?); try again"
echo "portal.war: $(stat -c '%y' "$BUILT_WAR" | cut -d. -f1), sha256 $(sha256sum "$WAR" | cut -c1-12)"
# The search benchmark needs only the search and tenants modules: this tree's classes come first, and the
# leerkring jars in ~/.m2 (whatever was installed last) are left out.
[[ -d search/target/classes && -d tenants/target/classes ]] || ./mvnw -o -q -pl search -am compile
./mvnw -q -f bench/pom.xml dependency:build-classpath "-Dmdep.outputFile=$WORK/classpath.m2.txt"
{ printf '%s:%s:' "$ROOT/search/target/classes" "$ROOT/tenants/target/classes"
  tr ':' '\n' <"$WORK/classpath.m2.txt" | grep -v '/nl/leerkring/' | paste -sd: -; } >"$WORK/classpath.txt"
rm -rf "$WORK/classes"
if ! javac -nowarn -encoding UTF-8 -d "$WORK/classes" -cp "$(cat "$WORK/classpath.txt")" \
  bench/src/main/java/nl/leerkring/bench/Machine.java bench/src/main/java/nl/leerkring/bench/search/*.java \
  2>"$WORK/javac.log"; then
  cat "$WORK/javac.log" >&2
  fail "the search benchmark does not compile"
fi
if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

say "PostgreSQL"
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "Installing PostgreSQL…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
if ! pg_isready -q; then
  pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_ctlcluster "$pg_version" main start
  for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
fi
pg_isready
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$PG_USER') then
    create role $PG_USER login password '$PG_PASSWORD';
  end if;
end \$\$;
drop database if exists $PG_DB;
create database $PG_DB owner $PG_USER;
SQL

say "Portal, first start on a fresh data directory: demo tenants and circle"
rm -rf "$DATA" "$WORK/results.properties" "$WORK/wrk.out" "$WORK/index-portal" "$WORK/index-raw"
mkdir -p "$DATA"
start_portal "$WORK/portal-1.log"
bench_java 256m ids "$BASE" "$ADMIN_PASSWORD" "$WORK/ids.properties"
stop_portal

say "Indexing, the ${DOCS}-document index and PostgreSQL (portal stopped)"
bench_java "$BENCH_HEAP" prepare

say "Portal, second start on the built index"
start_portal "$WORK/portal-2.log"
grep -h -o 'Search index live at .*' "$WORK/portal-2.log" | head -1 || true
if grep -q 'building one' "$WORK/portal-2.log"; then
  fail "the portal rebuilt the index instead of opening the built one (log: $WORK/portal-2.log)"
fi

say "Latency and access filter"
bench_java 2g query

say "Throughput: wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency on GET /api/search ($(wc -l <"$WORK/wrk-paths.txt") queries in turn)"
# The latency phase sent one request at a time; the JIT has not yet seen 50 at once. A warm-up run, not reported
# in the summary, comes first.
echo "warm-up: wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_WARMUP (not counted)"
WRK_PATHS=$WORK/wrk-paths.txt WRK_TOKEN_FILE=$WORK/wrk-token.txt \
  wrk "-t$WRK_THREADS" "-c$WRK_CONNECTIONS" "-d$WRK_WARMUP" --timeout 10s \
  -s "$ROOT/bench/search-wrk.lua" "$BASE" | grep -E 'Requests/sec|Non-2xx|Socket errors' | sed 's/^/  warm-up /'
echo "load avg before: $(cut -d' ' -f1-3 /proc/loadavg); wrk, the portal and the machine's other work share $(nproc) cores"
WRK_PATHS=$WORK/wrk-paths.txt WRK_TOKEN_FILE=$WORK/wrk-token.txt \
  wrk "-t$WRK_THREADS" "-c$WRK_CONNECTIONS" "-d$WRK_DURATION" --timeout 10s --latency \
  -s "$ROOT/bench/search-wrk.lua" "$BASE" | tee "$WORK/wrk.out"
echo "load avg after: $(cut -d' ' -f1-3 /proc/loadavg)"

stop_portal
bench_java 256m summary "$WORK/results.properties" "$WORK/wrk.out"
