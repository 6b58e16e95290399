#!/usr/bin/env bash
# Soak benchmark (issue F6, suite 5): M minutes of mixed load with wrk (search, catalog, document pages, ledger) at
# 50 connections against a portal holding N documents; per minute the requests, p50/p99, errors and non-200 answers,
# the portal JVM's resident memory and the load average. See bench/README.md, "Soak benchmark (issue F6)".
#
#   bench/soak.sh [--docs N] [--minutes M] [--connections C] [--fresh]
#
#   --docs N          documents to have in the portal (default 100000), derived from ../shared/corpora/wetten-nl.jsonl.xz
#   --minutes M       minutes of load (default 10), run as M consecutive one-minute wrk runs
#   --connections C   wrk connections (default 50)
#   --fresh           throw the kept data directory away and load from scratch (default: reuse it, load what is missing)
#
# In order: builds what is missing; copies the WAR and Payara Micro into bench/target/soak (a build during the run
# does not matter); starts the portal (Payara Micro, H2, -Xmx1g) on bench/target/soak/data on the first free port
# of 18470-18479; uploads the missing documents through POST /api/documents as the demo member of each one's
# gemeente, publishing 1 % of them to the circle (journal: bench/target/soak/journal.tsv; the data directory and the
# journal are kept, so the next run loads nothing); waits until the search index holds them; writes the request mix
# and checks that every distinct request answers 200 for its user; runs wrk; stops the portal (also on failure).
# Exit status 1 on any error, non-200 answer or timeout, or when the portal is not ready after the load.
#
# Settings (environment): SOAK_PORT (first free of 18470-18479), SOAK_THREADS (wrk threads, 2), SOAK_LOAD_THREADS
# (upload threads, 8), SOAK_LOAD_MINUTES (35: the load stops after this and the soak runs on what is there),
# SOAK_PUBLISH (10 per mille of the circle members' documents published), SOAK_ENTRIES (1000 requests in the mix),
# SOAK_HEAP (1g, as ./mvnw -Prun), SOAK_TIMEOUT (wrk --timeout, 10s), SOAK_CORPUS, SOAK_WORK (bench/target/soak).
set -Eeuo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; }
DOCS=100000
MINUTES=10
CONNECTIONS=50
FRESH=false
while (($#)); do
  case "$1" in
    --docs) DOCS=${2:?}; shift 2 ;;
    --docs=*) DOCS=${1#*=}; shift ;;
    --minutes) MINUTES=${2:?}; shift 2 ;;
    --minutes=*) MINUTES=${1#*=}; shift ;;
    --connections) CONNECTIONS=${2:?}; shift 2 ;;
    --connections=*) CONNECTIONS=${1#*=}; shift ;;
    --fresh) FRESH=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "soak.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
for v in DOCS MINUTES CONNECTIONS; do
  [[ "${!v}" =~ ^[0-9]+$ && "${!v}" -ge 1 ]] || { echo "soak.sh: --${v,,} must be a number ≥ 1" >&2; exit 2; }
done

WORK=${SOAK_WORK:-$ROOT/bench/target/soak}
DATA=$WORK/data
JOURNAL=$WORK/journal.tsv
CORPUS=${SOAK_CORPUS:-$ROOT/../shared/corpora/wetten-nl.jsonl.xz}
WRK_THREADS=${SOAK_THREADS:-2}
LOAD_THREADS=${SOAK_LOAD_THREADS:-8}
LOAD_MINUTES=${SOAK_LOAD_MINUTES:-35}
PUBLISH=${SOAK_PUBLISH:-10}
ENTRIES=${SOAK_ENTRIES:-1000}
HEAP=${SOAK_HEAP:-1g}
TIMEOUT=${SOAK_TIMEOUT:-10s}
ADMIN_PASSWORD=soak-admin-1
DEMO_PASSWORD=leerkring-demo
BUILT_WAR=$ROOT/portal-web/target/portal.war
BUILT_PAYARA=$ROOT/portal-web/target/payara-micro.jar
PORT=${SOAK_PORT:-}
if [[ -z "$PORT" ]]; then
  for PORT in $(seq 18470 18479); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || break
  done
fi
BASE=http://127.0.0.1:$PORT

PORTAL_PID=
say() { printf '\n=== %s (%s UTC)\n' "$*" "$(date -u +%H:%M:%S)"; }
fail() { echo "soak.sh: $*" >&2; exit 1; }

