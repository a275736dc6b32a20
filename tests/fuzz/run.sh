#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in BUILD_DIR, replays every saved input (the seed corpus and
# the regressions: inputs that once crashed), then fuzzes each target for SECONDS. A crash found while
# fuzzing is copied into tests/fuzz/regressions/<target>/ so that every later run replays it; the script
# then exits non-zero. Usage: tests/fuzz/run.sh [BUILD_DIR] [SECONDS]
# The fuzzing seed is fixed (FUZZ_SEED, default 1) so that a CI run is reproducible: the same
# commit explores the same inputs. Set FUZZ_SEED to another number to explore elsewhere.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-build-fuzz}"
seconds="${2:-60}"
seed="${FUZZ_SEED:-1}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac

# Longest input per target: rule files and articles are long, phrases short. Short inputs keep
# the executions per second high where the grammar is the point.
declare -A max_len=([rules]=16384 [article]=16384 [numbers]=512 [dates]=512 [check]=2048)
targets=(rules article numbers dates check)

cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCLAIMCHECK_FUZZ=ON -DCLAIMCHECK_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
failed=0

for target in "${targets[@]}"; do
    binary="$build/tests/fuzz/fuzz_$target"
    flags=(-max_len="${max_len[$target]}" -rss_limit_mb=2048 -timeout=30 -malloc_limit_mb=2048)

    # Replay: every saved input, one run each (libFuzzer runs the files it is given and stops).
    mapfile -t saved < <(find "$here/corpus/$target" "$here/regressions/$target" -type f ! -name '.*' 2>/dev/null | sort)
    if ((${#saved[@]})); then
        echo "== $target: replaying ${#saved[@]} saved inputs"
        if ! "$binary" "${flags[@]}" "${saved[@]}" >"$build/replay-$target.log" 2>&1; then
            echo "FAIL: $target crashes on a saved input; see $build/replay-$target.log" >&2
            tail -40 "$build/replay-$target.log" >&2
            failed=1
            continue
        fi
    fi

    # Fuzz: new inputs go to the first corpus folder (in the build), the saved ones seed it.
    work="$build/fuzz-corpus/$target"
    artifacts="$build/fuzz-artifacts/$target"
    rm -rf "$artifacts"
    mkdir -p "$work" "$artifacts"
    echo "== $target: fuzzing for ${seconds}s"
    if "$binary" "${flags[@]}" -seed="$seed" -max_total_time="$seconds" -print_final_stats=1 \
            -artifact_prefix="$artifacts/" "$work" "$here/corpus/$target" >"$build/fuzz-$target.log" 2>&1; then
        grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec' "$build/fuzz-$target.log" || true
    else
        echo "FAIL: $target crashed while fuzzing; see $build/fuzz-$target.log" >&2
        grep -E '^==|ERROR|invariant|SUMMARY' "$build/fuzz-$target.log" | head -20 >&2 || true
        mkdir -p "$here/regressions/$target"
        for found in "$artifacts"/*; do
            [ -e "$found" ] || continue
            cp "$found" "$here/regressions/$target/"
            echo "saved regression input tests/fuzz/regressions/$target/$(basename "$found")" >&2
        done
        failed=1
    fi
done
exit "$failed"
