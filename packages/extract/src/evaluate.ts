import { z } from 'zod';
import { QUALIFIERS, type Claim, type Source } from '@reckon/schema';

/** One line of a gold file, in the format of the seed coding. */
export const GoldRecordSchema = z.object({
  doc: z.string().min(1),
  quote: z.string().min(1),
  sentence: z.string().optional(),
  metric: z.string().min(1),
  value: z.number(),
  value_high: z.number().nullable().default(null),
  unit: z.string().min(1),
  qualifier: z.enum(QUALIFIERS),
  period_start: z.string().nullable().default(null),
  period_end: z.string().nullable().default(null),
  jurisdiction: z.string().nullable().default(null),
  authority: z.string().nullable().default(null),
});
export type GoldRecord = z.infer<typeof GoldRecordSchema>;

interface Score { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }

export interface Evaluation {
  overall: Score;
  perMetric: Record<string, Score>;
  /** Among matched claims: how often each attribute agrees with the gold coding. */
  accuracy: { qualifier: number; period: number; jurisdiction: number; authority: number };
  matched: Array<{ gold: GoldRecord; claim: Claim; differences: string[] }>;
  misses: Array<{ gold: GoldRecord; nearest: Claim | null }>;
  extras: Claim[];
  unknownDocs: string[];
}

const docKey = (path: string) => (path.split('/').pop() ?? path).replace(/\.[^.]+$/, '');
const sameNumber = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

/** Months in a duration unit: a term is the same in either ("12 years and six months" is 150 months or 12.5 years). */
const MONTHS: Readonly<Record<string, number>> = { years: 12, months: 1 };
const inMonths = (value: number | null, unit: string) => (value === null ? null : value * MONTHS[unit]!);

/** Whether a claim states the gold figure's quantity: the same value, range and unit, or the same term in years or months. */
function sameQuantity(c: Claim, g: GoldRecord): boolean {
  if (c.unit === g.unit) return sameNumber(c.value, g.value) && sameNumber(c.value_high, g.value_high);
  return c.unit in MONTHS && g.unit in MONTHS && sameNumber(inMonths(c.value, c.unit), inMonths(g.value, g.unit))
    && sameNumber(inMonths(c.value_high, c.unit), inMonths(g.value_high, g.unit));
}

/**
 * Scores claims against a gold coding. A claim matches a gold figure when it comes from the same
 * document, names the same metric and quantity (value, range and unit; a term in years or months), and its span overlaps
 * the gold quote.
 */
