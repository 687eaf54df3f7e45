-- PUT a judgement again and again, cycling over the audit's judgements (BENCH_JUDGEMENTS: "item strand version"
-- per line, read by bench.sh just before the run) and sending each one's current version (read from the last
-- response), as the workspace page does. Each wrk thread takes every n-th judgement, and skips one whose save is still
-- in flight (a thread has many connections: a slow save could otherwise be overtaken by the next save of the same
-- judgement with the same version, a 409), so a judgement is never in flight twice. Always Amber with a new commentary: bench.sh made every judgement Amber first, so no save changes a
-- grid cell, and pgbench's script (the same body, captured) does the same work on the same rows.
local judgements = {}
local versions = {}
local in_flight = {}
local next_index = 1
local counter = 0

function setup(thread)
  thread:set("thread_number", setup_count or 0)
  setup_count = (setup_count or 0) + 1
end

function init(args)
  local threads = tonumber(os.getenv("BENCH_THREADS") or "2")
  local n = 0
  for line in io.lines(os.getenv("BENCH_JUDGEMENTS")) do
    local item, strand, version = line:match("(%S+) (%S+) (%d+)")
    if item and n % threads == thread_number then
      table.insert(judgements, { item = item, strand = strand })
      versions[item .. "/" .. strand] = version
    end
    n = n + 1
  end
end

function request()
  local j = judgements[next_index]
  for _ = 1, #judgements do
    if not in_flight[j.item .. "/" .. j.strand] then break end
    next_index = next_index % #judgements + 1
    j = judgements[next_index]
  end
  next_index = next_index % #judgements + 1
  in_flight[j.item .. "/" .. j.strand] = true
  counter = counter + 1
  local body = string.format('{"rating":"Amber","commentary":"Bench run %d","evidenceNotes":"Seen in books","expectedVersion":%s}',
    counter, versions[j.item .. "/" .. j.strand])
  return wrk.format("PUT", os.getenv("BENCH_PATH") .. "/" .. j.item .. "/" .. j.strand, {
    ["Host"] = os.getenv("BENCH_HOST"), ["Cookie"] = current_cookie(),
    ["Content-Type"] = "application/json", ["X-EqualityMark-Client"] = "bench" }, body)
end

function on_response(status, body)
  local item = body:match('"itemKey":"([^"]+)"')
  local strand = body:match('"strandKey":"([^"]+)"')
  local version = body:match('"version":(%d+)')
  if item and strand then in_flight[item .. "/" .. strand] = nil end
  if item and strand and version then versions[item .. "/" .. strand] = version end
end

dofile(os.getenv("BENCH_DIR") .. "/wrk-report.lua")
