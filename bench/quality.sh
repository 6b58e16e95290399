#!/usr/bin/env bash
# Search quality (issue F12): nDCG@10, P@5, MRR and recall@10 of the portal's search, PostgreSQL full-text search
# (dutch, ts_rank_cd) and a BM25 baseline on the judged queries of bench/quality/, in one run (README: Benchmarks).
#
#   bench/quality.sh              # prints the figures, all queries and per class (compound, phrase, ...)
#   bench/quality.sh pool DIR     # writes the unjudged pooled top-20 per query to DIR, shuffled, no system named
#
# Documents are read by path: the case samples, the demo documents and every 13th regulation of the corpus.
# Settings (environment): QUALITY_CORPUS (../shared/corpora/wetten-nl.jsonl.xz), QUALITY_SAMPLES
# (../shared/samples), QUALITY_PG_URL (jdbc:postgresql://localhost:5432/leerkring_quality; the database must exist,
# owned by the role leerkring as .ci/run makes it), QUALITY_BUILD (1; 0 skips compiling the search module).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
CORPUS=${QUALITY_CORPUS:-$ROOT/../shared/corpora/wetten-nl.jsonl.xz}
SAMPLES=${QUALITY_SAMPLES:-$ROOT/../shared/samples}
PG_URL=${QUALITY_PG_URL:-jdbc:postgresql://localhost:5432/leerkring_quality}
WORK=$ROOT/bench/target/quality
mkdir -p "$WORK/classes"
if [ "${QUALITY_BUILD:-1}" = 1 ]; then
  ./mvnw -o -B -q -pl search -am compile -Dspotless.check.skip=true
fi
./mvnw -o -B -q -pl search dependency:build-classpath -Dmdep.outputFile="$WORK/search.cp" >/dev/null
M2=${MAVEN_REPO:-$HOME/.m2/repository}
CP="$ROOT/search/target/classes:$ROOT/tenants/target/classes:$(cat "$WORK/search.cp")"
CP="$CP:$M2/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar:$M2/org/tukaani/xz/1.10/xz-1.10.jar"
CP="$CP:$M2/jakarta/json/jakarta.json-api/2.1.3/jakarta.json-api-2.1.3.jar"
CP="$CP:$M2/org/eclipse/parsson/parsson/1.1.7/parsson-1.1.7.jar"
javac -nowarn -d "$WORK/classes" -cp "$CP" $(find bench/quality/src -name '*.java') 2>&1 | grep -v '^Note:' || true
exec java -Xmx3g -cp "$WORK/classes:$CP" \
  -Dquality.home="$ROOT/bench/quality" -Dquality.corpus="$CORPUS" -Dquality.samples="$SAMPLES" \
  -Dquality.demo="$ROOT/portal-ejb/src/main/resources/nl/leerkring/portal/setup/demo-documents" \
  -Dquality.pg.url="$PG_URL" ${QUALITY_SYSTEMS:+-Dquality.systems="$QUALITY_SYSTEMS"} ${QUALITY_SHOW:+-Dquality.show="$QUALITY_SHOW"} ${QUALITY_PER_QUERY:+-Dquality.perQuery="$QUALITY_PER_QUERY"} nl.leerkring.bench.quality.QualityEval "$@"
