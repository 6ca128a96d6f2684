#!/usr/bin/env python3
"""Checks every feed of a built site with feedparser and the JSON Feed 1.1 rules.

Usage: scripts/check-feeds.py SITE_DIR   (run by scripts/validate-feeds.sh)

- feed.xml (Atom) and rss.xml (RSS 2.0): feedparser must read them without complaint
  (bozo 0), as the right format, with a title, a link, an id and a date on every entry.
- feed.json: feedparser 6.0 does not read JSON Feed, so its rules are checked here, field by
  field, from the JSON Feed 1.1 specification (jsonfeed.org/version/1.1).
- In all three, every href and src in entry content must be absolute (or a #fragment, mailto:
  or tel:), since a feed reader shows the HTML far from the article's page.
Prints one line per problem and a closing count; exits 1 on any problem.
"""
import datetime
import json
import pathlib
import re
import sys

import feedparser

VERSIONS = {"feed.xml": "atom10", "rss.xml": "rss20"}
LINK = re.compile(r"""\b(?:href|src|poster)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
ABSOLUTE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|#)")


def relative_links(html):
    return [a or b for a, b in LINK.findall(html or "") if not ABSOLUTE.match(a or b)]


def check_xml(path):
    parsed = feedparser.parse(str(path))
    problems = []
    if parsed.bozo:
        problems.append(f"not well-formed or not valid: {parsed.bozo_exception}")
    if parsed.version != VERSIONS[path.name]:
        problems.append(f"read as {parsed.version!r}, expected {VERSIONS[path.name]}")
    if not parsed.feed.get("title") or not parsed.feed.get("link"):
        problems.append("the feed has no title or no link")
    for number, entry in enumerate(parsed.entries, 1):
        for field in ("title", "link", "id", "published_parsed"):
            if not entry.get(field):
                problems.append(f"entry {number} has no {field}")
        for content in entry.get("content", []):
            for link in relative_links(content.value):
                problems.append(f"entry {number} links to the relative URL {link!r}")
    return problems


def is_rfc3339(value):
    try:
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo is not None
    except (TypeError, ValueError):
        return False


def is_url(value):
    return isinstance(value, str) and re.match(r"^https?://[^/\s]+", value) is not None


STRINGS = {"version", "title", "home_page_url", "feed_url", "description", "user_comment",
           "next_url", "icon", "favicon", "language"}
ITEM_STRINGS = {"id", "url", "external_url", "title", "content_html", "content_text", "summary",
                "image", "banner_image", "date_published", "date_modified", "language"}


def check_authors(authors, where):
    if not isinstance(authors, list):
        return [f"{where}authors is not a list"]
    return [f"{where}author {n} has neither name, url nor avatar"
            for n, a in enumerate(authors, 1)
            if not isinstance(a, dict) or not any(isinstance(a.get(k), str) for k in ("name", "url", "avatar"))]


def check_json(path):
    try:
        feed = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        return [f"not valid JSON: {error}"]
    problems = []
    known = STRINGS | {"authors", "items", "expired", "hubs"}
    problems += [f"unknown top-level field {k!r}" for k in feed if k not in known and not k.startswith("_")]
    problems += [f"{k} is not a string" for k in STRINGS if k in feed and not isinstance(feed[k], str)]
    if feed.get("version") != "https://jsonfeed.org/version/1.1":
        problems.append(f"version is {feed.get('version')!r}")
    if not feed.get("title"):
        problems.append("the required title is missing")
    for field in ("home_page_url", "feed_url"):
        if field in feed and not is_url(feed[field]):
            problems.append(f"{field} is not an absolute URL")
    if "authors" in feed:
        problems += check_authors(feed["authors"], "")
    items = feed.get("items")
    if not isinstance(items, list):
        return problems + ["the required items list is missing"]
    ids = set()
    item_known = ITEM_STRINGS | {"tags", "authors", "attachments"}
    for number, item in enumerate(items, 1):
        where = f"item {number}: "
        problems += [f"{where}unknown field {k!r}" for k in item if k not in item_known and not k.startswith("_")]
        problems += [f"{where}{k} is not a string" for k in ITEM_STRINGS if k in item and not isinstance(item[k], str)]
        if not item.get("id"):
            problems.append(f"{where}the required id is missing")
        elif item["id"] in ids:
            problems.append(f"{where}the id {item['id']!r} is used twice")
        ids.add(item.get("id"))
        if "content_html" not in item and "content_text" not in item:
            problems.append(f"{where}has neither content_html nor content_text")
        for field in ("url", "image", "banner_image", "external_url"):
            if field in item and not is_url(item[field]):
                problems.append(f"{where}{field} is not an absolute URL")
        for field in ("date_published", "date_modified"):
            if field in item and not is_rfc3339(item[field]):
                problems.append(f"{where}{field} {item[field]!r} is not an RFC 3339 date")
        if "tags" in item and not (isinstance(item["tags"], list) and all(isinstance(t, str) for t in item["tags"])):
            problems.append(f"{where}tags is not a list of strings")
        if "authors" in item:
            problems += check_authors(item["authors"], where)
        problems += [f"{where}links to the relative URL {link!r}" for link in relative_links(item.get("content_html"))]
    return problems


def main(site):
    feeds = sorted(p for name in ("feed.xml", "rss.xml", "feed.json") for p in pathlib.Path(site).rglob(name))
    passed = failed = 0
    for path in feeds:
        problems = check_json(path) if path.suffix == ".json" else check_xml(path)
        for problem in problems:
            print(f"{path}: {problem}")
        failed += bool(problems)
        passed += not problems
    if not feeds:
        print(f"{site}: no feeds found")
        failed += 1
    print(f"{passed + failed} feeds checked, {failed} with problems")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
