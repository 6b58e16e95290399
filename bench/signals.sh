#!/usr/bin/env bash
# Signals benchmark (issue F8): 20,000 people in 300 gemeenten and 40 circles (plus one circle of 30 gemeenten,
# about 2,000 participants), one day of 50,000 events; the daily digest run (goal ≤ 2 minutes with a heap of at most
# 512 MB), what an approving request pays for its signal (goal ≤ 20 ms) and the fan-out of one signal to the large
# circle, done later by the job. See bench/README.md.
#
#   bench/signals.sh
#
# The data are loaded with plain JDBC into a new H2 file database bench/target/signals/bench (or into the PostgreSQL
# database named by PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD, in a schema of its own that is dropped at the
# end); the jobs run on the portal's real persistence unit and boundary code, outside the container, in a JVM of
# -Xmx512m: nl.leerkring.portal.signals.SignalsBenchmark in portal-ejb's tests (it needs the package's own wiring, as
# the unit tests do). Nothing is installed; the reactor builds tenants, search and portal-ejb offline.
#
# Settings (environment): SIGNALS_PEOPLE (20000), SIGNALS_GEMEENTEN (300), SIGNALS_CIRCLES (40), SIGNALS_EVENTS
# (50000), SIGNALS_BIG_CIRCLE (30 gemeenten), SIGNALS_HEAP (512m).
set -Eeuo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
WORK=$ROOT/bench/target/signals
rm -rf "$WORK" && mkdir -p "$WORK"
if [[ -z "${PORTAL_DB_URL:-}" ]]; then
  export PORTAL_DB_URL="jdbc:h2:file:$WORK/bench;DB_CLOSE_ON_EXIT=FALSE"
fi
printf '=== Signals benchmark (%s UTC) on %s, %s cores, load average %s\n' "$(date -u +%H:%M:%S)" \
  "${PORTAL_DB_URL%%;*}" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -o -B -q -pl portal-ejb -am test -Dtest=SignalsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DtrimStackTrace=false \
  "-DargLine=-Xmx${SIGNALS_HEAP:-512m} -Dbench.people=${SIGNALS_PEOPLE:-20000} \
-Dbench.gemeenten=${SIGNALS_GEMEENTEN:-300} -Dbench.circles=${SIGNALS_CIRCLES:-40} \
-Dbench.events=${SIGNALS_EVENTS:-50000} -Dbench.big-circle-gemeenten=${SIGNALS_BIG_CIRCLE:-30}" 2>&1 |
  grep -E 'signals-bench:|Tests run:.*FAIL|\[ERROR\]   [A-Za-z]' | cut -c1-400 || true
