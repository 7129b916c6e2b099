-- Mixed load for build/soak/run.sh. Each wrk thread has one connection (run.sh passes -c = -t),
-- so a thread's requests are strictly sequential: a renewal only ever targets a mentor whose
-- create this thread has already seen acknowledged, with an expiry later than its last one.
-- Arguments (after --): <slice number> <seeded mentor count>

local thread_counter = 0
local threads = {}

function setup(thread)
  thread_counter = thread_counter + 1
  thread:set("tid", thread_counter)
  table.insert(threads, thread)
end

local slice, seeded
local counter = 0
local created = {}          -- mentors this thread created (acknowledged)
local renewals = 0
local pending_create = nil
local failures = 0
-- 2027-01-01T00:00:00Z; every renewal of this thread moves a minute later, so each extends its mentor.
local base_expiry = 1798761600

local function iso(epoch)
  return os.date("!%Y-%m-%dT%H:%M:%SZ", epoch)
end

function init(args)
  slice = tonumber(args[1]) or 0
  seeded = tonumber(args[2]) or 100
  math.randomseed(slice * 1000 + tid)
end

local json_headers = { ["Content-Type"] = "application/json" }

function request()
  counter = counter + 1
  pending_create = nil
  local r = math.random(100)
  if r <= 35 then
    return wrk.format("GET", string.format("/api/v1/certification-statuses/soak-seed-%04d", math.random(seeded)))
  elseif r <= 45 then
    local filters = {
      "?certification_type=peer_mentor_standard&sort=-expiry_date&limit=20",
      "?is_expired=false&expiring_within_days=400&page=2&limit=10",
      "?sort=expiry_date&limit=50",
    }
    return wrk.format("GET", "/api/v1/certification-statuses" .. filters[math.random(#filters)])
  elseif r <= 55 then
    local filters = {
      string.format("?mentor_id=soak-seed-%04d", math.random(seeded)),
      "?processed_by=soak-clerk&sort=-renewal_date&limit=20",
      "?limit=20&page=3",
    }
    return wrk.format("GET", "/api/v1/certification-renewals" .. filters[math.random(#filters)])
  elseif r <= 75 or #created == 0 then
    local mentor = string.format("soak-s%d-t%d-%d", slice, tid, counter)
    pending_create = mentor
    local body = string.format(
      '{"mentor_id":"%s","certification_type":"peer_mentor_%s","issue_date":"2025-01-01T00:00:00Z","expiry_date":"2027-01-01T00:00:00Z"}',
      mentor, (counter % 2 == 0) and "standard" or "advanced")
    return wrk.format("POST", "/api/v1/certification-statuses", json_headers, body)
  else
    renewals = renewals + 1
    -- A recent mentor of this thread, so that the renewal history of some grows long.
    local mentor = created[#created - math.random(math.min(#created, 20)) + 1]
    local body = string.format(
      '{"mentor_id":"%s","renewal_date":"2026-01-01T00:00:00Z","new_expiry_date":"%s","processed_by":"soak-clerk","notes":"soak"}',
      mentor, iso(base_expiry + renewals * 60))
    return wrk.format("POST", "/api/v1/certification-renewals", json_headers, body)
  end
end

function response(status, headers, body)
  if status >= 400 then
    failures = failures + 1
    if failures <= 3 then
      io.stderr:write(string.format("soak: HTTP %d: %s\n", status, body))
    end
  elseif pending_create ~= nil and status == 201 then
    table.insert(created, pending_create)
  end
end
