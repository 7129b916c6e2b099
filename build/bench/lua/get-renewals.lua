-- GET the renewals of a random seeded mentor (list filtered by mentor_id).
dofile(os.getenv("LUA_DIR") .. "/common.lua")

function init(args)
  parse_args(args)
  math.randomseed(os.time() + id)
end

function request()
  return wrk.format("GET", "/api/v1/certification-renewals?mentor_id=" .. mentor(math.random(1, size)))
end
