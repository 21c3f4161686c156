-- wrk script: each request asks for a random entity page (ids 1..2000, the synthetic store's actors),
-- so the paragraph cache and the CPU caches are not one entity's alone.
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/entities/" .. math.random(1, 2000))
end
