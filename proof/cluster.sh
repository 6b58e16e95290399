#!/usr/bin/env bash
# Cluster proof (issue F11, part 4): two Payara Micro nodes forming one Hazelcast cluster (tcpip, fixed host list),
# sharing PostgreSQL, the blob store and the token keys, behind nginx — all on this machine. Checks, with figures:
#   1. an upload through node A is found by a search through node B (within 2 s; the time is printed);
#   2. a session signed in through the balancer goes on after its node is killed;
#   3. an account deactivated on one node is refused on the other at once (the viewer cache keeps entries for
#      60 s here, so only the cluster's message can do it);
#   4. failed sign-ins count over both nodes (five on A, the sixth is throttled on B);
#   5. a node killed during a bulk upload through the balancer loses nothing that was acknowledged;
#   6. %00 and other encoded control bytes in the path get a readable Dutch problem+json 400 from nginx.
# Exit status 1 on any failure.
#
#   proof/cluster.sh [--keep]
#
# Settings (environment): CLUSTER_WORK (proof/target/cluster), CLUSTER_PORT (18600: nginx; the nodes use +1, +2 and
# Hazelcast 15900/15901), CLUSTER_UPLOADS (60: documents in the bulk upload), CLUSTER_HEAP (768m per node),
# CLUSTER_WAR / CLUSTER_PAYARA (portal-web/target/portal.war and payara-micro.jar, built offline if missing),
# CLUSTER_NGINX (a cache directory for Debian's nginx, fetched with apt-get download: ~/.cache/leerkring-nginx).
# PostgreSQL: a local server (started with pg_ctlcluster if it is down, as .ci/run does) and a fresh database
# leerkring_cluster owned by leerkring/leerkring.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
KEEP=false
[[ "${1:-}" == --keep ]] && KEEP=true

WORK=${CLUSTER_WORK:-$ROOT/proof/target/cluster}
PORT=${CLUSTER_PORT:-18600}
PORT_A=$((PORT + 1))
PORT_B=$((PORT + 2))
HZ_A=15900
HZ_B=15901
UPLOADS=${CLUSTER_UPLOADS:-60}
HEAP=${CLUSTER_HEAP:-768m}
WAR=${CLUSTER_WAR:-$ROOT/portal-web/target/portal.war}
PAYARA=${CLUSTER_PAYARA:-$ROOT/portal-web/target/payara-micro.jar}
NGINX_HOME=${CLUSTER_NGINX:-$HOME/.cache/leerkring-nginx}
ADMIN_PASSWORD=cluster-proof-admin-1
DEMO_PASSWORD=leerkring-demo
LB=http://127.0.0.1:$PORT
NODE_A=http://127.0.0.1:$PORT_A
NODE_B=http://127.0.0.1:$PORT_B
PG_DB=leerkring_cluster
FAILURES=0
declare -A PIDS=()
NGINX_PID=
STARTED=$SECONDS

say() { printf '%s\n' "$*"; }
ok() { say "  ok    $*"; }
bad() { say "  FAIL  $*"; FAILURES=$((FAILURES + 1)); }
die() { say "cluster.sh: $*" >&2; exit 1; }

