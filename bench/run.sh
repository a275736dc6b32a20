#!/bin/sh
# Runs every claimcheck benchmark and prints the figures (plus JSON for docs/performance.md's plot).
#   bench/run.sh [BUILD_DIR] [extra Google Benchmark flags...]
# BUILD_DIR defaults to ./build and must have been configured with -DCLAIMCHECK_BENCHMARKS=ON and
# -DCMAKE_BUILD_TYPE=Release (or RelWithDebInfo).
set -eu
build=${1:-build}
[ $# -gt 0 ] && shift
bin="$build/bench/claimcheck_bench"
[ -x "$bin" ] || { echo "run.sh: $bin not found; build with -DCLAIMCHECK_BENCHMARKS=ON" >&2; exit 2; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
exec "$bin" --benchmark_counters_tabular=true --benchmark_out="$build/bench/results.json" \
    --benchmark_out_format=json "$@"
