#!/usr/bin/env bash
# The cost of viewer-scoped ranking statistics (F10): SearchIndex.search of this tree against the same of an
# earlier commit (default e6902f7, the last one whose BM25 statistics spanned the whole index), each beside raw
# Lucene (whole-index statistics) in one JVM, on a copy of the index that bench/search.sh built. The runs
# alternate (old, new, old, new) so that a change in the machine's load hits both. See bench/README.md.
#
#   bench/search.sh 20000            # once, to build bench/target/search-bench (index, ids, classpath)
#   bench/viewer-statistics.sh [OLD_COMMIT] [ROUNDS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OLD=${1:-e6902f7}
ROUNDS=${2:-2}
WORK="$ROOT/bench/target/search-bench"
[ -f "$WORK/classpath.txt" ] && [ -d "$WORK/data/index" ] || { echo "Run bench/search.sh first." >&2; exit 1; }

STATS="$ROOT/bench/target/viewer-statistics"
rm -rf "$STATS" && mkdir -p "$STATS"
./mvnw -q -o -B -pl search -am package -DskipTests -Dspotless.check.skip=true
cp search/target/search-*.jar "$STATS/search-new.jar"
git worktree add -q --detach "$STATS/old" "$OLD"
trap 'git worktree remove --force "$STATS/old" 2>/dev/null || true' EXIT
(cd "$STATS/old" && ./mvnw -q -o -B -pl search -am package -DskipTests -Dspotless.check.skip=true)
cp "$STATS"/old/search/target/search-*.jar "$STATS/search-old.jar"
./mvnw -q -o -B -f bench/pom.xml compile

cp -r "$WORK/data/index" "$STATS/index"
for round in $(seq 1 "$ROUNDS"); do
  for which in old new; do
    cp=$(tr ':' '\n' < "$WORK/classpath.txt" | sed "s#.*/search-[0-9].*\.jar#$STATS/search-$which.jar#" | paste -sd:)
    echo "=== round $round: search module of $([ $which = old ] && echo "$OLD (whole-index statistics)" || echo "this tree (viewer-scoped statistics)")"
    java -Xmx2g -cp "$ROOT/bench/target/classes:$cp" nl.leerkring.bench.search.InProcess \
      "$STATS/index" "$WORK/ids.properties" | grep -E "^(JVM|ALL|FIRST)"
  done
done
