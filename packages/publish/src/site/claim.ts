import type { RankedClaim, Source } from '@reckon/schema';
import { RANK_TEXT } from '../_glossary.js';
import { intervalText, periodText, valueText } from './_format.js';
import { html, safeUrl, type Html } from './_html.js';

/** The quote with its figure in a <mark>; a figure outside its quote (never expected) is shown after it. */
export function quoteWithFigure(claim: RankedClaim): Html {
  const start = claim.span_start - claim.quote_start;
  const end = claim.span_end - claim.quote_start;
  if (start >= 0 && end <= claim.quote.length && claim.quote.slice(start, end) === claim.figure) {
    return html`${claim.quote.slice(0, start)}<mark class="figure">${claim.figure}</mark>${claim.quote.slice(end)}`;
  }
  return html`${claim.quote} <mark class="figure">${claim.figure}</mark>`;
}

/** `Title`, Outlet, 2025-01-07, media, with a link to the original when it has a web address. */
export function sourceLine(source: Source): Html {
  const details = [source.publisher, source.published, source.kind].filter((d): d is string => Boolean(d)).join(', ');
  const url = safeUrl(source.url);
  return html`<cite>${source.title ?? source.source_path}</cite>${details ? `, ${details}` : ''}${
    url ? html` (<a href="${url}" rel="noopener noreferrer nofollow">original</a>)` : ''}`;
}

export interface ClaimCardOptions {
  /** The one card a `#claim=<id>` link leads to; every other copy carries only data-claim-id. */
  anchor?: boolean;
  /** Cards listed under their source leave the source out. */
  withSource?: boolean;
}

/** A claim: its quote with the figure highlighted, what was read, its interval and rank, where it came from. */
export function claimCard(claim: RankedClaim, source: Source | undefined, options: ClaimCardOptions = {}): Html {
  const id = claim.claim_id;
  const period = periodText(claim.period_start, claim.period_end);
  return html`<article class="claim rank-${claim.rank}" data-claim-id="${id}" aria-label="Claim ${id}"${
    options.anchor ? html` id="claim=${id}" tabindex="-1"` : ''}>
<blockquote${source?.language ? html` lang="${source.language}"` : ''}${safeUrl(source?.url) ? html` cite="${safeUrl(source?.url)}"` : ''}><p>${quoteWithFigure(claim)}</p></blockquote>
<dl class="pairs">
<dt>Figure</dt><dd>${valueText(claim)} <span class="code">${claim.metric}</span></dd>
<dt>Period</dt><dd>${period}${claim.period_text ? ` (“${claim.period_text}”)` : ''}</dd>
<dt>Interval</dt><dd>${intervalText(claim.interval_low, claim.interval_high, claim.unit)}</dd>
<dt>Rank</dt><dd><span class="badge rank-${claim.rank}">${claim.rank}</span> ${RANK_TEXT[claim.rank]}</dd>
${options.withSource !== false && source ? html`<dt>Source</dt><dd>${sourceLine(source)}</dd>` : ''}
</dl>
<p class="links"><a href="#text=${id}">Figure in the source text</a>${
  claim.fact_id ? html` · <a href="#fact=${claim.fact_id}">Fact ${claim.fact_id}</a>` : ''} · <a href="#claim=${id}">Claim ${id}</a></p>
</article>`;
}
