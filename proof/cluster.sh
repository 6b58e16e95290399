#!/usr/bin/env bash
# Cluster proof (issue F11, part 4): two Payara Micro nodes forming one Hazelcast cluster (tcpip, fixed host list),
# sharing PostgreSQL, the blob store and the token keys, behind nginx — all on this machine. Checks, with figures:
#   1. uploads through node A are found by a search through node B within 2 s each (CLUSTER_LIMIT_MS; printed);
#   2. an account deactivated on one node is refused on the other at once (the viewer cache keeps entries for
#      60 s here, so only the cluster's message can do it);
#   3. failed sign-ins count over both nodes (five on A and B, the sixth is throttled on B);
#   4. %00 and other encoded control bytes in the path get a readable Dutch problem+json 400 from nginx;
#   5. a session signed in through the balancer goes on after its node is killed;
#   6. (full only) a node killed during a bulk upload through the balancer loses nothing that was acknowledged.
# Exit status 1 on any failure.
#
#   proof/cluster.sh [--short] [--keep]
#
# --short (what .ci/run runs after the two verify phases, ~3 min): no demo data (the proof signs in with accounts it
# creates through the admin API), node B starts as soon as node A has migrated the database and created the first
# admin (so the two nodes boot side by side without racing for the schema), 5 uploads for check 1, no restart after
# check 5 and no check 6. The full run (~12 min at load 4, 22 at load 30) loads the demo data on node A first
# (a loaded portal), starts B after A is ready, restarts the killed node and runs the bulk upload.
#
# Settings (environment): CLUSTER_WORK (proof/target/cluster), CLUSTER_PORT (18600: nginx; the nodes use +1, +2 and
# Hazelcast +3, +4 — keep the four ports above it free), CLUSTER_UPLOADS (60: documents in the bulk upload),
# CLUSTER_PROBES (5 short, 10 full: uploads timed in check 1), CLUSTER_LIMIT_MS (2000), CLUSTER_HEAP (768m per node),
# CLUSTER_WAR / CLUSTER_PAYARA (portal-web/target/portal.war and payara-micro.jar, built offline if missing), CLUSTER_NGINX (a cache
# directory for Debian's nginx, fetched with apt-get download and unpacked, never installed as a service:
# ~/.cache/leerkring-nginx), CLUSTER_DB (leerkring_cluster).
# PostgreSQL: a local server (started with pg_ctlcluster if it is down, as .ci/run does) and a fresh database
# owned by leerkring/leerkring. Needs root (su postgres), curl, ldd; no python.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
KEEP=false
SHORT=false
for arg in "$@"; do
  case $arg in
  --keep) KEEP=true ;;
  --short) SHORT=true ;;
  *) printf 'usage: proof/cluster.sh [--short] [--keep]\n' >&2; exit 2 ;;
  esac
done

WORK=${CLUSTER_WORK:-$ROOT/proof/target/cluster}
PORT=${CLUSTER_PORT:-18600}
PORT_A=$((PORT + 1))
PORT_B=$((PORT + 2))
HZ_A=$((PORT + 3))
HZ_B=$((PORT + 4))
UPLOADS=${CLUSTER_UPLOADS:-60}
if $SHORT; then PROBES=${CLUSTER_PROBES:-5}; else PROBES=${CLUSTER_PROBES:-10}; fi
LIMIT_MS=${CLUSTER_LIMIT_MS:-2000}
HEAP=${CLUSTER_HEAP:-768m}
WAR=${CLUSTER_WAR:-$ROOT/portal-web/target/portal.war}
PAYARA=${CLUSTER_PAYARA:-$ROOT/portal-web/target/payara-micro.jar}
NGINX_HOME=${CLUSTER_NGINX:-$HOME/.cache/leerkring-nginx}
PG_DB=${CLUSTER_DB:-leerkring_cluster}
ADMIN_PASSWORD=cluster-proof-admin-1
PASSWORD=Clusterproef-wachtwoord-1
LB=http://127.0.0.1:$PORT
NODE_A=http://127.0.0.1:$PORT_A
NODE_B=http://127.0.0.1:$PORT_B
FAILURES=0
declare -A PIDS=() STARTS=()
NGINX_PID=
STARTED=$SECONDS

