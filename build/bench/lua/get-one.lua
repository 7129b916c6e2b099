-- GET one status by a random seeded mentor.
dofile(os.getenv("LUA_DIR") .. "/common.lua")

function init(args)
  parse_args(args)
  math.randomseed(os.time() + id)
end

function request()
  return wrk.format("GET", "/api/v1/certification-statuses/" .. mentor(math.random(1, size)))
end
