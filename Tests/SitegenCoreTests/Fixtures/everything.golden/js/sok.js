// sok.js: the search page of a sitegen site. Reads ?q=, ?typ= and ?region=, loads the index
// (sok/index.json, then only the shards the query's words fall in and the records of the hits
// shown) and lists the hits. No dependencies, nothing from another site.
//
// The words of a query are normalised exactly as the index's words were by sitegen
// (SearchNormaliser.swift, SwedishStemmer.swift): lower case, NFC, stop words out, diacritics
// folded letter by letter, one Swedish ending removed. Both are tested against
// Tests/SitegenCoreTests/Fixtures/search/normalisation.json.

const ENDINGS = ["heterna", "hetens", "arnas", "ernas", "ornas", "heten", "heter", "arna", "erna",
  "orna", "ande", "ende", "ade", "are", "ars", "ens", "ers", "ets", "ors", "het", "ar", "as", "en",
  "er", "es", "et", "or", "a", "e", "s"];
const S_ENDINGS = "bcdfghjklmnoprtvy";
const MIN_STEM = 3;
const PREFIX_MIN = 4; // a query word this long also finds longer words: "export" -> "exportstöd"
const PAGE = 10;
const SPELLED = { æ: "ae", ø: "o", ß: "ss", ð: "d", đ: "d", þ: "th", ł: "l", œ: "oe", ı: "i" };
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

const length = (text) => [...text].length;
const foldLetter = (c) => (c < "\x80" ? c : SPELLED[c] ?? c.normalize("NFKD").replace(/\p{Mn}/gu, ""));

export const words = (text) => text.match(WORD) ?? [];
export const fold = (word) => [...word].map(foldLetter).join("");

/** Removes the longest matching ending when three letters remain; a lone s only after a consonant. */
export function stem(word) {
  const ending = ENDINGS.find((e) => word.endsWith(e));
  if (!ending || length(word) - ending.length < MIN_STEM) return word;
  const rest = word.slice(0, -ending.length);
  return ending === "s" && !S_ENDINGS.includes(rest.at(-1)) ? word : rest;
}

/** {key, variant} of one word, or null: key folded and stemmed, variant the stem with its å, ä, ö. */
export function term(word, stopwords) {
  const lower = word.toLowerCase().normalize("NFC");
  if (stopwords.has(lower)) return null;
  const letters = [...lower];
  const folds = letters.map(foldLetter);
  const folded = folds.join("");
  if (length(folded) < 2) return null;
  const key = stem(folded);
  let covered = 0, count = 0;
  while (covered < length(key)) covered += length(folds[count++]);
  return { key, variant: letters.slice(0, count).join("") };
}

/** The terms of a query, once each. "for" typed for "för" is a stop word too. */
export function queryTerms(query, stopwords) {
  const foldedStops = new Set([...stopwords].map(fold));
  const terms = new Map();
  for (const word of words(query)) {
    const lower = word.toLowerCase();
    if (/^[a-z0-9]+$/.test(lower) && foldedStops.has(lower)) continue;
    const found = term(word, stopwords);
    if (found && !terms.has(found.key)) terms.set(found.key, found);
  }
  return [...terms.values()];
}

/** The shard files that can hold `key`, and every longer key starting with it. */
export function shardFiles(shards, key) {
  const find = (k) => {
    let low = 0, high = shards.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (shards[middle].first <= k) low = middle; else high = middle - 1;
    }
    return low;
  };
  if (!shards.length) return [];
  const last = length(key) >= PREFIX_MIN ? find(key + "\uffff") : find(key);
  return shards.slice(find(key), last + 1).map((s) => s.file);
}

function decode(deltas, visit) {
  let doc = 0;
  for (let i = 0; i < deltas.length; i += 2) visit((doc += deltas[i]), deltas[i + 1]);
}

/** One term's hits: document -> {score, exact}. Longer words count half; exact: same å, ä, ö. */
function matches(t, shards, count) {
  const hits = new Map();
  const prefix = length(t.key) >= PREFIX_MIN;
  for (const terms of shards) {
    for (const key of prefix ? Object.keys(terms) : [t.key]) {
      if (!Object.hasOwn(terms, key) || !(key === t.key || (prefix && key.startsWith(t.key)))) continue;
      for (const [variant, postings] of Object.entries(terms[key])) {
        const exact = key === t.key ? variant === t.variant : variant.startsWith(t.variant);
        decode(postings, (doc, weight) => {
          const hit = hits.get(doc) ?? { score: 0, exact: false };
          hit.score += key === t.key ? weight : weight / 2;
          hit.exact ||= exact;
          hits.set(doc, hit);
        });
      }
    }
  }
  const idf = Math.log(1 + count / Math.max(1, hits.size));
  for (const hit of hits.values()) hit.score *= idf;
  return hits;
}

/**
 * Ranks the documents that have every word of `query`, within the chosen kind and region:
 * most words spelled exactly as typed first, then by score, then newest. `load(file)` gives
 * a file of the index as parsed JSON. Returns {terms, ids}.
 */
