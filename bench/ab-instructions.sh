#!/usr/bin/env bash
# Two or more sitegen binaries compared by the instructions they execute, not by seconds:
# valgrind's callgrind counts them, nearly the same for the same binary and input whatever else
# the machine does (two cold builds of the 1,000-article corpus by one binary: 0.07-0.37% apart,
# as threads take different articles; read a smaller change off the functions it touches), where
# wall and CPU time drift by 10% from hour to hour and hide a change of 1-2%. Fewer instructions
# is not always less time (a tight byte loop runs many to a cycle; page faults and system calls
# cost far more than they count): confirm a large change with ab-cold.sh or ab-rebuild.sh.
#   bench/ab-instructions.sh cold SITE BINARY...             a cold build (--no-cache)
#   bench/ab-instructions.sh rebuild SITE ARTICLE BINARY...  a rebuild after one line is added to ARTICLE
# Each binary builds into its own output and cache folder; for a rebuild, in its own copy of the
# site (ab-copy.sh), where the same line is added to ARTICLE. valgrind 3.19 cannot read the
# executables' DWARF 5 debug information: each is run as a copy without it (symbols kept), and
# its profile is left in /tmp/ab-instructions-NAME.out for `callgrind_annotate` (pipe it through
# `swift demangle --simplified`). Needs valgrind (`apt-get install valgrind`); takes 20-30 s a
# binary for the 1,000-article cold build or the 10,000-article rebuild.
set -euo pipefail
mode=$1; site=$2; shift 2
article=""
if [ "$mode" = rebuild ]; then article=$1; shift; fi
[ "$mode" = cold ] || [ "$mode" = rebuild ] || { echo "mode is cold or rebuild" >&2; exit 2; }
work=$(mktemp -d)
here=$(cd "$(dirname "$0")" && pwd)
source "$here/ab-copy.sh"
copies=()
trap 'rm -rf "$work" "${copies[@]}"' EXIT
site=$(cd "$site" && pwd)
for binary in "$@"; do
    name=$(basename "$binary")
    strip --strip-debug -o "$work/$name" "$binary"
    if [ "$mode" = rebuild ]; then   # its own copy of the site, with the cache and the spare folder a rebuild finds
        copy=$(site_copy "$site" "$name")
        copies+=("$copy")
        (cd "$copy" && "$binary" build --output "out-$name" --cache-dir ".cache-$name" --quiet &&
            "$binary" build --output "out-$name" --cache-dir ".cache-$name" --quiet &&
            echo "Rad $(date +%Y%m%d)." >> "$article")
    fi
done
first=""
for binary in "$@"; do
    name=$(basename "$binary")
    if [ "$mode" = cold ]; then
        folder=$site
        rm -rf "$folder/out-$name"
        flags=(--no-cache)
    else
        folder="$site.ab-$name"
        flags=(--cache-dir ".cache-$name")
    fi
    count=$(cd "$folder" && valgrind --tool=callgrind --callgrind-out-file="/tmp/ab-instructions-$name.out" \
        "$work/$name" build --output "out-$name" "${flags[@]}" --quiet 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    if [ -z "$first" ]; then
        first=$count
        printf '%s: %s instructions\n' "$binary" "$count"
    else
        printf '%s: %s instructions, %+.2f%% against the first\n' "$binary" "$count" \
            "$(python3 -c "print(100 * ($count - $first) / $first)")"
    fi
done
