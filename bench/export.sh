#!/usr/bin/env bash
# Export benchmark (issue F11): the export of the demo gemeente Duiven with 1,000 extra documents (100 MB of files)
# must finish in ≤ 60 s, and the import of that export as a new gemeente in ≤ 90 s. See bench/README.md.
#
#   bench/export.sh [--fresh]
#
# In order: checks that portal-web/target holds portal.war and payara-micro.jar (build them first, e.g.
# ./mvnw -o -pl portal-web -am package -DskipTests; this script never installs anything); starts the portal
# (Payara Micro, H2, demo data, -Xmx1g) with the data directory bench/target/export/data (kept: a second run reuses
# the documents it uploaded; --fresh throws them away); uploads what is missing of EXPORT_DOCS (1000) text documents
# of EXPORT_KB (100) KB each to Duiven, 4 at a time; then times POST /api/tenants/duiven/export until GET
# /api/exports/{id} says DONE, fetches the ZIP, times POST /api/admin/tenants/import of it under a new slug, checks
# that the import counts what the manifest counts, and prints the figures. Stops the portal (also on failure).
#
# Settings (environment): BENCH_PORT (18490), BENCH_PORTAL_HEAP (1g), EXPORT_DOCS (1000), EXPORT_KB (100),
# EXPORT_WORK (bench/target/export).
set -Eeuo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
[[ "${1:-}" == "--fresh" || -z "${1:-}" ]] || { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

WORK=${EXPORT_WORK:-$ROOT/bench/target/export}
DATA=$WORK/data
PORT=${BENCH_PORT:-18490}
BASE=http://127.0.0.1:$PORT
PORTAL_HEAP=${BENCH_PORTAL_HEAP:-1g}
ADMIN_PASSWORD=export-bench-admin-1
DEMO_PASSWORD=leerkring-demo
DOCS=${EXPORT_DOCS:-1000}
KB=${EXPORT_KB:-100}
WAR=$WORK/portal.war
PAYARA=$WORK/payara-micro.jar
PORTAL_PID=
say() { printf '\n=== %s (%s UTC)\n' "$*" "$(date -u +%H:%M:%S)"; }
fail() { echo "export.sh: $*" >&2; exit 1; }

# shellcheck source=bench/portal-process.sh
. "$ROOT/bench/portal-process.sh"
trap stop_portal EXIT
trap 'exit 130' INT TERM

say "Build"
for f in portal-web/target/portal.war portal-web/target/payara-micro.jar; do
  [[ -f "$f" ]] || fail "$f is missing: build it first (./mvnw -o -pl portal-web -am package -DskipTests)"
done
[[ "${1:-}" == "--fresh" ]] && rm -rf "$DATA"
mkdir -p "$WORK/files" "$DATA"
cp portal-web/target/portal.war "$WAR"
cp portal-web/target/payara-micro.jar "$PAYARA"

say "Portal on $BASE"
start_portal "$WORK/portal-$(date -u +%Y%m%d-%H%M%S).log"

ADMIN=$(api_token admin "$ADMIN_PASSWORD")
OWNER=$(api_token duiven.lid "$DEMO_PASSWORD")

say "Documents of Duiven"
# How many a run before uploaded: written down in the data directory after the uploads. A list of the API stops
# at 500 documents, so counting there would make a second run upload the second half again; without the note (a
# data directory of an older run) a full list means that run uploaded them all.
if [[ -f "$DATA/exportbench-uploaded" ]]; then
  have=$(cat "$DATA/exportbench-uploaded")
else
  have=$(curl -sf "$BASE/api/documents?q=exportbench" -H "Authorization: Bearer $OWNER" | jq length)
  ((have < 500)) || have=$DOCS
fi
echo "$have benchmark documents already there; $DOCS wanted of $KB KB each"
make_file() { # make_file N: a text of KB kilobytes, different for every N (no blob is shared)
  local n=$1 f=$WORK/files/exportbench-$1.txt
  [[ -f "$f" ]] && return
  awk -v n="$n" -v kb="$KB" 'BEGIN {
    split("wijk bewoners zorg mantelzorg aanpak buurt gemeente wonen gezondheid armoede leefbaarheid participatie", w, " ")
    srand(n); out = "exportbench document " n "\n"
    while (length(out) < kb * 1024) { out = out w[int(rand() * 12) + 1] " " int(rand() * 100000) " " }
    printf "%s", substr(out, 1, kb * 1024) }' >"$f"
}
upload() { # upload N
  make_file "$1"
  curl -sf -o /dev/null "$BASE/api/documents" -H "Authorization: Bearer $OWNER" \
    -F "metadata={\"title\":\"Exportbench $1\",\"type\":\"overig\"};type=application/json" \
    -F "file=@$WORK/files/exportbench-$1.txt;type=text/plain" || echo "upload $1 failed" >&2
}
export -f make_file upload
export WORK KB BASE OWNER
started=$SECONDS
seq $((have + 1)) "$DOCS" | xargs -P 4 -I{} bash -c 'upload {}'
echo "uploaded $((DOCS - have)) in $((SECONDS - started)) s"
((DOCS > have)) && echo "$DOCS" >"$DATA/exportbench-uploaded"

say "Export of Duiven"
t0=$(date +%s.%N)
id=$(curl -sf -X POST "$BASE/api/tenants/duiven/export" -H "Authorization: Bearer $ADMIN" | jq -r .id)
while :; do
  status=$(curl -sf "$BASE/api/exports/$id" -H "Authorization: Bearer $ADMIN")
  case $(jq -r .status <<<"$status") in
    DONE) break ;;
    FAILED) fail "the export failed: $status" ;;
  esac
  sleep 0.2
done
t1=$(date +%s.%N)
curl -sf -o "$WORK/duiven.zip" "$BASE/api/exports/$id/file" -H "Authorization: Bearer $ADMIN"
export_s=$(echo "$t1 - $t0" | bc)
bytes=$(stat -c %s "$WORK/duiven.zip")
counts=$(unzip -p "$WORK/duiven.zip" manifest.json | jq -c .counts)
files=$(unzip -p "$WORK/duiven.zip" manifest.json | jq '.files | length')

say "Import as a new gemeente"
slug=duiven-kopie-$(date +%s)
answer=$WORK/import.json
import_s=$(curl -s -o "$answer" -w '%{time_total}' "$BASE/api/admin/tenants/import" -H "Authorization: Bearer $ADMIN" \
  -F "file=@$WORK/duiven.zip;type=application/zip" -F "slug=$slug" -F "name=Kopie van Duiven" \
  -F "cbsCode=GM$((1000 + RANDOM % 9000))")
imported=$(jq -c .counts "$answer" 2>/dev/null || cat "$answer")
[[ "$imported" == "$counts" ]] || fail "the import counts $imported, the manifest $counts"

say "Figures"
printf 'documents in the export : %s\n' "$(jq .documents <<<"$counts")"
printf 'files in the ZIP        : %s (%s MB)\n' "$files" "$(echo "scale=1; $bytes / 1000000" | bc)"
printf 'export                  : %.1f s (goal ≤ 60 s)\n' "$export_s"
printf 'import                  : %.1f s (goal ≤ 90 s)\n' "$import_s"
awk -v e="$export_s" -v i="$import_s" 'BEGIN { exit !(e <= 60 && i <= 90) }' || fail "a goal was missed"
