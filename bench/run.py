#!/usr/bin/env python3
"""Measures sitegen, and Hugo when it is installed, building the same synthetic corpora.

Usage: bench/run.py [--sizes "1000 10000"] [--runs 5] [--work .build/bench] [--append] [--no-hugo]
(`make bench` runs it; BENCH_SIZES and RUNS choose the sizes and the number of runs.)

For each size N: writes the corpus with bench/make-corpus.py (kept in --work and reused while
make-corpus.py is unchanged), converts it into a Hugo site (bench/hugo-site/ plus the same
articles), waits for a quiet machine (--max-load), then builds each site RUNS times after one
warm-up round that is not counted, the tools taking turns. Every run starts from an empty output
folder after a sync (a cold build; the corpus is in the page cache after the warm-up). In each
round, after sitegen, `cp -r` copies the output sitegen has just written into an empty folder
beside it: the floor of writing that output on this machine (one core), measured in the same
run. Then Debian's `cmark-gfm` command (`make bench` installs it) converts every article (front
matter included, as Markdown) to HTML thrown away: the floor of parsing the bodies, on the one
core where parsing must stay (README, "cmark-gfm and threads"). Wall time is measured around
the process; CPU time (user + sys) and peak RSS come from the kernel's accounting of the child
and the children it waited for (os.wait4). The medians are printed as a Markdown table and
written to bench/RESULTS.md with the machine, the load average and the command.
Standard library only. Not a test: nothing here fails on a slow machine.
"""
import argparse, datetime, hashlib, os, shlex, shutil, statistics, subprocess, sys, tempfile, time

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
SITEGEN = os.path.join(REPO, ".build", "release", "sitegen")
# The plural names of the corpus's kinds, as in site.yml: Hugo's kind terms are titled with them.
# The row of the copy of sitegen's output (see the docstring).
COPY = "cp -r of sitegen's output"
# The row of the cmark-gfm command over the corpus's articles (see the docstring).
CMARK = "cmark-gfm over the articles"
FLOORS = (COPY, CMARK)
KIND_NAMES = {"projekt": "Projektberättelser", "motesrapport": "Mötesrapporter",
              "krisstod": "Krisstödsmeddelanden", "rapport": "Rapporter", "intervju": "Intervjuer"}


