#!/usr/bin/env bash
# Roll-up benchmark (issue F5): how long CircleRollup.of takes for a circle of 50 gemeenten × 10 calendar years ×
# 20 budget lines, for all years and for one year, against the goal of < 50 ms. See bench/README.md.
#
#   bench/rollup.sh                   # from anywhere; offline, about half a minute after the build
#
# What it does:
#   1. installs portal-ejb (with tenants and search: ./mvnw -o -q -pl portal-ejb -am install -DskipTests) when the
#      installed jar has no roll-up yet or is older than a source file of the ledger (nl.leerkring.portal.cofinancing),
#      or always with ROLLUP_BUILD=1: the bench module uses the installed jar, not portal-ejb/target;
#   2. compiles bench/ and writes its class path (./mvnw -o -q -f bench/pom.xml compile dependency:build-classpath);
#   3. runs nl.leerkring.bench.rollup.RollupBenchmark in its own JVM, which builds the circle from a fixed seed,
#      warms up and prints p50/p99/max per call kind, the goal met or not, and the machine (cores, java, load).
#
# Settings (environment): ROLLUP_MEMBERS (50), ROLLUP_YEARS (10), ROLLUP_LINES (20), ROLLUP_WARMUP (200),
# ROLLUP_CALLS (500 of each kind), ROLLUP_YEAR (2028, the year of the one-year call), ROLLUP_SEED (20261123),
# ROLLUP_HEAP (1g), ROLLUP_BUILD (0), MVN (./mvnw; e.g. MVN=mvn).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

MVN=${MVN:-./mvnw}
WORK=$ROOT/bench/target/rollup-bench
JAR=$HOME/.m2/repository/nl/leerkring/portal-ejb/0.1.0-SNAPSHOT/portal-ejb-0.1.0-SNAPSHOT.jar
LEDGER_SOURCES=$ROOT/portal-ejb/src/main/java/nl/leerkring/portal/cofinancing

say() { printf '\n=== %s (%s UTC)\n' "$*" "$(date -u +%H:%M:%S)"; }

say "Build"
if [[ "${ROLLUP_BUILD:-0}" == 1 || ! -f "$JAR" ]] \
  || ! unzip -l "$JAR" 'nl/leerkring/portal/cofinancing/rollup/CircleRollup.class' >/dev/null 2>&1 \
  || [[ -n "$(find "$LEDGER_SOURCES" -name '*.java' -newer "$JAR" -print -quit)" ]]; then
  echo "Installing portal-ejb (the installed jar is missing, has no roll-up or is older than the ledger sources)…"
  "$MVN" -o -q -pl portal-ejb -am install -DskipTests -Dspotless.check.skip=true
fi
mkdir -p "$WORK"
"$MVN" -o -q -f bench/pom.xml compile dependency:build-classpath -Dspotless.check.skip=true \
  "-Dmdep.outputFile=$WORK/classpath.txt"
echo "portal-ejb: $JAR ($(stat -c '%y' "$JAR" | cut -d. -f1))"

say "Roll-up benchmark"
java "-Xmx${ROLLUP_HEAP:-1g}" -cp "$ROOT/bench/target/classes:$(cat "$WORK/classpath.txt")" \
  "-Dbench.members=${ROLLUP_MEMBERS:-50}" "-Dbench.years=${ROLLUP_YEARS:-10}" "-Dbench.lines=${ROLLUP_LINES:-20}" \
  "-Dbench.warmup=${ROLLUP_WARMUP:-200}" "-Dbench.calls=${ROLLUP_CALLS:-500}" "-Dbench.year=${ROLLUP_YEAR:-2028}" \
  "-Dbench.seed=${ROLLUP_SEED:-20261123}" \
  nl.leerkring.bench.rollup.RollupBenchmark