cleanup() {
  for node in "${!PIDS[@]}"; do kill -9 "${PIDS[$node]}" 2>/dev/null || true; done
  [[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null || true
  if ! $KEEP; then su postgres -c "dropdb --if-exists $PG_DB" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# --- what it needs -------------------------------------------------------------------------------------------
if [[ ! -f "$WAR" || ! -f "$PAYARA" ]]; then
  say "Building the WAR (offline)…"
  ./mvnw -o -q -pl portal-web -am package -DskipTests -Dspotless.check.skip=true
fi

nginx_bin=$NGINX_HOME/root/usr/sbin/nginx
if [[ ! -x "$nginx_bin" ]]; then
  say "Fetching Debian's nginx into $NGINX_HOME…"
  mkdir -p "$NGINX_HOME"
  (cd "$NGINX_HOME" && apt-get download nginx >/dev/null 2>&1 && dpkg-deb -x nginx_*.deb root) ||
    die "could not fetch nginx (apt-get download nginx)"
fi
missing=$(ldd "$nginx_bin" | grep 'not found' || true)
[[ -z "$missing" ]] || die "nginx misses libraries: $missing"

pg_isready -q 2>/dev/null || {
  pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_ctlcluster "$pg_version" main start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
}
pg_isready -q || die "PostgreSQL is not running"
su postgres -c "psql -q -v ON_ERROR_STOP=1" >/dev/null <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = 'leerkring') then
    create role leerkring login password 'leerkring';
  end if;
end \$\$;
drop database if exists $PG_DB;
create database $PG_DB owner leerkring;
SQL

rm -rf "$WORK"
mkdir -p "$WORK"/{a,b,shared/blobs,shared/keys,nginx/logs,nginx/tmp,tmp-a,tmp-b}

# --- nodes -----------------------------------------------------------------------------------------------------
start_node() { # start_node a|b
  local n=$1 port hz
  if [[ $n == a ]]; then port=$PORT_A; hz=$HZ_A; else port=$PORT_B; hz=$HZ_B; fi
  PORTAL_DB_URL=jdbc:postgresql://localhost:5432/$PG_DB PORTAL_DB_USER=leerkring PORTAL_DB_PASSWORD=leerkring \
    PORTAL_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    java "-Xmx$HEAP" -XX:+UseSerialGC "-Djava.io.tmpdir=$WORK/tmp-$n" \
    "-Dportal.data-dir=$WORK/$n" "-Dportal.blobs.dir=$WORK/shared/blobs" "-Dportal.jwt.key-dir=$WORK/shared/keys" \
    "-Dportal.demo.password=$DEMO_PASSWORD" -Dportal.trusted-proxies=127.0.0.1 -Dportal.viewer-cache.seconds=60 \
    -jar "$PAYARA" --deploy "$WAR" --contextroot / --port "$port" --name "node-$n" \
    --clustermode "tcpip:127.0.0.1:$HZ_A,127.0.0.1:$HZ_B" --clustername leerkring-proof --startport "$hz" \
    --interfaces 127.0.0.1 --nohostaware --disablephonehome \
    --prebootcommandfile "$ROOT/portal-web/payara/preboot.asadmin" >"$WORK/node-$n.log" 2>&1 &
  PIDS[$n]=$!
}

await_ready() { # await_ready a|b
  local n=$1 base since=$SECONDS
  [[ $n == a ]] && base=$NODE_A || base=$NODE_B
  until grep -qs 'Payara Micro .* ready in' "$WORK/node-$n.log"; do
    kill -0 "${PIDS[$n]}" 2>/dev/null || { tail -30 "$WORK/node-$n.log" >&2; die "node $n stopped while starting"; }
    ((SECONDS - since < 600)) || die "node $n did not start in 600 s"
    sleep 0.5
  done
  until curl -sf -o /dev/null --max-time 5 "$base/health/ready"; do
    ((SECONDS - since < 600)) || die "node $n was not ready in 600 s"
    sleep 0.5
  done
  say "Node $n ready in $((SECONDS - since)) s."
}

kill_node() { kill -9 "${PIDS[$1]}" 2>/dev/null || true; wait "${PIDS[$1]}" 2>/dev/null || true; unset "PIDS[$1]"; }

# --- the balancer ----------------------------------------------------------------------------------------------
sed -e "s|@PORT@|$PORT|g" -e "s|@NODE_A@|127.0.0.1:$PORT_A|g" -e "s|@NODE_B@|127.0.0.1:$PORT_B|g" \
  -e "s|@WORK@|$WORK/nginx|g" -e "s|@ERRORS@|$ROOT/proof/cluster|g" "$ROOT/proof/cluster/nginx.conf" >"$WORK/nginx/nginx.conf"
"$nginx_bin" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -t -q 2>"$WORK/nginx/test.log" ||
  { cat "$WORK/nginx/test.log" >&2; die "nginx refused its configuration"; }
"$nginx_bin" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' 2>"$WORK/nginx/stderr.log" &
NGINX_PID=$!

say "Starting node A (it migrates the database and loads the demo data), then node B…"
start_node a
await_ready a
start_node b
await_ready b
grep -q 'Name: node-a .*This: false' "$WORK/node-b.log" && ok "node B joined node A's data grid" ||
  bad "node B did not join node A's cluster (see $WORK/node-b.log)"

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
token() { # token BASE USER PASSWORD
  curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$2\",\"password\":\"$3\"}" "$1/api/auth/token" |
    json 'd["token"]'
}
upload() { # upload BASE TOKEN TITLE WORD → prints the id on 201, else nothing (exit 1)
  local file=$WORK/tmp-upload-$$-$RANDOM.txt answer status
  printf 'Clusterproef %s: een notitie met het unieke woord %s.\n' "$3" "$4" >"$file"
  answer=$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $2" \
    -F "metadata={\"title\":\"$3\",\"type\":\"nota-bw\",\"date\":\"2025-03-01\"};type=application/json" \
    -F "file=@$file;type=text/plain" "$1/api/documents" 2>/dev/null) || true
  rm -f "$file"
  status=${answer##*$'\n'}
  [[ "$status" == 201 ]] || return 1
  printf '%s\n' "${answer%$'\n'*}" | json 'd["id"]'
}
found() { # found BASE TOKEN WORD → the total
  curl -s -H "Authorization: Bearer $2" "$1/api/search?q=$3" | json 'd["total"]' 2>/dev/null || echo -1
}
now_ms() { date +%s%3N; }

say "1. Upload through node A, search through node B"
LID_A=$(token "$NODE_A" duiven.lid "$DEMO_PASSWORD")
LID_B=$(token "$NODE_B" duiven.lid "$DEMO_PASSWORD")
word=clusterwoord$RANDOM$RANDOM
t0=$(now_ms)
id=$(upload "$NODE_A" "$LID_A" "Eerste clusterproef" "$word") || bad "the upload through node A was refused"
t1=$(now_ms)
until [[ "$(found "$NODE_B" "$LID_B" "$word")" == 1 ]]; do
  (($(now_ms) - t1 < 10000)) || break
  sleep 0.05
done
t2=$(now_ms)
if [[ "$(found "$NODE_B" "$LID_B" "$word")" == 1 ]]; then
  ((t2 - t1 <= 2000)) && ok "found on node B $((t2 - t1)) ms after node A acknowledged the upload ($((t1 - t0)) ms)" ||
    bad "found on node B only after $((t2 - t1)) ms (more than 2 s)"
else
  bad "node B did not find the upload within 10 s"
fi

say "2. A session survives the loss of its node"
jar=$WORK/cookies.txt
form=$(curl -s -c "$jar" -b "$jar" "$LB/login.xhtml")
state=$(printf '%s' "$form" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//; s/&#58;/:/g')
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode login=login --data-urlencode next= \
  --data-urlencode username=duiven.lid --data-urlencode "password=$DEMO_PASSWORD" --data-urlencode sign-in= \
  --data-urlencode "jakarta.faces.ViewState=$state" "$LB/login.xhtml")
[[ "$status" == 302 ]] || bad "form sign-in through the balancer answered $status"
curl -s -b "$jar" "$LB/api/me" | grep -q '"duiven.lid"' || bad "the session does not know duiven.lid"
served=$(tail -1 "$WORK/nginx/logs/access.log" | awk '{print $NF}')
victim=a
[[ "$served" == "127.0.0.1:$PORT_B" ]] && victim=b
say "  the session was served by node $victim ($served); killing it"
kill_node "$victim"
t0=$(now_ms)
me=$(curl -s -w '\n%{http_code}' -b "$jar" "$LB/api/me")
t1=$(now_ms)
if [[ "${me##*$'\n'}" == 200 && "$me" == *'"duiven.lid"'* ]]; then
  ok "after node $victim died the session goes on through the other node ($((t1 - t0)) ms)"
else
  bad "after node $victim died the session ended: ${me##*$'\n'} ${me%$'\n'*}"
fi
page=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$LB/app/dashboard.xhtml")
[[ "$page" == 200 ]] && ok "a workspace page opens in the same session" || bad "the workspace page answered $page"
say "  restarting node $victim"
start_node "$victim"
await_ready "$victim"
LID_A=$(token "$NODE_A" duiven.lid "$DEMO_PASSWORD")
LID_B=$(token "$NODE_B" duiven.lid "$DEMO_PASSWORD")

say "3. Deactivated on node A, refused on node B at once"
ADMIN_A=$(token "$NODE_A" admin "$ADMIN_PASSWORD")
name=cluster$RANDOM
account=$(curl -sf -H "Authorization: Bearer $ADMIN_A" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$name\",\"password\":\"Clusterproef-wachtwoord-1\",\"displayName\":\"Clusterproef\",\"tenant\":\"duiven\",\"roles\":[\"MEMBER\"]}" \
  "$NODE_A/api/admin/members" | json 'd["id"]') || bad "could not create an account"
ITS=$(token "$NODE_B" "$name" Clusterproef-wachtwoord-1)
[[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ITS" "$NODE_B/api/me")" == 200 ]] ||
  bad "the new account's token does not work on node B"
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $ADMIN_A" -H "Origin: $NODE_A" \
  "$NODE_A/api/admin/accounts/$account/deactivation")
t0=$(now_ms)
[[ "$status" == 204 ]] || bad "deactivation on node A answered $status"
after=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ITS" "$NODE_B/api/me")
t1=$(now_ms)
[[ "$after" == 401 ]] && ok "node B refuses the deactivated account's token ($((t1 - t0)) ms after node A's 204; cache limit 60 s)" ||
  bad "node B still answers $after for the deactivated account"

say "4. Failed sign-ins count over both nodes"
victim_name=duiven.coordinator
for i in 1 2 3 4 5; do
  base=$NODE_A; ((i % 2 == 0)) && base=$NODE_B
  curl -s -o /dev/null -H 'Content-Type: application/json' -H 'X-Forwarded-For: 203.0.113.77' \
    -d "{\"username\":\"$victim_name\",\"password\":\"fout-$i\"}" "$base/api/auth/token"
done
sixth=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H 'X-Forwarded-For: 203.0.113.77' \
  -d "{\"username\":\"$victim_name\",\"password\":\"fout-6\"}" "$NODE_B/api/auth/token")
[[ "$sixth" == 429 ]] && ok "the sixth failure (3 on A, 2 on B before it) is throttled on node B (429)" ||
  bad "the sixth failed sign-in answered $sixth, not 429"

say "5. A node killed during a bulk upload through the balancer"
LID=$(token "$LB" duiven.lid "$DEMO_PASSWORD")
acked=$WORK/acknowledged.tsv
: >"$acked"
(
  for i in $(seq 1 "$UPLOADS"); do
    w=bulkwoord$i$RANDOM$RANDOM
    if id=$(upload "$LB" "$LID" "Bulk $i" "$w"); then printf '%s\t%s\n' "$id" "$w" >>"$acked"; fi
  done
) &
bulk=$!
since=$SECONDS # kill node A once a few uploads are acknowledged (both nodes take them), so some die in flight
until (($(wc -l <"$acked") >= 6 || SECONDS - since > 120)); do sleep 0.2; done
kill_node a
say "  killed node A after $(wc -l <"$acked") acknowledged uploads"
wait "$bulk" || true
total=$(wc -l <"$acked")
by_a=$(grep -c "POST /api/documents HTTP/1.1\" 201 .* 127.0.0.1:$PORT_A\$" "$WORK/nginx/logs/access.log" || true)
unacked=$(grep "POST /api/documents HTTP/1.1\" 5" "$WORK/nginx/logs/access.log" | grep -c "" || true)
say "  $by_a acknowledged by node A before it died, $unacked refused in flight (not acknowledged)"
lost=0
while IFS=$'\t' read -r id w; do
  got=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $LID" "$NODE_B/api/documents/$id")
  [[ "$got" == 200 ]] || { lost=$((lost + 1)); continue; }
  for _ in $(seq 1 40); do [[ "$(found "$NODE_B" "$LID" "$w")" == 1 ]] && break; sleep 0.1; done
  [[ "$(found "$NODE_B" "$LID" "$w")" == 1 ]] || lost=$((lost + 1))
done <"$acked"
((lost == 0 && total > 0)) && ok "$total of $UPLOADS uploads acknowledged, all $total readable and searchable on node B" ||
  bad "$lost of $total acknowledged uploads are missing or not searchable"

say "6. Control bytes in the path"
for path in /api/documents/%00 /app/%00x /api/search%0a /%1F /%7f; do
  answer=$(curl -s -D "$WORK/headers.txt" "$LB$path")
  code=$(head -1 "$WORK/headers.txt" | awk '{print $2}')
  if [[ "$code" == 400 ]] && grep -qi '^content-type: application/problem+json' "$WORK/headers.txt" &&
    [[ "$answer" == *'"status":400'* && "$answer" == *'stuurteken'* ]]; then
    ok "$path: 400 problem+json in Dutch"
  else
    bad "$path: $code $(head -c 200 <<<"$answer")"
  fi
done

say "Figures: ran $((SECONDS - STARTED)) s; failures $FAILURES. Logs: $WORK"
((FAILURES == 0))
