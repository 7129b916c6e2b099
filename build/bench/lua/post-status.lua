-- POST a new status; ids are unique per run, thread and request.
dofile(os.getenv("LUA_DIR") .. "/common.lua")

local n = 0

function init(args)
  parse_args(args)
end

function request()
  n = n + 1
  local body = string.format(
    '{"mentor_id":"p%d-%d-%d","certification_type":"peer_mentor_standard",' ..
    '"issue_date":"2026-01-01T00:00:00Z","expiry_date":"2028-01-01T00:00:00Z"}', run, id, n)
  return wrk.format("POST", "/api/v1/certification-statuses", {["Content-Type"] = "application/json"}, body)
end
