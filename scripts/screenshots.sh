#!/usr/bin/env bash
# Screenshots of a built site with headless Chromium at 375 px (phone) and 1280 px (desktop).
# Usage: scripts/screenshots.sh SITE_DIR OUT_DIR [PAGE ...]   (pages relative to SITE_DIR)
set -euo pipefail
site=$(cd "$1" && pwd); out=$2; shift 2
mkdir -p "$out"
command -v chromium >/dev/null 2>&1 || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo; $sudo apt-get install -y -qq chromium >/dev/null; }
pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
    pages=(index.html regioner/index.html amnen/index.html 404.html)
    pages+=($(cd "$site" && find nyheter -name index.html | sort | head -3))
fi
for page in "${pages[@]}"; do
    name=$(echo "$page" | tr '/' '_' | sed 's/_index.html$//; s/.html$//')
    for width in 375 1280; do
        chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=$width,2400 \
            --screenshot="$out/${name}-${width}.png" "file://$site/$page" >/dev/null 2>&1
    done
done
echo "Screenshots in $out" >&2
