import { html } from './_html.js';
import { siteData, type SiteInput } from './_site-data.js';
import { EXPLORER_JS } from './_script.js';
import { EXPLORER_CSS } from './_style.js';
import { conflictsSection } from './conflicts.js';
import { downloadsSection } from './downloads.js';
import { factsSection } from './facts.js';
import { overviewSection } from './overview.js';
import { sourcesSection } from './sources.js';

/** The explorer's files, relative to the version folder. */
export const SITE_FILES = ['site/explorer.css', 'site/explorer.js', 'site/index.html'] as const;

/**
 * Scripts and styles only from the site folder, nothing fetched from the network (connect-src is 'none'),
 * so injected markup could neither run nor phone home. Inline styles stay: the charts' SVG carries its own.
 * `file:` is named too because some browsers give every local file its own origin, which 'self' would not match.
 */
const POLICY = "default-src 'none'; script-src 'self' file:; style-src 'self' file: 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

const SECTIONS = [['overview', 'Overview'], ['facts', 'Facts'], ['conflicts', 'Conflicts'], ['sources', 'Sources'], ['downloads', 'Downloads']] as const;

/** index.html: every section rendered now, so the page reads without its script and from any static host. */
export function explorerPage(full: SiteInput): string {
  const { input, note } = selection(full);
  const data = siteData(input);
  const { pipeline, version } = data;
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="referrer" content="no-referrer">
<title>${pipeline.title} (version ${version})</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="explorer.css">
<script src="explorer.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="site">
<p class="eyebrow">Dataset explorer</p>
<h1>${pipeline.title}</h1>
<p>Version ${version} of <span class="code">${pipeline.name}</span>, licence ${pipeline.license}.</p>
<nav aria-label="Sections"><ul>${SECTIONS.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}</ul></nav>
</header>
<main id="main" tabindex="-1">
${note ? html`<p class="notice" role="note">${note}</p>` : ''}
${overviewSection(data)}
${factsSection(data)}
${conflictsSection(data)}
${sourcesSection(data)}
${downloadsSection(data)}
</main>
<footer><p>Part of version ${version}, built by reckon from the published tables; it loads nothing from the network. Every figure links to the sentence it was read from.</p></footer>
</body>
</html>
`;
  return page.markup;
}

/** How much one page shows: a page is read in a browser, and a large dataset's every claim would make it gigabytes. */
const PAGE_BUDGET = { facts: 400, claims: 4000, sources: 150 };

/**
 * The part of the dataset the page shows. A small dataset is shown whole; a large one shows its most
 * telling facts (disputed and resolved first, then the most independently reported) with their claims,
 * conflicts and sources, up to the budget, and says so. The downloads always hold everything.
 */
function selection(input: SiteInput): { input: SiteInput; note: string | null } {
  const { sources, claims, facts, conflicts } = input.tables;
  if (facts.length <= PAGE_BUDGET.facts && claims.length <= PAGE_BUDGET.claims && sources.length <= PAGE_BUDGET.sources) return { input, note: null };
  const weight = (f: (typeof facts)[number]) => (f.status === 'disputed' ? 3 : f.status === 'resolved' ? 2 : f.status === 'corroborated' ? 1 : 0);
  const ranked = [...facts].sort((a, b) => weight(b) - weight(a) || b.independent_source_count - a.independent_source_count || (a.fact_id < b.fact_id ? -1 : 1));
  const claimsOfFact = new Map<string, typeof claims>();
  for (const c of claims) {
    if (!c.fact_id) continue;
    const list = claimsOfFact.get(c.fact_id);
    if (list) list.push(c);
    else claimsOfFact.set(c.fact_id, [c]);
  }
  const keptFacts = new Set<string>();
  const keptSources = new Set<string>();
  let keptClaims = 0;
  for (const f of ranked) {
    const own = claimsOfFact.get(f.fact_id) ?? [];
    const newSources = new Set(own.map((c) => c.source_id).filter((id) => !keptSources.has(id)));
    if (keptFacts.size >= PAGE_BUDGET.facts || keptClaims + own.length > PAGE_BUDGET.claims || keptSources.size + newSources.size > PAGE_BUDGET.sources) continue;
    keptFacts.add(f.fact_id);
    keptClaims += own.length;
    for (const id of newSources) keptSources.add(id);
  }
  const tables = {
    sources: sources.filter((s) => keptSources.has(s.source_id)),
    claims: claims.filter((c) => c.fact_id !== null && keptFacts.has(c.fact_id)),
    facts: facts.filter((f) => keptFacts.has(f.fact_id)),
    conflicts: conflicts.filter((c) => keptFacts.has(c.fact_id)),
  };
  const n = (x: number) => String(x).replace(/\B(?=(\d{3})+$)/g, ',');
  const note = `This page shows ${n(tables.facts.length)} of ${n(facts.length)} facts (disputed and resolved first, then the most widely reported), with their ${n(tables.claims.length)} claims and ${n(tables.sources.length)} sources; the downloads hold the whole dataset.`;
  return { input: { ...input, tables, totals: { sources: sources.length, claims: claims.length, facts: facts.length, conflicts: conflicts.length } }, note };
}

/** The explorer's files by path in the version folder; a function of the tables and version alone, so rebuilds are byte-identical. */
export function siteFiles(input: SiteInput): Map<(typeof SITE_FILES)[number], string> {
  return new Map([
    ['site/explorer.css', EXPLORER_CSS],
    ['site/explorer.js', EXPLORER_JS],
    ['site/index.html', explorerPage(input)],
  ]);
}
