#!/bin/sh
# claimcheck batch as a streaming mapper under GNU parallel: the records of `parallel --pipe` (stories cut
# into chunks of 5, three processes at once) are, sorted, exactly the records of one process.
# Usage: batch_parallel.sh CLAIMCHECK FIXTURES_FOLDER. Exits 77 (skipped) when GNU parallel is missing.
set -eu
claimcheck=$1
fixtures=$2
if ! command -v parallel >/dev/null 2>&1; then
    echo "GNU parallel is not installed; skipping"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
export PARALLEL_HOME="$work/parallel-home"  # parallel keeps state there; never touch the user's ~/.parallel
mkdir -p "$PARALLEL_HOME"
cd "$fixtures"

status=0
"$claimcheck" batch -j 2 - <stories.jsonl >"$work/single.jsonl" || status=$?
if [ "$status" -gt 1 ]; then
    echo "single-process batch failed with status $status"
    exit 1
fi

parallel --will-cite --pipe -N 5 -j 3 --joblog "$work/jobs.log" "$claimcheck" batch - \
    <stories.jsonl >"$work/union.jsonl" || true
# Each chunk is its own run: 0 or 1 is a verdict about its stories, 2 or more is a failure.
failed=$(awk 'NR > 1 && $7 > 1' "$work/jobs.log" | wc -l)
jobs=$(awk 'NR > 1' "$work/jobs.log" | wc -l)
if [ "$failed" -ne 0 ] || [ "$jobs" -ne 8 ]; then
    echo "expected 8 parallel jobs exiting 0 or 1:"
    cat "$work/jobs.log"
    exit 1
fi

sort "$work/single.jsonl" >"$work/single.sorted"
sort "$work/union.jsonl" >"$work/union.sorted"
if ! cmp -s "$work/single.sorted" "$work/union.sorted"; then
    echo "the parallel records differ from the single-process records:"
    diff "$work/single.sorted" "$work/union.sorted" | head -20
    exit 1
fi
lines=$(wc -l <"$work/single.jsonl")
echo "ok: $lines records, $jobs parallel jobs, same records"
