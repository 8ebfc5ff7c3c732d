#!/usr/bin/env bash
# Measures what the places stage costs `dyad ingest` on the whole Reuters
# corpus (issue 18): one process per run into a fresh SQLite file, places
# off and on interleaved, ROUNDS rounds (default 2), each run's processor
# time (user + system), wall time and peak RSS, with the load average when
# it started. Extra binaries to compare (an older build) may be given as
# arguments; the default is bin/dyad built from this tree.
#
#   scripts/placescost.sh                     # this tree, 2 rounds
#   ROUNDS=3 scripts/placescost.sh /tmp/old-dyad bin/dyad
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DYAD_SHARED_DATA:-../shared/data}"
corpus="$data/corpora/reuters21578.jsonl.gz"
[ -f "$corpus" ] || { echo "placescost: $corpus not found (shared data absent)"; exit 0; }
bins=("$@")
if [ ${#bins[@]} -eq 0 ]; then
  go build -o bin/dyad ./cmd/dyad
  bins=(bin/dyad)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-5s %-24s %-6s %8s %8s %8s %8s %s\n' round binary places user sys cpu wall "RSS MB  load"
for r in $(seq "${ROUNDS:-2}"); do
  for b in "${bins[@]}"; do
    for mode in off on; do
      stages=""
      [ "$mode" = off ] && stages="clean,dedupe,stories,facts,events"
      load=$(cut -d' ' -f1 /proc/loadavg)
      rm -f "$tmp/x.db"*
      if [ -n "$stages" ]; then
        DYAD_STAGES=$stages /usr/bin/time -f '%U %S %e %M' -o "$tmp/t" "$b" ingest --db "$tmp/x.db" "$corpus" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
      else
        /usr/bin/time -f '%U %S %e %M' -o "$tmp/t" "$b" ingest --db "$tmp/x.db" "$corpus" >/dev/null 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
      fi
      read -r u s e m <"$tmp/t"
      printf '%-5s %-24s %-6s %8.2f %8.2f %8.2f %8.2f %6d  %s\n' "$r" "$(basename "$b")" "$mode" "$u" "$s" "$(echo "$u + $s" | bc -l)" "$e" $((m / 1024)) "$load"
    done
  done
done
