-- wrk: the briefing figures for a day drawn at random from the three generated years (2016-01-07 .. 2018-12-30),
-- the same days as bench/briefing.sql draws for the hand-written query.
local first = os.time({ year = 2016, month = 1, day = 1, hour = 12 })
math.randomseed(1)
request = function()
  local day = os.date("!%Y-%m-%d", first + math.random(6, 1094) * 86400)
  return wrk.format("GET", "/api/v1/briefings?asOf=" .. day)
end
