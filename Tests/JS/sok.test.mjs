// The search page's script without a browser: its normalising against the table sitegen is
// tested with too, and real queries against the index of the "everything" fixture as recorded
// in its golden tree (GoldenSiteTests keeps that index current). Run: node --test Tests/JS/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { words, fold, stem, term, queryTerms, shardFiles, search, documents } from "../../static/js/sok.js";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const table = JSON.parse(readFileSync(here("../SitegenCoreTests/Fixtures/search/normalisation.json"), "utf8"));
const indexFolder = here("../SitegenCoreTests/Fixtures/everything.golden/sok/");

/** Loads files of the golden index, remembering which. */
function loader() {
  const loaded = [];
  const load = async (name) => {
    loaded.push(name);
    return JSON.parse(readFileSync(indexFolder + name, "utf8"));
  };
  return { load, loaded };
}

const golden = loader();
const manifest = await golden.load("index.json");
const stopwords = new Set(manifest.stopwords);

async function titles(query, filters = {}) {
  const { load } = loader();
  const { ids } = await search(manifest, query, { typ: "", region: "", ...filters }, load);
  return (await documents(manifest, ids, load)).map((d) => d.title);
}

test("stems: the shared table", () => {
  assert.ok(table.stems.length >= 40);
  for (const [word, expected] of table.stems) assert.equal(stem(word), expected, word);
});

test("terms: the shared table, with the stop words from the manifest", () => {
  for (const [word, key, variant] of table.terms) {
    const found = term(word, stopwords);
    assert.deepEqual(found && [found.key, found.variant], key === null ? null : [key, variant], word);
  }
});

test("words: the shared table", () => {
  for (const { text, words: expected } of table.words) assert.deepEqual(words(text), expected, text);
});

test("folding", () => {
  assert.equal(fold("örnsköldsvik"), "ornskoldsvik");
  assert.equal(fold("ærø"), "aero");
});

test("query terms: once each; a stop word typed without å, ä, ö is a stop word too", () => {
  const keys = (q) => queryTerms(q, stopwords).map((t) => t.key);
  assert.deepEqual(keys("export för industrin"), ["export", "industrin"]);
  assert.deepEqual(keys("export for industrin"), ["export", "industrin"]);
  assert.deepEqual(keys("Regionen regioner REGIONERNA"), ["region"]);
  assert.deepEqual(keys("år"), ["ar"]);
  assert.deepEqual(keys("ar"), []);
});

test("shard lookup: the shard a key falls in, and the following ones its longer words may be in", () => {
  const shards = [{ file: "a", first: "11" }, { file: "b", first: "export" }, { file: "c", first: "exportz" }];
  assert.deepEqual(shardFiles(shards, "0"), ["a"]);
  assert.deepEqual(shardFiles(shards, "exp"), ["a"]);
  assert.deepEqual(shardFiles(shards, "expo"), ["a", "b", "c"]);
  assert.deepEqual(shardFiles(shards, "export"), ["b", "c"]);
  assert.deepEqual(shardFiles(shards, "orebro"), ["c"]);
  assert.deepEqual(shardFiles([], "orebro"), []);
});

test("the golden index is split, and every key is found in the shard the lookup names", () => {
  assert.ok(manifest.shards.length >= 3, "shard_size: 1 splits the fixture's index");
  for (const [number, { file, first }] of manifest.shards.entries()) {
    const { terms } = JSON.parse(readFileSync(indexFolder + file, "utf8"));
    const next = manifest.shards[number + 1]?.first;
    for (const key of Object.keys(terms)) {
      assert.ok(first <= key && (next === undefined || key < next), `${key} in ${file}`);
      assert.ok(shardFiles(manifest.shards, key).includes(file), key);
    }
  }
});

test("queries: diacritics and case folded, endings stemmed", async () => {
  assert.deepEqual(await titles("orebro"), ["Många dörrar leder rätt"]);
  assert.deepEqual(await titles("ÖREBRO"), ["Många dörrar leder rätt"]);
  assert.deepEqual(await titles("jamtland"), ["Rapport: så mår industrin efter ett år med covid-19"]);
  assert.deepEqual(await titles("Jämtlands"), ["Rapport: så mår industrin efter ett år med covid-19"]);
  assert.deepEqual(await titles("spillvarmen"), ["Spillvärme blir resurs i Norrköping"]);
  assert.deepEqual(await titles("exportcentret"), ["Många dörrar leder rätt"]);
  assert.equal((await titles("företagen")).length, 4);
});

test("queries: every word must match; stop words alone find nothing", async () => {
  assert.deepEqual(await titles("export värme"), ["Spillvärme blir resurs i Norrköping"]);
  assert.deepEqual(await titles("export enkät"), []);
  assert.deepEqual(await titles("och att"), []);
  assert.deepEqual(await titles(""), []);
});

test("queries: out-of-date articles are not in the index", async () => {
  assert.deepEqual(await titles("Lindesberg"), []);
  assert.deepEqual(await titles("krisstöd"), []);
});

test("filters: kind and region, with or without words; unknown values are ignored", async () => {
  assert.deepEqual(await titles("export", { typ: "projekt" }), ["Spillvärme blir resurs i Norrköping"]);
  assert.deepEqual(await titles("", { region: "kronoberg" }), ["Många dörrar leder rätt"]);
  assert.deepEqual(await titles("export", { region: "jamtland-harjedalen" }), []);
  assert.equal((await titles("företag", { typ: "finns-inte" })).length, 4);
});

test("a query loads the manifest, the shards of its words and the documents of its hits only", async () => {
  const { load, loaded } = loader();
  const { ids } = await search(manifest, "jamtland", { typ: "", region: "" }, load);
  await documents(manifest, ids, load);
  const shardCount = manifest.shards.length;
  assert.ok(loaded.filter((f) => f.startsWith("shard-")).length < shardCount, loaded.join(" "));
  assert.deepEqual(loaded.filter((f) => f.startsWith("docs-")), ["docs-0.json"]);
  assert.ok(!loaded.includes("filters.json"));
});

test("ranking: hits spelled with the query's å, ä, ö first, then by weight, then newest", async () => {
  const files = {
    "shard-0.json": { terms: { ort: { ort: [0, 9, 2, 1], ört: [1, 2] }, ortsbor: { ortsbor: [3, 1] } } },
    "docs-0.json": { documents: [0, 1, 2, 3].map((id) => ({ id, title: `d${id}` })) },
  };
  const tiny = { documents: { count: 4, perFile: 10, file: "docs-{n}.json" }, shards: [{ file: "shard-0.json", first: "ort" }],
    filters: "filters.json", stopwords: [], facets: { kinds: [], regions: [] } };
  const load = async (name) => files[name];
  const ranked = async (q) => (await search(tiny, q, {}, load)).ids;
  assert.deepEqual(await ranked("ört"), [1, 0, 2]);
  assert.deepEqual(await ranked("ort"), [0, 2, 1]);
  assert.deepEqual(await ranked("ortsb"), [3], "a word of four letters or more also finds longer words");
});