# shellcheck source=bench/portal-process.sh
. "$ROOT/bench/portal-process.sh"
start_portal() { # start_portal LOG: start and wait until /health/ready answers 200
  local log=$1
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    fail "port $PORT is in use; set SOAK_PORT"
  fi
  rm -rf "$WORK/tmp" && mkdir -p "$WORK/tmp"
  env -u PORTAL_DB_URL -u PORTAL_DB_USER -u PORTAL_DB_PASSWORD PORTAL_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java "-Xmx$HEAP" "-Djava.io.tmpdir=$WORK/tmp" "-Dportal.data-dir=$DATA" "-Dportal.demo.password=$DEMO_PASSWORD" \
    -jar "$WORK/payara-micro.jar" --deploy "$WORK/portal.war" --contextroot / --port "$PORT" --nohazelcast \
    --disablephonehome --prebootcommandfile "$WORK/preboot.asadmin" >"$log" 2>&1 &
  PORTAL_PID=$!
  local started=$SECONDS
  # Probe readiness only once Payara Micro has deployed (see proof/crash.sh for why).
  until grep -qs 'Payara Micro .* ready in' "$log"; do
    kill -0 "$PORTAL_PID" 2>/dev/null || { tail -40 "$log" >&2; fail "the portal stopped while starting (log: $log)"; }
    ((SECONDS - started < 900)) || { tail -40 "$log" >&2; fail "Payara Micro did not start in 900 s (log: $log)"; }
    sleep 0.5
  done
  until curl -sf -o /dev/null --max-time 5 "$BASE/health/ready"; do
    kill -0 "$PORTAL_PID" 2>/dev/null || { tail -40 "$log" >&2; fail "the portal stopped while starting (log: $log)"; }
    ((SECONDS - started < 900)) || { tail -40 "$log" >&2; fail "the portal was not ready in 900 s (log: $log)"; }
    sleep 0.5
  done
  echo "Portal (pid $PORTAL_PID) ready on $BASE in $((SECONDS - started)) s; log $log"
}

helper() {
  java -Xmx2g -cp "$ROOT/bench/target/classes:$(cat "$WORK/classpath.txt")" nl.leerkring.bench.soak.Soak "$@" \
    "--base=$BASE" "--password=$DEMO_PASSWORD" "--journal=$JOURNAL"
}

rss_mib() { awk '/^VmRSS:/ {printf "%d", $2 / 1024}' "/proc/$PORTAL_PID/status"; }
anon_mib() { awk '/^RssAnon:/ {printf "%d", $2 / 1024}' "/proc/$PORTAL_PID/status"; } # RSS without mapped files
old_mib() { jstat -gc "$PORTAL_PID" 2>/dev/null | awk 'NR == 2 {printf "%d", $8 / 1024}' || echo '?'; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }

