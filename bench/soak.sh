#!/usr/bin/env bash
# Soak benchmark (issue F6, suite 5): M minutes of mixed load with wrk (search, catalog, document pages, ledger) at
# 50 connections against a portal holding N documents; per minute the requests, p50/p99, errors and non-200 answers,
# the portal JVM's resident memory and the load average. See bench/README.md, "Soak benchmark (issue F6)".
#
#   bench/soak.sh [--docs N] [--minutes M] [--connections C] [--fresh] [--jfr]
#
#   --docs N          documents to have in the portal (default 100000), derived from ../shared/corpora/wetten-nl.jsonl.xz
#   --minutes M       minutes of load (default 10), run as M consecutive one-minute wrk runs
#   --connections C   wrk connections (default 50)
#   --fresh           throw the kept data directory away and load from scratch (default: reuse it, load what is missing)
#   --jfr             record the last 10 minutes of load with Java Flight Recorder and print what requests waited for
#
# Long runs (issue F14): the JVM runs with native memory tracking (summary); per minute the script writes heap,
# metaspace, threads, open files (and open files of deleted index segments), the index reader's segments and
# holders, the database's sessions, p50/p99 and timeouts to minutes.tsv; after the warm-up (2 minutes) it takes a
# native-memory baseline and every 10 minutes a summary.diff (nmt-<minute>.txt); the summary fits a line through the
# resident memory of the last hour (or of the second half of a shorter run), compares every minute's p99 with the
# median minute's, and lists the growth of each native-memory category since the baseline.
#
# In order: builds what is missing; copies the WAR and Payara Micro into bench/target/soak (a build during the run
# does not matter); starts the portal (Payara Micro, H2, -Xms1g -Xmx1g -XX:+AlwaysPreTouch) on bench/target/soak/data on the first free port
# of 18470-18479; uploads the missing documents through POST /api/documents as the demo member of each one's
# gemeente, publishing 1 % of them to the circle (journal: bench/target/soak/journal.tsv; the data directory and the
# journal are kept, so the next run loads nothing); waits until the search index holds them; writes the request mix
# and checks that every distinct request answers 200 for its user; runs wrk; stops the portal (also on failure).
# Exit status 1 on any error, non-200 answer or timeout, or when the portal is not ready after the load.
#
# Settings (environment): SOAK_PORT (first free of 18470-18479), SOAK_THREADS (wrk threads, 2), SOAK_LOAD_THREADS
# (upload threads, 8), SOAK_LOAD_MINUTES (35: the load stops after this and the soak runs on what is there),
# SOAK_PUBLISH (10 per mille of the circle members' documents published), SOAK_ENTRIES (1000 requests in the mix),
# SOAK_HEAP (1g, as ./mvnw -Prun), SOAK_TIMEOUT (wrk --timeout, 10s), SOAK_CORPUS, SOAK_WORK (bench/target/soak),
# SOAK_JAVA_OPTS (more JVM options), MALLOC_ARENA_MAX (passed on to the portal when set), SOAK_GROWING_HEAP (false:
# the heap is fixed with -Xms = -Xmx and -XX:+AlwaysPreTouch, as a node should run; true: it grows on demand).
set -Eeuo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; }
DOCS=100000
MINUTES=10
CONNECTIONS=50
FRESH=false
JFR=false
while (($#)); do
  case "$1" in
    --docs) DOCS=${2:?}; shift 2 ;;
    --docs=*) DOCS=${1#*=}; shift ;;
    --minutes) MINUTES=${2:?}; shift 2 ;;
    --minutes=*) MINUTES=${1#*=}; shift ;;
    --connections) CONNECTIONS=${2:?}; shift 2 ;;
    --connections=*) CONNECTIONS=${1#*=}; shift ;;
    --fresh) FRESH=true; shift ;;
    --jfr) JFR=true; shift ;;
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
JAVA_OPTS=${SOAK_JAVA_OPTS:-}
# --jfr records from the start with the JDK's default settings and keeps the last 10 minutes, dumped at the end.
# Starting a recording in the middle of the run, with settings=profile, cut the throughput five-fold for the rest
# of the run (session 11: 39 timeouts in its first minute): the recording must not change what it measures.
JFR_OPTS=
if $JFR; then JFR_OPTS="-XX:StartFlightRecording=name=soak,settings=default,maxage=10m,disk=true"; fi
# A node's heap as Operations recommends: fixed and touched at start, so the resident memory after the warm-up
# shows native growth only (G1 otherwise commits heap regions on demand: RSS rises while the old generation does
# not). SOAK_GROWING_HEAP=true measures the default, growing heap instead.
if [[ "${SOAK_GROWING_HEAP:-false}" == true ]]; then
  NODE_HEAP=
