#!/usr/bin/env bash
# Two or more sitegen binaries taking turns on the same site: each round appends a line to one
# article and rebuilds with each binary, each in its own copy of the site (ab-copy.sh: so that
# neither finds the other's build cache, editorial report or output), made next to SITE and
# removed at the end. Prints each binary's median and minimum wall time, CPU (user + sys) and
# peak RSS. The machine's own spread is often 10%: use many rounds (16-30) to see a few percent.
#   bench/ab-rebuild.sh SITE ARTICLE ROUNDS BINARY...
#   bench/ab-rebuild.sh /dev/shm/bench/corpus-10000 content/2024/artikel-009989.md 16 /tmp/old /tmp/new
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/ab-copy.sh"
site=$1; article=$2; rounds=$3; shift 3
log=$(mktemp)
copies=()
trap 'rm -rf "${copies[@]}" "$log" "$log.run"' EXIT
for binary in "$@"; do   # its own copy of the site; two builds: the second leaves a spare folder to reuse
    name=$(basename "$binary")
    copy=$(site_copy "$site" "$name")
    copies+=("$copy")
    (cd "$copy" && "$binary" build --output "out-$name" --cache-dir ".cache-$name" --quiet &&
        "$binary" build --output "out-$name" --cache-dir ".cache-$name" --quiet)
done
binaries=("$@")
for round in $(seq "$rounds"); do
    # Each round starts with the next binary: the last of a round ran measurably slower (a copy
    # of the first binary run last was 0.2 s slower in 6 of 8 cold rounds, 2026-11-27), which
    # taking the same order every round would charge to one binary.
    for turn in $(seq 0 $(( ${#binaries[@]} - 1 ))); do
        binary=${binaries[$(( (round - 1 + turn) % ${#binaries[@]} ))]}
        name=$(basename "$binary")
        copy="${site%/}.ab-$name"
        echo "Rad $round." >> "$copy/$article"   # the same edit in every copy
        start=$EPOCHREALTIME
        (cd "$copy" && /usr/bin/time -o "$log.run" -f "$binary %e %U %S %M" "$binary" build --output "out-$name" --cache-dir ".cache-$name" --quiet)
        echo "$(cat "$log.run") $start $EPOCHREALTIME" >> "$log"
    done
done
python3 "$here/ab-summary.py" "$log" "$@"
