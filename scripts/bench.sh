#!/usr/bin/env bash
# Prints a table of end-to-end speed and peak memory on the real corpora in
# ../shared/data/corpora: `dyad ingest` into a fresh SQLite store, with and
# without the later stages, so each stage's cost shows as a difference.
# Timings on a shared 2-core machine are noisy: compare rows of one run.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DYAD_SHARED_DATA:-../shared/data}"
reuters="$data/corpora/reuters21578.jsonl.gz"
bbc="$data/corpora/bbc-news.jsonl.gz"
[ -f "$reuters" ] || { echo "bench: $reuters not found (shared data absent)"; exit 0; }
go build -o bin/dyad ./cmd/dyad
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
docs_of() { gzip -dc "$1" | wc -l; }

printf '%-34s %8s %9s %10s %11s\n' "run" "docs" "seconds" "docs/s" "peak RSS MB"
row() { # name, corpus, extra env...
  local name=$1 corpus=$2; shift 2
  local db="$tmp/$RANDOM.db"
  local t0 t1
  t0=$(date +%s.%N)
  env "$@" /usr/bin/time -f '%M' -o "$tmp/rss" bin/dyad ingest --db "$db" "$corpus" >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
  t1=$(date +%s.%N)
  local n secs rss
  n=$(docs_of "$corpus")
  secs=$(echo "$t1 - $t0" | bc -l)
  rss=$(( $(cat "$tmp/rss") / 1024 ))
  printf '%-34s %8d %9.2f %10.0f %11d\n' "$name" "$n" "$secs" "$(echo "$n / $secs" | bc -l)" "$rss"
}
row "reuters: clean+store only"        "$reuters" DYAD_STAGES=clean
row "reuters: + dedupe + stories"      "$reuters" DYAD_STAGES=clean,dedupe,stories
row "reuters: + quotes/amounts/dates"  "$reuters" DYAD_STAGES=clean,dedupe,stories,facts
row "reuters: + events, no places"     "$reuters" DYAD_STAGES=clean,dedupe,stories,facts,events
row "reuters: full pipeline"           "$reuters"
[ -f "$bbc" ] && row "bbc: full pipeline" "$bbc"
