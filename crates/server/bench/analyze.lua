-- wrk script: POST the reference article to /v1/analyze (path of the article in ARTICLE).
local f = assert(io.open(os.getenv("ARTICLE") or "examples/seed-kim-poutine.txt", "rb"))
local body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
