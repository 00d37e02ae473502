#!/usr/bin/env bash
# Load run for the HTTP API (issue 6): wrk on loopback against
# GET /api/events while an ingest writes new documents into the same
# SQLite store, first with the server's one-second answer cache (the
# default) and then with it off. Prints wrk's figures; fails when a
# request of the first run errs or the ingest was not running throughout
# it. The second run only informs: without the cache every request runs
# the store's queries, and its figure says what they cost.
#
#   scripts/load.sh [BINARY]     (default: builds ./cmd/entente)
#   DURATION=20 CONNECTIONS=32 MIN_RPS=1000 scripts/load.sh
#
# MIN_RPS, when set, also fails the first run below that many requests/s.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-20}
conns=${CONNECTIONS:-32}
bin=${1:-}
tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
if [ -z "$bin" ]; then
  CGO_ENABLED=0 go build -o "$tmp/entente" ./cmd/entente
else
  # A copy of our own: the run lasts a while, and the original may be
  # rebuilt meanwhile.
  cp "$bin" "$tmp/entente"
fi
bin="$tmp/entente"
command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

db="$tmp/load.db"
"$bin" ingest --db "$db" examples/demo 2>/dev/null

# copies FIRST: an endless stream (until its reader stops) of new JSONL
# documents, the demo articles again, each copy published a day later
# than the one before, so that its events are new events rather than new
# mentions of old ones, and ending with a line that names the copy, so
# that the store does not take it for a document it holds.
copies() {
  local n=$1
  while :; do
    for f in examples/demo/*.txt; do
      awk -v id="copy-$n-$(basename "$f" .txt)" -v day="$n" '
        BEGIN { t = "" }
        { gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); gsub(/\t/, " "); gsub(/\r/, ""); t = t (NR > 1 ? "\\n" : "") $0 }
        END {
          s = mktime("2023 01 01 12 00 00") + day * 86400
          printf "{\"id\": \"%s\", \"published\": \"%s\", \"text\": \"%s\\n\\nLoad-run copy %d.\"}\n", id, strftime("%Y-%m-%dT%H:%M:%SZ", s, 1), t, day
        }' "$f" || return 0 # the reader is gone
    done
    n=$((n + 1))
  done
}

port_of() { sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$1" 2>/dev/null | head -n 1 || true; }

# run LABEL CACHE FIRSTCOPY GATE: one server, one ingest stream, one wrk
# run; with GATE=gate, errors fail the script.
run() {
  local label=$1 cache=$2 first=$3 gate=$4
  : >"$tmp/serve-$label.out"
  "$bin" serve --db "$db" --addr 127.0.0.1:0 --quiet --cache "$cache" >"$tmp/serve-$label.out" 2>"$tmp/serve-$label.err" &
  local spid=$!
  pids+=("$spid")
  local port=""
  for _ in $(seq 50); do
    port=$(port_of "$tmp/serve-$label.out")
    [ -n "$port" ] && curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break
    sleep 0.2
  done
  [ -n "$port" ] || { echo "load.sh: server did not start" >&2; cat "$tmp/serve-$label.err" >&2; exit 1; }
  local url="http://127.0.0.1:$port/api/events"
  local before
  before=$(curl -fs "http://127.0.0.1:$port/api/stats")
  copies "$first" | "$bin" ingest --db "$db" - 2>"$tmp/ingest-$label.err" &
  local ipid=$!
  pids+=("$ipid")
  sleep 2
  echo "== $label: wrk -t2 -c$conns -d${duration}s --latency $url (ingest running)"
  wrk -t2 -c"$conns" -d"${duration}s" --timeout 10s --latency "$url" | tee "$tmp/wrk-$label.txt"
  if ! kill -0 "$ipid" 2>/dev/null; then
    echo "load.sh: the ingest ended before the load did" >&2
    tail -n 5 "$tmp/ingest-$label.err" >&2
    exit 1
  fi
  local after
  after=$(curl -fs "http://127.0.0.1:$port/api/stats")
  kill "$ipid" "$spid" 2>/dev/null || true
  wait "$ipid" "$spid" 2>/dev/null || true
  echo "store before: $before"
  echo "store after:  $after"
  local rps errors docs
  rps=$(awk '/Requests\/sec/ { print $2 }' "$tmp/wrk-$label.txt")
  errors=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$tmp/wrk-$label.txt")
  docs=$(( $(echo "$after" | sed 's/.*"documents":\([0-9]*\).*/\1/') - $(echo "$before" | sed 's/.*"documents":\([0-9]*\).*/\1/') ))
  echo "RESULT $label requests_per_s=$rps errors=$errors documents_ingested=$docs duration_s=$duration connections=$conns"
  if [ "$gate" = gate ] && [ "$errors" != 0 ]; then
    echo "load.sh: $label: $errors requests failed" >&2
    exit 1
  fi
  if [ "$gate" = gate ] && [ -n "${MIN_RPS:-}" ] && awk -v r="$rps" -v m="$MIN_RPS" 'BEGIN { exit !(r < m) }'; then
    echo "load.sh: $label: $rps requests/s, below the floor of $MIN_RPS" >&2
    exit 1
  fi
}

run cached 1s 1 gate
run uncached 0 100000 inform
