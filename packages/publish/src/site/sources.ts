import type { RankedClaim, Source, TextSpan } from '@reckon/schema';
import { countText, sizeText } from './_format.js';
import { html, safeUrl, type Html } from './_html.js';
import type { SiteData } from './_site-data.js';
import { claimCard } from './claim.js';

interface FigureGroup {
  start: number;
  end: number;
  claims: RankedClaim[];
}

/** Claims whose figures overlap share one highlight, so the marks never nest or cross. */
function figureGroups(text: string, claims: readonly RankedClaim[]): FigureGroup[] {
  const spans = claims.filter((c) => c.span_start < c.span_end && c.span_end <= text.length)
    .sort((a, b) => a.span_start - b.span_start || a.span_end - b.span_end || (a.claim_id < b.claim_id ? -1 : 1));
  const groups: FigureGroup[] = [];
  for (const claim of spans) {
    const last = groups.at(-1);
    if (last && claim.span_start < last.end) {
      last.end = Math.max(last.end, claim.span_end);
      last.claims.push(claim);
    } else groups.push({ start: claim.span_start, end: claim.span_end, claims: [claim] });
  }
  return groups;
}

/** Plain text between figures, with the spans marked as site boilerplate dimmed. */
function plainText(text: string, from: number, to: number, boilerplate: readonly TextSpan[]): Html[] {
  const parts: Html[] = [];
  let at = from;
  for (const span of [...boilerplate].sort((a, b) => a.start - b.start)) {
    const [start, end] = [Math.max(span.start, at), Math.min(span.end, to)];
    if (start >= end) continue;
    parts.push(html`${text.slice(at, start)}<span class="boilerplate" title="${`boilerplate: ${span.reason}`}">${text.slice(start, end)}</span>`);
    at = end;
  }
  parts.push(html`${text.slice(at, to)}`);
  return parts;
}

/** The source text with every extracted figure highlighted, each linking to its claim (`#text=<claim>` lands here). */
export function markedText(source: Source, claims: readonly RankedClaim[]): Html {
  const parts: Html[] = [];
  let at = 0;
  for (const group of figureGroups(source.text, claims)) {
    const [first, ...others] = group.claims;
    parts.push(...plainText(source.text, at, group.start, source.boilerplate));
    parts.push(html`<mark class="figure" data-claim-ids="${group.claims.map((c) => c.claim_id).join(' ')}"><a id="text=${first!.claim_id}" href="#claim=${first!.claim_id}" data-claim-id="${first!.claim_id}">${source.text.slice(group.start, group.end)}</a>${
      others.map((c) => html`<a id="text=${c.claim_id}" href="#claim=${c.claim_id}" data-claim-id="${c.claim_id}" class="also" aria-label="${`another claim on this figure: ${c.metric}`}">+</a>`)}</mark>`);
    at = group.end;
  }
  parts.push(...plainText(source.text, at, source.text.length, source.boilerplate));
  return html`${parts}`;
}

/** The near-duplicate cluster, when the sources table carries one (a `cluster_id` column); otherwise nothing is shown. */
function clusterOf(source: Source, data: SiteData): Source[] | null {
  const cluster = (s: Source) => (s as Source & { cluster_id?: unknown }).cluster_id;
  const id = cluster(source);
  if (typeof id !== 'string' || id === '') return null;
  return data.sources.filter((s) => s !== source && cluster(s) === id);
}

/** Every source with its metadata, near-duplicates, the claims taken from it and its highlighted text. */
export function sourcesSection(data: SiteData): Html {
  return html`<section id="sources" aria-labelledby="sources-title">
<h2 id="sources-title">Sources</h2>
<p>The texts the claims were read from. Figures are highlighted in each text; each links to its claim.</p>
${data.sources.map((source) => sourceArticle(source, data))}
</section>`;
}

function sourceArticle(source: Source, data: SiteData): Html {
  const id = source.source_id;
  const claims = data.claimsOfSource(id);
  const url = safeUrl(source.url);
  const duplicates = clusterOf(source, data);
  return html`<article class="source" id="source=${id}" tabindex="-1" aria-labelledby="source-title-${id}">
<h3 id="source-title-${id}">${source.title ?? source.source_path}</h3>
<dl class="pairs">
<dt>Outlet</dt><dd>${source.publisher ?? 'unknown'}</dd>
<dt>Published</dt><dd>${source.published ?? 'unknown'}${source.published_note ? ` (${source.published_note})` : ''}</dd>
<dt>Kind</dt><dd>${source.kind ?? 'unknown'}</dd>
<dt>Language</dt><dd>${source.language ?? 'unknown'}</dd>
<dt>Address</dt><dd>${url ? html`<a href="${url}" rel="noopener noreferrer nofollow">${source.url}</a>` : source.url ?? 'none given'}</dd>
<dt>File</dt><dd><span class="code">${source.source_path}</span>, ${sizeText(source.bytes)}, sha256 <code class="hash">${source.sha256}</code></dd>
${duplicates ? html`<dt>Near-duplicates</dt><dd>${duplicates.length ? duplicates.map((d, i) => html`${i ? ', ' : ''}<a href="#source=${d.source_id}">${d.title ?? d.source_path}</a>`) : 'none'}</dd>` : ''}
</dl>
<details class="source-claims"><summary>${countText(claims.length, 'claim')} from this source</summary>
<div class="claims">${claims.map((c) => claimCard(c, source, { anchor: true, withSource: false }))}</div>
</details>
<details class="source-text-box"><summary>The text, figures highlighted</summary>
<div class="source-text"${source.language ? html` lang="${source.language}"` : ''}>${markedText(source, claims)}</div>
</details>
</article>`;
}
