-- wrk script: GET /v1/quotes with a rotating filter (speaker, words, entity and dates, country).
local paths = {
  "/v1/quotes?speaker=Sullivan",
  "/v1/quotes?q=accord%20budget",
  "/v1/quotes?entity=jake-sullivan&from=2023-03&to=2023-04",
  "/v1/quotes?place=KR",
  "/v1/quotes?speaker=Macron&limit=50",
  "/v1/quotes?q=climat",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
