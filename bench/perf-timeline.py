#!/usr/bin/env python3
"""A timeline of a `perf record -g` profile: per slice of time, how many threads were busy and
in which of the named functions their samples were.

It shows what a flat profile hides: stretches where one core works alone while the other
idles (a serial phase), and tails where one worker finishes its share late. That is how the
serial parts of a one-edit rebuild were found on 2026-11-26 (bench/RESULTS.md).

Usage:
  perf record -F 4000 -g -o build.data .build/release/sitegen build ...
  perf script -i build.data -F time,tid,ip,sym > build.txt
  bench/perf-timeline.py build.txt [SLICE_SECONDS] [NAME,NAME,...]

Each sample is labelled with the innermost of its frames (demangled with `swift demangle`)
that contains one of the NAMEs, else '?'. A slice with n samples at F Hz on 2 threads is full
when n = 2 x F x SLICE_SECONDS.
"""
import collections
import subprocess
import sys

DEFAULT_NAMES = ("ArticleCache.read,ContentWalker,CachingArticleLoader,ArticleLoader,MarkdownRenderer,Resolver,"
                 "ContentChecks,EditorialReport,ReportPage,SiteTargets,Fingerprints,PublishedManifests,OutputManifest,"
                 "PageWriter,DiscoveryFiles,SearchIndex,SearchFiles,removeFilesNotWritten,StagingFolder.publish,"
                 "Build.load,Build.write,Build.run,main")


def samples(path):
    """(thread, time, frames innermost first) for each sample of `perf script -F time,tid,ip,sym`."""
    current = None
    for line in open(path, errors="replace"):
        if not line.strip():
            if current:
                yield current
            current = None
        elif not line.startswith("\t"):  # a sample's header; perf may pad it with spaces
            fields = line.split()
            current = (int(fields[0]), float(fields[1].rstrip(":")), [])
        elif current:
            parts = line.split(None, 1)
            current[2].append(parts[1].strip() if len(parts) > 1 else "?")
    if current:
        yield current


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    found = list(samples(sys.argv[1]))
    if not found:
        sys.exit("perf-timeline: no samples (record with -g, script with -F time,tid,ip,sym)")
    width = float(sys.argv[2]) if len(sys.argv) > 2 else 0.02
    names = (sys.argv[3] if len(sys.argv) > 3 else DEFAULT_NAMES).split(",")
    symbols = sorted({frame for _, _, frames in found for frame in frames})
    demangled = subprocess.run(["swift", "demangle", "--simplified"], input="\n".join(symbols),
                               capture_output=True, text=True).stdout.split("\n")
    readable = dict(zip(symbols, demangled))
    start = min(time for _, time, _ in found)
    slices = collections.defaultdict(list)
    for thread, time, frames in found:
        slices[int((time - start) / width)].append((thread, frames))
    for number in sorted(slices):
        inside = slices[number]
        labels = collections.Counter()
        for _, frames in inside:
            label = next((name for frame in frames for name in names if name in readable.get(frame, frame)), "?")
            labels[label] += 1
        threads = len({thread for thread, _ in inside})
        top = ", ".join(f"{name}:{count}" for name, count in labels.most_common(4))
        print(f"{number * width:6.2f}s n={len(inside):4d} threads={threads} {top}")


if __name__ == "__main__":
    main()
