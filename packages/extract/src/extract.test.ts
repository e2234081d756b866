import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsOf, sourceOf } from './_test-helpers.js';
import { createExtractor } from './extract.js';
import { resolveCodebook } from '@reckon/schema';

const metrics = (text: string, published?: string) => claimsOf(text, published).map((c) => [c.metric, c.value]);

describe('metric choice', () => {
  it.each([
    ['The agency blocked over 3,500 illegal cryptocurrency exchanges.', 'platforms_blocked', 3500],
    ['The government liquidated 36 illegal crypto platforms.', 'platforms_closed', 36],
    ['The exchange processed transactions exceeding $1.28 million.', 'platform_turnover', 1_280_000],
    ['Platforms conducted transactions worth $18.8 million related to drug activities.', 'illicit_volume', 18_800_000],
    ['The AFM seized approximately 4.8 million USDT.', 'assets_seized', 4_800_000],
    ['Tether froze more than $26 million in USDT.', 'assets_frozen', 26_000_000],
    ['The ED provisionally attached assets worth Rs 1,200 crore.', 'assets_frozen', 12_000_000_000],
    ['N11.6 billion was returned to victims of fraud.', 'funds_returned', 11_600_000_000],
    ['The Commission recovered N365 billion from fraudsters.', 'assets_seized', 365_000_000_000],
    ['Officers seized 125 computers and 340 mobile phones.', 'items_seized', 125],
    ['The police dismantled two pyramid schemes.', 'schemes_dismantled', 2],
    ['Cyber police exposed 17 criminal groups.', 'groups_exposed', 17],
    ['Police arrested 792 suspects.', 'persons_arrested', 792],
    ['The commission secured 3,175 convictions.', 'persons_sentenced', 3175],
    ['He was jailed for four years.', 'prison_term', 4],
    ['The service had around 8,000 registered users.', 'customers_served', 8000],
    ['About 57,000 Russians invested in the schemes.', 'customers_served', 57_000],
    ['Investigators opened 12 criminal cases.', 'cases_opened', 12],
    ['The regulator fined the exchange €2.85 million.', 'fines_imposed', 2_850_000],
  ])('%s', (text, metric, value) => {
    expect(metrics(text)).toContainEqual([metric, value]);
  });

  it('carries a verb over the items of a list', () => {
    expect(metrics('Officers seized 12 mln roubles in cash, 300,000 USDT stored on hardware wallets, three cars and more than 40 bank cards.'))
      .toEqual([['assets_seized', 12_000_000], ['assets_seized', 300_000], ['items_seized', 3], ['items_seized', 40]]);
  });

  it('gives a stated conversion the metric of the figure it converts', () => {
    const claims = claimsOf('The AFM seized KZT 1.3bn (about $2.7 million) in 2024.');
    expect(claims.map((c) => [c.metric, c.unit, c.period_start])).toEqual([['assets_seized', 'KZT', '2024-01-01'], ['assets_seized', 'USD', '2024-01-01']]);
    expect(claims[1]!.converted_from).toBe(claims[0]!.claim_id);
  });

  it('reads a sum under two metrics joined by "or" as the first one\'s, as coders do, a count as the pair\'s winner\'s or none', () => {
    expect(metrics('The total value of assets seized or frozen came to more than S$3 billion.')).toEqual([['assets_seized', 3_000_000_000]]);
    expect(metrics('Since January, the office has seized or restrained more than $140 million in cryptocurrency.')).toEqual([['assets_seized', 140_000_000]]);
    expect(metrics('Over the period, 4 150 pages and groups in messengers were removed or blocked.')).toEqual([['platforms_blocked', 4150]]);
    expect(metrics('Rewards are offered for information leading to the arrest or conviction of the two defendants.')).toEqual([]);
  });
});