export function evaluate(claims: readonly Claim[], gold: readonly GoldRecord[], sources: readonly Source[]): Evaluation {
  const sourceByDoc = new Map(sources.map((s) => [docKey(s.source_path), s]));
  const goldDocs = new Set(gold.map((g) => docKey(g.doc)));
  const pool = claims.filter((c) => goldDocs.has(docKey(c.source_path)));
  // Each gold figure looks among its own document's claims only: grouped once, not filtered per figure.
  const poolByDoc = new Map<string, Claim[]>();
  for (const c of pool) {
    const key = docKey(c.source_path);
    const inDoc = poolByDoc.get(key);
    if (inDoc) inDoc.push(c);
    else poolByDoc.set(key, [c]);
  }
  const used = new Set<Claim>();
  const matched: Evaluation['matched'] = [];
  const misses: Evaluation['misses'] = [];
  for (const g of gold) {
    const source = sourceByDoc.get(docKey(g.doc));
    const spans = source ? locate(source.text, g) : null;
    const inDoc = (poolByDoc.get(docKey(g.doc)) ?? []).filter((c) => !used.has(c));
    const overlaps = (c: Claim) => !spans || spans.some(([start, end]) => c.span_start < end && c.span_end > start);
    const hit = inDoc.find((c) => overlaps(c) && c.metric === g.metric && sameQuantity(c, g));
    if (hit) {
      used.add(hit);
      matched.push({ gold: g, claim: hit, differences: differences(hit, g) });
    } else misses.push({ gold: g, nearest: inDoc.find(overlaps) ?? null });
  }
  const extras = pool.filter((c) => !used.has(c));
  const metrics = new Set([...gold.map((g) => g.metric), ...pool.map((c) => c.metric)]);
  const perMetric: Record<string, Score> = {};
  for (const metric of [...metrics].sort()) {
    perMetric[metric] = score(
      matched.filter((m) => m.gold.metric === metric).length,
      extras.filter((c) => c.metric === metric).length,
      misses.filter((m) => m.gold.metric === metric).length,
    );
  }
  const share = (field: string) => (matched.length ? matched.filter((m) => !m.differences.some((d) => d.startsWith(field))).length / matched.length : 0);
  return {
    overall: score(matched.length, extras.length, misses.length),
    perMetric,
    accuracy: { qualifier: share('qualifier'), period: share('period'), jurisdiction: share('jurisdiction'), authority: share('authority') },
    matched, misses, extras,
    unknownDocs: [...goldDocs].filter((d) => !sourceByDoc.has(d)),
  };
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

/**
 * Where the gold quote may sit in the source text: inside its sentence when the sentence is found, and as a whole
 * word where it is one ("6" in "Since the beginning of 2026, ... uncovered 6 more pyramids" is the second "6"). A quote
 * the sentence holds twice as a whole word ("On 11 March ... convicted 11 defendants") may be either.
 */
function locate(text: string, g: GoldRecord): Array<[number, number]> | null {
  const sentenceAt = g.sentence ? text.indexOf(g.sentence) : -1;
  const from = Math.max(0, sentenceAt);
  const first = text.indexOf(g.quote, from);
  if (first < 0) return null;
  const alnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  // Not the "7" of "2.7 million": a number's decimals are no number of their own.
  const decimals = (at: number) => /\d/.test(g.quote[0] ?? '') && /[.,]/.test(text[at - 1] ?? '') && /\d/.test(text[at - 2] ?? '');
  const whole = (at: number) => !alnum(text[at - 1]) && !alnum(text[at + g.quote.length]) && !decimals(at);
  const end = sentenceAt >= 0 ? sentenceAt + g.sentence!.length : text.length;
  const spans: Array<[number, number]> = [];
  for (let at = first; at >= 0 && at < end; at = text.indexOf(g.quote, at + 1)) if (whole(at)) spans.push([at, at + g.quote.length]);
  return spans.length ? spans : [[first, first + g.quote.length]];
}

function differences(c: Claim, g: GoldRecord): string[] {
  const out: string[] = [];
  if (c.qualifier !== g.qualifier) out.push(`qualifier ${c.qualifier} (gold ${g.qualifier})`);
  if (c.period_start !== g.period_start || c.period_end !== g.period_end) {
    out.push(`period ${c.period_start ?? '…'}..${c.period_end ?? '…'} (gold ${g.period_start ?? '…'}..${g.period_end ?? '…'})`);
  }
  if (g.jurisdiction && c.jurisdiction !== g.jurisdiction) out.push(`jurisdiction ${c.jurisdiction} (gold ${g.jurisdiction})`);
  if (g.authority && c.authority !== g.authority) out.push(`authority ${c.authority} (gold ${g.authority})`);
  return out;
}

const pct = (x: number) => x.toFixed(3);

/** A report a person reads: overall and per-metric scores, attribute accuracy, then every miss and extra. */
export function formatEvaluation(e: Evaluation): string {
  const lines = [
    `claims ${e.overall.tp + e.overall.fp}, gold ${e.overall.tp + e.overall.fn}, matched ${e.overall.tp}`,
    `precision ${pct(e.overall.precision)}  recall ${pct(e.overall.recall)}  F1 ${pct(e.overall.f1)}`,
    `accuracy on matched: qualifier ${pct(e.accuracy.qualifier)}  period ${pct(e.accuracy.period)}  jurisdiction ${pct(e.accuracy.jurisdiction)}  authority ${pct(e.accuracy.authority)}`,
    '',
    'metric                 precision  recall  F1     tp  fp  fn',
    ...Object.entries(e.perMetric).map(([m, s]) =>
      `${m.padEnd(22)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`),
  ];
  if (e.misses.length) {
    lines.push('', `misses (${e.misses.length}):`);
    for (const m of e.misses) {
      const near = m.nearest ? ` — extracted instead: ${m.nearest.metric} ${m.nearest.value} ${m.nearest.unit}` : '';
      lines.push(`  ${m.gold.doc}: "${m.gold.quote}" ${m.gold.metric} ${m.gold.value} ${m.gold.unit}${near}`);
    }
  }
  if (e.extras.length) {
    lines.push('', `extras (${e.extras.length}):`);
    for (const c of e.extras) lines.push(`  ${c.source_path}: "${c.figure}" ${c.metric} ${c.value} ${c.unit} in "${c.quote.slice(0, 100)}"`);
  }
  const wrong = e.matched.filter((m) => m.differences.length);
  if (wrong.length) {
    lines.push('', `matched with attribute differences (${wrong.length}):`);
    for (const m of wrong) lines.push(`  ${m.gold.doc}: "${m.gold.quote}" ${m.differences.join('; ')}`);
  }
  if (e.unknownDocs.length) lines.push('', `gold documents not among the sources: ${e.unknownDocs.join(', ')}`);
  return lines.join('\n');
}
