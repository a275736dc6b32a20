#!/bin/sh
# Compares claimcheck with ripgrep on one generated corpus: the same patterns (snippets expanded),
# ripgrep match-only (-c) and reporting (--json), claimcheck batch at -j 1 and -j 2, and claimcheck
# check on one pair. Prints wall seconds, peak RSS (from /usr/bin/time -v) and ratios.
#   bench/compare_ripgrep.sh [BUILD_DIR] [RULES] [ARTICLES] [BYTES]
set -eu
build=${1:-build}
rules=${2:-1000}
articles=${3:-200}
bytes=${4:-5000}
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
"$build/bench/claimcheck_bench_corpus" "$corpus" "$rules" "$articles" "$bytes"
cc="$build/claimcheck"
echo "corpus: $articles articles of ~$bytes bytes, $rules rules ($(($articles / 2)) stories)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"

# measure NAME COMMAND...: runs the command once, records wall seconds and peak RSS (KB).
measure() {
    name=$1; shift
    /usr/bin/time -v -o "$corpus/time.$name" "$@" > "$corpus/out.$name" 2>"$corpus/err.$name" || true
    wall=$(grep 'Elapsed (wall clock)' "$corpus/time.$name" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(grep 'Maximum resident' "$corpus/time.$name" | awk '{print $NF}')
    status=$(grep 'Exit status' "$corpus/time.$name" | awk '{print $NF}')
    printf '%-28s %8.2f s %9d KB' "$name" "$wall" "$rss"
    # claimcheck exits 1 when a story has a conflict; anything else means the run failed.
    if [ "$status" -gt 1 ]; then printf '  FAILED (exit %s: %s)' "$status" "$(grep -v '^$' "$corpus/err.$name" | grep -v 'no examples' | head -1)"; fi
    printf '\n'
    eval "wall_$name=$wall"
}

big=--regex-size-limit=1G
measure rg_count rg -c -f "$corpus/patterns.txt" --threads 2 $big --dfa-size-limit=1G "$corpus/articles"
measure rg_json rg --json -f "$corpus/patterns.txt" --threads 2 $big --dfa-size-limit=1G "$corpus/articles"
measure batch_j1 "$cc" batch -j 1 --fail-on never -o "$corpus/records.jsonl" "$corpus/manifest.jsonl"
measure batch_j2 "$cc" batch -j 2 --fail-on never -o "$corpus/records.jsonl" "$corpus/manifest.jsonl"
measure check_pair "$cc" check --rules "$corpus/bench.rules.json" "$corpus/articles/a00000.txt" "$corpus/articles/a00001.txt"
echo "rg matching lines: $(awk -F: '{s+=$NF} END {print s}' "$corpus/out.rg_count")"
echo "ratios: batch -j2 / rg -c = $(echo "$wall_batch_j2 / $wall_rg_count" | bc -l | cut -c1-5)," \
     "batch -j2 / rg --json = $(echo "$wall_batch_j2 / $wall_rg_json" | bc -l | cut -c1-5)," \
     "batch -j1 / batch -j2 = $(echo "$wall_batch_j1 / $wall_batch_j2" | bc -l | cut -c1-5)"
