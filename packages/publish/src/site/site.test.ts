import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sha256Hex, type Source } from '@reckon/schema';
import type { DatasetTables } from '@reckon/warehouse';
import { claimOf, makeTables, pipeline } from '../_test-tables.js';
import { explorerPage, siteFiles } from './site.js';

/** The test tables plus a source from a hostile page: markup in its title, publisher, address and text. */
function hostileTables(): DatasetTables {
  const tables = makeTables();
  const text = 'Police said <script>alert("x")</script> that 7 <b>people</b> & more were held.\n';
  const source: Source = {
    ...tables.sources[0]!, source_id: sha256Hex(text), source_path: 'sources/003-hostile.md', text, sha256: sha256Hex(`x${text}`),
    title: '<img src=x onerror=alert(1)>', publisher: '"><script>alert(2)</script>', url: 'javascript:alert(3)',
  };
  const arrested = tables.facts[1]!.fact_id;
  const figure = claimOf(source, '7 <b>people</b>', 'persons_arrested', 7, { fact_id: arrested, rank: 'deprecated', quote_start: 0, quote: text.slice(0, -1), quote_end: text.length - 1 });
  // A second reading of the same figure: overlapping spans must share one highlight.
  const again = { ...figure, claim_id: 'aaaaaaaaaaaaaaaa', metric: 'persons_detained' };
  return { ...tables, sources: [...tables.sources, source], claims: [...tables.claims, figure, again] };
}

const page = (tables: DatasetTables) => explorerPage({ pipeline, tables, version: '1.2.3', files: [{ path: 'facts.csv', bytes: 1234, sha256: 'a'.repeat(64) }] });
const dom = (markup: string) => parseHTML(markup).document;

describe('explorerPage', () => {
  it('shows hostile text as text: no element, script or javascript: link comes from the data', () => {
    const tables = hostileTables();
    const markup = page(tables);
    const document = dom(markup);
    expect(document.querySelectorAll('script').length).toBe(1);
    expect(document.querySelector('script')!.getAttribute('src')).toBe('explorer.js');
    expect(document.querySelectorAll('img, b').length).toBe(0);
    expect(markup).not.toMatch(/<script>alert|<img |<b>people/);
    expect([...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))).not.toContainEqual(expect.stringMatching(/^javascript:/i));
    const hostile = tables.claims.at(-2)!;
    const card = document.querySelector(`[id="claim=${hostile.claim_id}"]`)!;
    expect(card.querySelector('blockquote')!.textContent).toBe(hostile.quote);
    expect(card.querySelector('mark.figure')!.textContent).toBe('7 <b>people</b>');
    const article = document.querySelector(`[id="source=${hostile.source_id}"]`)!;
    expect(article.querySelector('h3')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(article.textContent).toContain('javascript:alert(3)');
    const text = article.querySelector('.source-text')!;
    text.querySelectorAll('a.also').forEach((extra: { remove(): void }) => extra.remove());
    expect(text.textContent).toBe(tables.sources.at(-1)!.text);
  });

  it('gives every fact and claim its deep link, and every link inside the page a target', () => {
    const tables = hostileTables();
    const document = dom(page(tables));
    for (const fact of tables.facts) {
      const body = document.querySelector(`[id="fact=${fact.fact_id}"]`)!;
      expect(body.tagName).toBe('TBODY');
      expect(body.getAttribute('data-fact-id')).toBe(fact.fact_id);
    }
    for (const claim of tables.claims) {
      expect(document.querySelectorAll(`[id="claim=${claim.claim_id}"]`).length).toBe(1);
      expect(document.querySelector(`[id="claim=${claim.claim_id}"]`)!.getAttribute('data-claim-id')).toBe(claim.claim_id);
      expect(document.querySelector(`[id="text=${claim.claim_id}"]`)!.closest('mark.figure')).not.toBeNull();
    }
    const ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')));
    expect(ids.size).toBe(document.querySelectorAll('[id]').length);
    const internal = [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
    expect(internal.length).toBeGreaterThan(20);
    expect(internal.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('highlights each figure once in its source text, overlapping readings sharing one mark', () => {
    const tables = hostileTables();
    const document = dom(page(tables));
    const source = tables.sources.at(-1)!;
    const marks = [...document.querySelectorAll(`[id="source=${source.source_id}"] .source-text mark.figure`)];
    expect(marks.map((m) => m.getAttribute('data-claim-ids'))).toEqual([tables.claims.slice(-2).map((c) => c.claim_id).sort().join(' ')]);
    expect(marks[0]!.querySelector('a')!.textContent).toBe('7 <b>people</b>');
  });

  it('lists every fact in the table and the facts by status, and charts every metric as SVG', () => {
    const tables = makeTables({ extraFact: true });
    const document = dom(page(tables));
    expect(document.querySelectorAll('table.facts tbody[data-fact-id]').length).toBe(tables.facts.length);
    expect(document.querySelectorAll('figure.chart svg').length).toBe(new Set(tables.facts.map((f) => f.metric)).size);
    expect(document.querySelector('#downloads')!.textContent).toContain('a'.repeat(64));
  });

  it('is byte-identical for the same tables, whatever order their rows come in', () => {
    const tables = hostileTables();
    const reversed: DatasetTables = {
      sources: [...tables.sources].reverse(), claims: [...tables.claims].reverse(),
      facts: [...tables.facts].reverse(), conflicts: [...tables.conflicts].reverse(),
    };
    const input = { pipeline, version: '1.0.0', files: [] };
    expect(siteFiles({ ...input, tables: reversed })).toEqual(siteFiles({ ...input, tables }));
  });

  it('shows a large dataset as a bounded selection, says so, and keeps the whole counts in the overview', () => {
    const base = makeTables();
    const fact = base.facts[0]!;
    const facts = Array.from({ length: 1200 }, (_, i) => ({ ...fact, fact_id: i.toString(16).padStart(16, '0'), status: i % 7 === 0 ? 'resolved' as const : fact.status }));
    const markup = page({ ...base, facts, claims: [], conflicts: [] });
    const document = dom(markup);
    expect(document.querySelector('.notice')?.textContent).toMatch(/^This page shows 400 of 1,200 facts/);
    expect(document.querySelectorAll('[data-fact-id]').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('tbody[data-fact-id]').length).toBe(400);
    expect(markup.length).toBeLessThan(2_000_000);
  });
});

