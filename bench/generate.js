// Deterministic generator of English enforcement news sources for the benchmark: the same seed and size
// always give the same bytes, so figures from different runs and machines measure the same work.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as V from './vocabulary.js';

/** mulberry32: a tiny, fast, seedable PRNG; Math.random cannot be seeded. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random choices drawn from one seeded stream. */
function chooser(random) {
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  return { random, int, pick, chance };
}

const thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** A count as the press writes it: digits with separators, a written number, or a magnitude word. */
function countFigure(c) {
  const r = c.random();
  const n = r < 0.35 ? String(c.int(2, 99)) : r < 0.7 ? thousands(c.int(100, 25000)) : r < 0.85 ? c.pick(V.NUMBER_WORDS) : `${c.int(1, 9)}.${c.int(1, 9)} million`;
  return `${c.pick(V.QUALIFIERS)}${n}`;
}

/** The number inside a money template: decimals for magnitudes ("$16.7m"), separators for crore ("Rs 1,200 crore"). */
function moneyNumber(c, template) {
  if (/crore|lakh/.test(template)) return thousands(c.int(2, 4000));
  if (/,000/.test(template)) return String(c.int(10, 950));
  return c.chance(0.5) ? `${c.int(1, 999)}.${c.int(1, 9)}` : String(c.int(2, 999));
}

function moneyFigure(c, place) {
  const template = c.pick(place.money);
  return `${c.pick(V.QUALIFIERS)}${template.replace('{n}', moneyNumber(c, template))}`;
}

function cryptoFigure(c) {
  const template = c.pick(V.CRYPTO);
  const n = /million/.test(template) ? `${c.int(1, 99)}.${c.int(1, 9)}` : /,000/.test(template) ? String(c.int(10, 950)) : thousands(c.int(2, 9000));
  return `${c.pick(V.QUALIFIERS)}${template.replace('{n}', n)}`;
}

/** A prison term: a single term, a compound one, or a range ("2.5 to 3.5 years"). */
function termFigure(c) {
  const r = c.random();
  if (r < 0.3) return `${c.pick(['two', 'three', 'five', 'seven', 'eight', 'ten', 'twelve'])} years`;
  if (r < 0.5) return `${c.int(2, 15)} years and ${c.pick(['six', 'eight', 'three', 'two'])} months`;
  if (r < 0.7) return `${c.int(18, 60)} months`;
  const lo = c.int(2, 9);
  return `${lo}.5 to ${lo + 1}.5 years`;
}

function periodPhrase(c, year) {
  const template = c.pick(V.PERIODS);
  const y = year - (c.chance(0.3) ? 1 : 0);
  // "between {year} and {year2}" spans two years up to the reported one.
  return template
    .replace('{year2}', String(y))
    .replace('{year}', String(template.includes('{year2}') ? y - 2 : y))
    .replace('{quarter}', String(c.int(1, 4)))
    .replace('{monthName}', c.pick(V.MONTHS));
}

/**
 * Figures as coverage repeats them: a figure for the same place, year and sentence is usually the one an earlier
 * source gave (outlets report the same announcement), sometimes a new one, which sometimes replaces it (an update).
 */
function ledger(c) {
  const known = new Map();
  return (key, fresh) => {
    const seen = known.get(key);
    if (seen && c.chance(0.75)) return seen;
    const figure = fresh();
    if (!seen || c.chance(0.3)) known.set(key, figure);
    return figure;
  };
}

