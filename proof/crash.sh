#!/usr/bin/env bash
# Crash-recovery proof (issue F6, suite 4): start the portal, bulk-upload (and sometimes rebuild the search index),
# kill -9 the JVM at a seeded random moment, restart, and check that nothing acknowledged was lost, that no row names a
# missing blob and that the search index matches the database. See proof/README.md.
#
#   proof/crash.sh [--db h2|postgres] [--cycles N] [--seed S] [--keep]
#
# Every cycle: start the portal on the same data directory (and database) → wait for /health/ready → verify the
# previous cycle through the API → start the bulk upload (and maybe a rebuild) → kill -9 after a seeded delay →
# check the dead portal's database and blob directory → sometimes (seeded) start it once more and kill -9 it again
# while it boots and recovers. After the last cycle: start, verify every acknowledged upload, rebuild the index from
# the database and compare again, stop. Exit status 1 on any loss or inconsistency.
#
# Settings (environment): CRASH_PORT (the first free port from 18490), CRASH_WORK (proof/target/crash-<db>), CRASH_KILL_MIN / CRASH_KILL_MAX
# (1 / 20: seconds of upload before the kill), CRASH_THREADS (2 upload threads), CRASH_REBUILD (50: % of cycles that
# also rebuild the index), CRASH_BOOT_KILL (25: % of cycles with an extra kill while the portal boots),
# CRASH_BOOT_KILL_MAX (40 s), CRASH_HEAP (1g, as ./mvnw -Prun), CRASH_JAVA_OPTS (more options for the portal's JVM),
# CRASH_SAMPLES (proof/samples), CRASH_ACCOUNTS (duiven.lid,wijchen.lid,deventer.lid),
# CRASH_WAR / CRASH_PAYARA (default: portal-web/target/portal.war and payara-micro.jar, built offline if missing).
set -Eeuo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; }

DB=h2
CYCLES=20
SEED=
KEEP=false
while (($#)); do
  case "$1" in
    --db) DB=${2:?}; shift 2 ;;
    --db=*) DB=${1#*=}; shift ;;
    --cycles) CYCLES=${2:?}; shift 2 ;;
    --cycles=*) CYCLES=${1#*=}; shift ;;
    --seed) SEED=${2:?}; shift 2 ;;
    --seed=*) SEED=${1#*=}; shift ;;
    --keep) KEEP=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "crash.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ "$DB" == h2 || "$DB" == postgres ]] || { echo "crash.sh: --db must be h2 or postgres" >&2; exit 2; }
[[ "$CYCLES" =~ ^[0-9]+$ && "$CYCLES" -ge 1 ]] || { echo "crash.sh: --cycles must be a number ≥ 1" >&2; exit 2; }
SEED=${SEED:-$(date +%s)}
[[ "$SEED" =~ ^[0-9]+$ ]] || { echo "crash.sh: --seed must be a non-negative number" >&2; exit 2; }

PORT=${CRASH_PORT:-}
if [[ -z "$PORT" ]]; then # the first free port from 18490, so two runs side by side do not meet
  for PORT in $(seq 18490 18589); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || break
  done
fi
WORK=${CRASH_WORK:-$ROOT/proof/target/crash-$DB}
KILL_MIN=${CRASH_KILL_MIN:-1}
KILL_MAX=${CRASH_KILL_MAX:-20}
THREADS=${CRASH_THREADS:-2}
REBUILD_PCT=${CRASH_REBUILD:-50}
BOOT_KILL_PCT=${CRASH_BOOT_KILL:-25}
BOOT_KILL_MAX=${CRASH_BOOT_KILL_MAX:-40}
HEAP=${CRASH_HEAP:-1g}
SAMPLES=${CRASH_SAMPLES:-$ROOT/proof/samples}
ACCOUNTS=${CRASH_ACCOUNTS:-duiven.lid,wijchen.lid,deventer.lid}
BUILT_WAR=${CRASH_WAR:-$ROOT/portal-web/target/portal.war}
BUILT_PAYARA=${CRASH_PAYARA:-$ROOT/portal-web/target/payara-micro.jar}
ADMIN_PASSWORD=crash-proof-admin-1
DEMO_PASSWORD=leerkring-demo
BASE=http://127.0.0.1:$PORT
DATA=$WORK/data
JOURNAL=$WORK/journal.tsv
PROBLEMS=$WORK/problems.txt
PG_USER=leerkring
PG_PASSWORD=leerkring
PG_DB=