export async function search(manifest, query, filters, load) {
  const terms = queryTerms(query, new Set(manifest.stopwords));
  const wanted = Object.entries(filters).filter(([name, value]) => value);
  const [shards, lists] = await Promise.all([
    Promise.all(terms.map((t) => Promise.all(shardFiles(manifest.shards, t.key).map(load)))),
    wanted.length ? load(manifest.filters) : null,
  ]);
  let found = null;
  for (const [i, t] of terms.entries()) {
    const hits = matches(t, shards[i].map((s) => s.terms), manifest.documents.count);
    if (!found) found = new Map([...hits].map(([doc, h]) => [doc, { score: h.score, exact: +h.exact }]));
    else for (const [doc, r] of found) {
      const h = hits.get(doc);
      if (h) { r.score += h.score; r.exact += h.exact; } else found.delete(doc);
    }
  }
  if (!terms.length) {
    if (!wanted.length || words(query).length) return { terms, ids: [] };
    found = new Map(Array.from({ length: manifest.documents.count }, (_, doc) => [doc, { score: 0, exact: 0 }]));
  }
  for (const [name, value] of wanted) {
    const deltas = lists[name]?.[value];
    if (!deltas) continue; // not a kind or region of this site: no filter
    const members = new Set();
    let doc = 0;
    for (const delta of deltas) members.add((doc += delta));
    for (const id of found.keys()) if (!members.has(id)) found.delete(id);
  }
  const ids = [...found].sort(([a, x], [b, y]) => y.exact - x.exact || y.score - x.score || a - b).map(([id]) => id);
  return { terms, ids };
}

/** The records of `ids`, in that order, loading only the document files they are in. */
export async function documents(manifest, ids, load) {
  const { perFile, file } = manifest.documents;
  const names = [...new Set(ids.map((id) => file.replace("{n}", Math.floor(id / perFile))))];
  const byId = new Map((await Promise.all(names.map(load))).flatMap((f) => f.documents.map((d) => [d.id, d])));
  return ids.map((id) => byId.get(id));
}

// ---- The page: only in a browser. ----

// The page's words: Swedish here, replaced by the search form's data-text-* attributes, which the
// template fills from the site's translation file (templates/i18n/).
const TEXTS = {
  searching: "Söker …", hitOne: "1 träff", hits: "{count} träffar", forQuery: " för ”{query}”",
  none: "Inga träffar{what}{within}. Prova färre eller andra ord{filters}.", noneFilters: ", eller ta bort filtren",
  more: "Visa fler ({shown} av {total})", failed: "Sökningen kunde inte laddas. Kontrollera anslutningen och försök igen.",
  locale: "sv-SE",
};
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (all, key) => (key in values ? values[key] : all));
const count = (n) => (n === 1 ? TEXTS.hitOne : fill(TEXTS.hits, { count: n.toLocaleString(TEXTS.locale) }));

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function hit(doc, root) {
  const item = element("li", "search-hit");
  const link = element("a", "", doc.title);
  link.href = root + doc.url;
  item.append(element("h3", "search-hit__title"));
  item.firstChild.append(link);
  const meta = element("p", "search-hit__meta");
  const time = element("time", "", doc.dateText);
  time.dateTime = doc.date;
  meta.append(element("span", "kind-label", doc.kindName), " · ", time);
  if (doc.regions.length) meta.append(" · " + doc.regions.join(", "));
  item.append(meta);
  if (doc.summary) item.append(element("p", "search-hit__summary", doc.summary));
  return item;
}

async function start() {
  const form = document.querySelector("form[data-index]");
  if (!form) return;
  const params = new URLSearchParams(location.search);
  const query = (params.get("q") ?? "").trim();
  const filters = { typ: params.get("typ") ?? "", region: params.get("region") ?? "" };
  form.elements.q.value = query;
  for (const name of Object.keys(filters)) {
    const select = form.elements[name];
    if (select && [...select.options].some((o) => o.value === filters[name])) select.value = filters[name];
  }
  if (!query && !filters.typ && !filters.region) return;
  for (const key of Object.keys(TEXTS)) {
    const text = form.dataset["text" + key[0].toUpperCase() + key.slice(1)];
    if (text) TEXTS[key] = text;
  }
  const status = document.getElementById("sok-status");
  const list = document.getElementById("sok-lista");
  const more = document.getElementById("sok-fler");
  const indexURL = new URL(form.dataset.index, location.href);
  const files = new Map(); // each file fetched once, also when two words or two pages need it
  const load = (name) => {
    const url = new URL(name, indexURL).href;
    if (!files.has(url)) files.set(url, fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.status)))));
    return files.get(url);
  };
  if (query) document.title = `”${query}” – ${document.title}`;
  status.textContent = TEXTS.searching;
  try {
    const manifest = await load(indexURL.href);
    const { ids } = await search(manifest, query, filters, load);
    const chosen = [[manifest.facets.kinds, filters.typ], [manifest.facets.regions, filters.region]]
      .map(([values, value]) => values.find((v) => v.value === value)?.name).filter(Boolean);
    const within = chosen.length ? ` (${chosen.join(", ")})` : "";
    const what = query ? fill(TEXTS.forQuery, { query }) : "";
    status.textContent = ids.length ? `${count(ids.length)}${what}${within}.`
      : fill(TEXTS.none, { what, within, filters: within ? TEXTS.noneFilters : "" });
    let shown = 0;
    const show = async () => {
      more.disabled = true;
      const items = (await documents(manifest, ids.slice(shown, shown + PAGE), load)).map((d) => hit(d, form.dataset.root));
      list.append(...items);
      if (shown) items[0].querySelector("a").focus(); // the first new hit, for keyboards and screen readers
      shown += items.length;
      more.hidden = shown >= ids.length;
      more.disabled = false;
      more.textContent = fill(TEXTS.more, { shown, total: ids.length });
    };
    more.addEventListener("click", show);
    await show();
  } catch {
    status.textContent = TEXTS.failed;
  }
}

if (typeof document !== "undefined") start();
