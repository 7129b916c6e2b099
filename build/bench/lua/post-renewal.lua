-- POST a renewal. A renewal must extend the current expiry, so every request renews the next
-- seeded mentor with a far-future expiry that grows with each request: thread t of T renews the
-- mentors i with i % T == t, so one mentor is always renewed by one thread, in increasing order,
-- and each run starts above every expiry an earlier run (of either host) can have set.
dofile(os.getenv("LUA_DIR") .. "/common.lua")

local seq = 0
local base = os.time({year = 2400, month = 1, day = 1, hour = 0})

function init(args)
  parse_args(args)
  threads_total = tonumber(args[3] or "2")
  seq = id - 1
end

function request()
  local m = (seq % size) + 1
  local expiry = base + run * 100000000 + seq
  seq = seq + threads_total
  local body = string.format(
    '{"mentor_id":"%s","renewal_date":"2026-11-01T00:00:00Z","new_expiry_date":"%s","processed_by":"bench"}',
    mentor(m), os.date("!%Y-%m-%dT%H:%M:%SZ", expiry))
  return wrk.format("POST", "/api/v1/certification-renewals", {["Content-Type"] = "application/json"}, body)
end
