#!/usr/bin/env python3
"""Every page of a built site in headless Chromium, emulating a phone: no page may be wider
than the screen.

WCAG 2.1 success criterion 1.4.10 (Reflow) asks that content be read at 320 CSS pixels wide
without scrolling sideways. A page wider than the phone makes the browser zoom the whole page
out (its layout viewport grows to the page's width), so text becomes tiny; a screenshot with a
fixed window size crops the page and hides it, which is how the menu's overflow went unseen.

Through Chromium's DevTools protocol each page is loaded with a phone's metrics (a mobile
viewport of each width); a page fails when its document is wider than that width. The failure
names the page, the width and the outermost elements that reach past the edge outside any
container that scrolls them sideways itself (the menu's row of kinds, a wide table's wrapper).

Usage: scripts/check-reflow.py SITE_DIR [WIDTH ...]    (default widths: 320 390)
Needs chromium and the websocket-client module (scripts/install-deps.sh --validator).
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket

# The page's width and the elements past the right edge that no sideways-scrolling ancestor
# holds, outermost first.
MEASURE = """(() => {
  const width = %d;
  const scrolls = e => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX);
  const held = e => {
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      if (scrolls(a) && a.getBoundingClientRect().right <= width + 1) return true;
    }
    return false;
  };
  const out = [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > width + 1 && !held(e));
  const outermost = out.filter(e => !out.includes(e.parentElement));
  const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
    (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
  return {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
          elements: outermost.slice(0, 5).map(e => name(e) + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)')};
})()"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="sitegen-reflow-")
        port = free_port()
        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--remote-debugging-port={port}", f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/version", timeout=1))
                break
            except OSError:
                time.sleep(0.1)
        else:
            self.close()
            sys.exit("check-reflow: chromium did not start")
        request = urllib.request.Request(f"http://127.0.0.1:{port}/json/new?about:blank", method="PUT")
        tab = json.load(urllib.request.urlopen(request, timeout=5))
        self.socket = websocket.create_connection(tab["webSocketDebuggerUrl"], timeout=30)
        self.calls = 0
        self.call("Page.enable")

    def call(self, method, params=None):
        self.calls += 1
        self.socket.send(json.dumps({"id": self.calls, "method": method, "params": params or {}}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.calls:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def load(self, url):
        """Navigates and waits for the load event (fonts and styles applied)."""
        self.call("Page.navigate", {"url": url})
        while True:
            message = json.loads(self.socket.recv())
            if message.get("method") == "Page.loadEventFired":
                return

    def close(self):
        if hasattr(self, "socket"):
            self.socket.close()
        self.process.kill()
        self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def pages(site):
    """The site's HTML pages, without the redirects an alias leaves (they navigate away)."""
    for folder, _, files in os.walk(site):
        for name in files:
            path = os.path.join(folder, name)
            if name.endswith(".html"):
                with open(path, encoding="utf-8") as page:
                    if 'http-equiv="refresh"' in page.read(2048):
                        continue
                yield os.path.relpath(path, site)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    site = os.path.abspath(sys.argv[1])
    widths = [int(w) for w in sys.argv[2:]] or [320, 390]
    found = sorted(pages(site))
    if not found:
        sys.exit(f"check-reflow: no pages in {site}")
    browser = Browser()
    problems = []
    try:
        for width in widths:
            browser.call("Emulation.setDeviceMetricsOverride",
                         {"width": width, "height": 800, "deviceScaleFactor": 2, "mobile": True})
            for page in found:
                try:
                    browser.load("file://" + os.path.join(site, page))
                except websocket.WebSocketTimeoutException:
                    problems.append(f"{page}: did not finish loading in 30 s at {width} px")
                    continue
                result = browser.call("Runtime.evaluate", {"expression": MEASURE % width, "returnByValue": True})
                if "exceptionDetails" in result:
                    raise RuntimeError(f"{page}: {result['exceptionDetails']}")
                measured = result["result"]["value"]
                if measured["scrollWidth"] > width or measured["innerWidth"] > width:
                    past = ", ".join(measured["elements"]) or "no single element"
                    problems.append(f"{page}: {measured['scrollWidth']} px wide on a {width} px phone; past the edge: {past}")
    finally:
        browser.close()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        sys.exit(f"check-reflow: {len(problems)} page(s) wider than the phone: a reader must scroll sideways "
                 "or the browser zooms the page out (WCAG 2.1 1.4.10 Reflow); let the named elements wrap, "
                 "shrink (min-width: 0 on a flex item) or scroll inside their own box")
    print(f"check-reflow: {len(found)} pages fit phones {' and '.join(f'{w} px' for w in widths)} wide")


if __name__ == "__main__":
    main()