else
  NODE_HEAP="-Xms$HEAP -XX:+AlwaysPreTouch"
fi
METRICS_SECRET=soak-metrics-$$
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
    java "-Xmx$HEAP" $NODE_HEAP -XX:NativeMemoryTracking=summary $JFR_OPTS $JAVA_OPTS "-Djava.io.tmpdir=$WORK/tmp" "-Dportal.data-dir=$DATA" \
    "-Dportal.demo.password=$DEMO_PASSWORD" "-Dportal.metrics.secret=$METRICS_SECRET" \
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
    "--base=$BASE" "--password=$DEMO_PASSWORD" "--admin-password=$ADMIN_PASSWORD" "--journal=$JOURNAL"
}

status_kib() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$PORTAL_PID/status"; }
rss_mib() { echo $(($(status_kib VmRSS) / 1024)); }
anon_mib() { echo $(($(status_kib RssAnon) / 1024)); } # RSS without mapped files
loadavg() { cut -d' ' -f1 /proc/loadavg; }
gc_mib() { # "heap old metaspace": used MiB from jstat (heap = survivors + eden + old)
  jstat -gc "$PORTAL_PID" 2>/dev/null | awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i}
    NR == 2 {printf "%d %d %d", ($c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]) / 1024, $c["OU"] / 1024, $c["MU"] / 1024}' ||
    echo '? ? ?'
}
open_files() { # "all deleted": open descriptors, and those of deleted files (index segments a reader still holds)
  echo "$(find "/proc/$PORTAL_PID/fd" -mindepth 1 2>/dev/null | wc -l) $(find "/proc/$PORTAL_PID/fd" -mindepth 1 -lname '*(deleted)' 2>/dev/null | wc -l)"
}
portal_figures() { # "segments readers db-sessions http-sessions" from the portal's gauges (/metrics, scrape secret)
  curl -s --max-time 10 -u "metrics:$METRICS_SECRET" "$BASE/metrics?scope=application" | awk '
    function v(name) { return (name in f) ? f[name] : "?" }
    /^#/ {next}
    {n = $1; sub(/\{.*/, "", n); sub(/^application_/, "", n); f[n] = int($2)}
    END {printf "%s %s %s %s", v("leerkring_index_segments"), v("leerkring_index_readers"), v("leerkring_db_sessions"),
      v("leerkring_http_sessions")}'
}
nmt() { jcmd "$PORTAL_PID" VM.native_memory "$@" scale=KB 2>&1; }
nmt_table() { # nmt_table FILE: committed KiB per category and its change since the baseline, largest change first
  awk '/^Total:/ {t = $0}
    /^-/ && /committed=/ {
      name = $0; sub(/^- */, "", name); sub(/ *\(.*/, "", name)
      c = $0; sub(/.*committed=/, "", c); sub(/\).*/, "", c); split(c, a, " ")
      d = (a[2] == "") ? "+0KB" : a[2]; dn = d; gsub(/[^-0-9]/, "", dn)
      printf "%s\t%s\t%s\t%d\n", name, a[1], d, dn }
    END {print "Total\t" t "\t\t999999999"}' "$1" | sort -t$'\t' -k4,4nr | awk -F'\t' '
      $1 == "Total" {sub(/^Total: */, "", $2); print "  total: " $2; next}
      {printf "  %-26s committed %12s  since baseline %10s\n", $1, $2, $3}'
}

main() {
trap stop_portal EXIT # main runs in the subshell of the pipe into tee: its traps are its own
trap 'echo "soak.sh: interrupted" >&2; exit 130' INT TERM
[[ -r "$CORPUS" ]] || fail "corpus not found: $CORPUS (set SOAK_CORPUS)"
command -v wrk >/dev/null 2>&1 || fail "wrk is not installed (apt-get install wrk)"
say "Soak: --docs $DOCS --minutes $MINUTES --connections $CONNECTIONS$($FRESH && echo ' --fresh'); port $PORT"

say "Build"
if [[ ! -f "$BUILT_WAR" || ! -f "$BUILT_PAYARA" ]]; then
  ./mvnw -o -q package -DskipTests -Dspotless.check.skip=true
fi
if $FRESH; then rm -rf "$DATA" "$JOURNAL"; fi
mkdir -p "$WORK" "$DATA"
# The bench against this tree's modules (profile bench), so a stale installed portal-ejb cannot be used.
./mvnw -o -q -Pbench -pl bench -am compile -DskipTests -Dspotless.check.skip=true dependency:build-classpath \
  "-Dmdep.outputFile=$WORK/classpath.txt"
cp "$BUILT_WAR" "$WORK/portal.war"
cp "$BUILT_PAYARA" "$WORK/payara-micro.jar"
cp "$ROOT/portal-web/payara/preboot.asadmin" "$WORK/preboot.asadmin"
unzip -tq "$WORK/portal.war" >/dev/null || fail "$BUILT_WAR is not a complete archive (is a build writing it?); try again"
echo "portal.war: $(stat -c '%y' "$BUILT_WAR" | cut -d. -f1), sha256 $(sha256sum "$WORK/portal.war" | cut -c1-12);" \
  "data $DATA ($( [[ -f "$JOURNAL" ]] && wc -l <"$JOURNAL" || echo 0) documents in the journal)"

say "Portal: -Xmx$HEAP ${NODE_HEAP:-(heap grows on demand)} ${JAVA_OPTS} MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-unset}"
LOG=$WORK/portal-$(date -u +%Y%m%d-%H%M%S).log
start_portal "$LOG"

say "Documents: $DOCS through POST /api/documents ($LOAD_THREADS threads, at most $LOAD_MINUTES min)"
helper load "--docs=$DOCS" "--threads=$LOAD_THREADS" "--publish-per-mille=$PUBLISH" \
  "--max-minutes=$LOAD_MINUTES" "--corpus=$CORPUS" || fail "the load failed (see above)"
LOADED=$(wc -l <"$JOURNAL")
echo "loaded: $LOADED documents in the journal"

say "Request mix ($ENTRIES requests), each distinct request checked once for 200"
helper paths "--out=$WORK" "--entries=$ENTRIES" || fail "not every request of the mix answers 200"

say "Load: $MINUTES × wrk -t$WRK_THREADS -c$CONNECTIONS -d60s --timeout $TIMEOUT"
echo "before: RSS $(rss_mib) MiB (anonymous $(anon_mib) MiB), heap/old/metaspace $(gc_mib | tr ' ' /) MiB," \
  "load avg $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores, shared)"
local total_requests=0 total_errors=0 total_non200=0 total_timeouts=0 m line baseline=false
local table=$WORK/minutes.tsv
rm -f "$WORK"/nmt-*.txt
printf 'minute\trequests\tp50_ms\tp99_ms\tmax_ms\terrors\tnon200\ttimeouts\trss_mib\tanon_mib\theap_mib\told_mib\tmeta_mib\tthreads\tfds\tdeleted_fds\tsegments\treaders\tdb_sessions\tload\thttp_sessions\n' >"$table"
printf '%-6s %8s %7s %8s %8s %8s %6s %6s %6s %7s %7s %6s %6s %5s %7s %5s %4s %4s %4s %5s %6s\n' minute requests req/s \
  "p50 ms" "p99 ms" "max ms" errors non200 tmout "RSS" "anon" heap old meta thrds "fds(del)" segs rdrs sess load http
for ((m = 1; m <= MINUTES; m++)); do
  SOAK_PATHS=$WORK/paths.txt SOAK_TOKENS=$WORK/tokens.txt \
    wrk "-t$WRK_THREADS" "-c$CONNECTIONS" -d60s --timeout "$TIMEOUT" -s "$ROOT/bench/soak-wrk.lua" "$BASE" \
    >"$WORK/wrk-$m.out" 2>&1 || true
  kill -0 "$PORTAL_PID" 2>/dev/null || { cat "$WORK/wrk-$m.out"; fail "the portal died in minute $m"; }
  line=$(grep '^SOAK ' "$WORK/wrk-$m.out") || { cat "$WORK/wrk-$m.out"; fail "wrk printed no result in minute $m"; }
  declare -A f=()
  for kv in ${line#SOAK }; do f[${kv%%=*}]=${kv#*=}; done
  local errors=$((f[connect] + f[read] + f[write] + f[timeout])) heap old meta files deleted segs readers sess http
  read -r heap old meta <<<"$(gc_mib)"
  read -r files deleted <<<"$(open_files)"
  read -r segs readers sess http <<<"$(portal_figures)"
  total_requests=$((total_requests + f[requests]))
  total_errors=$((total_errors + errors))
  total_timeouts=$((total_timeouts + f[timeout]))
  total_non200=$((total_non200 + f[non200]))
  local row
  row=$(printf '%d\t%d\t%.1f\t%.1f\t%.1f\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s' "$m" "${f[requests]}" \
    "$(awk -v u="${f[p50_us]}" 'BEGIN {print u / 1000}')" "$(awk -v u="${f[p99_us]}" 'BEGIN {print u / 1000}')" \
    "$(awk -v u="${f[max_us]}" 'BEGIN {print u / 1000}')" "$errors" "${f[non200]}" "${f[timeout]}" "$(rss_mib)" \
    "$(anon_mib)" "$heap" "$old" "$meta" "$(status_kib Threads)" "$files" "$deleted" "$segs" "$readers" "$sess" "$(loadavg)" "$http")
  echo "$row" >>"$table"
  awk -F'\t' -v d="${f[duration_us]}" -v st="${f[statuses]}" '{printf "%-6s %8d %7.1f %8.1f %8.1f %8.1f %6d %6d %6d %7d %7d %6s %6s %5s %7s %5s %4s %4s %4s %5s %6s%s\n",
    $1, $2, $2 / (d / 1e6), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15 "(" $16 ")", $17, $18, $19, $20, $21,
    (st != "-" ? "  statuses " st : "")}' <<<"$row"
  unset f
  if ((m == 2)); then
    nmt baseline >/dev/null && baseline=true && echo "(native memory baseline taken after minute 2)"
  fi
  if $baseline && ((m % 10 == 0 || m == MINUTES)); then
    nmt summary.diff >"$WORK/nmt-$m.txt"
  fi
done
if $JFR; then
  jcmd "$PORTAL_PID" JFR.dump name=soak "filename=$WORK/soak.jfr" >/dev/null &&
    echo "(flight recording of the last 10 minutes: $WORK/soak.jfr)"
fi

say "After the load"
local ready
ready=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$BASE/health/ready" || echo 000)
echo "/health/ready: HTTP $ready; load avg $(cut -d' ' -f1-3 /proc/loadavg)"
echo "portal log: $(grep -c 'SEVERE' "$LOG" || true) SEVERE lines, $(grep -c 'OutOfMemoryError' "$LOG" || true) OutOfMemoryError ($LOG)"
if $baseline; then
  echo "native memory by category at the end (committed) and its change since the baseline after minute 2:"
  nmt_table "$WORK/nmt-$MINUTES.txt"
fi
echo "largest classes in the heap at the end (jcmd GC.class_histogram, after a full collection):"
jcmd "$PORTAL_PID" GC.class_histogram 2>/dev/null | sed -n '4,18p' >"$WORK/histogram.txt" || true
sed 's/^/  /' "$WORK/histogram.txt"
if $JFR && [[ -s "$WORK/soak.jfr" ]]; then
  echo "what request threads waited for in the recording (waits of 20 ms or more, longest total first):"
  java -cp "$ROOT/bench/target/classes" nl.leerkring.bench.soak.Waits "$WORK/soak.jfr" 20 15 | sed 's/^/  /'
fi

say "Summary"
echo "documents: $LOADED loaded (goal $DOCS); $MINUTES minutes at $CONNECTIONS connections: $total_requests requests," \
  "$total_errors socket errors and timeouts ($total_timeouts timeouts), $total_non200 non-200 answers"
if ((MINUTES >= 4)); then
  # The fit: the last hour of a run of two hours or more, else its second half (after the 2-minute warm-up).
  local from=$((MINUTES >= 120 ? MINUTES - 59 : (MINUTES / 2 > 3 ? MINUTES / 2 + 1 : 3)))
  awk -F'\t' -v from="$from" -v last="$MINUTES" '
    NR > 1 && $1 >= from {n++; x = $1; y = $9; sx += x; sy += y; sxx += x * x; sxy += x * y; syy += y * y
      if (n == 1) first = y; lasty = y}
    NR > 1 && $1 >= 2 {p99[++k] = $4; if ($4 > worst) {worst = $4; worstm = $1}}
    END {
      slope = (n * sxy - sx * sy) / (n * sxx - sx * sx); icpt = (sy - slope * sx) / n
      ss = syy - sy * sy / n; res = 0
      r2 = (ss > 0) ? (slope * (sxy - sx * sy / n)) / ss : 1
      printf "resident memory, minutes %d-%d: %d -> %d MiB; least-squares slope %+.2f MiB a minute (R^2 %.2f, %d points) - goal <= 0.3: %s\n",
        from, last, first, lasty, slope, r2, n, (slope <= 0.3 ? "met" : "NOT met")
      for (i = 2; i <= k; i++) {v = p99[i]; for (j = i - 1; j >= 1 && p99[j] > v; j--) p99[j + 1] = p99[j]; p99[j + 1] = v}
      med = (k % 2) ? p99[(k + 1) / 2] : (p99[k / 2] + p99[k / 2 + 1]) / 2
      printf "p99 per minute (from minute 2): median minute %.1f ms, worst %.1f ms in minute %d = %.1fx the median - goal <= 3x: %s\n",
        med, worst, worstm, worst / med, (worst <= 3 * med ? "met" : "NOT met")
    }' "$table"
else
  echo "too few minutes (< 4) to fit the resident memory after the warm-up"
fi
echo "per-minute figures: $table"
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
