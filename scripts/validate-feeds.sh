#!/usr/bin/env bash
# Checks the feeds, sitemaps and robots.txt of a built site with real validators:
#   Atom      jing against the RELAX NG schema of RFC 4287 (Tests/Validators/atom.rnc)
#   all feeds feedparser (bozo must be 0) and the JSON Feed 1.1 rules: scripts/check-feeds.py
#   sitemaps  xmllint against the sitemaps.org 0.9 schemas (Tests/Validators/*.xsd)
# Usage: scripts/validate-feeds.sh SITE_DIR    (scripts/install-deps.sh --validator installs them)
set -euo pipefail
site=${1:?usage: scripts/validate-feeds.sh SITE_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
schemas=$root/Tests/Validators

atom=$(find "$site" -name feed.xml | wc -l)
[ "$atom" -gt 0 ] || { echo "$site: no Atom feeds (feed.xml) found" >&2; exit 1; }
# jing's Debian wrapper warns about optional jars it does not need; only its findings matter.
find "$site" -name feed.xml -print0 | sort -z | xargs -0 jing -c "$schemas/atom.rnc" 2> >(grep -v '^\[warning\] /usr/bin/jing' >&2)
echo "jing: $atom Atom feeds match the RFC 4287 schema"

python3 "$root/scripts/check-feeds.py" "$site"

if grep -q '<sitemapindex' "$site/sitemap.xml"; then
    xmllint --noout --schema "$schemas/siteindex.xsd" "$site/sitemap.xml"
    find "$site" -maxdepth 1 -name 'sitemap-*.xml' -print0 | sort -z | xargs -0 xmllint --noout --schema "$schemas/sitemap.xsd"
else
    xmllint --noout --schema "$schemas/sitemap.xsd" "$site/sitemap.xml"
fi

grep -qx "Sitemap: .*sitemap.xml" "$site/robots.txt" || echo "note: robots.txt names no sitemap (a static robots.txt?)" >&2
echo "Feeds and sitemaps are valid."
