-- wrk script of the card look-up benchmark (bench/card-lookup.sh): random look-ups from a file of request paths,
-- with a facility's bearer token; prints look-ups per second and latency percentiles at the end.
local paths = {}
local token = os.getenv("LOOKUP_TOKEN")
local non2xx = 0

-- Paced mode (LOOKUP_RATE look-ups a second over all threads, LOOKUP_THREADS threads): each thread sends on a fixed
-- schedule, the way many facilities' check-in desks do, instead of as fast as its connections answer. The schedule is
-- kept in wall-clock milliseconds: a thread behind schedule sends at once on its next free connection. With enough
-- connections idle at the rate, latency is measured at that load rather than at saturation.
local rate = tonumber(os.getenv("LOOKUP_RATE") or "0")
local interval = 0
local next_send = nil
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } lookup_timespec;
  int clock_gettime(int clock, lookup_timespec *t);
]]
local now = ffi.new("lookup_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, now) -- CLOCK_MONOTONIC
  return tonumber(now.tv_sec) * 1000 + tonumber(now.tv_nsec) / 1e6
end

if rate > 0 then
  delay = function()
    local t = now_ms()
    next_send = math.max(next_send or t, t - 1000) + interval
    return math.max(0, math.floor(next_send - t))
  end
end

init = function(args)
  if rate > 0 then
    interval = 1000 * tonumber(os.getenv("LOOKUP_THREADS") or "1") / rate
  end
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
