-- wrk script: GET PREFIX .. (random integer in [MIN, MAX]) .. SUFFIX, a new number per request.
-- Usage: wrk ... -s bench/random-path.lua URL -- PREFIX MIN MAX [SUFFIX]
local prefix, min, max, suffix

function init(args)
  prefix, min, max, suffix = args[1], tonumber(args[2]), tonumber(args[3]), args[4] or ""
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

function request()
  return wrk.format("GET", prefix .. math.random(min, max) .. suffix)
end