say() { printf '%s\n' "$*"; }
ok() { say "  ok    $*"; }
bad() { say "  FAIL  $*"; FAILURES=$((FAILURES + 1)); }
die() { say "cluster.sh: $*" >&2; exit 1; }

cleanup() {
  for node in "${!PIDS[@]}"; do kill -9 "${PIDS[$node]}" 2>/dev/null || true; { wait "${PIDS[$node]}"; } 2>/dev/null || true; done
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
  # A clean machine may have no package lists yet (apt-get update needs root, as in CI).
  (cd "$NGINX_HOME" && { apt-get download nginx >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && apt-get download nginx >/dev/null 2>&1; }; } &&
    dpkg-deb -x nginx_*.deb root) || die "could not fetch nginx (apt-get download nginx)"
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
# The portal's pre-boot commands, and the index's timings in the log (how soon a change is searchable).
{ cat "$ROOT/portal-web/payara/preboot.asadmin"; echo 'set-log-levels nl.leerkring.portal.search.SearchService=FINE'; } \
  >"$WORK/preboot.asadmin"

# --- nodes -----------------------------------------------------------------------------------------------------
start_node() { # start_node a|b
  local n=$1 port hz
  if [[ $n == a ]]; then port=$PORT_A; hz=$HZ_A; else port=$PORT_B; hz=$HZ_B; fi
  PORTAL_DB_URL=jdbc:postgresql://localhost:5432/$PG_DB PORTAL_DB_USER=leerkring PORTAL_DB_PASSWORD=leerkring \
    PORTAL_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    java "-Xmx$HEAP" -XX:+UseSerialGC "-Djava.io.tmpdir=$WORK/tmp-$n" \
    "-Dportal.data-dir=$WORK/$n" "-Dportal.blobs.dir=$WORK/shared/blobs" "-Dportal.jwt.key-dir=$WORK/shared/keys" \
    "-Dportal.demo-data=$($SHORT && echo false || echo true)" -Dportal.demo.password=leerkring-demo \
    -Dportal.trusted-proxies=127.0.0.1 -Dportal.viewer-cache.seconds=60 \
    -jar "$PAYARA" --deploy "$WAR" --contextroot / --port "$port" --name "node-$n" \
    --clustermode "tcpip:127.0.0.1:$HZ_A,127.0.0.1:$HZ_B" --clustername "leerkring-proof-$PORT" --startport "$hz" \
    --interfaces 127.0.0.1 --nohostaware --disablephonehome \
    --prebootcommandfile "$WORK/preboot.asadmin" >"$WORK/node-$n.log" 2>&1 &
  PIDS[$n]=$!
  STARTS[$n]=$SECONDS
}

await_log() { # await_log a|b PATTERN
  until grep -qs "$2" "$WORK/node-$1.log"; do
    kill -0 "${PIDS[$1]}" 2>/dev/null || { tail -30 "$WORK/node-$1.log" >&2; die "node $1 stopped while starting"; }
    ((SECONDS - STARTS[$1] < 600)) || die "node $1 did not log '$2' within 600 s"
    sleep 0.5
  done
}

await_ready() { # await_ready a|b
  local n=$1 base
  [[ $n == a ]] && base=$NODE_A || base=$NODE_B
  await_log "$n" 'Payara Micro .* ready in'
  until curl -sf -o /dev/null --max-time 5 "$base/health/ready"; do
    ((SECONDS - STARTS[$n] < 600)) || die "node $n was not ready in 600 s"
    sleep 0.5
  done
  say "Node $n ready $((SECONDS - STARTS[$n])) s after its start."
}

kill_node() { kill -9 "${PIDS[$1]}" 2>/dev/null || true; wait "${PIDS[$1]}" 2>/dev/null || true; unset "PIDS[$1]"; }

# --- the balancer ----------------------------------------------------------------------------------------------
sed -e "s|@PORT@|$PORT|g" -e "s|@NODE_A@|127.0.0.1:$PORT_A|g" -e "s|@NODE_B@|127.0.0.1:$PORT_B|g" \
  -e "s|@WORK@|$WORK/nginx|g" -e "s|@ERRORS@|$ROOT/proof/cluster|g" "$ROOT/proof/cluster/nginx.conf" >"$WORK/nginx/nginx.conf"
