#!/usr/bin/env python3
"""Checks the JSON-LD of every page of a built site: python3 scripts/check-structured-data.py SITE

For each <script type="application/ld+json">:
- nothing in it can end the script early (no raw <, >, &, U+2028, U+2029);
- it is JSON with @context https://schema.org and a @graph;
- it is valid JSON-LD: PyLD expands it (schema.org's context is replaced by a local
  {"@vocab": "https://schema.org/"}, so no network is needed);
- every node has a known @type, only properties schema.org defines for that type, the
  properties search engines need, absolute https addresses and ISO 8601 dates;
- every {"@id": ...} reference names a node somewhere on the site.
Exits 1 and lists the problems when there are any.
"""
import datetime
import html.parser
import json
import pathlib
import sys

from pyld import jsonld

THING = {"@id", "@type", "name", "description", "url", "image", "mainEntityOfPage", "sameAs", "subjectOf"}
CREATIVE_WORK = THING | {
    "headline", "author", "publisher", "datePublished", "dateModified", "inLanguage", "keywords",
    "spatialCoverage", "contentLocation", "about", "encoding", "associatedMedia", "isPartOf", "expires",
    "sourceOrganization", "text",
}
ARTICLE = CREATIVE_WORK | {"articleSection", "articleBody", "wordCount"}
MEDIA = CREATIVE_WORK | {"contentUrl", "encodingFormat", "contentSize", "width", "height", "caption"}
PLACE = THING | {"address"}
# Properties schema.org defines for each type (the part sitegen may use), and those required.
TYPES = {
    "NewsArticle": (ARTICLE, {"headline", "datePublished", "dateModified", "author", "publisher", "url",
                              "mainEntityOfPage", "inLanguage", "description"}),
    "Report": (ARTICLE | {"reportNumber"}, {"headline", "datePublished", "dateModified", "author", "publisher",
                                            "url", "mainEntityOfPage", "inLanguage", "description"}),
    "SpecialAnnouncement": (CREATIVE_WORK | {"category", "datePosted", "announcementLocation"},
                            {"name", "datePosted", "url", "publisher", "spatialCoverage", "description"}),
    "Event": (THING | {"startDate", "endDate", "location", "eventAttendanceMode", "eventStatus", "organizer", "about"},
              {"name", "startDate", "location", "eventAttendanceMode"}),
    "WebSite": (CREATIVE_WORK, {"name", "url"}),
    "WebPage": (CREATIVE_WORK, set()),
    "Organization": (THING | {"logo"}, {"name"}),
    "Person": (THING, {"name"}),
    "Place": (PLACE, {"name"}),
    "AdministrativeArea": (PLACE, {"name"}),
    "ImageObject": (MEDIA, {"url"}),
    "MediaObject": (MEDIA, {"contentUrl", "encodingFormat"}),
}
URL_PROPERTIES = {"url", "contentUrl", "category", "eventAttendanceMode"}
DATE_PROPERTIES = {"datePublished", "dateModified", "datePosted", "expires", "startDate", "endDate"}
SCHEMA_CONTEXT = {"@context": {"@vocab": "https://schema.org/"}}


def offline_loader(url, options=None):
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "document": SCHEMA_CONTEXT}
    raise jsonld.JsonLdError("no network: " + url, "loading document failed", code="loading document failed")


class Scripts(html.parser.HTMLParser):
    """The bodies of a page's ld+json script elements."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.bodies, self._inside = [], False

    def handle_starttag(self, tag, attrs):
        self._inside = tag == "script" and ("type", "application/ld+json") in attrs
        if self._inside:
            self.bodies.append("")

    def handle_endtag(self, tag):
        self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.bodies[-1] += data


def is_date(text):
    try:
        if len(text) == 10:
            datetime.date.fromisoformat(text)
        else:
            datetime.datetime.fromisoformat(text).utcoffset().total_seconds()  # a zone is required
        return True
    except (ValueError, AttributeError):
        return False


def check_node(node, where, problems, ids, references):
    kind = node.get("@type")
    if kind not in TYPES:
        problems.append(f"{where}: unknown @type {kind!r}")
        return
    allowed, required = TYPES[kind]
    for key in sorted(set(node) - allowed):
        problems.append(f"{where}: {kind} has no property {key!r} in schema.org")
    for key in sorted(required - set(node)):
        problems.append(f"{where}: {kind} lacks {key!r}")
    if "@id" in node:
        if len(node) == 1:
            references.append((where, node["@id"]))
        else:
            ids.add(node["@id"])
    for key, value in node.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and "@type" in item:
                check_node(item, f"{where} {kind}.{key}", problems, ids, references)
            elif isinstance(item, dict):
                references.append((where, item.get("@id")))
            elif key in URL_PROPERTIES or key == "@id":
                if not str(item).startswith("https://"):
                    problems.append(f"{where}: {kind}.{key} is not an absolute https address: {item!r}")
            elif key in DATE_PROPERTIES and not is_date(str(item)):
                problems.append(f"{where}: {kind}.{key} is not an ISO 8601 date: {item!r}")


def main(site):
    problems, ids, references, types, documents = [], set(), [], {}, 0
    pages = sorted(site.rglob("*.html"))
    for page in pages:
        where = str(page.relative_to(site))
        parser = Scripts()
        parser.feed(page.read_text(encoding="utf-8"))
        for body in parser.bodies:
            documents += 1
            for raw in ("<", ">", "&", "\u2028", "\u2029"):
                if raw in body:
                    problems.append(f"{where}: raw {raw!r} inside the script")
            try:
                document = json.loads(body)
            except json.JSONDecodeError as error:
                problems.append(f"{where}: not JSON: {error}")
                continue
            if document.get("@context") != "https://schema.org" or not isinstance(document.get("@graph"), list):
                problems.append(f"{where}: no @context https://schema.org with a @graph")
                continue
            try:
                expanded = jsonld.expand(document, {"documentLoader": offline_loader})
            except jsonld.JsonLdError as error:
                problems.append(f"{where}: not valid JSON-LD: {error.args[0] if error.args else error}")
                continue
            if len(expanded) != len(document["@graph"]) or not all("@type" in node for node in expanded):
                problems.append(f"{where}: JSON-LD expansion lost nodes or types")
            for node in document["@graph"]:
                types[node.get("@type")] = types.get(node.get("@type"), 0) + 1
                check_node(node, where, problems, ids, references)
    for where, target in references:
        if target not in ids:
            problems.append(f"{where}: the reference {target!r} names no node on the site")
    print(f"{documents} JSON-LD documents on {len(pages)} pages; nodes: "
          + ", ".join(f"{count} {kind}" for kind, count in sorted(types.items())))
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(pathlib.Path(sys.argv[1])))
