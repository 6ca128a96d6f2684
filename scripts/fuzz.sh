#!/usr/bin/env bash
# Builds the libFuzzer target in Fuzz/ (release, with AddressSanitizer) and runs it on the seed
# corpus in Fuzz/corpus/. New interesting inputs go to .build/fuzz-corpus/ (not committed),
# crashes and hangs to .build/fuzz-artifacts/. Leak detection is off: TOMLKit 0.6.0 leaks a few
# bytes per TOML table and date (its C++ results are never freed), which is not ours to fix.
#   scripts/fuzz.sh                 run for 10 minutes
#   scripts/fuzz.sh 1800            run for 30 minutes
#   scripts/fuzz.sh 0 -runs=1000    any further libFuzzer options after the seconds
# It runs under `nice -n 19` with one job: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
swift build --package-path Fuzz -c release \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing
binary="$(swift build --package-path Fuzz -c release --show-bin-path)/SitegenFuzz"
mkdir -p .build/fuzz-corpus .build/fuzz-artifacts
exec nice -n 19 "$binary" .build/fuzz-corpus Fuzz/corpus \
    -jobs=1 -workers=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -detect_leaks=0 -artifact_prefix=.build/fuzz-artifacts/ "$@"
