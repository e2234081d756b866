import type { MetricDefinition } from '@reckon/schema';
import type { Figure } from './figures.js';
import type { Lexicon } from './lexicon.js';

/** A trigger word found in a sentence. */
export interface TriggerMention { start: number; end: number; metrics: string[]; contextOf: string[] }

/** Finds every metric trigger and context word of a sentence in one regex pass. */
export function findTriggers(text: string, lex: Lexicon): TriggerMention[] {
  const found: TriggerMention[] = [];
  const lower = text.toLowerCase();
  lex.triggers.lastIndex = 0;
  for (let m = lex.triggers.exec(lower); m; m = lex.triggers.exec(lower)) {
    const word = m[0].replace(/\s+/g, ' ');
    const entry = lex.triggerMetrics.find((t) => word.startsWith(t.stem));
    if (entry) found.push({ start: m.index, end: m.index + m[0].length, metrics: entry.metrics, contextOf: entry.contextOf });
  }
  return found;
}

const CLAUSE_BREAK = /[;:()\u2014\u2013]|\s-\s|,\s*(?:which|while|whereas|but|and|who)\b|\b(?:while|whereas|but)\b/gu;
const WEAK_BREAK = /,|\band\b/gu;

/** The clause of the sentence that holds `at`: figures take their metric and period from it first. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end && m.index < to) to = m.index;
  }
  return [from, to];
}

function wordsBetween(text: string, a: number, b: number): number {
  if (b <= a) return 0;
  return text.slice(a, b).split(/\s+/).filter(Boolean).length;
}

function breaksBetween(text: string, a: number, b: number): number {
  const stretch = text.slice(a, b);
  return (stretch.match(CLAUSE_BREAK)?.length ?? 0) + 0.5 * (stretch.match(WEAK_BREAK)?.length ?? 0);
}

/** Metrics that can take a figure: same unit kind and, for counts, a metric that counts that thing. */
export function candidateMetrics(figure: Figure, metrics: readonly MetricDefinition[]): MetricDefinition[] {
  return metrics.filter((m) => m.unit_kind === figure.unitKind && (figure.unitKind !== 'count' || (figure.countedThing !== null && (m.counts ?? []).includes(figure.countedThing))));
}

/**
 * Chooses the metric of a figure from the triggers around it: nearer triggers weigh more, triggers before
 * the figure (the verb of which it is the object) more than after, and each clause break or other figure
 * in between halves the weight. Returns null when nothing in the sentence signals a metric.
 */
export function chooseMetric(
  text: string,
  figure: Figure,
  others: readonly Figure[],
  triggers: readonly TriggerMention[],
  candidates: readonly MetricDefinition[],
): { metric: MetricDefinition; score: number } | null {
  let best: { metric: MetricDefinition; score: number } | null = null;
  for (const metric of candidates) {
    let score = 0;
    for (const t of triggers) {
      if (!t.metrics.includes(metric.id)) continue;
      if (t.start >= figure.start && t.end <= figure.end) continue;
      const before = t.end <= figure.start;
      const [a, b] = before ? [t.end, figure.start] : [figure.end, t.start];
      const between = others.filter((o) => o !== figure && o.start >= a && o.end <= b).length;
      const weight = (before ? 1 : 0.75) * 0.5 ** (breaksBetween(text, a, b) + between) / (1 + wordsBetween(text, a, b) / 5);
      score = Math.max(score, weight);
    }
    if (score > 0 && (!best || score > best.score)) best = { metric, score };
  }
  if (!best) return null;
  const refined = refine(text, figure, triggers, candidates, best.metric);
  return refined ? { metric: refined, score: best.score } : best;
}

/** Turnover "related to drug activities" is illicit volume: a context word in the clause refines the metric. */
function refine(text: string, figure: Figure, triggers: readonly TriggerMention[], candidates: readonly MetricDefinition[], chosen: MetricDefinition) {
  const [from, to] = clauseAround(text, figure.start, figure.end);
  return candidates.find((m) => m.refines === chosen.id && triggers.some((t) => t.start >= from && t.end <= to && t.contextOf.includes(m.id)));
}