# The seeded generator (a 31-bit LCG, the same in every bash): all kill moments and choices come from it.
RNG=$SEED
rnd() { # rnd LOW HIGH → a number in [LOW, HIGH] in $R
  RNG=$(((RNG * 1103515245 + 12345) % 2147483648))
  R=$(($1 + (RNG >> 8) % ($2 - $1 + 1)))
}

PORTAL_PID=
LOAD_PID=
say() { printf '\n=== %s (%s UTC)\n' "$*" "$(date -u +%H:%M:%S)"; }
fail() { echo "crash.sh: $*" >&2; exit 1; }

stop_portal() { # graceful stop of the portal we started, if it runs
  if [[ -n "$PORTAL_PID" ]] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$PORTAL_PID" 2>/dev/null && kill -9 "$PORTAL_PID" 2>/dev/null || true
    wait "$PORTAL_PID" 2>/dev/null || true
  fi
  PORTAL_PID=
}

cleanup() {
  local rc=$?
  if [[ -n "$LOAD_PID" ]] && kill -0 "$LOAD_PID" 2>/dev/null; then kill "$LOAD_PID" 2>/dev/null || true; fi
  stop_portal
  rm -rf "$WORK/tmp" "$WORK/dbcopy"
  if [[ -n "$PG_DB" ]]; then
    if $KEEP; then
      echo "Kept the database $PG_DB (--keep); drop it with: su postgres -c \"dropdb $PG_DB\""
    else
      su postgres -c "psql -q -c 'drop database if exists $PG_DB'" >/dev/null 2>&1 || echo "could not drop database $PG_DB" >&2
    fi
  fi
  exit $rc
}
trap cleanup EXIT
trap 'echo "crash.sh: interrupted (SIGINT)" >&2; exit 130' INT
trap 'echo "crash.sh: terminated (SIGTERM)" >&2; exit 143' TERM
trap 'echo "crash.sh: hung up (SIGHUP)" >&2; exit 129' HUP
trap 'echo "crash.sh: line $LINENO: a command failed with status $?" >&2' ERR

start_portal() { # start_portal LOG: start in the background; PORTAL_PID
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    fail "port $PORT is in use; set CRASH_PORT"
  fi
  rm -rf "$WORK/tmp" && mkdir -p "$WORK/tmp" # Payara Micro unpacks its runtime here; kill -9 leaves it behind
  local -a env_db=(env -u PORTAL_DB_URL -u PORTAL_DB_USER -u PORTAL_DB_PASSWORD)
  if [[ "$DB" == postgres ]]; then
    env_db+=("PORTAL_DB_URL=jdbc:postgresql://localhost:5432/$PG_DB" "PORTAL_DB_USER=$PG_USER"
      "PORTAL_DB_PASSWORD=$PG_PASSWORD")
  fi
  # shellcheck disable=SC2086 # CRASH_JAVA_OPTS is a list of options
  "${env_db[@]}" PORTAL_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java "-Xmx$HEAP" "-Djava.io.tmpdir=$WORK/tmp" "-Dportal.data-dir=$DATA" "-Dportal.demo.password=$DEMO_PASSWORD" \
    ${CRASH_JAVA_OPTS:-} -jar "$WORK/payara-micro.jar" --deploy "$WORK/portal.war" --contextroot / --port "$PORT" \
    --nohazelcast --disablephonehome --prebootcommandfile "$WORK/preboot.asadmin" >"$1" 2>&1 &
  PORTAL_PID=$!
  STARTED_AT=$SECONDS
}

