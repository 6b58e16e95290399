-- wrk script of the search benchmark (bench/search.sh): every request is GET /api/search with one query of
-- the fixed query set, in turn, with the bearer token of duiven.lid. The query paths (one a line) and the token
-- are written by the benchmark's query phase; their files are named by WRK_PATHS and WRK_TOKEN_FILE.
-- Each wrk thread runs this script in its own Lua state; thread n starts at query n, so the threads do not
-- ask the same query at the same moment.

local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do
  if #line > 0 then
    paths[#paths + 1] = line
  end
end
local file = assert(io.open(os.getenv("WRK_TOKEN_FILE"), "r"))
local token = file:read("*a"):gsub("%s+$", "")
file:close()

local counter = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("start", threads)
end

function init(args)
  counter = (start or 1) - 1
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter], {
    ["Authorization"] = "Bearer " .. token,
    ["Accept"] = "application/json",
  })
end