describe('what is not a reported statistic', () => {
  it.each([
    'The agency plans to block 200 more sites by the end of the year.',
    'The suspects could face up to 10 years in prison.',
    'Money laundering carries a maximum sentence of 10 years in jail.',
    'The regulator aims to seize $5 million more.',
    'Transfers exceeding 500,000 tenge are subject to financial monitoring.',
    'Firms must retain recordings for 180 days.',
    'Bitcoin was trading at around $96,000 on Friday.',
    'Kazakhstan, a country of about 20 million people, is a mining hub.',
    'Call the hotline on +7 800 080 1414 for details.',
    'Police did not arrest 5 people.',
    'Of the 21 defendants in the case, four were acquitted.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('jurisdiction and authority', () => {
  it('comes from the agency the text names', () => {
    const [claim] = claimsOf('The Enforcement Directorate (ED) arrested four people in Mumbai.');
    expect(claim).toMatchObject({ jurisdiction: 'IN', authority: 'ED' });
  });

  it('resolves a shared acronym by the country of the text', () => {
    const text = 'The Securities and Exchange Commission (SEC) blocked 10 platforms used by Filipinos.\nThe Philippine SEC said Manila would act.';
    expect(claimsOf(text)[0]).toMatchObject({ jurisdiction: 'PH', authority: 'SEC' });
    expect(claimsOf('The SEC filed 583 enforcement actions in Washington.')[0]).toMatchObject({ jurisdiction: 'US', authority: 'SEC' });
  });

  it('reads a generic "police" as the police of the country the text is about', () => {
    const text = 'Singapore police raided homes.\nPolice said they seized 62 vehicles in Singapore.';
    expect(claimsOf(text)[0]).toMatchObject({ jurisdiction: 'SG', authority: 'SPF' });
  });

  it('reads the places and agencies a pipeline adds to the codebook', () => {
    const codebook = resolveCodebook({
      metrics: [], counted_things: {},
      jurisdictions: [{ code: 'TV', names: ['Tuvalu', 'Funafuti'], currency: 'AUD' }],
      authorities: [{ id: 'TFIU', jurisdiction: 'TV', names: ['Tuvalu Financial Intelligence Unit', 'TFIU'] }],
    });
    const [claim] = createExtractor({ codebook })(sourceOf('The TFIU froze $2 million held by an online casino in Funafuti.'));
    expect(claim).toMatchObject({ metric: 'assets_frozen', value: 2_000_000, unit: 'AUD', jurisdiction: 'TV', authority: 'TFIU' });
  });

  it('falls back to the pipeline defaults only where the text names none', () => {
    const extract = createExtractor({ codebook: resolveCodebook(undefined), defaults: { jurisdiction: 'KZ', authority: 'AFM' } });
    expect(extract(sourceOf('The agency blocked 36 sites.'))[0]).toMatchObject({ jurisdiction: 'KZ', authority: 'AFM' });
    expect(extract(sourceOf('Germany\'s BKA shut down 47 exchanges.'))[0]).toMatchObject({ jurisdiction: 'DE', authority: 'BKA' });
  });
});

describe('the kz seed pipeline', () => {
  const dir = join(import.meta.dirname, '../../../pipelines/kz-crypto-enforcement/sources');
  const extract = createExtractor({ codebook: resolveCodebook(undefined), defaults: { jurisdiction: 'KZ', authority: 'AFM' } });
  const sources = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => {
    const raw = readFileSync(join(dir, f), 'utf8').replace(/\r\n/g, '\n');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(raw);
    const published = /^published:\s*"?(\d{4}-\d{2}-\d{2})/m.exec(front?.[1] ?? '')?.[1] ?? null;
    return { ...sourceOf(raw.slice(front?.[0].length ?? 0)), source_path: `sources/${f}`, published };
  });

  it('quotes every claim verbatim and puts its span inside the quote', () => {
    const claims = sources.flatMap(extract);
    expect(claims.length).toBeGreaterThanOrEqual(15);
    for (const claim of claims) {
      const source = sources.find((s) => s.source_path === claim.source_path)!;
      expect(source.text.slice(claim.quote_start, claim.quote_end)).toBe(claim.quote);
      expect(source.text.slice(claim.span_start, claim.span_end)).toBe(claim.figure);
      expect(claim.span_start).toBeGreaterThanOrEqual(claim.quote_start);
      expect(claim.span_end).toBeLessThanOrEqual(claim.quote_end);
    }
  });
});

describe('pathological input stays linear', () => {
  it.each([
    ['1,'.repeat(500_000), 0],
    ['over '.repeat(200_000), 0],
    ['since it it it it it it in '.repeat(30_000), 0],
  ])('input %#', (text, count) => {
    expect(claimsOf(text).length).toBe(count);
  });

  it('reads a long run of list items', () => {
    expect(claimsOf('Police arrested 3 people and '.repeat(20_000)).length).toBeGreaterThan(1000);
  });
});