/** Fills a template's placeholders for one source about `ctx.place`. */
function fill(c, template, ctx) {
  let slot = 0;
  const reported = (fresh) => ctx.reported(`${ctx.place.code}|${ctx.year}|${template}|${slot++}`, fresh);
  return template.replace(/\{(\w+)(?::(\w+))?\}/g, (_, key, arg) => {
    const { place, year } = ctx;
    switch (key) {
      case 'count': return reported(() => countFigure(c));
      case 'small': return String(c.int(2, 9));
      case 'visits': return String(c.int(10, 9000));
      case 'money': return reported(() => moneyFigure(c, place));
      case 'crypto': return reported(() => cryptoFigure(c));
      case 'usd': return `$${c.int(1, 400)}.${c.int(1, 99)} million`;
      case 'term': return reported(() => termFigure(c));
      case 'termLow': return String(c.int(2, 4));
      case 'termHigh': return String(c.int(5, 12));
      case 'things': return c.pick(V.COUNTED[arg]);
      case 'agency': return ctx.agencyName();
      case 'country': return place.country;
      case 'Adjective': return place.adjective;
      case 'city': return c.pick(place.cities);
      case 'period': return periodPhrase(c, year);
      case 'Period': return capitalise(periodPhrase(c, year) || `in ${year}`);
      case 'year': return String(year - c.int(0, 3));
      case 'futureYear': return String(year + c.int(2, 6));
      case 'month': return c.pick(V.MONTHS);
      case 'day': return String(c.int(1, 28));
      case 'pct': return `${c.int(5, 80)}${c.chance(0.3) ? `.${c.int(1, 9)}` : ''}`;
      case 'price': return thousands(c.int(16000, 98000));
      case 'phone': return `${c.int(1, 99)} (${c.int(100, 999)}) ${c.int(100, 999)}-${c.int(10, 99)}-${c.int(10, 99)}`;
      case 'article': return String(c.int(100, 400));
      case 'population': return String(c.int(5, 330));
      case 'publisher': return ctx.publisher;
      default: return _;
    }
  }).replace(/\s+([.,)])/g, '$1').replace(/ {2,}/g, ' ');
}

/** One source's paragraphs: figures, prose and distractors in the mix news articles have, ~3 KB in all. */
function paragraphs(c, ctx, targetChars) {
  const out = [];
  let length = 0;
  while (length < targetChars) {
    const sentences = [];
    for (let i = c.int(2, 4); i > 0; i--) {
      const r = c.random();
      const pool = r < 0.5 ? V.FIGURE_SENTENCES : r < 0.82 ? V.PROSE_SENTENCES : V.DISTRACTOR_SENTENCES;
      sentences.push(fill(c, c.pick(pool), ctx));
    }
    const paragraph = sentences.join(' ');
    out.push(paragraph);
    length += paragraph.length + 1;
  }
  return out;
}

function boilerplate(c, ctx, count) {
  return Array.from({ length: count }, () => fill(c, c.pick(V.BOILERPLATE_LINES), ctx));
}

