import { sizeText } from './_format.js';
import { html, type Html } from './_html.js';
import type { SiteData } from './_site-data.js';

const TABLE_TEXT: Record<string, string> = {
  facts: 'the best value of each fact', claims: 'every claim with its quote and rank',
  sources: 'every source with its normalised text', conflicts: 'every disagreement and its resolution',
};
const FILE_TEXT: Record<string, string> = {
  'datapackage.json': 'Frictionless Data Package v2: schemas, keys, checksums',
  'CITATION.cff': 'how to cite this version (Citation File Format)',
  'README.md': 'data card: sources, codebook, how figures were reconciled',
};

function describe(path: string): string {
  const [name, format] = path.split('.') as [string, string | undefined];
  const table = TABLE_TEXT[name];
  return FILE_TEXT[path] ?? (table ? `${name} as ${format === 'parquet' ? 'Parquet' : 'CSV'}: ${table}` : '');
}

/** The version's files, linked relative to the site folder, with sizes and sha256 checksums. */
export function downloadsSection(data: SiteData): Html {
  const files = [...data.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return html`<section id="downloads" aria-labelledby="downloads-title">
<h2 id="downloads-title">Downloads</h2>
<p>The files of version ${data.version}. Check them with <code>sha256sum -c SHA256SUMS</code> in the version folder (<a href="../SHA256SUMS">SHA256SUMS</a>).</p>
<table class="downloads">
<thead><tr><th scope="col">File</th><th scope="col">What it holds</th><th scope="col" class="num">Size</th><th scope="col">SHA-256</th></tr></thead>
<tbody>${files.map((f) => html`<tr><th scope="row" data-label="File"><a href="../${f.path}" download>${f.path}</a></th><td data-label="What">${describe(f.path)}</td><td data-label="Size" class="num">${sizeText(f.bytes)}</td><td data-label="SHA-256"><code class="hash">${f.sha256}</code></td></tr>`)}</tbody>
</table>
</section>`;
}