main() {
trap stop_portal EXIT # main runs in the subshell of the pipe into tee: its traps are its own
trap 'echo "soak.sh: interrupted" >&2; exit 130' INT TERM
[[ -r "$CORPUS" ]] || fail "corpus not found: $CORPUS (set SOAK_CORPUS)"
command -v wrk >/dev/null 2>&1 || fail "wrk is not installed (apt-get install wrk)"
say "Soak: --docs $DOCS --minutes $MINUTES --connections $CONNECTIONS$($FRESH && echo ' --fresh'); port $PORT"

say "Build"
if [[ ! -f "$BUILT_WAR" || ! -f "$BUILT_PAYARA" || ! -d "$HOME/.m2/repository/nl/leerkring/portal-ejb" ]]; then
  ./mvnw -o -q install -DskipTests -Dspotless.check.skip=true
fi
if $FRESH; then rm -rf "$DATA" "$JOURNAL"; fi
mkdir -p "$WORK" "$DATA"
./mvnw -o -q -f bench/pom.xml compile dependency:build-classpath "-Dmdep.outputFile=$WORK/classpath.txt"
cp "$BUILT_WAR" "$WORK/portal.war"
cp "$BUILT_PAYARA" "$WORK/payara-micro.jar"
cp "$ROOT/portal-web/payara/preboot.asadmin" "$WORK/preboot.asadmin"
unzip -tq "$WORK/portal.war" >/dev/null || fail "$BUILT_WAR is not a complete archive (is a build writing it?); try again"
echo "portal.war: $(stat -c '%y' "$BUILT_WAR" | cut -d. -f1), sha256 $(sha256sum "$WORK/portal.war" | cut -c1-12);" \
  "data $DATA ($( [[ -f "$JOURNAL" ]] && wc -l <"$JOURNAL" || echo 0) documents in the journal)"

say "Portal"
LOG=$WORK/portal-$(date -u +%Y%m%d-%H%M%S).log
start_portal "$LOG"

say "Documents: $DOCS through POST /api/documents ($LOAD_THREADS threads, at most $LOAD_MINUTES min)"
helper load "--docs=$DOCS" "--threads=$LOAD_THREADS" "--publish-per-mille=$PUBLISH" \
  "--max-minutes=$LOAD_MINUTES" "--corpus=$CORPUS" || fail "the load failed (see above)"
LOADED=$(wc -l <"$JOURNAL")
echo "loaded: $LOADED documents in the journal"

say "Request mix ($ENTRIES requests), each distinct request checked once for 200"
helper paths "--out=$WORK" "--entries=$ENTRIES" || fail "not every request of the mix answers 200"
curl -s --max-time 10 "$BASE/health/ready" | grep -o '"documents":"[0-9]*"' | sed 's/^/index: /' || true

say "Load: $MINUTES × wrk -t$WRK_THREADS -c$CONNECTIONS -d60s --timeout $TIMEOUT"
echo "before: RSS $(rss_mib) MiB (anonymous $(anon_mib) MiB), old generation $(old_mib) MiB, load avg $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores, shared)"
local rows=() rss=() total_requests=0 total_errors=0 total_non200=0 m line
printf '%-6s %9s %8s %9s %9s %9s %7s %8s %8s %8s %9s %9s %6s\n' minute requests req/s "p50 ms" "p99 ms" "max ms" \
  errors non-200 timeouts "RSS MiB" "anon MiB" "old MiB" load
for ((m = 1; m <= MINUTES; m++)); do
  SOAK_PATHS=$WORK/paths.txt SOAK_TOKENS=$WORK/tokens.txt \
    wrk "-t$WRK_THREADS" "-c$CONNECTIONS" -d60s --timeout "$TIMEOUT" -s "$ROOT/bench/soak-wrk.lua" "$BASE" \
    >"$WORK/wrk-$m.out" 2>&1 || true
  kill -0 "$PORTAL_PID" 2>/dev/null || { cat "$WORK/wrk-$m.out"; fail "the portal died in minute $m"; }
  line=$(grep '^SOAK ' "$WORK/wrk-$m.out") || { cat "$WORK/wrk-$m.out"; fail "wrk printed no result in minute $m"; }
  declare -A f=()
  for kv in ${line#SOAK }; do f[${kv%%=*}]=${kv#*=}; done
  local errors=$((f[connect] + f[read] + f[write] + f[timeout])) r
  r=$(rss_mib)
  rss+=("$r")
  total_requests=$((total_requests + f[requests]))
  total_errors=$((total_errors + errors))
  total_non200=$((total_non200 + f[non200]))
  printf '%-6s %9d %8.1f %9.1f %9.1f %9.1f %7d %8d %8d %8s %9s %9s %6s%s\n' "$m" "${f[requests]}" \
    "$(echo "${f[requests]} ${f[duration_us]}" | awk '{print $1 / ($2 / 1e6)}')" \
    "$(echo "${f[p50_us]}" | awk '{print $1 / 1000}')" "$(echo "${f[p99_us]}" | awk '{print $1 / 1000}')" \
    "$(echo "${f[max_us]}" | awk '{print $1 / 1000}')" "$errors" "${f[non200]}" "${f[timeout]}" "$r" "$(anon_mib)" "$(old_mib)" \
    "$(loadavg)" "$([[ "${f[statuses]}" != - ]] && echo "  statuses ${f[statuses]}")"
  unset f
done

say "After the load"
local ready
ready=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$BASE/health/ready" || echo 000)
echo "/health/ready: HTTP $ready; load avg $(cut -d' ' -f1-3 /proc/loadavg)"
echo "portal log: $(grep -c 'SEVERE' "$LOG" || true) SEVERE lines, $(grep -c 'OutOfMemoryError' "$LOG" || true) OutOfMemoryError ($LOG)"

say "Summary"
echo "documents: $LOADED loaded (goal $DOCS); $MINUTES minutes at $CONNECTIONS connections: $total_requests requests," \
  "$total_errors socket errors and timeouts, $total_non200 non-200 answers"
if ((MINUTES >= 3)); then
  local first=${rss[1]} last=${rss[-1]} max=0 x
  for x in "${rss[@]:1}"; do ((x > max)) && max=$x; done
  echo "RSS after warm-up (end of minute 2 → end of minute $MINUTES): $first → $last MiB, growth $((last - first)) MiB" \
    "($(awk -v a="$first" -v b="$last" 'BEGIN {printf "%+.1f", (b - a) * 100 / a}') %), highest $max MiB"
else
  echo "RSS: ${rss[*]} MiB (too few minutes to judge growth after a warm-up minute)"
fi
if ((LOADED < DOCS)); then
  echo "NOTE: the soak ran on $LOADED documents, fewer than --docs $DOCS (the load stopped after $LOAD_MINUTES min)"
fi
if ((total_errors > 0 || total_non200 > 0)) || [[ "$ready" != 200 ]]; then
  echo "FAILED: $total_errors errors and timeouts, $total_non200 non-200 answers, /health/ready $ready"
  exit 1
fi
echo "PASSED: 0 errors, every answer 200, the portal still ready"
}

mkdir -p "$WORK"
main 2>&1 | tee "$WORK/soak-$(date -u +%Y%m%d-%H%M%S).log"
exit "${PIPESTATUS[0]}"
