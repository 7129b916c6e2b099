-- Shared by the scenario scripts: arguments after `--` are <certifications> <run>.
-- Each wrk thread gets an id so that generated keys never collide between threads.
local counter = 1
local threads = {}

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function parse_args(args)
  size = tonumber(args[1] or "10000")
  run = tonumber(args[2] or "1")
end

function mentor(i)
  return string.format("m%07d", i)
end