"$nginx_bin" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -t -q 2>"$WORK/nginx/test.log" ||
  { cat "$WORK/nginx/test.log" >&2; die "nginx refused its configuration"; }
"$nginx_bin" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' 2>"$WORK/nginx/stderr.log" &
NGINX_PID=$!

say "Load before the start: $(uptime | sed 's/.*load average/load average/')"
if $SHORT; then
  # Without demo data the first node's first start only migrates and creates the admin; once that is done the
  # second node can boot beside it (its migration finds the schema current, its first start finds the admin).
  say "Starting node A; node B starts once A has migrated the database and created the first admin…"
  start_node a
  await_log a "First platform admin 'admin' created"
  say "  node A migrated the database in $((SECONDS - STARTS[a])) s; starting node B"
  start_node b
  await_ready a
  await_ready b
else
  say "Starting node A (it migrates the database and loads the demo data), then node B…"
  start_node a
  await_ready a
  start_node b
  await_ready b
fi
grep -q 'Name: node-a .*This: false' "$WORK/node-b.log" && ok "node B joined node A's data grid" ||
  bad "node B did not join node A's cluster (see $WORK/node-b.log)"

# --- helpers (JSON read with sed: no python on a clean CI machine) ---------------------------------------------
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p" | head -1; } # the first "name": value (string or number)
token() { # token BASE USER PASSWORD
  curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$2\",\"password\":\"$3\"}" "$1/api/auth/token" |
    field token
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
  printf '%s\n' "${answer%$'\n'*}" | field id
}
found() { # found BASE TOKEN WORD → the total (-1 on an error)
  local total
  total=$(curl -s --max-time 5 -H "Authorization: Bearer $2" "$1/api/search?q=$3" | field total)
  printf '%s\n' "${total:--1}"
}
now_ms() { date +%s%3N; }

ADMIN_A=$(token "$NODE_A" admin "$ADMIN_PASSWORD")
[[ -n "$ADMIN_A" ]] || die "the admin cannot sign in on node A"
TENANT=clusterproef
curl -sf -o /dev/null -H "Authorization: Bearer $ADMIN_A" -H 'Content-Type: application/json' \
  -d "{\"slug\":\"$TENANT\",\"name\":\"Clusterproef\",\"cbsCode\":\"GM9901\"}" "$NODE_A/api/admin/tenants" ||
  die "could not create the gemeente $TENANT"
new_member() { # new_member USERNAME → the account id
  curl -sf -H "Authorization: Bearer $ADMIN_A" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\",\"displayName\":\"Clusterproef $1\",\"tenant\":\"$TENANT\",\"roles\":[\"MEMBER\"]}" \
    "$NODE_A/api/admin/members" | field id
}
MEMBER=$TENANT.lid
[[ -n "$(new_member "$MEMBER")" ]] || die "could not create the account $MEMBER"

say "1. Upload through node A, search through node B ($PROBES uploads, one at a time)"
LID_A=$(token "$NODE_A" "$MEMBER" "$PASSWORD")
LID_B=$(token "$NODE_B" "$MEMBER" "$PASSWORD")
times=()
for probe in $(seq 1 "$PROBES"); do
  word=clusterwoord$RANDOM$RANDOM
  t0=$(now_ms)
  id=$(upload "$NODE_A" "$LID_A" "Clusterproef $probe" "$word") || { bad "upload $probe through node A was refused"; continue; }
  t1=$(now_ms)
  until [[ "$(found "$NODE_B" "$LID_B" "$word")" == 1 ]]; do
    (($(now_ms) - t1 < 10000)) || break
  done
  t2=$(now_ms)
  if [[ "$(found "$NODE_B" "$LID_B" "$word")" == 1 ]]; then
    times+=($((t2 - t1)))
    ((t2 - t1 <= LIMIT_MS)) && ok "upload $probe found on node B $((t2 - t1)) ms after node A acknowledged it (upload $((t1 - t0)) ms)" ||
      bad "upload $probe found on node B only after $((t2 - t1)) ms (more than $LIMIT_MS ms)"
  else
    bad "node B did not find upload $probe within 10 s"
  fi
