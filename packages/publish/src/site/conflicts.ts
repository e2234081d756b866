import { CONFLICT_TEXT, RESOLUTION_TEXT } from '../_glossary.js';
import { periodText, words } from './_format.js';
import { html, type Html } from './_html.js';
import type { SiteData } from './_site-data.js';
import { claimCard } from './claim.js';

/** Every conflict with its kind and resolution, the competing claims side by side. */
export function conflictsSection(data: SiteData): Html {
  const intro = data.conflicts.length
    ? 'Each disagreement between claims about one fact, how it was resolved, and the competing claims side by side.'
    : 'No claims disagree in this version.';
  return html`<section id="conflicts" aria-labelledby="conflicts-title">
<h2 id="conflicts-title">Conflicts</h2>
<p>${intro}</p>
${data.conflicts.map((conflict) => {
    const fact = data.facts.find((f) => f.fact_id === conflict.fact_id);
    const label = fact ? `${fact.metric}, ${fact.jurisdiction ?? '(no jurisdiction)'}, ${periodText(fact.period_start, fact.period_end)}` : conflict.fact_id;
    const claims = conflict.claim_ids.map((id) => data.claim(id)).filter((c) => c !== undefined);
    return html`<article class="conflict" id="conflict=${conflict.conflict_id}" tabindex="-1" aria-labelledby="conflict-title-${conflict.conflict_id}">
<h3 id="conflict-title-${conflict.conflict_id}">${words(conflict.kind)}: <a href="#fact=${conflict.fact_id}">${label}</a></h3>
<dl class="pairs">
<dt>Kind</dt><dd><span class="code">${conflict.kind}</span>: ${CONFLICT_TEXT[conflict.kind]}</dd>
<dt>Resolution</dt><dd><span class="code">${conflict.resolution}</span>${conflict.rule ? html` by <span class="code">${conflict.rule}</span>` : ''}: ${RESOLUTION_TEXT[conflict.resolution]}</dd>
<dt>Rationale</dt><dd>${conflict.rationale}</dd>
</dl>
<div class="side-by-side">${claims.map((c) => claimCard(c, data.source(c.source_id)))}</div>
</article>`;
  })}
</section>`;
}
