// Generated from templates/ and static/ by DefaultThemeTests: do not edit.
// Re-generate with: SITEGEN_RECORD=1 swift test --filter DefaultTheme
// swiftlint:disable all

extension DefaultTheme {
    static let embeddedFiles: [EmbeddedFile] = [
        EmbeddedFile("static/css/site.css", text: #"""
/*
 * sitegen – standardtema
 *
 * Palette (WCAG 2.1 contrast ratios, measured against the backgrounds they are used on):
 *   light  text     #1b1f24 on #ffffff 16.6:1, on #f4f3ef 14.9:1
 *          muted    #545b64 on #ffffff  6.9:1, on #f4f3ef  6.2:1
 *          accent   #0b5c80 on #ffffff  7.4:1, on #f4f3ef  6.6:1, on #e7f0f4 6.4:1
 *          focus    #a14000 on #ffffff  6.5:1, on #f4f3ef 5.8:1 (outline, non-text: needs 3:1)
 *          controls #7d848c border on #ffffff 3.8:1 (pagination buttons)
 *          footer   #e9ecef on #1b2a35 12.4:1, muted #b8c3cc 8.2:1, links #9fd3ec 9.1:1
 *   dark   text     #e6e4df on #14181c 14.0:1, on #1c2228 12.6:1
 *          muted    #a8b0b8 on #14181c  8.1:1, on #1c2228  7.3:1
 *          accent   #7cc3e3 on #14181c  9.2:1, on #1c2228  8.2:1, on #1d3440 6.7:1
 *          focus    #ffb066 on #14181c  9.9:1
 *          controls #737c85 border on #14181c 4.2:1
 */

/* ---------- Tokens ---------- */

:root {
  color-scheme: light dark;

  --bg: #ffffff;
  --bg-soft: #f4f3ef;
  --text: #1b1f24;
  --muted: #545b64;
  --accent: #0b5c80;
  --accent-strong: #07435e;
  --accent-tint: #e7f0f4;
  --border: #d9d6ce;
  --border-strong: #1b1f24;
  --border-ui: #7d848c;
  --focus: #a14000;
  --zebra: #f6f5f1;
  --code-bg: #f1f0ec;
  --nav-shadow: rgba(27, 31, 36, 0.22);

  --footer-bg: #1b2a35;
  --footer-text: #e9ecef;
  --footer-muted: #b8c3cc;
  --footer-link: #9fd3ec;

  --font-sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
  --font-serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif", "DejaVu Serif", serif;
  --font-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace;

  --wrap: 75rem;
  --measure: 42rem;   /* ≈ 70 characters of body text */
  --gutter: 1rem;
  --radius: 4px;
}

@media (prefers-color-scheme: dark) {
  :root {
    --bg: #14181c;
    --bg-soft: #1c2228;
    --text: #e6e4df;
    --muted: #a8b0b8;
    --accent: #7cc3e3;
    --accent-strong: #a9dbf0;
    --accent-tint: #1d3440;
    --border: #343c44;
    --border-strong: #e6e4df;
    --border-ui: #737c85;
    --focus: #ffb066;
    --zebra: #1c2228;
    --code-bg: #222930;
    --nav-shadow: rgba(0, 0, 0, 0.7);

    --footer-bg: #0e1114;
    --footer-text: #e6e4df;
    --footer-muted: #a8b0b8;
    --footer-link: #7cc3e3;
  }
}

@media (min-width: 48em) {
  :root { --gutter: 2rem; }
}

/* ---------- Base ---------- */

*,
*::before,
*::after {
  box-sizing: border-box;
}

html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

@media (prefers-reduced-motion: no-preference) {
  html { scroll-behavior: smooth; }
}

body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font-family: var(--font-sans);
  font-size: 1.0625rem;
  line-height: 1.6;
  overflow-wrap: break-word;
  display: flex;
  flex-direction: column;
  min-height: 100vh;
}

main {
  flex: 1 0 auto;
  padding-bottom: 3rem;
}

main:focus {
  outline: none;
}

img,
svg,
video {
  max-width: 100%;
  height: auto;
}

a {
  color: var(--accent);
  text-decoration-thickness: 1px;
  text-underline-offset: 0.18em;
}

a:hover {
  color: var(--accent-strong);
  text-decoration-thickness: 2px;
}

:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
  border-radius: 2px;
}

h1, h2, h3, h4, h5, h6 {
  line-height: 1.2;
  margin: 0;
}

p {
  margin: 0;
}

.wrap {
  width: 100%;
  max-width: var(--wrap);
  margin-inline: auto;
  padding-inline: var(--gutter);
}

.visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}

.sep {
  color: var(--muted);
  margin-inline: 0.25em;
}

/* ---------- Skip link ---------- */

.skip-link {
  position: absolute;
  top: 0.5rem;
  left: 0.5rem;
  z-index: 100;
  padding: 0.75rem 1rem;
  background: var(--text);
  color: var(--bg);
  font-weight: 700;
  text-decoration: underline;
  border-radius: var(--radius);
  transform: translateY(-200%);
}

.skip-link:focus {
  transform: none;
  color: var(--bg);
}

/* ---------- Site header ---------- */

.site-header {
  border-top: 4px solid var(--accent);
  border-bottom: 1px solid var(--border);
  background: var(--bg);
}

.site-header__inner {
  display: flex;
  flex-direction: column;
  align-items: flex-start;
}

.brand {
  display: inline-flex;
  align-items: center;
  gap: 0.6rem;
  min-height: 44px;
  padding-block: 0.75rem;
  color: var(--text);
  text-decoration: none;
}

.brand:hover {
  color: var(--text);
}

.brand:hover .brand__name {
  text-decoration: underline;
  text-decoration-thickness: 2px;
  text-underline-offset: 0.18em;
}

.brand__mark {
  flex: none;
  width: 2rem;
  height: 2rem;
  color: var(--accent);
}

.brand__mark path {
  fill: var(--bg);
}

.brand__name {
  font-family: var(--font-serif);
  font-size: 1.5rem;
  font-weight: 700;
  letter-spacing: -0.01em;
}

/* The menu sits on its own row under the name, so any number of kinds fits. */
.site-nav {
  align-self: stretch;
  border-top: 1px solid var(--border);
}

.site-nav ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0 0.6rem;
  margin: 0 -0.3rem;
  padding: 0;
  list-style: none;
}

.site-nav a {
  display: inline-flex;
  align-items: center;
  min-height: 44px;
  padding: 0.25rem 0.3rem;
  color: var(--text);
  font-weight: 600;
  font-size: 0.975rem;
  text-decoration: none;
  border-bottom: 3px solid transparent;
  border-top: 3px solid transparent;
}

.site-nav a:hover {
  color: var(--accent);
  border-bottom-color: var(--border);
}

.site-nav a[aria-current="page"] {
  color: var(--accent);
  border-bottom-color: var(--accent);
}

/* Small screens: one row that scrolls sideways, with shadows at an edge that has more links. */
@media (max-width: 47.99em) {
  .site-nav {
    margin-inline: calc(-1 * var(--gutter));
  }

  .site-nav ul {
    flex-wrap: nowrap;
    gap: 0 0.9rem;
    margin: 0;
    padding-inline: calc(var(--gutter) - 0.3rem);
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scrollbar-width: thin;
    background:
      linear-gradient(to right, var(--bg) 40%, transparent) left / 2.5rem 100% no-repeat local,
      linear-gradient(to left, var(--bg) 40%, transparent) right / 2.5rem 100% no-repeat local,
      linear-gradient(to right, var(--nav-shadow), transparent) left / 1rem 100% no-repeat scroll,
      linear-gradient(to left, var(--nav-shadow), transparent) right / 1rem 100% no-repeat scroll;
  }

  .site-nav li {
    flex: none;
  }
}

@media (min-width: 48em) {
  .brand {
    padding-block: 1.1rem;
  }

  .brand__name {
    font-size: 1.75rem;
  }

  .brand__mark {
    width: 2.25rem;
    height: 2.25rem;
  }

  .site-nav ul {
    gap: 0 1.1rem;
  }

  .site-nav a {
    min-height: 3rem;
  }
}

/* ---------- Section and page headings ---------- */

.home-intro {
  padding-block: 1.5rem 0.5rem;
  max-width: 48rem;
}

.home-intro__title {
  font-family: var(--font-serif);
  font-size: clamp(1.75rem, 1.2rem + 2.5vw, 3rem);
  letter-spacing: -0.015em;
}

.home-intro__lede {
  margin-top: 0.5rem;
  font-size: clamp(1.0625rem, 1rem + 0.4vw, 1.1875rem);
  color: var(--muted);
  max-width: 40rem;
}

