#!/usr/bin/env bash
# Builds the libFuzzer target in Fuzz/ (release, with AddressSanitizer) and runs it. It reads
# three corpora: the seeds made from the test cases (Fuzz/corpus/), the inputs earlier runs found
# interesting (Fuzz/found/, committed), and this checkout's own run (.build/fuzz-corpus/, not
# committed), where new interesting inputs go. Crashes and hangs go to .build/fuzz-artifacts/.
# Leak detection is off, during the run (-detect_leaks=0) and at its end (ASAN_OPTIONS): TOMLKit
# 0.6.0 leaks a few bytes per TOML table, key and string (its C++ results are never freed), which
# is not ours to fix; the check at exit wrote those leaks down as a crash of the empty input.
#   scripts/fuzz.sh                 run for 10 minutes
#   scripts/fuzz.sh 1800            run for 30 minutes
#   scripts/fuzz.sh 0 -runs=1000    any further libFuzzer options after the seconds
#   scripts/fuzz.sh merge           adds to Fuzz/found/ the inputs of .build/fuzz-corpus/ that reach
#                                   code the seeds and Fuzz/found/ do not (libFuzzer's -merge=1);
#                                   commit what it adds
# It runs under `nice -n 19` with one job: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
nice -n 19 swift build --package-path Fuzz -c release -j 1 \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing
binary="$(swift build --package-path Fuzz -c release --show-bin-path)/SitegenFuzz"
mkdir -p .build/fuzz-corpus .build/fuzz-artifacts Fuzz/found
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
if [ "$seconds" = merge ]; then
    # -merge=1 keeps what is in its first folder and adds from the others only inputs with new
    # coverage, smallest first. The seeds go in first and come out again, so Fuzz/found/ gets
    # only what the seeds do not already reach.
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    cp Fuzz/corpus/* "$work/"
    nice -n 19 "$binary" -merge=1 -timeout=10 -rss_limit_mb=2048 -max_len=65536 -detect_leaks=0 \
        "$work" Fuzz/found .build/fuzz-corpus
    for seed in Fuzz/corpus/*; do rm -f "$work/$(basename "$seed")"; done
    rm -rf Fuzz/found && mkdir Fuzz/found && cp "$work"/* Fuzz/found/ 2>/dev/null || true
    echo "Fuzz/found/: $(ls Fuzz/found | wc -l) files, $(du -sh Fuzz/found | cut -f1)"
    exit 0
fi
exec nice -n 19 "$binary" .build/fuzz-corpus Fuzz/found Fuzz/corpus \
    -jobs=1 -workers=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -detect_leaks=0 -artifact_prefix=.build/fuzz-artifacts/ "$@"