done
if ((${#times[@]} > 0)); then
  sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
  say "  found on B after (ms, sorted): $sorted(load $(cut -d' ' -f1 /proc/loadavg))"
  say "  node B's index (from its log: the time since node A wrote the change, then B's own part):"
  grep -o 'Index applied 1 changes .*refresh of [0-9]* ms' "$WORK/node-b.log" | tail -n "$PROBES" | sed 's/^/    /' || true
fi

say "2. Deactivated on node A, refused on node B at once"
name=cluster$RANDOM
account=$(new_member "$name")
[[ -n "$account" ]] || bad "could not create an account"
ITS=$(token "$NODE_B" "$name" "$PASSWORD")
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

say "3. Failed sign-ins count over both nodes"
for i in 1 2 3 4 5; do
  base=$NODE_A; ((i % 2 == 0)) && base=$NODE_B
  curl -s -o /dev/null -H 'Content-Type: application/json' -H 'X-Forwarded-For: 203.0.113.77' \
    -d "{\"username\":\"$MEMBER\",\"password\":\"fout-$i\"}" "$base/api/auth/token"
done
sixth=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H 'X-Forwarded-For: 203.0.113.77' \
  -d "{\"username\":\"$MEMBER\",\"password\":\"fout-6\"}" "$NODE_B/api/auth/token")
[[ "$sixth" == 429 ]] && ok "the sixth failure (3 on A, 2 on B before it) is throttled on node B (429)" ||
  bad "the sixth failed sign-in answered $sixth, not 429"

say "4. Control bytes in the path"
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

say "5. A session survives the loss of its node"
# A second member: the throttle of check 3 holds the first one's sign-ins from this address for a while.
SESSION_USER=$TENANT.sessie
[[ -n "$(new_member "$SESSION_USER")" ]] || bad "could not create the account $SESSION_USER"
jar=$WORK/cookies.txt
form=$(curl -s -c "$jar" -b "$jar" "$LB/login.xhtml")
state=$(printf '%s' "$form" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//; s/&#58;/:/g')
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode login=login --data-urlencode next= \
  --data-urlencode "username=$SESSION_USER" --data-urlencode "password=$PASSWORD" --data-urlencode sign-in= \
  --data-urlencode "jakarta.faces.ViewState=$state" "$LB/login.xhtml")
[[ "$status" == 302 ]] || bad "form sign-in through the balancer answered $status"
curl -s -b "$jar" "$LB/api/me" | grep -q "\"$SESSION_USER\"" || bad "the session does not know $SESSION_USER"
served=$(tail -1 "$WORK/nginx/logs/access.log" | awk '{print $NF}')
victim=a
[[ "$served" == "127.0.0.1:$PORT_B" ]] && victim=b
say "  the session was served by node $victim ($served); killing it"
kill_node "$victim"
t0=$(now_ms)
me=$(curl -s -w '\n%{http_code}' -b "$jar" "$LB/api/me")
t1=$(now_ms)
if [[ "${me##*$'\n'}" == 200 && "$me" == *"\"$SESSION_USER\""* ]]; then
  ok "after node $victim died the session goes on through the other node ($((t1 - t0)) ms)"
else
  bad "after node $victim died the session ended: ${me##*$'\n'} ${me%$'\n'*}"
fi
page=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$LB/app/dashboard.xhtml")
[[ "$page" == 200 ]] && ok "a workspace page opens in the same session" || bad "the workspace page answered $page"

if ! $SHORT; then
  say "  restarting node $victim"
  start_node "$victim"
  await_ready "$victim"

  say "6. A node killed during a bulk upload through the balancer"
  LID=$(token "$LB" "$SESSION_USER" "$PASSWORD")
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
fi

say "Figures: ran $((SECONDS - STARTED)) s ($($SHORT && echo short || echo full)); load $(cut -d' ' -f1-3 /proc/loadavg); failures $FAILURES. Logs: $WORK"
((FAILURES == 0))
