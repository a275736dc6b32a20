#!/bin/sh
# Plots bench/run.sh's JSON results: extraction time per article against the number of rules (with the
# naive loop) and against article size. Needs python3 and gnuplot (Debian: gnuplot-nox).
#   bench/plot.sh RESULTS.json OUT.png
set -eu
results=$1
out=$2
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
python3 - "$results" "$data" <<'PY'
import json, sys
results, data = sys.argv[1], sys.argv[2]
rows = {}
for b in json.load(open(results))["benchmarks"]:
    name, _, arg = b["name"].partition("/")
    if "items_per_second" not in b or not arg.split("/")[0].isdigit():
        continue
    rows.setdefault(name, []).append((int(arg.split("/")[0]), 1000.0 / b["items_per_second"]))  # ms per article
for name, points in rows.items():
    with open(f"{data}/{name}.dat", "w") as f:
        for x, y in sorted(points):
            f.write(f"{x} {y}\n")
PY
gnuplot <<GP
set terminal pngcairo size 1100,450 font ",10"
set output "$out"
set multiplot layout 1,2
set logscale xy
set grid
set key top left
set title "Time per 5 KB article against number of rules"
set xlabel "rules"
set ylabel "CPU ms per article"
plot "$data/naive_extraction.dat" with linespoints title "naive: every pattern over the article", \
     "$data/extraction.dat" with linespoints title "claimcheck Extractor"
set title "Extraction time against article size (1,000 rules)"
set xlabel "article bytes"
plot "$data/extraction_by_size.dat" with linespoints title "claimcheck Extractor"
unset multiplot
GP
