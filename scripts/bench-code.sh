#!/usr/bin/env bash
# Prints a table of `dyad code` speed on real sentences: the BBC corpus in
# ../shared/data/corpora split into paragraphs (one JSONL line each), on
# one core. Load (an empty input: dictionaries, models, gates) and coding
# (the whole input less the load) are separate columns.
#
#   scripts/bench-code.sh [-n PARAGRAPHS] [-r RUNS] [-c] [REV ...]
#
# Without REV it measures the working tree; each REV (a commit, branch or
# tag, e.g. main) is built from git and measured in the same runs,
# interleaved (old, new, old, new, …), since the shared machine's load
# makes one binary's timings worth little on their own. CPU seconds
# (user+sys) are the median of RUNS runs. -c adds valgrind's callgrind
# instruction counts (one run each, on the first 1,000 paragraphs unless
# -n is smaller; GODEBUG makes the collector stop the world, so counts
# repeat within ~1%): the same on a loaded machine, so the figure to compare
# small changes with. The outputs of every binary are compared; a
# difference is reported (the refactors this script is for keep them
# byte-identical).
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DYAD_SHARED_DATA:-../shared/data}"
bbc="$data/corpora/bbc-news.jsonl.gz"
[ -f "$bbc" ] || { echo "bench-code: $bbc not found (shared data absent)"; exit 0; }
command -v jq >/dev/null || { echo "bench-code: jq is needed to split the corpus"; exit 1; }
n=0 runs=5 cg=0
while getopts "n:r:c" o; do
  case $o in
    n) n=$OPTARG ;;
    r) runs=$OPTARG ;;
    c) cg=1 ;;
    *) echo "usage: $0 [-n PARAGRAPHS] [-r RUNS] [-c] [REV ...]"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# the input: every non-blank paragraph of every article, in corpus order
gzip -dc "$bbc" | jq -c '.id as $id | .text | split("\n\n") | map(select(test("\\S")))
  | to_entries[] | {id: "\($id)-\(.key)", text: (.value | gsub("^\\s+|\\s+$"; "")), source: "BBC"}' >"$tmp/all.jsonl"
if [ "$n" -gt 0 ]; then head -n "$n" "$tmp/all.jsonl" >"$tmp/in.jsonl"; else cp "$tmp/all.jsonl" "$tmp/in.jsonl"; fi
paras=$(wc -l <"$tmp/in.jsonl")

names=() bins=()
for rev in "$@"; do
  mkdir -p "$tmp/src-$rev"
  git archive "$rev" | tar -x -C "$tmp/src-$rev"
  (cd "$tmp/src-$rev" && go build -o "$tmp/dyad-$rev" ./cmd/dyad)
  names+=("$rev") bins+=("$tmp/dyad-$rev")
done
go build -o bin/dyad ./cmd/dyad
names+=("working tree") bins+=("bin/dyad")

cpu() { # binary input → user+sys seconds
  /usr/bin/time -f '%U %S' -o "$tmp/time" taskset -c 0 env GOMAXPROCS=1 "$1" code <"$2" >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
  awk '{printf "%.3f\n", $1 + $2}' "$tmp/time"
}
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

for ((r = 0; r < runs; r++)); do
  for i in "${!bins[@]}"; do
    cpu "${bins[$i]}" /dev/null >>"$tmp/load-$i"
    cpu "${bins[$i]}" "$tmp/in.jsonl" >>"$tmp/all-$i"
    if [ "$r" -eq 0 ]; then
      cp "$tmp/out" "$tmp/events-$i"
      if [ "$i" -gt 0 ] && ! cmp -s "$tmp/events-0" "$tmp/events-$i"; then
        echo "bench-code: ${names[$i]} codes differently from ${names[0]} ($(diff "$tmp/events-0" "$tmp/events-$i" | grep -c '^>') lines)"
      fi
    fi
  done
done

ir() { # binary input → instructions
  GODEBUG=cpu.rdtscp=off,asyncpreemptoff=1,gcstoptheworld=1 GOMAXPROCS=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" code <"$2" 2>&1 >/dev/null |
    awk '/Collected :/ {print $4}'
}
if [ "$cg" = 1 ]; then
  cgn=$((paras < 1000 ? paras : 1000))
  head -n "$cgn" "$tmp/in.jsonl" >"$tmp/cg.jsonl"
fi

printf '%d BBC paragraphs, one core, median of %d runs (load %s)\n' "$paras" "$runs" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-14s %10s %12s %12s %14s' "binary" "load CPU s" "total CPU s" "coding CPU s" "µs/paragraph"
[ "$cg" = 1 ] && printf ' %10s %14s' "load Mi" "Ki/paragraph"
printf '\n'
for i in "${!bins[@]}"; do
  load=$(median <"$tmp/load-$i") all=$(median <"$tmp/all-$i")
  printf '%-14s %10.3f %12.3f %12.3f %14.1f' "${names[$i]}" "$load" "$all" "$(echo "$all - $load" | bc -l)" "$(echo "($all - $load) * 1000000 / $paras" | bc -l)"
  if [ "$cg" = 1 ]; then
    l=$(ir "${bins[$i]}" /dev/null) a=$(ir "${bins[$i]}" "$tmp/cg.jsonl")
    printf ' %10.1f %14.1f' "$(echo "$l / 1000000" | bc -l)" "$(echo "($a - $l) / 1000 / $cgn" | bc -l)"
  fi
  printf '\n'
done
[ "$cg" = 1 ] && echo "instructions (callgrind, one run each): load in millions, coding in thousands a paragraph over the first $cgn paragraphs"
exit 0
