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
export function explorerPage(input: SiteInput): string {
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

/** The explorer's files by path in the version folder; a function of the tables and version alone, so rebuilds are byte-identical. */
export function siteFiles(input: SiteInput): Map<(typeof SITE_FILES)[number], string> {
  return new Map([
    ['site/explorer.css', EXPLORER_CSS],
    ['site/explorer.js', EXPLORER_JS],
    ['site/index.html', explorerPage(input)],
  ]);
}
