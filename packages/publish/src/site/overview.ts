import { FACT_STATUSES } from '@reckon/schema';
import { STATUS_TEXT } from '../_glossary.js';
import { citationText } from '../citation.js';
import { countText, words } from './_format.js';
import { html, safeUrl, type Html } from './_html.js';
import type { SiteData } from './_site-data.js';
import { metricCharts } from './chart.js';

/** The citation's Markdown emphasis (`*title*`) as <em>, the rest as text. */
function citation(text: string): Html {
  const match = /^(.*?)\*(.+?)\*(.*)$/s.exec(text);
  return match ? html`${match[1]}<em>${match[2]}</em>${match[3]}` : html`${text}`;
}

/** What the dataset is, how to cite it, what it holds and how its facts were settled, with a chart per metric. */
export function overviewSection(data: SiteData): Html {
  const { pipeline, version } = data;
  const licence = safeUrl(`https://spdx.org/licenses/${encodeURIComponent(pipeline.license)}.html`);
  const total = data.totals ?? { sources: data.sources.length, claims: data.claims.length, facts: data.facts.length, conflicts: data.conflicts.length };
  const counts: Array<[string, number, string]> = [
    ['sources', total.sources, 'source'], ['sources', total.claims, 'claim'],
    ['facts', total.facts, 'fact'], ['conflicts', total.conflicts, 'conflict'],
  ];
  return html`<section id="overview" aria-labelledby="overview-title">
<h2 id="overview-title">Overview</h2>
<p>${pipeline.description.trim()}</p>
<dl class="pairs">
<dt>Dataset</dt><dd><span class="code">${pipeline.name}</span>, version ${version}</dd>
<dt>Licence</dt><dd>${licence ? html`<a href="${licence}" rel="license noopener noreferrer">${pipeline.license}</a>` : pipeline.license}</dd>
${pipeline.homepage && safeUrl(pipeline.homepage) ? html`<dt>Home page</dt><dd><a href="${safeUrl(pipeline.homepage)}">${pipeline.homepage}</a></dd>` : ''}
</dl>
<ul class="counts">${counts.map(([anchor, n, noun]) => html`<li><a href="#${anchor}"><strong>${n}</strong> ${countText(n, noun).replace(/^\S+ /, '')}</a></li>`)}</ul>
<h3>How to cite</h3>
<p class="citation">${citation(citationText(pipeline, version))}</p>
<p>Cite the version: a published version is never changed. Machine-readable: <a href="../CITATION.cff">CITATION.cff</a>.</p>
<h3>Facts by status</h3>
<table class="statuses">
<thead><tr><th scope="col">Status</th><th scope="col" class="num">Facts</th><th scope="col">Meaning</th></tr></thead>
<tbody>${FACT_STATUSES.map((status) => html`<tr><th scope="row"><span class="badge status-${status}">${words(status)}</span></th><td class="num">${data.facts.filter((f) => f.status === status).length}</td><td>${STATUS_TEXT[status]}</td></tr>`)}</tbody>
</table>
<h3>Each metric over its periods</h3>
<p>A bar spans a fact's period, a dot marks its end and value, a whisker its interval; a dot alone is a cumulative figure up to that date.</p>
${metricCharts(data)}
</section>`;
}