def output(argv):
    try:
        return subprocess.run(argv, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def machine(hugo, left_out=False):
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    mem_kb = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
    return [("cores (nproc)", output(["nproc"])), ("CPU", cpu), ("memory", f"{mem_kb / 1048576:.1f} GiB"),
            ("kernel", output(["uname", "-sr"])), ("Swift", output([os.environ.get("SWIFT", "swift"), "--version"]).splitlines()[0]),
            ("sitegen", f"{output([SITEGEN, '--version'])} at {output(['git', '-C', REPO, 'rev-parse', '--short', 'HEAD'])}"),
            ("Hugo", output([hugo, "version"]) if hugo else "left out (--no-hugo)" if left_out else "not installed")]


def corpus(size, work):
    """The corpus of `size` articles, written again only when make-corpus.py has changed."""
    folder = os.path.join(work, f"corpus-{size}")
    script = os.path.join(BENCH, "make-corpus.py")
    stamp = hashlib.sha256(open(script, "rb").read()).hexdigest()
    stamp_file = os.path.join(work, f"corpus-{size}.stamp")
    if not (os.path.isdir(folder) and os.path.exists(stamp_file) and open(stamp_file).read() == stamp):
        print(f"writing the corpus of {size:,} articles into {folder}", flush=True)
        subprocess.run([sys.executable, script, str(size), folder], check=True)
        with open(stamp_file, "w") as f:
            f.write(stamp)
    return folder


def hugo_front_matter(header):
    """sitegen's front matter as Hugo's: kind, regions, tags become the taxonomies typer,
    regioner, amnen; the date gets seconds (YAML and Hugo do not read '2019-04-11 09:30') and
    gives the month for the manader taxonomy. Title, author, image, image_alt stay as they are."""
    lines = []
    for line in header.splitlines():
        key, _, value = line.partition(": ")
        if key == "date":
            day, clock = value.split(" ")
            lines += [f"date: {day}T{clock}:00", f"manader: [\"{day[:7]}\"]"]
        elif key == "kind":
            lines.append(f"typer: [{KIND_NAMES[value]}]")
        elif key in ("regions", "tags"):
            lines.append(f"{'regioner' if key == 'regions' else 'amnen'}: {value}")
        else:
            lines.append(line)
    return "\n".join(lines)


def hugo_site(corpus_dir):
    """bench/hugo-site/ with the corpus's static files and its articles, same text and bundles,
    under content/nyheter/{year}/ (each year a section, like sitegen's archive pages)."""
    site = os.path.join(corpus_dir, "hugo")
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(os.path.join(BENCH, "hugo-site"), site)
    shutil.copytree(os.path.join(corpus_dir, "static"), os.path.join(site, "static"))
    source, target = os.path.join(corpus_dir, "content"), os.path.join(site, "content", "nyheter")
    os.makedirs(target)
    with open(os.path.join(target, "_index.md"), "w") as f:
        f.write("---\ntitle: Nyheter\n---\n")
    for root, _, files in os.walk(source):
        rel = os.path.relpath(root, source)
        os.makedirs(os.path.join(target, rel), exist_ok=True)
        if os.sep not in rel and rel != ".":
            with open(os.path.join(target, rel, "_index.md"), "w") as f:
                f.write(f"---\ntitle: \"{rel}\"\n---\n")
        for name in files:
            src, dst = os.path.join(root, name), os.path.join(target, rel, name)
            if not name.endswith(".md"):
                shutil.copyfile(src, dst)
                continue
            _, header, body = open(src, encoding="utf-8").read().split("---\n", 2)
            with open(dst, "w", encoding="utf-8") as f:
                f.write("---\n" + hugo_front_matter(header) + "\n---\n" + body)
    return site


def wait_for_quiet(max_load, max_wait):
    waited = 0
    while os.getloadavg()[0] > max_load and waited < max_wait:
        if waited == 0:
            print(f"  load average {os.getloadavg()[0]:.2f} > {max_load}: waiting (at most {max_wait} s)", flush=True)
        time.sleep(10)
        waited += 10
    return os.getloadavg()[0]


def measure(tools, runs):
    """Runs each tool's argv runs + 1 times into its empty output folder, the first round a
    warm-up, the tools taking turns so that a disturbance hits them alike; returns
    {tool: [(wall s, user + sys CPU s, peak RSS bytes)]} of the counted runs."""
    results = {tool: [] for tool, _, _ in tools}
    for run in range(runs + 1):
        for tool, argv, out_dir in tools:
            for leftover in leftovers(out_dir) if out_dir else []:
                shutil.rmtree(leftover, ignore_errors=True)
            os.sync()  # the last run's and the removal's writes are not this run's cost
            with tempfile.TemporaryFile() as errors:
                start = time.monotonic()
                child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=errors)
                _, status, usage = os.wait4(child.pid, 0)
                wall = time.monotonic() - start
                child.returncode = os.waitstatus_to_exitcode(status)
                if child.returncode != 0:
                    errors.seek(0)
                    sys.exit(f"{shlex.join(argv)} failed ({child.returncode}):\n{errors.read().decode(errors='replace')[-3000:]}")
            if run > 0:
                results[tool].append((wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024))
            print(f"    {tool} {'warm-up' if run == 0 else f'run {run}'}: {wall:.2f} s", flush=True)
    return results


def leftovers(out_dir):
    """What makes a build not cold: the output, and sitegen's spare folder beside it and its
    cache and manifests in the site folder (.sitegen/). (For Hugo and the copy, whose output
    folders are elsewhere, these are sitegen's, already removed before its own run.)"""
    parent, name = os.path.split(out_dir)
    return [out_dir, os.path.join(parent, f".{name}.spare"), os.path.join(parent, ".sitegen")]


