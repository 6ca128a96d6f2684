#!/usr/bin/env python3
"""The medians of binaries taking turns, for bench/ab-rebuild.sh and bench/ab-cold.sh.

Usage: bench/ab-summary.py LOG BINARY...
LOG has one line per run, as `/usr/bin/time -f "BINARY %e %U %S %M"` writes it. Prints each
binary's median and minimum wall time, median CPU (user + sys) and median peak RSS.
"""
import collections
import statistics
import sys

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
