-- Requests spread over the lines of a file, picked at random, for wrk; prints one result line when done.
-- Use: wrk ... -s bench/lua/paths.lua <base-url> -- <file> <prefix>
--   each request is <prefix><line>; lines starting with # and empty lines are skipped.
local paths = {}
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

function init(args)
  local file = args[1]
  local prefix = args[2] or ""
  for line in io.lines(file) do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      table.insert(paths, prefix .. line)
    end
  end
  if #paths == 0 then
    error("no paths in " .. file)
  end
  math.randomseed(os.time() + (number or 0) * 7919)
end

function request()
  local path = paths[math.random(#paths)]
  -- One search in four asks for a later page, as people scroll.
  if path:find("?", 1, true) and math.random(4) == 1 then
    path = path .. "&page=" .. math.random(1, 3)
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f non2xx=%d errors=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