await_ready() { # await_ready LOG: until /health/ready is 200; READY_SECS
  local log=$1 booted=
  # Probe only once Payara Micro has finished deploying: a readiness probe that arrives while the EJB container is
  # still initialising can start the SchemaMigrator singleton on the HTTP thread, fail it, and so fail the whole
  # deployment (seen once in 9 restarts on PostgreSQL; see README.md, "Findings").
  until grep -qs 'Payara Micro .* ready in' "$log"; do
    kill -0 "$PORTAL_PID" 2>/dev/null || { tail -40 "$log" >&2; fail "the portal stopped while starting (log: $log)"; }
    ((SECONDS - STARTED_AT < 900)) || { tail -40 "$log" >&2; fail "Payara Micro did not start in 900 s (log: $log)"; }
    sleep 0.5
  done
  until curl -sf -o /dev/null --max-time 5 "$BASE/health/ready"; do
    kill -0 "$PORTAL_PID" 2>/dev/null || { tail -40 "$log" >&2; fail "the portal stopped while starting (log: $log)"; }
    ((SECONDS - STARTED_AT < 900)) || { tail -40 "$log" >&2; fail "the portal was not ready in 900 s (log: $log)"; }
    if [[ -z "$booted" ]] && grep -q 'Payara Micro .* ready in' "$log"; then booted=$SECONDS; fi
    if [[ -n "$booted" ]] && ((SECONDS - booted > 300)); then
      grep -m3 -A3 'SEVERE' "$log" >&2 || true
      fail "Payara Micro started but the portal did not become ready in 300 s (log: $log)"
    fi
    sleep 0.5
  done
  READY_SECS=$((SECONDS - STARTED_AT))
}

kill_portal() { # kill -9, and wait until the JVM is gone
  kill -9 "$PORTAL_PID" 2>/dev/null || true
  wait "$PORTAL_PID" 2>/dev/null || true
  PORTAL_PID=
}

helper() { java -cp "$WORK/classes:$WORK/lib/h2.jar:$WORK/lib/postgresql.jar" Crash "$@"; }

