import { FACT_STATUSES, type Fact } from '@reckon/schema';
import { STATUS_TEXT } from '../_glossary.js';
import { formatNumber } from '../csv.js';
import { countText, intervalText, periodText, valueText, words } from './_format.js';
import { html, type Html } from './_html.js';
import type { SiteData } from './_site-data.js';
import { claimCard } from './claim.js';

/** Columns of the facts table: the key the script sorts by (a data-* attribute of each fact) and its heading. */
const COLUMNS = [
  ['metric', 'Metric'], ['jurisdiction', 'Jurisdiction'], ['period', 'Period'], ['value', 'Value'], ['status', 'Status'], ['sources', 'Sources'],
] as const;

/** The facts table: one tbody per fact (its row and its detail), so sorting and filtering move them together. */
export function factsSection(data: SiteData): Html {
  const distinct = (values: string[]) => [...new Set(values)].sort();
  const filters: Array<[string, string, string[]]> = [
    ['jurisdiction', 'Jurisdiction', distinct(data.facts.map((f) => f.jurisdiction ?? ''))],
    ['metric', 'Metric', distinct(data.facts.map((f) => f.metric))],
    ['period', 'Period', distinct(data.facts.map((f) => periodText(f.period_start, f.period_end)))],
    ['status', 'Status', FACT_STATUSES.filter((s) => data.facts.some((f) => f.status === s))],
  ];
  return html`<section id="facts" aria-labelledby="facts-title">
<h2 id="facts-title">Facts</h2>
<p>The best value of each fact. Choose a fact to see the claims behind and against it, each with the sentence it was read from.</p>
<form class="filters" aria-label="Filter facts" data-filters>
${filters.map(([key, label, values]) => html`<label>${label} <select data-filter="${key}"><option value="">all</option>${
  values.map((v) => html`<option value="${v}">${v === '' ? '(none)' : v}</option>`)}</select></label>
`)}</form>
<p class="shown" data-facts-shown aria-live="polite">${countText(data.facts.length, 'fact')}</p>
<table class="facts">
<caption class="visually-hidden">Facts: sortable by each column</caption>
<thead><tr>${COLUMNS.map(([key, label]) => html`<th scope="col" aria-sort="none"><button type="button" data-sort="${key}">${label}</button></th>`)}</tr></thead>
${data.facts.map((fact) => factBody(fact, data))}
</table>
</section>`;
}

function factBody(fact: Fact, data: SiteData): Html {
  const id = fact.fact_id;
  const period = periodText(fact.period_start, fact.period_end);
  return html`<tbody class="fact" id="fact=${id}" data-fact-id="${id}" data-metric="${fact.metric}" data-jurisdiction="${fact.jurisdiction ?? ''}" data-period="${period}" data-value="${formatNumber(fact.value)}" data-status="${fact.status}" data-sources="${fact.source_count}">
<tr class="fact-row">
<th scope="row" data-label="Metric"><button type="button" class="expand" aria-expanded="true" aria-controls="fact-detail-${id}">${fact.metric}</button></th>
<td data-label="Jurisdiction">${fact.jurisdiction ?? '(none)'}</td>
<td data-label="Period">${period}</td>
<td data-label="Value" class="num">${valueText(fact)}</td>
<td data-label="Status"><span class="badge status-${fact.status}">${words(fact.status)}</span></td>
<td data-label="Sources" class="num">${fact.source_count} (${fact.independent_source_count} independent)</td>
</tr>
<tr class="fact-detail" id="fact-detail-${id}"><td colspan="${COLUMNS.length}">${factDetail(fact, data)}</td></tr>
</tbody>`;
}

function factDetail(fact: Fact, data: SiteData): Html {
  const about = data.claimsOfFact(fact.fact_id);
  const listed = new Set([...fact.claim_ids, ...fact.claim_ids_against]);
  const group = (title: string, ids: readonly string[]) => {
    const claims = ids.map((id) => data.claim(id)).filter((c) => c !== undefined);
    return claims.length ? html`<h3>${title} (${claims.length})</h3>
<div class="claims">${claims.map((c) => claimCard(c, data.source(c.source_id)))}</div>` : '';
  };
  const conflicts = data.conflictsOfFact(fact.fact_id);
  return html`<div class="fact-body">
<p>${data.metricText(fact.metric)} <a href="#fact=${fact.fact_id}" class="permalink">Link to fact ${fact.fact_id}</a></p>
<dl class="pairs">
<dt>Published value</dt><dd>${valueText(fact)}</dd>
<dt>Interval</dt><dd>${intervalText(fact.interval_low, fact.interval_high, fact.unit)}</dd>
<dt>Status</dt><dd><span class="badge status-${fact.status}">${words(fact.status)}</span> ${STATUS_TEXT[fact.status]}</dd>
${fact.rule ? html`<dt>Decided by</dt><dd><span class="code">${fact.rule}</span></dd>` : ''}
<dt>Rationale</dt><dd>${fact.rationale}</dd>
${conflicts.length ? html`<dt>Conflicts</dt><dd>${conflicts.map((c, i) => html`${i ? ', ' : ''}<a href="#conflict=${c.conflict_id}">${words(c.kind)}</a>`)}</dd>` : ''}
</dl>
${group('Claims behind the value', fact.claim_ids)}
${group('Claims against it', fact.claim_ids_against)}
${group('Other claims about this fact', about.filter((c) => !listed.has(c.claim_id)).map((c) => c.claim_id))}
</div>`;
}
