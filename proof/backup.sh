#!/usr/bin/env bash
# Backup-and-restore proof (issue F11, part 3): back up a loaded portal, destroy it, restore it on a fresh data
# directory and check that every document, every file's checksum, every search count and an old token survived.
# See proof/README.md and the README's "Backup and restore".
#
#   proof/backup.sh [--db h2|postgres]
#
# In order: starts the portal (Payara Micro, demo data) on a new data directory (and, with --db postgres, a new
# database); uploads BACKUP_DOCS (40) text documents for Duiven and Wijchen; writes down what a user observes (every
# document of both with its title and current version, the SHA-256 of every original over the API, the search totals
# of a few words for both, a token of duiven.lid); backs up:
#   h2:       stops the portal (H2 is embedded: a copy needs it stopped) and dumps the database with H2's own Script
#             tool (SQL), then copies the blob store and the token keys;
#   postgres: pg_dump -Fc while the portal runs, then copies blobs and keys AFTER the dump: a blob is written before
#             the row that names it commits, so every row in the dump finds its blob (extra blobs are orphans that
#             the blob collector removes), then stops the portal;
# destroys the data directory (and the database); restores the dump into a new data directory (RunScript, or
# createdb + pg_restore), copies blobs and keys back; leaves the index out (the portal rebuilds it from the
# database); starts the portal, waits until it is ready and compares. Exit status 1 on any difference.
#
# Settings (environment): BACKUP_PORT (18491), BACKUP_WORK (proof/target/backup-<db>), BACKUP_DOCS (40),
# BACKUP_HEAP (1g).
set -Eeuo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
DB=h2
case "${1:-}" in
  "") ;;
  --db) DB=${2:?}; ;;
  --db=*) DB=${1#*=} ;;
  *) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
[[ "$DB" == h2 || "$DB" == postgres ]] || { echo "backup.sh: --db must be h2 or postgres" >&2; exit 2; }

WORK=${BACKUP_WORK:-$ROOT/proof/target/backup-$DB}
PORT=${BACKUP_PORT:-18491}
BASE=http://127.0.0.1:$PORT
DATA=$WORK/data
SAVED=$WORK/backup
PORTAL_HEAP=${BACKUP_HEAP:-1g}
ADMIN_PASSWORD=backup-proof-admin-1
DEMO_PASSWORD=leerkring-demo
DOCS=${BACKUP_DOCS:-40}
WAR=$WORK/portal.war
PAYARA=$WORK/payara-micro.jar
PG_DB=leerkring_backup_$$
PORTAL_ENV=()
PORTAL_PID=
FAILURES=0
say() { printf '\n=== %s (%s UTC)\n' "$*" "$(date -u +%H:%M:%S)"; }
fail() { echo "backup.sh: $*" >&2; exit 1; }