.home-section {
  margin-top: 2rem;
}

@media (min-width: 48em) {
  .home-intro {
    padding-block: 2.25rem 1rem;
  }

  .home-section {
    margin-top: 2.5rem;
  }
}

.section-head {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: 0.25rem 1rem;
  border-top: 3px solid var(--border-strong);
  padding-top: 0.6rem;
  margin-bottom: 1.5rem;
}

.section-head__title {
  font-size: 1.375rem;
  font-weight: 700;
}

.section-head__title a {
  color: inherit;
  text-decoration: none;
}

.section-head__title a:hover {
  text-decoration: underline;
}

.section-head__more {
  display: inline-flex;
  align-items: center;
  gap: 0.35rem;
  min-height: 44px;
  font-weight: 600;
  font-size: 0.9375rem;
}

.page-header {
  padding-block: 2rem 1.5rem;
  margin-bottom: 2rem;
  border-bottom: 1px solid var(--border);
}

.page-header__label {
  font-size: 0.8125rem;
  font-weight: 700;
  letter-spacing: 0.08em;
  text-transform: uppercase;
  color: var(--muted);
  margin-bottom: 0.4rem;
}

.page-header__title {
  font-family: var(--font-serif);
  font-size: clamp(2rem, 1.5rem + 2.5vw, 3rem);
  letter-spacing: -0.015em;
}

.page-header__meta,
.page-header__intro {
  margin-top: 0.75rem;
  color: var(--muted);
  max-width: 40rem;
}

.page-header__intro {
  font-size: 1.125rem;
}

/* ---------- Cards ---------- */

