/** explorer.css: system fonts, contrast of at least 4.5:1 for text, a stacked facts table on narrow screens. */
export const EXPLORER_CSS = String.raw`:root { --ink: #1b1b1b; --muted: #545454; --line: #c9ced6; --soft: #f3f5f8; --accent: #1d4f91; --mark: #ffe27a; --focus: #c77700; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
header.site, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header.site { border-bottom: 1px solid var(--line); padding-bottom: .5rem; }
h1 { font-size: 1.7rem; margin: .25rem 0; line-height: 1.25; }
h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
.notice { background: var(--soft); border-left: 4px solid var(--accent); padding: .5rem .75rem; margin: 1rem 0; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, select:focus-visible, summary:focus-visible, [tabindex="-1"]:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem 1rem; z-index: 1; }
.eyebrow { margin: .75rem 0 0; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; font-size: .8rem; }
nav ul, .counts { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; list-style: none; padding: 0; margin: .5rem 0; }
.counts strong { font-size: 1.5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
code, .code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
.hash { word-break: break-all; }
dl.pairs { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
dl.pairs dt { font-weight: 600; }
dl.pairs dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
th button, button.expand { font: inherit; background: none; border: 0; padding: 0; color: var(--accent); cursor: pointer; text-align: left; }
th button { font-weight: 600; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
button.expand { text-decoration: underline; font-weight: 600; }
.js button.expand::before { content: "▸ "; }
.js button.expand[aria-expanded="true"]::before { content: "▾ "; }
.fact-detail > td { background: var(--soft); }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; margin: .5rem 0; }
select { font: inherit; max-width: 100%; }
.shown { color: var(--muted); margin: .25rem 0; }
.badge { display: inline-block; padding: 0 .4em; border: 1px solid currentColor; border-radius: 3px; font-size: .85em; white-space: nowrap; }
.status-corroborated, .badge.rank-preferred { color: #1b5e20; }
.status-resolved { color: #0d47a1; }
.status-disputed, .badge.rank-deprecated { color: #a4231b; }
.status-single_source, .badge.rank-normal { color: #454545; }
.claims, .side-by-side { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); }
article.claim { border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 4px; padding: .5rem .75rem; background: #fff; }
article.claim.rank-preferred { border-left-color: #2e7d32; }
article.claim.rank-deprecated { border-left-color: #a4231b; }
article.claim .pairs { font-size: .95em; }
blockquote { margin: 0 0 .5rem; padding-left: .75rem; border-left: 3px solid var(--line); }
blockquote p { margin: 0; }
mark.figure { background: var(--mark); color: #000; padding: 0 .15em; border-radius: 2px; box-shadow: 0 0 0 1px #b08900; }
mark.figure a { color: inherit; }
mark.figure a.also { font-size: .8em; vertical-align: super; margin-left: .15em; }
.links { margin: .25rem 0 0; font-size: .9em; }
article.conflict, article.source { border-top: 1px solid var(--line); padding: .25rem 0 1rem; }
details { margin: .5rem 0; }
summary { cursor: pointer; color: var(--accent); font-weight: 600; }
.source-text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; line-height: 1.65; max-width: 48rem; padding: .75rem; background: var(--soft); border-radius: 4px; }
.boilerplate { color: var(--muted); font-style: italic; }
:target, .targeted { outline: 3px solid var(--focus); outline-offset: 2px; }
.charts { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); }
figure.chart { margin: 0; border: 1px solid var(--line); border-radius: 4px; padding: .5rem; }
figure.chart svg { display: block; width: 100%; height: auto; }
figcaption { font-size: .9em; }
footer { color: var(--muted); font-size: .9em; border-top: 1px solid var(--line); margin-top: 2rem; padding: 1rem; }
@media (max-width: 40rem) {
  table.facts, table.facts tbody, table.facts tr, table.facts th, table.facts td, table.downloads tbody, table.downloads tr, table.downloads th, table.downloads td { display: block; }
  table.facts thead tr { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
  table.facts thead th { border: 0; padding: .25rem 0; }
  table.downloads thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.facts tr.fact-row { border-top: 2px solid var(--line); padding: .25rem 0; }
  table.facts tr.fact-row > *, table.downloads tr > * { border: 0; padding: .1rem .25rem; text-align: left; }
  table.facts tr.fact-row td::before, table.downloads td::before { content: attr(data-label) ": "; font-weight: 600; }
  table.downloads tr { border-top: 1px solid var(--line); padding: .25rem 0; }
  dl.pairs { grid-template-columns: 1fr; }
  dl.pairs dd { margin-bottom: .25rem; }
}
`;