# shellcheck source=bench/portal-process.sh
. "$ROOT/bench/portal-process.sh"
pg() { su postgres -c "$*"; }
cleanup() {
  local rc=$?
  stop_portal
  [[ "$DB" == postgres ]] && pg "dropdb --if-exists $PG_DB" >/dev/null 2>&1
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "Build"
for f in portal-web/target/portal.war portal-web/target/payara-micro.jar; do
  [[ -f "$f" ]] || fail "$f is missing: build it first (./mvnw -o -pl portal-web -am package -DskipTests)"
done
rm -rf "$WORK" && mkdir -p "$WORK/files" "$SAVED"
cp portal-web/target/portal.war "$WAR"
cp portal-web/target/payara-micro.jar "$PAYARA"
unzip -p "$PAYARA" MICRO-INF/runtime/h2.jar >"$WORK/h2.jar" # the H2 the portal runs
if [[ "$DB" == postgres ]]; then
  pg "createdb -O leerkring $PG_DB" || fail "cannot create database $PG_DB (is PostgreSQL running, see .ci/run?)"
  PORTAL_ENV=("PORTAL_DB_URL=jdbc:postgresql://localhost:5432/$PG_DB" PORTAL_DB_USER=leerkring
    PORTAL_DB_PASSWORD=leerkring)
fi

say "A loaded portal"
start_portal "$WORK/portal-before.log"
WORDS=(backupproef wijkaanpak mantelzorg eenzaamheid)
for i in $(seq 1 "$DOCS"); do
  user=$([[ $((i % 2)) == 0 ]] && echo duiven.lid || echo wijchen.lid)
  printf 'Backupproef %s: %s over %s in de wijk, nummer %s.\n' "$i" "${WORDS[0]}" "${WORDS[$((1 + i % 3))]}" \
    "$RANDOM$RANDOM" >"$WORK/files/doc-$i.txt"
  curl -sf -o /dev/null "$BASE/api/documents" -H "Authorization: Bearer $(api_token "$user" "$DEMO_PASSWORD")" \
    -F "metadata={\"title\":\"Backupproef $i\",\"type\":\"overig\"};type=application/json" \
    -F "file=@$WORK/files/doc-$i.txt;type=text/plain" || fail "upload $i was refused"
done
OLD_TOKEN=$(api_token duiven.lid "$DEMO_PASSWORD")

observe() { # observe FILE: what users see, in a stable order
  local out=$1 user t id
  : >"$out"
  for user in duiven.lid wijchen.lid; do
    t=$(api_token "$user" "$DEMO_PASSWORD")
    curl -sf "$BASE/api/documents" -H "Authorization: Bearer $t" | jq -r '.[] | "\(.id) \(.title)"' | sort >"$out.docs"
    while read -r id rest; do
      printf '%s %s %s %s\n' "$user" "$id" "$rest" \
        "$(curl -sf "$BASE/api/documents/$id/file" -H "Authorization: Bearer $t" | sha256sum | cut -c1-64)" >>"$out"
    done <"$out.docs"
    for word in "${WORDS[@]}"; do
      printf '%s search %s %s\n' "$user" "$word" \
        "$(curl -sf "$BASE/api/search?q=$word" -H "Authorization: Bearer $t" | jq .total)" >>"$out"
    done
  done
  rm -f "$out.docs"
}
sleep 2 # the index follows the change log every 250 ms
observe "$WORK/before.txt"
echo "observed $(grep -vc ' search ' "$WORK/before.txt") documents and $(grep -c ' search ' "$WORK/before.txt") search totals"

say "Backup ($DB)"
started=$SECONDS
if [[ "$DB" == postgres ]]; then
  PGPASSWORD=leerkring pg_dump -h localhost -U leerkring -Fc -f "$SAVED/portal.dump" "$PG_DB"
  cp -a "$DATA/blobs" "$DATA/keys" "$SAVED/"
  stop_portal
else
  stop_portal
  java -cp "$WORK/h2.jar" org.h2.tools.Script -url "jdbc:h2:file:$DATA/db/portal" -user sa -script "$SAVED/portal.sql"
  cp -a "$DATA/blobs" "$DATA/keys" "$SAVED/"
fi
echo "backup in $((SECONDS - started)) s: $(du -sh "$SAVED" | cut -f1)"

say "Destroy"
rm -rf "$DATA"
[[ "$DB" == postgres ]] && pg "dropdb $PG_DB"

say "Restore on a fresh data directory"
started=$SECONDS
mkdir -p "$DATA"
if [[ "$DB" == postgres ]]; then
  pg "createdb -O leerkring $PG_DB"
  PGPASSWORD=leerkring pg_restore -h localhost -U leerkring -d "$PG_DB" --no-owner "$SAVED/portal.dump"
else
  java -cp "$WORK/h2.jar" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/db/portal" -user sa -script "$SAVED/portal.sql"
fi
cp -a "$SAVED/blobs" "$SAVED/keys" "$DATA/"
echo "restored in $((SECONDS - started)) s"
start_portal "$WORK/portal-after.log"
sleep 2
observe "$WORK/after.txt"

say "Compare"
if diff "$WORK/before.txt" "$WORK/after.txt"; then
  echo "  ok    $(grep -vc ' search ' "$WORK/after.txt") documents with their titles and file checksums, and every search total"
else
  echo "  FAIL  what users see differs after the restore (above: < before, > after)"; FAILURES=$((FAILURES + 1))
fi
status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/me" -H "Authorization: Bearer $OLD_TOKEN")
if [[ "$status" == 200 ]]; then
  echo "  ok    a token issued before the backup is still valid (the keys were restored)"
else
  echo "  FAIL  a token issued before the backup got $status"; FAILURES=$((FAILURES + 1))
fi
((FAILURES == 0)) || fail "$FAILURES check(s) failed"
echo "backup.sh: the restored portal shows what the backed-up one showed"
