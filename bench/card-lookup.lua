-- wrk script of the card look-up benchmark (bench/card-lookup.sh): random look-ups from a file of request paths,
-- with a facility's bearer token; prints look-ups per second and latency percentiles at the end.
local paths = {}
local token = os.getenv("LOOKUP_TOKEN")
local non2xx = 0

init = function(args)
  for line in io.lines(os.getenv("LOOKUP_FILE")) do
    paths[#paths + 1] = line
  end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

request = function()
  return wrk.format("GET", paths[math.random(#paths)], { ["Authorization"] = "Bearer " .. token })
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "HTTP look-ups: %.0f look-ups/s, p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms (%d look-ups in %.1f s, %d non-2xx, %d socket errors)\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000, summary.requests, seconds, summary.errors.status, errors))
end