function frontMatter(fields) {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${typeof v === 'string' && k !== 'published' && k !== 'language' && k !== 'kind' ? JSON.stringify(v) : v}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** A fresh source: front matter, boilerplate top and bottom, a headline repeated in the body, paragraphs. */
function originalSource(c, index, reported) {
  const place = c.pick(V.PLACES);
  const year = c.int(2019, 2025);
  const published = `${year}-${String(c.int(1, 12)).padStart(2, '0')}-${String(c.int(1, 28)).padStart(2, '0')}`;
  const official = c.chance(0.15);
  const agency = c.pick(place.agencies);
  const publisher = official ? agency[0] : c.pick(place.publishers);
  let named = false;
  // The first mention spells the agency out, later ones use the acronym, as newsrooms do.
  const ctx = { place, year, publisher, reported, agencyName: () => (named ? agency[1] : ((named = true), `${agency[0]} (${agency[1]})`)) };
  const title = fill(c, c.pick(V.HEADLINES), ctx);
  const body = [
    c.chance(0.6) ? c.pick(V.BYLINES) : `Posted on: ${published}`,
    ...boilerplate(c, ctx, c.int(0, 2)),
    title,
    ...paragraphs(c, ctx, c.int(2400, 3000)),
    ...boilerplate(c, ctx, c.int(1, 3)),
  ];
  return {
    fields: {
      title, publisher, url: `https://${publisher.toLowerCase().replace(/[^a-z]+/g, '-')}.example/news/${year}/${index}`,
      published, language: 'en', kind: official ? 'official' : c.chance(0.05) ? 'translation' : 'media',
    },
    lines: body,
    ctx,
  };
}

/** A reprint of an earlier source: another outlet, another date, one sentence reworded, other furniture. */
function reprintOf(c, original, index) {
  const lines = original.lines.filter((l) => !V.BOILERPLATE_LINES.some((b) => l.startsWith(b.slice(0, 8))));
  const at = c.int(1, lines.length - 1);
  lines[at] = `${lines[at]} ${fill(c, c.pick(V.PROSE_SENTENCES), original.ctx)}`;
  const publisher = `${c.pick(['Crypto', 'Finance', 'Market', 'Global'])} ${c.pick(['Wire', 'Digest', 'Aggregator', 'Brief'])}`;
  return {
    fields: { ...original.fields, publisher, url: `https://${publisher.toLowerCase().replace(/ /g, '-')}.example/${index}`, kind: 'aggregator' },
    lines: [...boilerplate(c, original.ctx, 1), ...lines, ...boilerplate(c, original.ctx, 2)],
    ctx: original.ctx,
  };
}

/** Bumped whenever generated text changes, so a corpus cached under the temp dir by an older generator is not reused. */
const GENERATOR_VERSION = 2;

const PIPELINE_YAML = `# Generated by bench/generate.js: a synthetic corpus for the benchmark, not a dataset.
name: bench-corpus
title: Synthetic enforcement news for the reckon benchmark
description: >-
  Seeded, generated English news about enforcement actions against illegal crypto exchanges in several
  jurisdictions, with distractors, boilerplate and near-duplicate reprints.
license: CC0-1.0
defaults:
  kind: media
sources: "sources/**/*.md"
policy: [source_kind, specificity, recency, corroboration]
`;

/**
 * Yields `{ path, text }` for generated sources until `bytes` of source files or `sources` files are written.
 * About one source in ten is a near-duplicate reprint of a recent one.
 */
export function* generateSources({ seed = 7, bytes = Infinity, sources = Infinity } = {}) {
  const c = chooser(mulberry32(seed));
  const reported = ledger(c);
  const recent = [];
  let written = 0;
  for (let i = 0; i < sources && written < bytes; i++) {
    const source = recent.length > 5 && c.chance(0.1) ? reprintOf(c, c.pick(recent), i) : originalSource(c, i, reported);
    if (source.fields.kind !== 'aggregator') {
      recent.push(source);
      if (recent.length > 200) recent.shift();
    }
    const text = `${frontMatter(source.fields)}${source.lines.join('\n')}\n`;
    written += Buffer.byteLength(text);
    yield { path: `sources/${String(Math.floor(i / 1000)).padStart(4, '0')}/${String(i).padStart(7, '0')}.md`, text };
  }
}

/**
 * Writes a pipeline folder (pipeline.yaml + sources/) of generated sources under the OS temp dir and returns
 * its path. A folder already generated with the same seed and size is reused: its bytes would be the same.
 */
export function writeCorpus({ seed = 7, bytes = Infinity, sources = Infinity, name } = {}) {
  const dir = join(tmpdir(), name ?? `reckon-bench-g${GENERATOR_VERSION}-s${seed}-${Number.isFinite(bytes) ? `${bytes}b` : `${sources}src`}`);
  const marker = join(dir, '.complete.json');
  if (existsSync(marker)) {
    rmSync(join(dir, '.reckon'), { recursive: true, force: true });
    return { dir, ...JSON.parse(readFileSync(marker, 'utf8')) };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pipeline.yaml'), PIPELINE_YAML);
  let files = 0;
  let total = 0;
  let folder = '';
  for (const { path, text } of generateSources({ seed, bytes, sources })) {
    const parent = path.slice(0, path.lastIndexOf('/'));
    if (parent !== folder) mkdirSync(join(dir, parent), { recursive: true });
    folder = parent;
    const data = Buffer.from(text);
    writeFileSync(join(dir, path), data);
    files++;
    total += data.length;
  }
  const summary = { files, bytes: total, seed };
  writeFileSync(marker, JSON.stringify(summary));
  return { dir, ...summary };
}

// `node bench/generate.js <MB> [seed]` writes a corpus and prints where.
if (import.meta.url === `file://${process.argv[1]}`) {
  const mb = Number(process.argv[2] ?? 1);
  console.log(writeCorpus({ bytes: mb * 1e6, seed: Number(process.argv[3] ?? 7) }));
}
