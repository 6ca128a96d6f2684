# Sourced by ab-rebuild.sh and ab-instructions.sh: `site_copy SITE NAME` prints the path of a
# fresh copy of SITE's sources (content/, templates/, static/, site.yml and whatever else is not
# an output), for one binary's rebuilds.
#
# Why a copy for each binary: the editorial report's key, kept in the site's own `.sitegen/`,
# names the executable (ReportKey). Binaries taking turns in one site each found the other's key
# there and made the report again on every turn, about 0.1 s of processor time at 10,000
# articles, which a rebuild by one binary does not spend (2026-11-27).
site_copy() {
    local site=$1 name=$2
    local copy="${site%/}.ab-$name"
    rm -rf "$copy"
    mkdir -p "$copy"
    (cd "$site" && tar --exclude='./out-*' --exclude='./.out-*' --exclude='./.cache-*' --exclude=./.sitegen \
        --exclude=./site --exclude='./.site*' -cf - .) | (cd "$copy" && tar -xf -)
    echo "$copy"
}
