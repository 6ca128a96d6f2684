// Measures the search page's script on a built site: per query, the bytes it loads (manifest,
// shards, filter lists, the document files of the first 10 hits (a page of results)) and the time from query to
// records, with every file read from disk and parsed anew (a visitor's first query, minus the
// network). Usage: node bench/search-bench.mjs SITE_DIR [QUERY ...]   (QUERY: words|typ|region)
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { search, documents } from "../static/js/sok.js";

const folder = process.argv[2] + "/sok/";
const queries = process.argv.length > 3 ? process.argv.slice(3) : [
  "export", "kompetensförsörjning", "digitalisering region", "hallbarhet", "innovation kommun",
  "Jämtland", "orebro", "automation|intervjuer", "export|rapporter|kalmar", "industri", "artikel 4711",
];
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const kb = (n) => (n / 1000).toFixed(0).padStart(6) + " kB";
console.log("query".padEnd(34), "hits".padStart(6), "loaded".padStart(9), "gzipped".padStart(9), "files".padStart(6), "  ms (median of 9)");
for (const line of queries) {
  const [query, typ = "", region = ""] = line.split("|");
  let bytes = 0, zipped = 0, files = 0, hits = 0;
  const times = [];
  for (let run = 0; run < 9; run++) {
    bytes = 0; files = 0;
    const load = async (name) => {
      const text = readFileSync(folder + name, "utf8");
      bytes += Buffer.byteLength(text); files++;
      if (run === 0) zipped += gzipSync(text).length;
      return JSON.parse(text);
    };
    const start = performance.now();
    const manifest = await load("index.json");
    const { ids } = await search(manifest, query, { typ, region }, load);
    await documents(manifest, ids.slice(0, 10), load);
    times.push(performance.now() - start);
    hits = ids.length;
  }
  console.log(line.padEnd(34), String(hits).padStart(6), kb(bytes), kb(zipped), String(files).padStart(6), median(times).toFixed(1).padStart(8));
}