.cards {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
  gap: 2.25rem 1.75rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

.cards > li {
  display: flex;
}

.card {
  display: flex;
  flex-direction: column;
  gap: 0.5rem;
  width: 100%;
  padding-top: 1rem;
  border-top: 1px solid var(--border);
}

.card__image {
  order: -1;
  display: block;
  width: 100%;
  height: auto;
  aspect-ratio: 3 / 2;
  object-fit: cover;
  border-radius: var(--radius);
  background: var(--bg-soft);
  margin-bottom: 0.35rem;
}

/* A card that starts with an image needs no rule above it. */
.card:has(> .card__image) {
  border-top: 0;
  padding-top: 0;
}

.card__title {
  font-family: var(--font-serif);
  font-size: 1.25rem;
  font-weight: 700;
  line-height: 1.25;
}

.card__title a {
  color: var(--text);
  text-decoration: none;
}

.card__title a:hover {
  color: var(--accent);
  text-decoration: underline;
  text-decoration-thickness: 2px;
}

.card__meta {
  font-size: 0.875rem;
  color: var(--muted);
}

.kind-label {
  font-size: 0.8125rem;
  font-weight: 700;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  text-decoration: none;
}

.kind-label:hover {
  text-decoration: underline;
}

.card__summary {
  font-size: 0.975rem;
  line-height: 1.55;
}

.card__regions {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 0.9rem;
  margin: 0;
  padding: 0.15rem 0 0;
  list-style: none;
  font-size: 0.875rem;
}

.card__regions a {
  color: var(--muted);
}

.card__regions a:hover {
  color: var(--accent);
}

/* The newest article gets a wide card on larger screens. */
@media (min-width: 48em) {
  .cards--featured > li:first-child {
    grid-column: 1 / -1;
  }

  .cards--featured > li:first-child .card {
    padding-top: 0;
    padding-bottom: 2.25rem;
    border-top: 0;
    border-bottom: 1px solid var(--border);
  }

  .cards--featured > li:first-child .card > * {
    max-width: 48rem;
  }

  .cards--featured > li:first-child .card:has(> .card__image) {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    grid-auto-rows: min-content;
    column-gap: 2rem;
    row-gap: 0.6rem;
    align-content: start;
  }

  .cards--featured > li:first-child .card:has(> .card__image) > * {
    grid-column: 2;
  }

  .cards--featured > li:first-child .card__image {
    grid-column: 1 !important;
    grid-row: 1 / span 6;
    margin: 0;
  }

  .cards--featured > li:first-child .card__title {
    font-size: clamp(1.5rem, 1.1rem + 1vw, 1.875rem);
    line-height: 1.2;
  }

  .cards--featured > li:first-child .card__summary {
    font-size: 1.0625rem;
  }

  .cards--featured > li:first-child .card__regions {
    margin-top: 0.25rem;
  }
}

/* ---------- Terms (all tags / all regions) ---------- */

.terms {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
  gap: 0 2rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

.term {
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  align-items: baseline;
  gap: 1rem;
  min-height: 44px;
  padding: 0.7rem 0.25rem;
  border-bottom: 1px solid var(--border);
  text-decoration: none;
}

.term__name {
  font-weight: 600;
  text-decoration: underline;
  text-decoration-thickness: 1px;
  text-underline-offset: 0.18em;
}

.term:hover .term__name {
  text-decoration-thickness: 2px;
}

/* A län's kommuner, under it in the regions overview. */
.terms__children {
  margin: 0 0 0.5rem;
  padding: 0 0 0 1.25rem;
  list-style: none;
  border-left: 2px solid var(--border);
}

.terms__children .term__name {
  font-weight: 400;
}

.term__count {
  flex: none;
  margin-left: auto;
  font-size: 0.875rem;
  color: var(--muted);
}

/* ---------- Pagination ---------- */

.pagination {
  margin-top: 3rem;
  padding-top: 1.5rem;
  border-top: 1px solid var(--border);
  text-align: center;
}

.pagination__status {
  color: var(--muted);
  font-size: 0.9375rem;
  margin-bottom: 0.75rem;
}

.pagination__list {
  display: flex;
  flex-wrap: wrap;
  justify-content: center;
  gap: 0.5rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

.pagination a {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 0.35rem;
  min-width: 44px;
  min-height: 44px;
  padding: 0.4rem 0.8rem;
  border: 1px solid var(--border-ui);
  border-radius: var(--radius);
  font-weight: 600;
  text-decoration: none;
}

.pagination__gap {
  display: inline-flex;
  align-items: center;
  min-height: 44px;
  padding: 0 0.2rem;
  color: var(--muted);
}

.pagination a:hover {
  border-color: var(--accent);
  text-decoration: underline;
}

/* Small screens: "Föregående" and "Nästa" share the first row, page numbers below. */
@media (max-width: 39.99em) {
  .pagination__step {
    order: -1;
    flex: 1 1 40%;
  }

  .pagination__step a {
    width: 100%;
  }
}

.pagination a[aria-current="page"] {
  background: var(--accent);
  border-color: var(--accent);
  color: var(--bg);
  text-decoration: underline;
  text-decoration-thickness: 2px;
}

/* ---------- Browse links (home) ---------- */

.browse {
  margin-top: 3rem;
  padding-top: 1.5rem;
  border-top: 1px solid var(--border);
}

.browse ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0.75rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

.browse a,
.not-found__links a {
  display: inline-flex;
  align-items: center;
  min-height: 44px;
  padding: 0.4rem 1rem;
  border: 1px solid var(--accent);
  border-radius: var(--radius);
  font-weight: 600;
  text-decoration: none;
}

.browse a:hover,
.not-found__links a:hover {
  background: var(--accent-tint);
  text-decoration: underline;
}

/* ---------- Feed (subscribe) links ---------- */

.page-header__feed {
  margin-top: 0.25rem;
  font-size: 0.9375rem;
}

.feed-link {
  display: inline-flex;
  align-items: center;
  gap: 0.45rem;
  min-height: 44px;
  font-weight: 600;
}

.feed-link__icon {
  flex: none;
  width: 1em;
  height: 1em;
}

/* ---------- Article ---------- */

.article {
  max-width: var(--measure);
  margin-inline: auto;
}

.article-header {
  padding-block: 2rem 1.5rem;
}

.article-context ul {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 0.25rem 0;
  margin: 0 0 0.9rem;
  padding: 0;
  list-style: none;
  font-size: 0.875rem;
}

.article-context li + li::before {
  content: "/";
  margin-inline: 0.55rem;
  color: var(--muted);
}

.article-context a {
  color: var(--muted);
}

.article-context .kind-label {
  color: var(--accent);
}

.article-header__title {
  font-family: var(--font-serif);
  font-size: clamp(1.5rem, 0.95rem + 2.6vw, 2.5rem);
  line-height: 1.18;
  letter-spacing: -0.015em;
  overflow-wrap: break-word;
  hyphens: auto;
}

.article-meta {
  display: flex;
  flex-wrap: wrap;
  gap: 0.75rem 2rem;
  margin: 1.25rem 0 0;
  padding-top: 1rem;
  border-top: 1px solid var(--border);
  font-size: 0.9375rem;
}

.article-meta dt {
  font-size: 0.75rem;
  font-weight: 700;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--muted);
}

.article-meta dd {
  margin: 0;
}

.article-meta > div {
  min-width: 8rem;
}

.article-figure {
  margin: 0 0 2rem;
}

.article-meta__words {
  color: var(--muted);
}

/* Table of contents of a long article. */
.toc {
  max-width: 42rem;
  margin: 0 0 2rem;
  padding: 1rem 1.25rem;
  background: var(--bg-soft);
  border-radius: var(--radius);
}

.toc__title {
  margin: 0 0 0.5rem;
  font-size: 1rem;
}

.toc ol {
  margin: 0;
  padding-left: 1.25rem;
}

.toc li {
  margin: 0.3rem 0;
}

/* Related articles and "Mer från <region>". */
.related-list {
  margin: 0;
  padding: 0;
  list-style: none;
}

.related-list li {
  padding: 0.6rem 0;
  border-bottom: 1px solid var(--border);
}

.related-list a {
  font-weight: 600;
}

.related-list__meta {
  display: block;
  margin-top: 0.2rem;
  font-size: 0.875rem;
  color: var(--muted);
}

.related-more {
  margin: 0.9rem 0 0;
}

/* An out-of-date article (past its expiry_date, kept): a calm but unmissable notice. */
.notice {
  max-width: 42rem;
  margin: 0 0 1.75rem;
  padding: 0.85rem 1rem;
  border-left: 4px solid #a14000;
  background: #fdf3ea;
  color: #1b1f24;
}

@media (prefers-color-scheme: dark) {
  .notice {
    background: #2b2119;
    color: #e6e4df;
    border-left-color: #ffb066;
  }
}

/* The writer's own summary, as an ingress above the image and body. */
.article-lede {
  max-width: 42rem;
  margin: 0 0 1.75rem;
  font-size: 1.1875rem;
  line-height: 1.55;
  font-weight: 600;
  color: var(--text);
}

.article-figure img {
  display: block;
  width: 100%;
  height: auto;
  border-radius: var(--radius);
  background: var(--bg-soft);
}

.article-figure figcaption {
  margin-top: 0.6rem;
  font-size: 0.875rem;
  line-height: 1.5;
  color: var(--muted);
}

@media (min-width: 64em) {
  /* Let the lead image breathe a little wider than the text column. */
  .article-figure {
    margin-inline: -4rem;
  }

  .article-figure figcaption {
    margin-inline: 4rem;
  }
}

/* ---------- Article body (HTML from Markdown) ---------- */

.article-body {
  font-size: 1.0625rem;
  line-height: 1.7;
}

@media (min-width: 48em) {
  .article-body {
    font-size: 1.125rem;
  }
}

.article-body > * + * {
  margin-top: 1.15em;
}

.article-body p,
.article-body li {
  max-width: 70ch;
}

.article-body h2,
.article-body h3,
.article-body h4,
.article-body h5,
.article-body h6 {
  margin-top: 2em;
  line-height: 1.25;
}

.article-body h2 + *,
.article-body h3 + *,
.article-body h4 + * {
  margin-top: 0.6em;
}

.article-body h2 {
  font-family: var(--font-serif);
  font-size: 1.5rem;
}

.article-body h3 {
  font-size: 1.1875rem;
}

.article-body h4,
.article-body h5,
.article-body h6 {
  font-size: 1rem;
}

.article-body ul,
.article-body ol {
  padding-left: 1.5em;
}

.article-body li + li,
.article-body li > ul,
.article-body li > ol {
  margin-top: 0.4em;
}

.article-body li::marker {
  color: var(--muted);
}

/* Task lists (GFM): <li><input type="checkbox" disabled> … */
.article-body li:has(> input[type="checkbox"]:first-child),
.article-body li:has(> p > input[type="checkbox"]:first-child) {
  list-style: none;
  margin-left: -1.5em;
  padding-left: 1.65em;
  text-indent: -1.65em;
}

.article-body input[type="checkbox"] {
  appearance: none;
  -webkit-appearance: none;
  display: inline-block;
  width: 1.1em;
  height: 1.1em;
  margin: 0 0.55em 0 0;
  vertical-align: -0.15em;
  border: 2px solid var(--muted);
  border-radius: 3px;
  background: var(--bg) no-repeat center / 85%;
  opacity: 1;
}

.article-body input[type="checkbox"]:checked {
  border-color: var(--accent);
  background-color: var(--accent);
  background-image: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M3 8.5l3.2 3.2L13 4.8' fill='none' stroke='%23fff' stroke-width='2.4' stroke-linecap='round' stroke-linejoin='round'/%3E%3C/svg%3E");
}

@media (prefers-color-scheme: dark) {
  .article-body input[type="checkbox"]:checked {
    background-image: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath d='M3 8.5l3.2 3.2L13 4.8' fill='none' stroke='%2314181c' stroke-width='2.4' stroke-linecap='round' stroke-linejoin='round'/%3E%3C/svg%3E");
  }
}

.article-body blockquote {
  margin-inline: 0;
  padding: 0.25rem 0 0.25rem 1.25rem;
  border-left: 4px solid var(--accent);
  font-family: var(--font-serif);
  font-size: 1.15em;
  line-height: 1.55;
}

.article-body blockquote > * + * {
  margin-top: 0.75em;
}

.article-body hr {
  border: 0;
  border-top: 1px solid var(--border);
  margin-block: 2.5em;
}

.article-body img {
  display: block;
  border-radius: var(--radius);
}

.article-body code,
.article-body kbd,
.article-body samp {
  font-family: var(--font-mono);
  font-size: 0.875em;
  background: var(--code-bg);
  padding: 0.1em 0.35em;
  border-radius: 3px;
}

.article-body pre {
  overflow-x: auto;
  padding: 1rem 1.25rem;
  background: var(--code-bg);
  border: 1px solid var(--border);
  border-radius: var(--radius);
  line-height: 1.5;
}

.article-body pre code {
  padding: 0;
  background: none;
  font-size: 0.875em;
}

.article-body del {
  text-decoration: line-through;
  text-decoration-thickness: 2px;
  color: var(--muted);
}

.article-body ins {
  text-decoration: underline;
  text-decoration-style: double;
}

.article-body mark {
  background: #fff0a8;
  color: #1b1f24;
}

/* cmark emits bare <table>: let it scroll sideways inside its own box. */
.article-body table {
  display: block;
  max-width: 100%;
  width: max-content;
  overflow-x: auto;
  border-collapse: collapse;
  font-family: var(--font-sans);
  font-size: 0.9375rem;
  line-height: 1.45;
  border: 1px solid var(--border);
  border-radius: var(--radius);
}

.article-body th,
.article-body td {
  padding: 0.55rem 0.85rem;
  border-bottom: 1px solid var(--border);
  text-align: left;
  vertical-align: top;
}

.article-body th + th,
.article-body td + td {
  border-left: 1px solid var(--border);
}

.article-body th[align="right"],
.article-body td[align="right"],
.article-body th[style*="right"],
.article-body td[style*="right"] {
  text-align: right;
  font-variant-numeric: tabular-nums;
}

.article-body th[align="center"],
.article-body td[align="center"],
.article-body th[style*="center"],
.article-body td[style*="center"] {
  text-align: center;
}

.article-body thead th {
  background: var(--bg-soft);
  font-weight: 700;
  border-bottom: 2px solid var(--border-strong);
}

.article-body tbody tr:nth-child(even) {
  background: var(--zebra);
}

.article-body tbody tr:last-child td {
  border-bottom: 0;
}

/* Footnotes (cmark-gfm: sup.footnote-ref, section.footnotes) */
.article-body sup,
.article-body sub {
  line-height: 0;
}

.article-body .footnote-ref a,
.article-body a[data-footnote-ref] {
  padding-inline: 0.15em;
  font-weight: 600;
  text-decoration: none;
}

.article-body .footnote-ref a::before,
.article-body a[data-footnote-ref]::before {
  content: "[";
}

.article-body .footnote-ref a::after,
.article-body a[data-footnote-ref]::after {
  content: "]";
}

.article-body section.footnotes {
  margin-top: 3em;
  padding-top: 1em;
  border-top: 1px solid var(--border);
  font-size: 0.9375rem;
  line-height: 1.55;
  color: var(--muted);
}

/* cmark-gfm gives the section no heading; label it visually unless the generator adds one. */
.article-body section.footnotes:not(:has(> h2, > h3))::before {
  content: "Fotnoter";
  display: block;
  margin-bottom: 0.5em;
  font-size: 0.8125rem;
  font-weight: 700;
  letter-spacing: 0.06em;
  text-transform: uppercase;
}

.article-body section.footnotes > h2,
.article-body section.footnotes > h3 {
  margin: 0 0 0.5em;
  font-family: var(--font-sans);
  font-size: 0.8125rem;
  font-weight: 700;
  letter-spacing: 0.06em;
  text-transform: uppercase;
}

.article-body section.footnotes ol {
  margin: 0;
  padding-left: 1.5em;
}

.article-body section.footnotes li + li {
  margin-top: 0.35em;
}

.article-body section.footnotes p {
  margin: 0;
}

.article-body .footnote-backref {
  margin-left: 0.25em;
  text-decoration: none;
}

.article-body :target {
  scroll-margin-top: 1.5rem;
}

.article-body li:target,
.article-body .footnote-ref a:target {
  background: var(--accent-tint);
  outline: 2px solid var(--accent-tint);
}

/* ---------- Article sections: attachments, contacts, tags ---------- */

.article-section {
  margin-top: 3rem;
}

.article-section__title {
  font-size: 1.125rem;
  font-weight: 700;
  padding-top: 0.6rem;
  border-top: 3px solid var(--border-strong);
  margin-bottom: 1rem;
}

.attachments,
.contacts,
.tag-list {
  margin: 0;
  padding: 0;
  list-style: none;
}

.attachments li + li {
  margin-top: 0.75rem;
}

.attachment {
  display: flex;
  align-items: flex-start;
  gap: 1rem;
  padding: 0.9rem 1rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  background: var(--bg-soft);
  color: var(--text);
  text-decoration: none;
}

.attachment:hover {
  border-color: var(--accent);
}

.attachment__type {
  flex: none;
  width: 3.75rem;
  padding: 0.3rem 0.4rem;
  border: 2px solid var(--accent);
  border-radius: 3px;
  color: var(--accent);
  font-size: 0.75rem;
  font-weight: 800;
  letter-spacing: 0.04em;
  text-align: center;
  text-transform: uppercase;
  background: var(--bg);
}

.attachment__text {
  display: flex;
  flex-direction: column;
  gap: 0.15rem;
  min-width: 0;
}

.attachment__title {
  color: var(--accent);
  font-weight: 700;
  text-decoration: underline;
  text-decoration-thickness: 1px;
  text-underline-offset: 0.18em;
}

.attachment:hover .attachment__title {
  text-decoration-thickness: 2px;
}

.attachment__meta {
  font-size: 0.875rem;
  color: var(--muted);
}

.attachment__file {
  overflow-wrap: anywhere;
}

.contacts {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  gap: 1rem;
}

.contact address {
  height: 100%;
  padding: 1rem 1.25rem;
  border-left: 4px solid var(--accent);
  background: var(--bg-soft);
  font-style: normal;
  font-size: 0.9375rem;
  line-height: 1.5;
}

.contact__name,
.contact__role,
.contact__line {
  display: block;
}

.contact__name {
  font-weight: 700;
  font-size: 1.0625rem;
}

.contact__role {
  color: var(--muted);
  margin-bottom: 0.5rem;
}

.contact__line {
  overflow-wrap: anywhere;
}

.contact__line + .contact__line {
  margin-top: 0.2rem;
}

.contact__label {
  color: var(--muted);
}

.tag-list {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem;
}

.tag-list a {
  display: inline-flex;
  align-items: center;
  min-height: 2.5rem;
  padding: 0.3rem 0.9rem;
  border: 1px solid var(--border);
  border-radius: 999px;
  background: var(--bg);
  font-size: 0.9375rem;
  font-weight: 600;
}

.tag-list a:hover {
  border-color: var(--accent);
  background: var(--accent-tint);
}

/* ---------- Previous / next article ---------- */

.pager {
  max-width: var(--measure);
  margin: 3.5rem auto 0;
}

.pager ul {
  display: grid;
  gap: 1rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

@media (min-width: 40em) {
  .pager ul {
    grid-template-columns: 1fr 1fr;
  }

  .pager__next {
    grid-column: 2;
    text-align: right;
  }
}

.pager a {
  display: flex;
  flex-direction: column;
  gap: 0.3rem;
  height: 100%;
  min-height: 44px;
  padding: 1rem 1.1rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  color: var(--text);
  text-decoration: none;
}

.pager a:hover {
  border-color: var(--accent);
}

.pager__label {
  font-size: 0.8125rem;
  font-weight: 700;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--muted);
}

.pager__title {
  font-family: var(--font-serif);
  font-weight: 700;
  line-height: 1.3;
  color: var(--accent);
  text-decoration: underline;
  text-decoration-thickness: 1px;
  text-underline-offset: 0.18em;
}

.pager a:hover .pager__title {
  text-decoration-thickness: 2px;
}

/* ---------- 404 ---------- */

.not-found {
  max-width: 40rem;
  padding-block: 3rem 2rem;
}

.not-found__links {
  display: flex;
  flex-wrap: wrap;
  gap: 0.75rem;
  margin: 2rem 0 0;
  padding: 0;
  list-style: none;
}

/* ---------- Site footer ---------- */

.site-footer {
  flex: none;
  background: var(--footer-bg);
  color: var(--footer-text);
  font-size: 0.9375rem;
}

.site-footer__inner {
  display: grid;
  gap: 1.5rem 3rem;
  padding-block: 2.5rem;
}

@media (min-width: 48em) {
  .site-footer__inner {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  }
}

.site-footer__title {
  font-family: var(--font-serif);
  font-size: 1.25rem;
  font-weight: 700;
  margin-bottom: 0.4rem;
}

.site-footer__about p + p {
  color: var(--footer-muted);
  max-width: 34rem;
}

.site-footer__nav ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0 1.5rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

.site-footer a {
  display: inline-flex;
  align-items: center;
  min-height: 44px;
  color: var(--footer-link);
}

.site-footer a:hover {
  color: var(--footer-text);
}

.site-footer :focus-visible {
  outline-color: var(--footer-text);
}

/* ---------- Search: the header form and the search page ---------- */

/* The header's first row holds the name and the search form; the menu wraps to its own row. */
.site-header__inner {
  flex-direction: row;
  flex-wrap: wrap;
  align-items: center;
  column-gap: 1rem;
}

.brand {
  margin-right: auto;
}

.site-nav {
  flex: 0 0 100%;
  /* A flex item is never narrower than its content unless told: without this the menu's one
     row on phones widened the whole page (to 1,063 px at 390), and phones zoomed the page out
     to fit, instead of letting the row scroll. */
  min-width: 0;
}

.header-search {
  display: flex;
  align-items: center;
}

.header-search__input {
  display: none;
}

.header-search__button,
.search-form__button {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 0.4rem;
  min-width: 44px;
  min-height: 44px;
  padding: 0 0.7rem;
  font: inherit;
  font-weight: 700;
  color: var(--bg);
  background: var(--accent);
  border: 2px solid var(--accent);
  border-radius: var(--radius);
  cursor: pointer;
}

.header-search__button:hover,
.search-form__button:hover {
  background: var(--accent-strong);
  border-color: var(--accent-strong);
}

.header-search__icon {
  flex: none;
}

/* Phones: the button alone (its text stays for screen readers) leads to the search page. */
@media (max-width: 47.99em) {
  .site-nav {
    flex-basis: calc(100% + 2 * var(--gutter));
  }
}

@media (max-width: 39.99em) {
  .header-search__text {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
}

@media (min-width: 40em) {
  .header-search__input {
    display: block;
    width: 13rem;
    min-height: 44px;
    padding: 0.4rem 0.7rem;
    font: inherit;
    font-size: 1rem;
    color: var(--text);
    background: var(--bg);
    border: 2px solid var(--border-ui);
    border-right: 0;
    border-radius: var(--radius) 0 0 var(--radius);
  }

  .header-search__input::placeholder {
    color: var(--muted);
    opacity: 1;
  }

  .header-search__button {
    border-radius: 0 var(--radius) var(--radius) 0;
  }
}

.search-form {
  display: grid;
  /* One column that may be narrower than its widest option: an auto column grew to the
     longest region's name, and the page to 347 px on a 320 px phone (scripts/check-reflow.py). */
  grid-template-columns: minmax(0, 1fr);
  gap: 1.25rem;
  max-width: 48rem;
  margin-bottom: 2rem;
}

.search-form__label {
  display: block;
  margin-bottom: 0.35rem;
  font-weight: 700;
}

.search-form__row {
  display: flex;
}

.search-form__input {
  flex: 1;
  min-width: 0;
  min-height: 48px;
  padding: 0.5rem 0.75rem;
  font: inherit;
  font-size: 1.125rem;
  color: var(--text);
  background: var(--bg);
  border: 2px solid var(--border-strong);
  border-right: 0;
  border-radius: var(--radius) 0 0 var(--radius);
}

.search-form__button {
  min-height: 48px;
  padding: 0 1.25rem;
  border-radius: 0 var(--radius) var(--radius) 0;
}

.search-form__hint {
  margin-top: 0.4rem;
  font-size: 0.9375rem;
  color: var(--muted);
}

.search-form__filters {
  display: flex;
  flex-wrap: wrap;
  gap: 1rem 1.5rem;
}

.search-form__filter {
  flex: 1 1 12rem;
  min-width: 0;
}

.search-form__select {
  width: 100%;
  min-height: 44px;
  padding: 0.4rem 0.6rem;
  font: inherit;
  color: var(--text);
  background: var(--bg);
  border: 2px solid var(--border-ui);
  border-radius: var(--radius);
}

.search-notice {
  max-width: 48rem;
  margin-bottom: 2rem;
  padding: 0.85rem 1rem;
  border-left: 4px solid var(--accent);
  background: var(--accent-tint);
}

.search-results {
  max-width: 48rem;
}

.search-results__status:not(:empty) {
  margin-bottom: 1.25rem;
  font-weight: 600;
}

.search-results__list {
  display: grid;
  gap: 1.5rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

.search-hit {
  display: grid;
  gap: 0.4rem;
  padding-top: 1rem;
  border-top: 1px solid var(--border);
}

.search-hit__title {
  font-family: var(--font-serif);
  font-size: 1.25rem;
  line-height: 1.25;
}

.search-hit__title a {
  color: var(--text);
  text-decoration: none;
}

.search-hit__title a:hover {
  color: var(--accent);
  text-decoration: underline;
  text-decoration-thickness: 2px;
}

.search-hit__meta {
  font-size: 0.875rem;
  color: var(--muted);
}

.search-hit__summary {
  font-size: 0.975rem;
  line-height: 1.55;
}

.search-results__more {
  margin-top: 1.75rem;
  min-height: 44px;
  padding: 0.5rem 1.25rem;
  font: inherit;
  font-weight: 700;
  color: var(--accent);
  background: var(--bg);
  border: 2px solid var(--accent);
  border-radius: var(--radius);
  cursor: pointer;
}

.search-results__more:hover {
  color: var(--accent-strong);
  border-color: var(--accent-strong);
}

/* ---------- Reduced motion ---------- */

@media (prefers-reduced-motion: reduce) {
  *,
  *::before,
  *::after {
    animation-duration: 0.01ms !important;
    animation-iteration-count: 1 !important;
    transition-duration: 0.01ms !important;
    scroll-behavior: auto !important;
  }
}

/* ---------- Print ---------- */

@media print {
  :root {
    color-scheme: light;
    --bg: #ffffff;
    --bg-soft: #ffffff;
    --text: #000000;
    --muted: #333333;
    --accent: #000000;
    --accent-strong: #000000;
    --accent-tint: #ffffff;
    --border: #999999;
    --border-strong: #000000;
    --zebra: #f2f2f2;
    --code-bg: #f2f2f2;
    --footer-bg: #ffffff;
    --footer-text: #000000;
    --footer-muted: #333333;
    --footer-link: #000000;
  }

  @page {
    margin: 2cm;
  }

  body {
    display: block;
    font-size: 11pt;
    background: #fff;
    color: #000;
  }

  .skip-link,
  .site-nav,
  .header-search,
  .search-form,
  .site-footer__nav,
  .pagination,
  .pager,
  .browse,
  .feed-link,
  .section-head__more {
    display: none !important;
  }

  .site-header {
    border: 0;
  }

  .site-footer {
    background: none;
    color: #000;
    border-top: 1px solid #999;
  }

  .article,
  .article-figure {
    max-width: none;
    margin-inline: 0;
  }

  .article-body a[href^="http"]::after {
    content: " (" attr(href) ")";
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }

  .article-body table {
    display: table;
    width: auto;
  }

  h1, h2, h3, figure, img, tr, .contact, .attachment {
    break-inside: avoid;
  }

  h2, h3 {
    break-after: avoid;
  }
}

"""#),
        EmbeddedFile("static/favicon.svg", text: #"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5c80"/><path d="M6 25V15l6 4v-4l6 4v-4l6 4V8h3v17z" fill="#fff"/></svg>

"""#),
        EmbeddedFile("static/js/sok.js", text: #"""
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

"""#),
        EmbeddedFile("templates/404.mustache", text: #"""
{{> partials/header}}
<div class="wrap">
  <div class="not-found">
    <p class="page-header__label">{{t.errorCode404}}</p>
    <h1 class="page-header__title">{{t.notFoundTitle}}</h1>
    <p class="page-header__intro">{{t.notFoundText}}</p>
    <ul class="not-found__links">
      <li><a href="{{site.homeURL}}">{{t.toHome}}</a></li>
      <li><a href="{{site.tagsURL}}">{{t.allTags}}</a></li>
      <li><a href="{{site.regionsURL}}">{{t.allRegions}}</a></li>
    </ul>
  </div>
</div>
{{> partials/footer}}

"""#),
        EmbeddedFile("templates/article.mustache", text: #"""
{{> partials/header}}
{{#article}}
<div class="wrap">
  <article class="article">
    {{#previewNotice}}
    <p class="notice notice--preview" role="note"><strong>{{previewNotice}}</strong></p>
    {{/previewNotice}}
    <header class="article-header">
      <nav class="article-context" aria-label="{{t.articleContext}}">
        <ul>
          <li>{{#kindURL}}<a class="kind-label" href="{{kindURL}}">{{kindName}}</a>{{/kindURL}}{{^kindURL}}<span class="kind-label">{{kindName}}</span>{{/kindURL}}</li>
          {{#regions}}
          <li><a href="{{url}}">{{name}}</a></li>
          {{/regions}}
        </ul>
      </nav>
      <h1 class="article-header__title">{{title}}</h1>
      <dl class="article-meta">
        <div>
          <dt>{{t.published}}</dt>
          <dd><time datetime="{{dateISO}}">{{dateText}}</time></dd>
        </div>
        {{#updatedISO}}
        <div>
          <dt>{{t.updated}}</dt>
          <dd><time datetime="{{updatedISO}}">{{updatedText}}</time></dd>
        </div>
        {{/updatedISO}}
        <div>
          <dt>{{t.readingTimeLabel}}</dt>
          <dd>{{readingTimeText}} <span class="article-meta__words">({{wordCountText}})</span></dd>
        </div>
        {{#author}}
        <div>
          <dt>{{t.author}}</dt>
          <dd>{{author}}</dd>
        </div>
        {{/author}}
        {{#organisation}}
        <div>
          <dt>{{t.organisation}}</dt>
          <dd>{{organisation}}</dd>
        </div>
        {{/organisation}}
      </dl>
    </header>

    {{#expired}}
    <p class="notice notice--expired"><strong>{{t.expiredLabel}}</strong> {{expiredText}}</p>
    {{/expired}}

    {{#lede}}
    <p class="article-lede">{{lede}}</p>
    {{/lede}}

    {{#image}}
    <figure class="article-figure">
      <img src="{{url}}" alt="{{alt}}"{{#width}} width="{{width}}" height="{{height}}"{{/width}}>
      {{#caption}}
      <figcaption>{{caption}}</figcaption>
      {{/caption}}
    </figure>
    {{/image}}

    {{#hasToc}}
    <nav class="toc" aria-labelledby="toc-rubrik">
      <h2 class="toc__title" id="toc-rubrik">{{t.contents}}</h2>
      <ol>
        {{#toc}}
        <li><a href="#{{id}}">{{text}}</a>{{#hasChildren}}
          <ol>
            {{#children}}
            <li><a href="#{{id}}">{{text}}</a></li>
            {{/children}}
          </ol>{{/hasChildren}}</li>
        {{/toc}}
      </ol>
    </nav>
    {{/hasToc}}

    <div class="article-body">
      {{{body}}}
    </div>

    {{#hasAttachments}}
    <section class="article-section">
      <h2 class="article-section__title">{{t.attachments}}</h2>
      <ul class="attachments">
        {{#attachments}}
        <li>
          <a class="attachment" href="{{url}}">
            <span class="attachment__type">{{typeText}}</span>
            <span class="attachment__text">
              <span class="attachment__title">{{title}}</span>
              <span class="attachment__meta">{{t.download}} {{typeText}}{{#sizeText}}, {{sizeText}}{{/sizeText}} <span class="attachment__file">({{fileName}})</span></span>
            </span>
          </a>
        </li>
        {{/attachments}}
      </ul>
    </section>
    {{/hasAttachments}}

    {{#hasContacts}}
    <section class="article-section">
      <h2 class="article-section__title">{{contactsHeading}}</h2>
      <ul class="contacts">
        {{#contacts}}
        <li class="contact">
          <address>
            <span class="contact__name">{{name}}</span>
            {{#role}}
            <span class="contact__role">{{role}}</span>
            {{/role}}
            {{#email}}
            <span class="contact__line"><span class="contact__label">{{t.email}}</span> <a href="{{emailURL}}">{{email}}</a></span>
            {{/email}}
            {{#phone}}
            <span class="contact__line"><span class="contact__label">{{t.phone}}</span> <a href="{{phoneURL}}">{{phone}}</a></span>
            {{/phone}}
          </address>
        </li>
        {{/contacts}}
      </ul>
    </section>
    {{/hasContacts}}

    {{#hasTags}}
    <section class="article-section">
      <h2 class="article-section__title">{{t.tagsHeading}}</h2>
      <ul class="tag-list">
        {{#tags}}
        <li><a href="{{url}}">{{name}}</a></li>
        {{/tags}}
      </ul>
    </section>
    {{/hasTags}}

    {{#hasRelated}}
    <section class="article-section">
      <h2 class="article-section__title">{{t.relatedArticles}}</h2>
      <ul class="related-list">
        {{#related}}
        <li><a href="{{url}}">{{title}}</a> <span class="related-list__meta">{{kindName}} · <time datetime="{{dateISO}}">{{dateText}}</time></span></li>
        {{/related}}
      </ul>
    </section>
    {{/hasRelated}}

    {{#moreFrom}}
    <section class="article-section">
      <h2 class="article-section__title">{{heading}}</h2>
      <ul class="related-list">
        {{#articles}}
        <li><a href="{{url}}">{{title}}</a> <span class="related-list__meta">{{kindName}} · <time datetime="{{dateISO}}">{{dateText}}</time></span></li>
        {{/articles}}
      </ul>
      <p class="related-more"><a href="{{url}}">{{linkText}} <span aria-hidden="true">→</span></a></p>
    </section>
    {{/moreFrom}}
  </article>

  {{#hasNeighbours}}
  <nav class="pager" aria-label="{{t.moreArticles}}">
    <ul>
      {{#previous}}
      <li class="pager__prev"><a href="{{url}}"><span class="pager__label"><span aria-hidden="true">← </span>{{t.previousArticle}}</span> <span class="pager__title">{{title}}</span></a></li>
      {{/previous}}
      {{#next}}
      <li class="pager__next"><a href="{{url}}"><span class="pager__label">{{t.nextArticle}}<span aria-hidden="true"> →</span></span> <span class="pager__title">{{title}}</span></a></li>
      {{/next}}
    </ul>
  </nav>
  {{/hasNeighbours}}
</div>
{{/article}}
{{> partials/footer}}

"""#),
        EmbeddedFile("templates/home.mustache", text: #"""
{{> partials/header}}
<div class="wrap">
  <header class="home-intro">
    <h1 class="home-intro__title">{{site.title}}</h1>
    {{#site.description}}
    <p class="home-intro__lede">{{site.description}}</p>
    {{/site.description}}
  </header>

  <section class="home-section" aria-labelledby="senaste">
    <div class="section-head">
      <h2 id="senaste" class="section-head__title">{{t.latestNews}}</h2>
    </div>
    <ul class="cards cards--featured">
      {{#home.latest}}
      <li>{{> partials/card}}</li>
      {{/home.latest}}
    </ul>
  </section>

  {{#home.sections}}
  <section class="home-section">
    <div class="section-head">
      <h2 class="section-head__title"><a href="{{url}}">{{title}}</a></h2>
      <a class="section-head__more" href="{{url}}"><span>{{t.showAll}}<span class="visually-hidden">: {{title}}</span></span> <span aria-hidden="true">→</span></a>
    </div>
    <ul class="cards">
      {{#articles}}
      <li>{{> partials/card}}</li>
      {{/articles}}
    </ul>
  </section>
  {{/home.sections}}

  <nav class="browse" aria-label="{{t.browse}}">
    <ul>
      <li><a href="{{site.tagsURL}}">{{t.allTags}}</a></li>
      <li><a href="{{site.regionsURL}}">{{t.allRegions}}</a></li>
      <li><a class="feed-link" href="{{home.feedURL}}"><svg class="feed-link__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="3" cy="13" r="2" fill="currentColor"/><path d="M1 7a8 8 0 0 1 8 8H6.5A5.5 5.5 0 0 0 1 9.5zM1 2a13 13 0 0 1 13 13h-2.5A10.5 10.5 0 0 0 1 4.5z" fill="currentColor"/></svg> {{t.subscribe}}</a></li>
    </ul>
  </nav>
</div>
{{> partials/footer}}

"""#),
        EmbeddedFile("templates/i18n/en.yml", text: #"""
# The words of the default theme in English (language: en in site.yml).
months: [January, February, March, April, May, June, July, August, September, October, November, December]
dateFormat: "{day} {month} {year}"
decimalSeparator: "."
thousandsSeparator: ","
groupFourDigits: "yes"

navStart: Home
navRegions: Regions
navTags: Topics
tagsHeading: Topics
tagsIntro: Every topic the articles cover, in alphabetical order.
regionsHeading: Regions
regionsIntro: News from Sweden's regions, in alphabetical order.
archiveHeading: Archive
archiveIntro: Every article, year by year.
labelTag: Topic
labelRegion: Region
labelKind: Type
labelArchive: Archive
descriptionTag: "Articles about {name} from {site}."
descriptionRegion: "News about industry in {name}."
descriptionKind: "{name} from {site}."
descriptionArchive: "Articles from {name} in {site}."
pageOf: "Page {page} of {pages}"
titlePage: "{title}, page {page}"
articlesOne: "1 article"
articlesOther: "{count} articles"
readingTime: "{minutes} min read"
wordsOne: "1 word"
wordsOther: "{count} words"
moreFrom: "More from {region}"
allFrom: "All articles from {region}"
contactsOne: Press contact
contactsOther: Press contacts
notFoundTitle: Page not found
movedTitle: This page has moved
movedText: This page has moved to
fileImage: Image
fileOther: File
bytes: bytes
expiredNotice: "This information applied until {date} and may have changed since."

# Used by the templates of the default theme ({{t.key}}).
skipToContent: Skip to content
mainMenu: Main menu
footer: Footer
homePage: Home page
toHome: To the home page
allTags: All topics
allRegions: All regions
accessibilityStatement: Accessibility statement
publishedBy: Published by
latestNews: Latest news
showAll: Show all
browse: Browse
subscribe: Subscribe (RSS)
articlesHeading: Articles
articleContext: The article's type and regions
published: Published
updated: Updated
readingTimeLabel: Reading time
author: Text
organisation: Organisation
expiredLabel: Out of date.
# Only in a preview (sitegen serve), on drafts and articles scheduled for later.
previewDraft: "Draft – shown only in the preview"
previewScheduled: "Scheduled: published {date}"
contents: Contents
attachments: Attachments
download: Download
email: "Email:"
phone: "Phone:"
relatedArticles: Related articles
moreArticles: More articles
previousArticle: Previous article
nextArticle: Next article
pagination: Pagination
previous: Previous
next: Next
pageWord: page
pageWordCapital: Page
errorCode404: Error 404
notFoundText: The page you are looking for does not exist, or it has been moved or removed. Check the address, or go on to one of the pages below.

# The search page (templates/search.mustache, static/js/sok.js); {count}, {query}, {what},
# {within}, {filters}, {shown} and {total} are filled in by the page's script.
search: Search
searchSite: Search
searchPlaceholder: Search articles
searchIntro: "Search {count} from {site}."
searchNoScript: "Search needs JavaScript, which is turned off in your browser. Every article can also be reached through:"
searchWords: Search words
searchTip: "You can type without å, ä and ö: “orebro” also finds Örebro."
searchAllKinds: All types
searchResults: Results
searchMoreButton: Show more results
searchSearching: Searching …
searchHitOne: 1 result
searchHits: "{count} results"
searchForQuery: " for “{query}”"
searchNone: "No results{what}{within}. Try fewer or other words{filters}."
searchNoneFilters: ", or remove the filters"
searchMore: "Show more ({shown} of {total})"
searchFailed: Search could not be loaded. Check the connection and try again.
searchLocale: en-GB

"""#),
        EmbeddedFile("templates/i18n/sv.yml", text: #"""
# The words of the default theme in Swedish. Templates read them as {{t.key}}; {name} is filled
# in by sitegen. A translation into another language has the same keys (see en.yml).
months: [januari, februari, mars, april, maj, juni, juli, augusti, september, oktober, november, december]
dateFormat: "{day} {month} {year}"
decimalSeparator: ","
# Swedish groups thousands with a (no-break) space, and four-digit numbers not at all: 2500, 10 000.
thousandsSeparator: "\u00A0"
groupFourDigits: "no"

navStart: Start
navRegions: Regioner
navTags: Ämnen
tagsHeading: Ämnen
tagsIntro: Alla ämnen som artiklarna handlar om, i bokstavsordning.
regionsHeading: Regioner
regionsIntro: Nyheter från Sveriges regioner, i bokstavsordning.
archiveHeading: Arkiv
archiveIntro: Alla artiklar, år för år.
labelTag: Ämne
labelRegion: Region
labelKind: Typ
labelArchive: Arkiv
descriptionTag: "Artiklar om {name} från {site}."
descriptionRegion: "Nyheter om industrin i {name}."
descriptionKind: "{name} från {site}."
descriptionArchive: "Artiklar från {name} i {site}."
pageOf: "Sida {page} av {pages}"
titlePage: "{title}, sida {page}"
articlesOne: "1 artikel"
articlesOther: "{count} artiklar"
readingTime: "{minutes} min läsning"
wordsOne: "1 ord"
wordsOther: "{count} ord"
moreFrom: "Mer från {region}"
allFrom: "Alla artiklar från {region}"
contactsOne: Presskontakt
contactsOther: Presskontakter
notFoundTitle: Sidan kunde inte hittas
movedTitle: Sidan har flyttat
movedText: Sidan har flyttat till
fileImage: Bild
fileOther: Fil
bytes: byte
expiredNotice: "Informationen gällde till {date} och kan ha ändrats sedan dess."

# Used by the templates of the default theme ({{t.key}}).
skipToContent: Hoppa till innehållet
mainMenu: Huvudmeny
footer: Sidfot
homePage: Startsida
toHome: Till startsidan
allTags: Alla ämnen
allRegions: Alla regioner
accessibilityStatement: Tillgänglighetsredogörelse
publishedBy: Ges ut av
latestNews: Senaste nyheterna
showAll: Visa alla
browse: Bläddra
subscribe: Prenumerera (RSS)
articlesHeading: Artiklar
articleContext: Artikelns typ och regioner
published: Publicerad
updated: Uppdaterad
readingTimeLabel: Lästid
author: Text
organisation: Organisation
expiredLabel: Inaktuell.
# Only in a preview (sitegen serve), on drafts and articles scheduled for later.
previewDraft: "Utkast – visas bara i förhandsvisningen"
previewScheduled: "Schemalagd: publiceras {date}"
contents: Innehåll
attachments: Bilagor
download: Ladda ner
email: "E-post:"
phone: "Telefon:"
relatedArticles: Relaterade artiklar
moreArticles: Fler artiklar
previousArticle: Föregående artikel
nextArticle: Nästa artikel
pagination: Sidnumrering
previous: Föregående
next: Nästa
pageWord: sida
pageWordCapital: Sida
errorCode404: Felkod 404
notFoundText: Sidan du letar efter finns inte, eller så har den flyttats eller tagits bort. Kontrollera adressen, eller fortsätt till någon av sidorna nedan.

# The search page (templates/search.mustache, static/js/sok.js); {count}, {query}, {what},
# {within}, {filters}, {shown} and {total} are filled in by the page's script.
search: Sök
searchSite: Sök på
searchPlaceholder: Sök artiklar
searchIntro: "Sök bland {count} från {site}."
searchNoScript: "Sökningen behöver JavaScript, som är avstängt i din webbläsare. Alla artiklar finns också via:"
searchWords: Sökord
searchTip: "Du kan skriva utan å, ä och ö: ”orebro” hittar också Örebro."
searchAllKinds: Alla typer
searchResults: Träffar
searchMoreButton: Visa fler träffar
searchSearching: Söker …
searchHitOne: 1 träff
searchHits: "{count} träffar"
searchForQuery: " för ”{query}”"
searchNone: "Inga träffar{what}{within}. Prova färre eller andra ord{filters}."
searchNoneFilters: ", eller ta bort filtren"
searchMore: "Visa fler ({shown} av {total})"
searchFailed: Sökningen kunde inte laddas. Kontrollera anslutningen och försök igen.
searchLocale: sv-SE

"""#),
        EmbeddedFile("templates/list.mustache", text: #"""
{{> partials/header}}
<div class="wrap">
  <header class="page-header">
    <p class="page-header__label">{{list.label}}</p>
    <h1 class="page-header__title">{{list.heading}}</h1>
    <p class="page-header__meta">{{list.countText}}</p>
    {{#list.feedURL}}
    <p class="page-header__feed"><a class="feed-link" href="{{list.feedURL}}"><svg class="feed-link__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="3" cy="13" r="2" fill="currentColor"/><path d="M1 7a8 8 0 0 1 8 8H6.5A5.5 5.5 0 0 0 1 9.5zM1 2a13 13 0 0 1 13 13h-2.5A10.5 10.5 0 0 0 1 4.5z" fill="currentColor"/></svg> {{t.subscribe}}<span class="visually-hidden">: {{list.heading}}</span></a></p>
    {{/list.feedURL}}
  </header>

  <section aria-labelledby="artiklar">
    <h2 id="artiklar" class="visually-hidden">{{t.articlesHeading}}</h2>
    <ul class="cards">
      {{#list.articles}}
      <li>{{> partials/card}}</li>
      {{/list.articles}}
    </ul>
  </section>

  {{#list.pagination}}
  {{> partials/pagination}}
  {{/list.pagination}}
</div>
{{> partials/footer}}

"""#),
        EmbeddedFile("templates/partials/card.mustache", text: #"""
<article class="card">
  <h3 class="card__title"><a href="{{url}}">{{title}}</a></h3>
  <p class="card__meta">{{#kindURL}}<a class="kind-label" href="{{kindURL}}">{{kindName}}</a>{{/kindURL}}{{^kindURL}}<span class="kind-label">{{kindName}}</span>{{/kindURL}} <span class="sep" aria-hidden="true">·</span> <time datetime="{{dateISO}}">{{dateText}}</time></p>
  {{#image}}
  <img class="card__image" src="{{url}}" alt="{{alt}}"{{#width}} width="{{width}}" height="{{height}}"{{/width}} loading="lazy">
  {{/image}}
  {{#summary}}
  <p class="card__summary">{{summary}}</p>
  {{/summary}}
  <ul class="card__regions">
    {{#regions}}
    <li><a href="{{url}}">{{name}}</a></li>
    {{/regions}}
  </ul>
</article>

"""#),
        EmbeddedFile("templates/partials/footer.mustache", text: #"""
</main>
<footer class="site-footer">
  <div class="wrap site-footer__inner">
    <div class="site-footer__about">
      <p class="site-footer__title">{{site.title}}</p>
      {{#site.description}}
      <p>{{site.description}}</p>
      {{/site.description}}
      {{#site.publisherName}}
      <p>{{t.publishedBy}} {{#site.publisherURL}}<a href="{{site.publisherURL}}">{{site.publisherName}}</a>{{/site.publisherURL}}{{^site.publisherURL}}{{site.publisherName}}{{/site.publisherURL}}</p>
      {{/site.publisherName}}
    </div>
    <nav class="site-footer__nav" aria-label="{{t.footer}}">
      <ul>
        <li><a href="{{site.homeURL}}">{{t.homePage}}</a></li>
        <li><a href="{{site.tagsURL}}">{{t.allTags}}</a></li>
        <li><a href="{{site.regionsURL}}">{{t.allRegions}}</a></li>
        <li><a href="{{site.archiveURL}}">{{t.archiveHeading}}</a></li>
        {{#site.accessibilityURL}}
        <li><a href="{{site.accessibilityURL}}">{{t.accessibilityStatement}}</a></li>
        {{/site.accessibilityURL}}
      </ul>
    </nav>
  </div>
</footer>
</body>
</html>

"""#),
        EmbeddedFile("templates/partials/header.mustache", text: #"""
<!doctype html>
<html lang="{{site.language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{page.title}}</title>
{{#page.description}}
<meta name="description" content="{{page.description}}">
{{/page.description}}
<link rel="canonical" href="{{page.canonicalURL}}">
{{#page.feeds}}
<link rel="alternate" type="{{type}}" title="{{title}}" href="{{url}}">
{{/page.feeds}}
{{#page.noindex}}
<meta name="robots" content="noindex">
{{/page.noindex}}
<meta name="color-scheme" content="light dark">
<meta property="og:site_name" content="{{site.title}}">
<meta property="og:title" content="{{page.shareTitle}}">
{{#page.description}}
<meta property="og:description" content="{{page.description}}">
{{/page.description}}
<meta property="og:url" content="{{page.canonicalURL}}">
<meta property="og:type" content="{{page.ogType}}">
{{#site.locale}}
<meta property="og:locale" content="{{site.locale}}">
{{/site.locale}}
{{#page.image}}
<meta property="og:image" content="{{url}}">
<meta property="og:image:alt" content="{{alt}}">
{{#width}}
<meta property="og:image:width" content="{{width}}">
<meta property="og:image:height" content="{{height}}">
{{/width}}
{{/page.image}}
{{#page.publishedISO}}
<meta property="article:published_time" content="{{page.publishedISO}}">
{{/page.publishedISO}}
{{#page.modifiedISO}}
<meta property="article:modified_time" content="{{page.modifiedISO}}">
{{/page.modifiedISO}}
{{#page.expiresISO}}
<meta property="article:expiration_time" content="{{page.expiresISO}}">
{{/page.expiresISO}}
{{#page.section}}
<meta property="article:section" content="{{page.section}}">
{{/page.section}}
{{#page.tags}}
<meta property="article:tag" content="{{.}}">
{{/page.tags}}
<meta name="twitter:card" content="{{page.twitterCard}}">
<meta name="twitter:title" content="{{page.shareTitle}}">
{{#page.description}}
<meta name="twitter:description" content="{{page.description}}">
{{/page.description}}
{{#page.image}}
<meta name="twitter:image" content="{{url}}">
<meta name="twitter:image:alt" content="{{alt}}">
{{/page.image}}
{{#page.jsonLD}}
<script type="application/ld+json">
{{{page.jsonLD}}}
</script>
{{/page.jsonLD}}
<link rel="icon" href="{{site.homeURL}}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="{{site.stylesheetURL}}">
</head>
<body>
<a class="skip-link" href="#innehall">{{t.skipToContent}}</a>
<header class="site-header">
  <div class="wrap site-header__inner">
    <a class="brand" href="{{site.homeURL}}"{{#page.isHome}} aria-current="page"{{/page.isHome}}>
      <svg class="brand__mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false"><rect width="32" height="32" rx="6" fill="currentColor"/><path d="M6 25V15l6 4v-4l6 4v-4l6 4V8h3v17z" fill="#fff"/></svg>
      <span class="brand__name">{{site.title}}</span>
    </a>
    {{#site.searchURL}}
    {{^search}}
    <form class="header-search" role="search" action="{{site.searchURL}}" method="get">
      <label class="visually-hidden" for="webbplatssok">{{t.searchSite}} {{site.title}}</label>
      <input class="header-search__input" id="webbplatssok" type="search" name="q" autocomplete="off" placeholder="{{t.searchPlaceholder}}">
      <button class="header-search__button" type="submit"><svg class="header-search__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" stroke-width="2.2"/><path d="M13 13l5.5 5.5" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/></svg><span class="header-search__text">{{t.search}}</span></button>
    </form>
    {{/search}}
    {{/site.searchURL}}
    <nav class="site-nav" aria-label="{{t.mainMenu}}">
      <ul>
        {{#site.nav}}
        <li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
        {{/site.nav}}
      </ul>
    </nav>
  </div>
</header>
<main id="innehall" tabindex="-1">

"""#),
        EmbeddedFile("templates/partials/pagination.mustache", text: #"""
<nav class="pagination" aria-label="{{t.pagination}}">
  <p class="pagination__status">{{label}}</p>
  <ul class="pagination__list">
    {{#previousURL}}
    <li class="pagination__step"><a href="{{previousURL}}"><span aria-hidden="true">←</span> <span>{{t.previous}}<span class="visually-hidden"> {{t.pageWord}}</span></span></a></li>
    {{/previousURL}}
    {{#pages}}
    {{#gap}}
    <li class="pagination__gap" aria-hidden="true">…</li>
    {{/gap}}
    {{^gap}}
    <li class="pagination__page"><a href="{{url}}"{{#current}} aria-current="page"{{/current}}><span class="visually-hidden">{{t.pageWordCapital}} </span>{{number}}</a></li>
    {{/gap}}
    {{/pages}}
    {{#nextURL}}
    <li class="pagination__step"><a href="{{nextURL}}"><span>{{t.next}}<span class="visually-hidden"> {{t.pageWord}}</span></span> <span aria-hidden="true">→</span></a></li>
    {{/nextURL}}
  </ul>
</nav>

"""#),
        EmbeddedFile("templates/partials/term.mustache", text: #"""
<li><a class="term" href="{{url}}"><span class="term__name">{{name}}</span> <span class="term__count">{{countText}}</span></a>{{#hasChildren}}
  <ul class="terms__children">
    {{#children}}
    {{> partials/term}}
    {{/children}}
  </ul>{{/hasChildren}}</li>

"""#),
        EmbeddedFile("templates/search.mustache", text: #"""
{{> partials/header}}
<div class="wrap">
  <header class="page-header">
    <h1 class="page-header__title">{{search.heading}}</h1>
    <p class="page-header__intro">{{search.intro}}</p>
  </header>

  <noscript>
    <p class="search-notice">{{t.searchNoScript}} <a href="{{site.homeURL}}">{{t.homePage}}</a>, <a href="{{site.regionsURL}}">{{t.allRegions}}</a>, <a href="{{site.tagsURL}}">{{t.allTags}}</a>.</p>
  </noscript>

  <form class="search-form" role="search" action="./" method="get" data-index="{{search.indexURL}}" data-root="{{site.homeURL}}"
        data-text-searching="{{t.searchSearching}}" data-text-hit-one="{{t.searchHitOne}}" data-text-hits="{{t.searchHits}}"
        data-text-for-query="{{t.searchForQuery}}" data-text-none="{{t.searchNone}}" data-text-none-filters="{{t.searchNoneFilters}}"
        data-text-more="{{t.searchMore}}" data-text-failed="{{t.searchFailed}}" data-text-locale="{{t.searchLocale}}">
    <div class="search-form__query">
      <label class="search-form__label" for="sokord">{{t.searchWords}}</label>
      <div class="search-form__row">
        <input class="search-form__input" id="sokord" type="search" name="q" autocomplete="off" aria-describedby="sok-tips">
        <button class="search-form__button" type="submit">{{t.search}}</button>
      </div>
      <p class="search-form__hint" id="sok-tips">{{t.searchTip}}</p>
    </div>
    <div class="search-form__filters">
      <div class="search-form__filter">
        <label class="search-form__label" for="sok-typ">{{t.labelKind}}</label>
        <select class="search-form__select" id="sok-typ" name="typ">
          <option value="">{{t.searchAllKinds}}</option>
          {{#search.kinds}}
          <option value="{{value}}">{{name}}</option>
          {{/search.kinds}}
        </select>
      </div>
      <div class="search-form__filter">
        <label class="search-form__label" for="sok-region">{{t.labelRegion}}</label>
        <select class="search-form__select" id="sok-region" name="region">
          <option value="">{{t.allRegions}}</option>
          {{#search.regions}}
          <option value="{{value}}">{{name}}</option>
          {{/search.regions}}
        </select>
      </div>
    </div>
  </form>

  <section class="search-results" aria-labelledby="traffar">
    <h2 class="visually-hidden" id="traffar">{{t.searchResults}}</h2>
    <p class="search-results__status" id="sok-status" role="status"></p>
    <ol class="search-results__list" id="sok-lista"></ol>
    <button class="search-results__more" id="sok-fler" type="button" hidden>{{t.searchMoreButton}}</button>
  </section>
</div>
<script type="module" src="{{search.scriptURL}}"></script>
{{> partials/footer}}

"""#),
        EmbeddedFile("templates/terms.mustache", text: #"""
{{> partials/header}}
<div class="wrap">
  <header class="page-header">
    <h1 class="page-header__title">{{terms.heading}}</h1>
    {{#terms.intro}}
    <p class="page-header__intro">{{terms.intro}}</p>
    {{/terms.intro}}
  </header>

  <ul class="terms">
    {{#terms.items}}
    {{> partials/term}}
    {{/terms.items}}
  </ul>
</div>
{{> partials/footer}}

"""#),
    ]
}