report() { # report CYCLE OUTPUT-FILE: print it, problems only the first time they are seen; NEW_PROBLEMS
  NEW_PROBLEMS=0
  local line what
  while IFS= read -r line; do
    if [[ "$line" =~ ^(LOSS|INCONSISTENT) ]]; then
      what=${line#*: }
      grep -qxF -- "$what" "$WORK/problems.seen" 2>/dev/null && continue # reported by an earlier check
      echo "$what" >>"$WORK/problems.seen"
      printf 'cycle %s (seed %s)\t%s\n' "$1" "$SEED" "$line" >>"$PROBLEMS"
      NEW_PROBLEMS=$((NEW_PROBLEMS + 1))
    fi
    echo "  $line"
  done <"$2"
}

db_check() { # db_check CYCLE: the dead portal's database and blobs against the journal → state-CYCLE.tsv
  local out=$WORK/dbcheck-$1.out rc=0
  if [[ "$DB" == h2 ]]; then
    # A copy, so the portal's next start recovers the crashed files itself.
    rm -rf "$WORK/dbcopy" && mkdir -p "$WORK/dbcopy" && cp -p "$DATA"/db/* "$WORK/dbcopy/"
    helper dbcheck "--db-url=jdbc:h2:file:$WORK/dbcopy/portal" --db-user=sa "--data-dir=$DATA" \
      "--journal=$JOURNAL" "--state=$WORK/state-$1.tsv" "--cycle=$1" >"$out" 2>&1 || rc=$?
    rm -rf "$WORK/dbcopy"
  else
    helper dbcheck "--db-url=jdbc:postgresql://localhost:5432/$PG_DB" "--db-user=$PG_USER" \
      "--db-password=$PG_PASSWORD" "--data-dir=$DATA" "--journal=$JOURNAL" "--state=$WORK/state-$1.tsv" \
      "--cycle=$1" >"$out" 2>&1 || rc=$?
  fi
  report "$1" "$out"
  [[ -f "$WORK/state-$1.tsv" ]] || fail "the database check of cycle $1 failed (see $out)"
  DB_PROBLEMS=$NEW_PROBLEMS
  if ((rc != 0)) && ! grep -qE '^(LOSS|INCONSISTENT)' "$out"; then
    echo "INCONSISTENT dbcheck of cycle $1 exited $rc (see $out)" >>"$PROBLEMS"
    DB_PROBLEMS=$((DB_PROBLEMS + 1))
  fi
}

api_verify() { # api_verify CYCLE STATE-CYCLE CHECK [extra args]: the running portal against journal and state
  local cycle=$1 state=$2 check=$3 out=$WORK/verify-$1.out rc=0
  shift 3
  helper verify "--base=$BASE" "--journal=$JOURNAL" "--state=$WORK/state-$state.tsv" "--check=$check" \
    "--cycle=$cycle" "--password=$DEMO_PASSWORD" "--admin-password=$ADMIN_PASSWORD" "$@" >"$out" 2>&1 || rc=$?
  report "$cycle" "$out"
  API_PROBLEMS=$NEW_PROBLEMS
  if ((rc != 0)) && ! grep -qE '^(LOSS|INCONSISTENT)' "$out"; then
    echo "INCONSISTENT verify of cycle $cycle exited $rc (see $out)" >>"$PROBLEMS"
    API_PROBLEMS=$((API_PROBLEMS + 1))
  fi
}

# ------------------------------------------------------------------------------------------------------------------
# The whole run is one function, read completely before it starts: editing this file during a run cannot change it.
main() {
say "Crash-recovery proof: --db $DB --cycles $CYCLES --seed $SEED"
echo "Reproduce the kill moments with: proof/crash.sh --db $DB --cycles $CYCLES --seed $SEED"
echo "Portal on port $PORT"
RUN_STARTED=$SECONDS

if [[ ! -f "$BUILT_WAR" || ! -f "$BUILT_PAYARA" ]]; then
  say "Build (offline)"
  ./mvnw -o -q -pl tenants,search,portal-ejb,portal-web install -DskipTests -Dspotless.check.skip=true
fi
[[ -d "$SAMPLES" ]] || fail "no samples directory $SAMPLES (set CRASH_SAMPLES)"
rm -rf "$WORK" && mkdir -p "$WORK/classes" "$WORK/lib"
# Copies taken once: a concurrent build rewriting portal-web/target must not change the WAR between two starts.
cp "$BUILT_WAR" "$WORK/portal.war"
cp "$BUILT_PAYARA" "$WORK/payara-micro.jar"
cp "$ROOT/portal-web/payara/preboot.asadmin" "$WORK/preboot.asadmin"
unzip -tq "$WORK/portal.war" >/dev/null || fail "$BUILT_WAR is not a complete archive (is a build writing it?); try again"
unzip -p "$WORK/payara-micro.jar" MICRO-INF/runtime/h2.jar >"$WORK/lib/h2.jar"            # the H2 the portal runs
unzip -p "$WORK/portal.war" 'WEB-INF/lib/postgresql-*.jar' >"$WORK/lib/postgresql.jar"   # the driver the portal uses
javac -nowarn -d "$WORK/classes" "$ROOT/proof/Crash.java"
echo "portal.war: $(stat -c '%y' "$BUILT_WAR" | cut -d. -f1), sha256 $(sha256sum "$WORK/portal.war" | cut -c1-12); work directory $WORK"

if [[ "$DB" == postgres ]]; then
  say "PostgreSQL"
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "Installing PostgreSQL…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  if ! pg_isready -q; then
    pg_ctlcluster "$(ls /usr/lib/postgresql | sort -n | tail -1)" main start
    for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
  fi
  pg_isready
  PG_DB=crash_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
  su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$PG_USER') then
    create role $PG_USER login password '$PG_PASSWORD';
  end if;
end \$\$;
create database $PG_DB owner $PG_USER;
SQL
  echo "Database $PG_DB (dropped at the end unless --keep)"
fi

say "First start on a fresh data directory (demo data; not killed)"
mkdir -p "$DATA"
: >"$JOURNAL"
: >"$PROBLEMS"
start_portal "$WORK/portal-0.log"
await_ready "$WORK/portal-0.log"
FIRST_START_SECS=$READY_SECS
echo "ready in $READY_SECS s"

SUMMARY=()
PREV_LINE=
for ((c = 1; c <= CYCLES; c++)); do
  say "Cycle $c of $CYCLES"
  if ((c > 1)); then
    recover_started=$SECONDS
    start_portal "$WORK/portal-$c.log"
    await_ready "$WORK/portal-$c.log"
    echo "restarted; ready in $READY_SECS s"
    api_verify "$((c - 1))" "$((c - 1))" "$((c - 1))"
    RECOVER_SECS[c - 1]=$((SECONDS - recover_started))
    SUMMARY+=("$PREV_LINE; ready ${READY_SECS}s after the restart; api: $API_PROBLEMS new problems")
    echo "cycle $((c - 1)): ${SUMMARY[-1]}"
  fi
  crash_started=$SECONDS
  rnd $((KILL_MIN * 1000)) $((KILL_MAX * 1000)); kill_ms=$R
  rnd 1 100; rebuild_ms=-1; rebuild_note="no rebuild"
  if ((R <= REBUILD_PCT)); then rnd 0 "$kill_ms"; rebuild_ms=$R; rebuild_note="rebuild asked at ${rebuild_ms}ms"; fi
  rnd 1 100; boot_kill_ms=-1
  if ((R <= BOOT_KILL_PCT)); then rnd 1000 $((BOOT_KILL_MAX * 1000)); boot_kill_ms=$R; fi
  echo "upload for ${kill_ms}ms, then kill -9; $rebuild_note"
  helper load "--base=$BASE" "--journal=$JOURNAL" "--cycle=$c" "--seed=$SEED" "--threads=$THREADS" \
    "--max-seconds=$((kill_ms / 1000 + 120))" "--accounts=$ACCOUNTS" "--password=$DEMO_PASSWORD" \
    "--admin-password=$ADMIN_PASSWORD" "--samples=$SAMPLES" "--rebuild-at-ms=$rebuild_ms" \
    "--started=$WORK/load-$c.started" >"$WORK/load-$c.out" 2>&1 &
  LOAD_PID=$!
  # The delay runs from the moment the load has signed in and starts uploading.
  for _ in $(seq 1 1200); do
    [[ -f "$WORK/load-$c.started" ]] && break
    kill -0 "$LOAD_PID" 2>/dev/null || break
    sleep 0.1
  done
  sleep "$(printf '%d.%03d' $((kill_ms / 1000)) $((kill_ms % 1000)))"
  printf 'KILL\t%s\t%s\n' "$c" "$(date +%s%3N)" >>"$JOURNAL"
  kill_portal
  wait "$LOAD_PID" || echo "  (the load ended with status $?; see $WORK/load-$c.out)"
  LOAD_PID=
  sed 's/^/  /' "$WORK/load-$c.out"
  rebuild_hit=
  if ((rebuild_ms >= 0)); then
    last=$(awk -F'\t' -v c="$c" '$1 == "REBUILD" && $2 == c && $3 != "ended" {l = $3 " " $4} END {print l}' "$JOURNAL")
    case "$last" in
      "state running"*|asked*) rebuild_hit=" (killed during the rebuild: $last)" ;;
      *) rebuild_hit=" (rebuild finished before the kill: $last)" ;;
    esac
  fi
  db_check "$c"
  boot_note=
  if ((boot_kill_ms >= 0)); then
    start_portal "$WORK/portal-$c-bootkill.log"
    sleep "$(printf '%d.%03d' $((boot_kill_ms / 1000)) $((boot_kill_ms % 1000)))"
    ready=booting; grep -q 'Payara Micro .* ready in' "$WORK/portal-$c-bootkill.log" && ready=deployed
    kill_portal
    boot_note="; extra kill ${boot_kill_ms}ms into a restart ($ready)"
    echo "extra kill -9 ${boot_kill_ms}ms after a restart (the portal was $ready)"
  fi
  read -r sent ok doubt < <(awk -F'\t' -v c="c$c-" '
    $1 == "SENT" && index($2, c) == 1 {s++} $1 == "OK" && index($2, c) == 1 {o++}
    $1 == "DOUBT" && index($2, c) == 1 {d++} END {print s + 0, o + 0, d + 0}' "$JOURNAL")
  PREV_LINE="kill at ${kill_ms}ms, $sent sent, $ok acknowledged, $doubt in doubt; $rebuild_note$rebuild_hit$boot_note; db: $DB_PROBLEMS new problems"
  CRASH_SECS[c]=$((SECONDS - crash_started))
done

say "Final start: every acknowledged upload, then a rebuild from the database compared with the followed index"
recover_started=$SECONDS
start_portal "$WORK/portal-final.log"
await_ready "$WORK/portal-final.log"
echo "restarted; ready in $READY_SECS s"
api_verify "$CYCLES" "$CYCLES" all --final-rebuild=true
SUMMARY+=("$PREV_LINE; ready ${READY_SECS}s after the restart; api (all uploads): $API_PROBLEMS new problems")
RECOVER_SECS[CYCLES]=$((SECONDS - recover_started))
stop_portal

say "Summary (--db $DB --seed $SEED)"
for ((c = 1; c <= CYCLES; c++)); do
  printf 'cycle %2d: %3ss + %3ss  %s\n' "$c" "${CRASH_SECS[c]}" "${RECOVER_SECS[c]}" "${SUMMARY[$((c - 1))]}"
done
read -r sent ok doubt fail noconn < <(awk -F'\t' '
  $1 == "SENT" {s++} $1 == "OK" {o++} $1 == "DOUBT" {d++} $1 == "FAIL" {f++} $1 == "NOCONN" {n++}
  END {print s + 0, o + 0, d + 0, f + 0, n + 0}' "$JOURNAL")
doubt_committed=$(grep -c '^doubt' "$WORK/state-$CYCLES.tsv" || true)
total=$((SECONDS - RUN_STARTED))
crash_sum=0; recover_sum=0
for ((c = 1; c <= CYCLES; c++)); do
  crash_sum=$((crash_sum + CRASH_SECS[c])); recover_sum=$((recover_sum + RECOVER_SECS[c]))
done
echo "cycles: $CYCLES; uploads sent: $sent, acknowledged (201): $ok, refused: $fail, in doubt (no answer): $doubt" \
  "($doubt_committed of them committed), never sent (portal gone): $noconn"
echo "time: $total s in all (first start ${FIRST_START_SECS}s); per cycle on average $(((crash_sum + recover_sum) / CYCLES)) s:" \
  "$((crash_sum / CYCLES)) s upload, kill and database check, $((recover_sum / CYCLES)) s restart and API check" \
  "(the last cycle's API check covers every upload and a rebuild: ${RECOVER_SECS[CYCLES]} s)"
nproblems=$(wc -l <"$PROBLEMS")
lost=$(grep -oE 'LOSS[^:]*: (acknowledged )?upload c[0-9]+-t[0-9]+-[0-9]+' "$PROBLEMS" | grep -oE 'c[0-9]+-t[0-9]+-[0-9]+' |
  sort -u | tr '\n' ' ' || true)
echo "acknowledged uploads lost: $(wc -w <<<"$lost")${lost:+ ($lost)}"
if ((nproblems > 0)); then
  echo "FAILED: $nproblems distinct problems (seed $SEED), listed in $PROBLEMS:"
  cat "$PROBLEMS"
  exit 1
fi
echo "PASSED: no acknowledged upload lost, no row naming a missing blob, index equal to the database after every crash."
}

main "$@"; exit $?
