#!/usr/bin/env python3
"""Measures sitegen serve's time from saving an article to the `reload` event its tab gets.

Usage: bench/serve-latency.py SITEGEN SITE_DIR [EDITS]
Starts `SITEGEN serve --source SITE_DIR --port 0`, waits for the first build, listens to
/_sitegen/events as a browser tab does (one that does not say its page, so it hears every
reload), then EDITS times (default 5) appends a sentence to one article's body (a different
article each time) and times from the file's close to the first `reload` event: the edited
page (made first, see QuickPage), which is what the writer looks at. It then waits for the
full build's line on serve's output before the next edit, and times that too. Prints each
time and the medians. The site is changed: use a corpus copy (bench/make-corpus.py). Not a
test: nothing is asserted.
"""
import os, queue, re, select, socket, statistics, subprocess, sys, threading, time

def main():
    binary, site = sys.argv[1], sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    articles = sorted(os.path.join(d, f) for d, _, files in os.walk(os.path.join(site, "content"))
                      for f in files if f.endswith(".md"))
    env = dict(os.environ, NO_COLOR="1")
    server = subprocess.Popen([binary, "serve", "--source", site, "--port", "0"], stderr=subprocess.PIPE,
                              stdout=subprocess.DEVNULL, env=env, text=True)
    try:
        port = None
        started = time.monotonic()
        while port is None:
            line = server.stderr.readline()
            if not line:
                sys.exit("sitegen serve stopped before serving")
            print("  serve: " + line.rstrip())
            match = re.search(r"Preview: http://127\.0\.0\.1:(\d+)", line)
            if match:
                port = int(match.group(1))
        print(f"first build and start: {time.monotonic() - started:.1f} s")
        # serve's later lines, with the moment each came.
        lines = queue.Queue()
        def read_lines():
            for line in server.stderr:
                lines.put((time.monotonic(), line.rstrip()))
        threading.Thread(target=read_lines, daemon=True).start()
        events = socket.create_connection(("127.0.0.1", port))
        events.sendall(b"GET /_sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        buffered = b""
        def wait_for(needle, timeout):
            nonlocal buffered
            end = time.monotonic() + timeout
            while needle not in buffered:
                left = end - time.monotonic()
                if left <= 0 or not select.select([events], [], [], left)[0]:
                    return False
                buffered += events.recv(65536)
            buffered = buffered[buffered.index(needle) + len(needle):]
            return True
        assert wait_for(b"retry:", 10)
        times, full_times = [], []
        for number in range(edits):
            time.sleep(1.0)  # the watcher settles; a writer does not save twice a second
            path = articles[(number * 7919) % len(articles)]
            with open(path, "a", encoding="utf-8") as article:
                article.write(f"\nEn mening till, nummer {number}.\n")
            saved = time.monotonic()
            if not wait_for(b"event: reload", 300):
                sys.exit("no reload event within 300 s")
            times.append(time.monotonic() - saved)
            while True:
                moment, line = lines.get(timeout=300)
                print("  serve: " + line)
                if line.startswith("Built ") or line.startswith("Build failed"):
                    full_times.append(moment - saved)
                    break
            # The full build's event, sent before its line, is not the next edit's.
            while select.select([events], [], [], 0.2)[0]:
                if not events.recv(65536):
                    break
            buffered = b""
            print(f"  {os.path.relpath(path, site)}: page {times[-1] * 1000:.0f} ms, whole site {full_times[-1] * 1000:.0f} ms")
        print(f"save -> reload of the page, {len(times)} edits: median {statistics.median(times) * 1000:.0f} ms, "
              f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")
        print(f"save -> whole preview built: median {statistics.median(full_times) * 1000:.0f} ms, "
              f"min {min(full_times) * 1000:.0f} ms, max {max(full_times) * 1000:.0f} ms")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

if __name__ == "__main__":
    main()
