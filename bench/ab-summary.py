#!/usr/bin/env python3
"""The medians of binaries taking turns, for bench/ab-rebuild.sh and bench/ab-cold.sh.

Usage: bench/ab-summary.py LOG BINARY...
LOG has one line per run, as `/usr/bin/time -f "BINARY %e %U %S %M"` writes it, followed by the
run's start and end (bash's $EPOCHREALTIME): the wall time is taken from those, in microseconds,
since `%e` has only hundredths of a second. Prints each binary's median and minimum wall time,
median CPU (user + sys) and median peak RSS; and for each binary after the first, the median of
its differences from the first binary in the same rounds, which the machine's drift from hour
to hour does not move as it moves the medians.
"""
import collections
import statistics
import sys

runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    fields = line.split()
    if len(fields) in (5, 7):
        wall = float(fields[6]) - float(fields[5]) if len(fields) == 7 else float(fields[1])
        runs[fields[0]].append((wall, float(fields[2]) + float(fields[3]), int(fields[4])))
first = sys.argv[2]
for binary in sys.argv[2:]:
    values = runs[binary]
    line = (f"{binary}: {len(values)} runs, wall median {statistics.median(v[0] for v in values):.3f} s "
            f"(min {min(v[0] for v in values):.3f}), CPU {statistics.median(v[1] for v in values):.3f} s, "
            f"peak RSS {statistics.median(v[2] for v in values) / 1024:.0f} MB")
    if binary != first:
        pairs = list(zip(runs[first], values))
        wall = statistics.median(b[0] - a[0] for a, b in pairs)
        cpu = statistics.median(b[1] - a[1] for a, b in pairs)
        faster = sum(1 for a, b in pairs if b[0] < a[0])
        line += f"; against the first, round by round: wall {wall * 1000:+.1f} ms, CPU {cpu * 1000:+.0f} ms, faster in {faster} of {len(pairs)}"
    print(line)
