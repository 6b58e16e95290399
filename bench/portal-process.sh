# Sourced by the bench scripts (search.sh, soak.sh, export.sh) that start a portal of their own: starts and stops it.
# Expects PORTAL_PID, the pid of the portal they started (empty when none runs); start_portal also expects PORT,
# BASE, DATA, WAR, PAYARA, PORTAL_HEAP, ADMIN_PASSWORD, DEMO_PASSWORD, ROOT, a function fail and optionally an array
# PORTAL_ENV of extra environment settings (name=value).

stop_portal() { # stop_portal: ask the portal to stop, kill it after 60 s, and forget its pid
  if [[ -n "$PORTAL_PID" ]] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 1; done
    if kill -0 "$PORTAL_PID" 2>/dev/null; then
      echo "The portal (pid $PORTAL_PID) did not stop in 60 s; killing it." >&2
      kill -9 "$PORTAL_PID" 2>/dev/null || true
    fi
    wait "$PORTAL_PID" 2>/dev/null || true
  fi
  PORTAL_PID=
}

start_portal() { # start_portal LOG: start Payara Micro with the portal on H2 and wait until it is ready
  local log=$1
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    fail "port $PORT is in use; set BENCH_PORT"
  fi
  # shellcheck disable=SC2154 # PORTAL_ENV: optional extra settings (e.g. PostgreSQL's), name=value each
  env -u PORTAL_DB_URL -u PORTAL_DB_USER -u PORTAL_DB_PASSWORD ${PORTAL_ENV[@]+"${PORTAL_ENV[@]}"} \
    PORTAL_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java "-Xmx$PORTAL_HEAP" "-Dportal.data-dir=$DATA" "-Dportal.demo.password=$DEMO_PASSWORD" \
    -jar "$PAYARA" --deploy "$WAR" --contextroot / --port "$PORT" --nohazelcast --disablephonehome \
    --prebootcommandfile "$ROOT/portal-web/payara/preboot.asadmin" >"$log" 2>&1 &
  PORTAL_PID=$!
  local started=$SECONDS
  local booted=
  until curl -sf -o /dev/null "$BASE/health/ready"; do
    kill -0 "$PORTAL_PID" 2>/dev/null || { tail -40 "$log" >&2; fail "the portal stopped while starting (log: $log)"; }
    (( SECONDS - started < ${START_TIMEOUT:-600} )) || { tail -40 "$log" >&2; fail "the portal was not ready in ${START_TIMEOUT:-600} s (log: $log)"; }
    # Payara Micro stays up when the deployment fails; the portal then never answers.
    if [[ -z "$booted" ]] && grep -q 'Payara Micro .* ready in' "$log"; then booted=$SECONDS; fi
    if [[ -n "$booted" ]] && (( SECONDS - booted > ${START_TIMEOUT:-600} / 5 )); then
      grep -m3 -A3 'SEVERE' "$log" >&2 || true
      fail "Payara Micro started but the portal did not become ready; did the deployment fail? (log: $log)"
    fi
    sleep 1
  done
  echo "Portal (pid $PORTAL_PID) ready on $BASE in $((SECONDS - started)) s; log $log"
}

api_token() { # api_token USER PASSWORD: a bearer token from the portal at BASE (needs jq)
  curl -sf "$BASE/api/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" | jq -r .token
}
