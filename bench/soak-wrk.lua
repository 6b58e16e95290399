-- wrk script of the soak benchmark (bench/soak.sh): the mixed request list written by the helper's paths phase
-- (file SOAK_PATHS, one request a line: "<token number> <path>") with the bearer tokens of SOAK_TOKENS (one a line,
-- numbered from 1). Each wrk thread runs this script in its own Lua state and starts at its own place in the list.
-- Every answer other than 200 is counted (wrk itself counts only statuses above 399), and done() prints one line
--   SOAK requests=… duration_us=… p50_us=… p90_us=… p99_us=… max_us=… connect=… read=… write=… timeout=…
--        status_errors=… non200=… statuses=<status>:<count>,…
-- that soak.sh reads.

local tokens = {}
for line in io.lines(os.getenv("SOAK_TOKENS")) do
  if #line > 0 then
    tokens[#tokens + 1] = line
  end
end
local lines = {}
for line in io.lines(os.getenv("SOAK_PATHS")) do
  local user, path = line:match("^(%d+) (.+)$")
  if user then
    lines[#lines + 1] = { tokens[tonumber(user)], path }
  end
end

local threads = {}
local created = 0

function setup(thread)
  created = created + 1
  thread:set("offset", math.floor((created - 1) * #lines / 8))
  table.insert(threads, thread)
end

-- Globals, so that done() can read them from each thread with thread:get.
statuses = {}
non200 = 0
local counter = 0
local requests = {}

function init(args)
  -- Built here, not at load: wrk.format takes the Host header from wrk.init, which has run by now.
  for i, l in ipairs(lines) do
    requests[i] = wrk.format("GET", l[2], {
      ["Authorization"] = "Bearer " .. l[1],
      ["Accept"] = "application/json, text/html;q=0.9",
    })
  end
  counter = offset or 0
end

function request()
  counter = counter % #requests + 1
  return requests[counter]
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  local by_status = {}
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("non200") or 0)
    local s = thread:get("statuses")
    if s then
      for status, count in pairs(s) do
        by_status[status] = (by_status[status] or 0) + count
      end
    end
  end
  local parts = {}
  for status, count in pairs(by_status) do
    parts[#parts + 1] = status .. ":" .. count
  end
  local e = summary.errors
  io.write(string.format(
    "SOAK requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d connect=%d read=%d write=%d timeout=%d status_errors=%d non200=%d statuses=%s\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, e.connect, e.read, e.write, e.timeout, e.status, bad, #parts > 0 and table.concat(parts, ",") or "-"))
end