def rebuilds(argv, out_dir, folder, runs):
    """sitegen building again into its last output: with nothing changed, and with one article's
    body changed (a different sentence each run). The article is put back afterwards.
    Returns {"nothing changed": [(wall, cpu, rss)], "one article changed": [...]}."""
    article = os.path.join(folder, "content", "2015", "artikel-000000.md")
    original = open(article, encoding="utf-8").read()
    results = {"nothing changed": [], "one article changed": []}
    try:
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        for run in range(runs):
            for case in results:
                if case == "one article changed":
                    with open(article, "w", encoding="utf-8") as f:
                        f.write(original + f"\nEn ändring i körning {run}.\n")
                start = time.monotonic()
                child = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
                _, status, usage = os.wait4(child.pid, 0)
                if os.waitstatus_to_exitcode(status) != 0:
                    sys.exit(f"{shlex.join(argv)} failed")
                results[case].append((time.monotonic() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024))
                print(f"    sitegen rebuild, {case}, run {run + 1}: {results[case][-1][0]:.2f} s", flush=True)
    finally:
        with open(article, "w", encoding="utf-8") as f:
            f.write(original)
    return results


def count_files(folder):
    return sum(len(files) for _, _, files in os.walk(folder))


def table(size, rows, load):
    """rows: [(tool, [(wall, cpu, rss)], output files)] -> Markdown lines."""
    lines = [f"### {size:,} articles", "",
             "| tool | median wall s | articles/s | median CPU s | median peak RSS MB | output files |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    medians = {}
    for tool, runs, files in rows:
        wall, cpu, rss = (statistics.median(r[i] for r in runs) for i in range(3))
        medians[tool] = (wall, rss)
        per_second = "" if tool in FLOORS else f"{size / wall:,.0f}"
        counted = "" if files is None else f"{files:,}"
        lines.append(f"| {tool} | {wall:.2f} | {per_second} | {cpu:.2f} | {rss / 1e6:,.0f} | {counted} |")
    lines.append("")
    s_wall, s_rss = medians["sitegen"]
    if "Hugo" in medians:
        h_wall, h_rss = medians["Hugo"]
        lines.append(f"sitegen/Hugo: wall time **{s_wall / h_wall:.2f}x**, peak RSS **{s_rss / h_rss:.2f}x**.  ")
    if COPY in medians:
        lines.append(f"sitegen/`cp -r` of its output: wall time **{s_wall / medians[COPY][0]:.2f}x** "
                     "(copying the output alone, on one core, is the floor of writing it here).  ")
    if CMARK in medians:
        lines.append(f"sitegen/cmark-gfm over the articles: wall time **{s_wall / medians[CMARK][0]:.2f}x** "
                     "(parsing the bodies alone, on one core).  ")
    if COPY in medians and CMARK in medians:
        copy, cmark = medians[COPY][0], medians[CMARK][0]
        lines.append(f"The two floors added: {copy + cmark:.2f} s; on two cores, one each and nothing else to do, "
                     f"{max(copy, cmark):.2f} s.")
    lines.append("")
    for tool, runs, _ in rows:
        lines.append(f"{tool} runs, wall s: {' '.join(f'{r[0]:.2f}' for r in runs)}  ")
    lines.append(f"1-minute load average before the runs: {load:.2f}")
    lines.append("")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "1000 10000"))
    parser.add_argument("--runs", type=int, default=int(os.environ.get("RUNS", "5")))
    parser.add_argument("--work", default=os.path.join(REPO, ".build", "bench"), help="where the corpora go")
    parser.add_argument("--results", default=os.path.join(BENCH, "RESULTS.md"))
    parser.add_argument("--append", action="store_true", help="add to RESULTS.md instead of replacing it")
    parser.add_argument("--max-load", type=float, default=1.5, help="wait for a lower 1-minute load average")
    parser.add_argument("--max-wait", type=int, default=300, help="seconds to wait for it at most")
    parser.add_argument("--no-hugo", action="store_true",
                        help="leave Hugo out (at 50,000 articles it takes minutes a run)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    sizes = [int(s) for s in args.sizes.split()]
    flags = " ".join(flag for flag, on in (("--append", args.append), ("--no-hugo", args.no_hugo)) if on)
    command = f'BENCH_SIZES="{args.sizes}" RUNS={args.runs} make bench' + (f' BENCH_FLAGS="{flags}"' if flags else "")

    print("building sitegen (release)", flush=True)
    # As `make release` builds it (the Makefile's RELEASE_FLAGS): the Swift runtime inside.
    subprocess.run([os.environ.get("SWIFT", "swift"), "build", "-c", "release", "--product", "sitegen",
                    "--static-swift-stdlib"], cwd=REPO, check=True)
    hugo = None if args.no_hugo else shutil.which("hugo")
    if args.no_hugo:
        print("--no-hugo: sitegen and the copy of its output only")
    elif not hugo:
        print("hugo not installed: skipping the comparison (apt-get install hugo)")
    about = machine(hugo, left_out=args.no_hugo)
    lines = [f"## {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}: `{command}`", ""]
    lines += [f"- {name}: {value}" for name, value in about] + [""]
    os.makedirs(args.work, exist_ok=True)
    for size in sizes:
        folder = corpus(size, args.work)
        written = os.path.join(folder, "site-sitegen")
        tools = [("sitegen", [SITEGEN, "build", "--source", folder, "--output", written, "--quiet"], written),
                 # Right after sitegen in each round: the output it has just written.
                 (COPY, ["cp", "-r", written, written + "-copy"], written + "-copy")]
        cmark = shutil.which("cmark-gfm")
        if not cmark:
            print("cmark-gfm not installed: no row for it (apt-get install cmark-gfm)")
        else:
            # As sitegen parses the corpus (MarkdownRenderer, and site.yml's raw_html and
            # smart_punctuation), but for footnotes, which Debian's command cannot turn on.
            # xargs: 50,000 paths are more than one command line takes. Output thrown away: the
            # writing is the copy's row.
            tools.append((CMARK, ["sh", "-c", 'find "$1/content" -name "*.md" -print0 | xargs -0 "$0" '
                                  "--unsafe --smart --table-prefer-style-attributes "
                                  "-e table -e strikethrough -e autolink -e tagfilter -e tasklist > /dev/null",
                                  cmark, folder],
                          None))
        if hugo:
            site = hugo_site(folder)
            tools.append(("Hugo", [hugo, "--source", site, "--destination", os.path.join(folder, "site-hugo"), "--quiet"],
                          os.path.join(folder, "site-hugo")))
        for tool, argv, _ in tools:
            print(f"  {tool}, {size:,} articles: {shlex.join(argv)}", flush=True)
        load = wait_for_quiet(args.max_load, args.max_wait)
        results = measure(tools, args.runs)
        rows = [(tool, results[tool], count_files(out_dir) if out_dir else None) for tool, _, out_dir in tools]
        section = table(size, rows, load)
        shutil.rmtree(tools[1][2], ignore_errors=True)
        again = rebuilds(tools[0][1], tools[0][2], folder, args.runs)
        section += ["sitegen building again into its own output (spare folder, manifest and build cache kept), "
                    f"medians of {args.runs}:", "", "| case | median wall s | median CPU s | median peak RSS MB |",
                    "| --- | ---: | ---: | ---: |"]
        for case, values in again.items():
            wall, cpu, rss = (statistics.median(v[i] for v in values) for i in range(3))
            section.append(f"| {case} | {wall:.2f} | {cpu:.2f} | {rss / 1e6:,.0f} |")
        section.append("")
        print("\n".join(section), flush=True)
        lines += section
    lines += [f"Medians of {args.runs} runs after one warm-up round, the tools taking turns, each run into an "
              "empty output folder after a sync; CPU is user + sys; peak RSS is the kernel's maxrss of the process.", ""]
    title = ["# Benchmark results", "",
             "Written by `make bench` (bench/run.py); see README.md, \"Speed\". The corpus is "
             "bench/make-corpus.py's, Hugo's site is bench/hugo-site/ (what differs is listed in its config.yaml).", ""]
    previous = open(args.results, encoding="utf-8").read().rstrip("\n").split("\n") + [""] \
        if args.append and os.path.exists(args.results) else title
    with open(args.results, "w", encoding="utf-8") as f:
        f.write("\n".join(previous + lines).rstrip("\n") + "\n")
    print(f"written to {os.path.relpath(args.results)}")


main()
