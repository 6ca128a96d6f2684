#!/usr/bin/env bash
# Two or more sitegen binaries taking turns on cold builds of the same site, as `make bench`
# times sitegen: each round, each binary builds with --no-cache into an output folder emptied
# first (its spare folder too). Prints each binary's median and minimum wall time, CPU (user +
# sys) and peak RSS. The machine's own spread is often 10%, and its speed drifts by the hour:
# compare only binaries measured in the same run, over many rounds (8-20).
#   bench/ab-cold.sh SITE ROUNDS BINARY...
#   bench/ab-cold.sh /dev/shm/bench/corpus-10000 12 /tmp/old /tmp/new
set -euo pipefail
site=$1; rounds=$2; shift 2
log=$(mktemp)
cd "$site"
for round in $(seq "$rounds"); do
    for binary in "$@"; do
        name=$(basename "$binary")
        rm -rf "out-$name" ".out-$name.spare"
        /usr/bin/time -f "$binary %e %U %S %M" "$binary" build --output "out-$name" --no-cache --quiet 2>> "$log"
    done
done
for binary in "$@"; do name=$(basename "$binary"); rm -rf "out-$name" ".out-$name.spare"; done
python3 - "$log" "$@" <<'PY'
import collections, statistics, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    fields = line.split()
    if len(fields) == 5:
        runs[fields[0]].append((float(fields[1]), float(fields[2]) + float(fields[3]), int(fields[4])))
for binary in sys.argv[2:]:
    values = runs[binary]
    print(f"{binary}: {len(values)} runs, wall median {statistics.median(v[0] for v in values):.3f} s "
          f"(min {min(v[0] for v in values):.2f}), CPU {statistics.median(v[1] for v in values):.3f} s, "
          f"peak RSS {statistics.median(v[2] for v in values) / 1024:.0f} MB")
PY
rm -f "$log"
