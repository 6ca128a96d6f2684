#!/usr/bin/env python3
"""Writes a deterministic synthetic site of N Swedish articles for measuring sitegen.

Usage: bench/make-corpus.py N OUT_DIR
The site uses the repository's site.yml, templates/ and static/; the articles (~5 KB each)
have headings, a table, lists, links, tags, regions and kinds drawn from a fixed seed.
Every 50th article (i % 50 == 25) is a page bundle: a folder with index.md and a small PNG
(bild.png) as its lead image. The bundles draw nothing from the random generator, so the
articles' texts are the same as without them.
"""
import os, random, shutil, struct, sys, zlib

def png(width, height, seed):
    """A small deterministic RGB PNG: stripes of blue and green whose shades depend on seed."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\0" + bytes(v for x in range(width) for v in
                                  (0, 96 + (x // 20 * 16 + seed) % 128, 128 + (y // 15 * 24 + seed) % 128))
                    for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")

def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rng = random.Random(20261125)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "content"))
    for item in ("site.yml", "templates", "static"):
        src = os.path.join(repo, item)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(out, item))
    kinds = ["projekt", "motesrapport", "krisstod", "rapport", "intervju"]
    regions = ["Jämtland Härjedalen", "Västernorrland", "Örebro", "Kronoberg", "Skåne", "Norrbotten",
               "Västerbotten", "Dalarna", "Östergötland", "Kalmar", "Gävleborg", "Västra Götaland"]
    tags = ["Digitalisering", "Automation", "Export", "Kompetensförsörjning", "Grön omställning",
            "Covid-19", "Finansiering", "Smart industri", "SME", "Innovation", "Logistik", "Energi"] + \
           [f"Ämne {i}" for i in range(200)]
    words = ("industri företag region projekt utveckling kompetens export tillväxt samverkan "
             "automation digitalisering produktion hållbarhet leverantör investering kommun "
             "näringsliv omställning finansiering innovation arbetskraft utbildning").split()
    def sentence():
        return " ".join(rng.choice(words) for _ in range(rng.randint(8, 18))).capitalize() + "."
    def paragraph():
        return " ".join(sentence() for _ in range(rng.randint(3, 6)))
    for i in range(count):
        year = 2015 + i % 10
        month, day = 1 + i % 12, 1 + i % 28
        folder = os.path.join(out, "content", str(year))
        os.makedirs(folder, exist_ok=True)
        art_tags = rng.sample(tags[:12], 2) + [rng.choice(tags)]
        body = [paragraph(), "## " + sentence()[:-1], paragraph(), paragraph(),
                "| Mått | Värde |\n|:--|--:|\n" + "\n".join(f"| {rng.choice(words)} | {rng.randint(1, 999)} |" for _ in range(4)),
                "- " + "\n- ".join(sentence() for _ in range(4)),
                "### " + sentence()[:-1], paragraph(), f"Läs mer på [projektets sida](https://example.se/p/{i}).",
                paragraph(), paragraph()]
        bundle = i % 50 == 25
        image = f"image: bild.png\nimage_alt: Färgfält i blått och grönt, illustration till artikel {i}\n" if bundle else ""
        text = (f"---\ntitle: \"Artikel {i}: {sentence()[:-1]}\"\ndate: {year}-{month:02d}-{day:02d} {i % 24:02d}:{i % 60:02d}\n"
                f"kind: {kinds[i % 5]}\nregions: [{rng.choice(regions)}]\ntags: [{', '.join(art_tags)}]\n"
                f"author: Skribent {i % 37}\n{image}---\n\n" + "\n\n".join(body) + "\n")
        path = os.path.join(folder, f"artikel-{i:06d}.md")
        if bundle:
            os.makedirs(path[:-3])
            with open(os.path.join(path[:-3], "bild.png"), "wb") as f:
                f.write(png(160, 90, i))
            path = os.path.join(path[:-3], "index.md")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

main()
