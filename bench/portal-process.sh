# Sourced by the bench scripts (search.sh, soak.sh) that start a portal of their own: stops it.
# Expects PORTAL_PID, the pid of the portal they started (empty when none runs).

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
