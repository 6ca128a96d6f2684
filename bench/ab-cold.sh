#!/usr/bin/env bash
# Two or more sitegen binaries taking turns on cold builds of the same site, as `make bench`
# times sitegen: each round, each binary builds with --no-cache into an output folder emptied
# first (its spare folder too). Prints each binary's median and minimum wall time, CPU (user +
# sys) and peak RSS. The machine's own spread is often 10%, and its speed drifts by the hour:
# compare only binaries measured in the same run, over many rounds (8-20).
#   bench/ab-cold.sh SITE ROUNDS BINARY...
#   bench/ab-cold.sh /dev/shm/bench/corpus-10000 12 /tmp/old /tmp/new
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
site=$1; rounds=$2; shift 2
log=$(mktemp)
cd "$site"
binaries=("$@")
for round in $(seq "$rounds"); do
    # Each round starts with the next binary: the last of a round ran measurably slower (a copy
    # of the first binary run last was 0.2 s slower in 6 of 8 cold rounds, 2026-11-27), which
    # taking the same order every round would charge to one binary.
    for turn in $(seq 0 $(( ${#binaries[@]} - 1 ))); do
        binary=${binaries[$(( (round - 1 + turn) % ${#binaries[@]} ))]}
        name=$(basename "$binary")
        rm -rf "out-$name" ".out-$name.spare"
        start=$EPOCHREALTIME
        /usr/bin/time -o "$log.run" -f "$binary %e %U %S %M" "$binary" build --output "out-$name" --no-cache --quiet
        echo "$(cat "$log.run") $start $EPOCHREALTIME" >> "$log"
    done
done
for binary in "$@"; do name=$(basename "$binary"); rm -rf "out-$name" ".out-$name.spare"; done
python3 "$here/ab-summary.py" "$log" "$@"
rm -f "$log" "$log.run"
