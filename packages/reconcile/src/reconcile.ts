import { compareText } from './compare-text.js';
import { sortById } from './id-order.js';
import { claimOrder } from './claim-order.js';
import {
  contentId, POLICY_RULES, type Claim, type Conflict, type Decision, type Fact, type PolicyRule, type RankedClaim, type Source,
} from '@reckon/schema';
import { Converter, type Conversion } from './conversion.js';
import { settle, type Draft } from './draft.js';
import { EXCHANGE_RATES, type ExchangeRate } from './exchange-rates.js';
import { applyDecisions } from './decisions.js';
import { toEvidence, type Evidence, type Standing } from './evidence.js';
import { ClaimGroups } from './claim-groups.js';
import { clusterSources, type SourceCluster } from './independence.js';
import { checkPeriods } from './nesting.js';
import { sameContext } from './context.js';
import { periodBuckets } from './buckets.js';
import { CompositeKeys, groupBy } from './grouping.js';
import { ClaimTraits } from './claim-traits.js';
import { Outputs } from './outputs.js';

export interface ReconcileInput {
  claims: readonly Claim[];
  sources: ReadonlyArray<Pick<Source, 'source_id' | 'source_path' | 'kind' | 'published' | 'text'>>;
  decisions?: readonly Decision[];
  policy?: readonly PolicyRule[];
  rates?: readonly ExchangeRate[];
  /** Cumulative ("to date") figures published within this many days of each other describe one fact. */
  cumulativeWindowDays?: number;
  /** Metrics whose values add up over time, so a sub-period cannot exceed its period; by default counts and money. */
  additive?: (metric: string, unit: string) => boolean;
}

export interface ConvertedValue extends Conversion { claim_id: string; fact_id: string }

export interface ReconcileResult {
  facts: Fact[];
  conflicts: Conflict[];
  claims: RankedClaim[];
  clusters: SourceCluster[];
  conversions: ConvertedValue[];
  /** Decisions in decisions.yaml that no longer match their facts: the run must fail on these. */
  decisionErrors: string[];
}

/**
 * Reconciles claims into facts. Pure: the same claims, sources and decisions give the same facts in any
 * order. Claims are grouped by jurisdiction, metric and period; disagreements become conflicts that the
 * ordered policy or a human decision resolves; nothing is deleted, only ranked.
 */
export function reconcile(input: ReconcileInput): ReconcileResult {
  const policy = input.policy ?? ['source_kind', 'corroboration', 'specificity', 'recency'];
  for (const rule of policy) if (!POLICY_RULES.includes(rule)) throw new Error(`unknown policy rule "${rule}"`);
  const order = claimOrder(input.claims);
  const converter = new Converter(input.rates ?? EXCHANGE_RATES, conversionClaims(input.claims, order.order));
  const clusters = clusterSources(sortById([...input.sources], (s) => s.source_id));
  const clusterOf = new Map(clusters.flatMap((c) => c.source_ids.map((id) => [id, c.cluster_id] as const)));
  const sourceById = new Map(input.sources.map((s) => [s.source_id, s]));
  const traits = new ClaimTraits((c: Claim) => clusterOf.get(c.source_id) ?? c.source_id);
  // What evidence needs of its source, gathered once per source rather than once per claim; sources that
  // claims name but the input lacks are added as met, so that each source has one number.
  const standing = new Map<string, Standing>();
  const sourceOf = (id: string): Standing => {
    let known = standing.get(id);
    if (!known) {
      const cluster = clusterOf.get(id) ?? id;
      known = { kind: sourceById.get(id)?.kind ?? null, published: sourceById.get(id)?.published ?? null, cluster, sourceNumber: standing.size, clusterNumber: traits.clusterNumber(cluster) };
      standing.set(id, known);
    }
    return known;
  };
  const additive = input.additive ?? ((_metric: string, unit: string) => !['years', 'months', 'days'].includes(unit));
  const decisions = new Map((input.decisions ?? []).map((d) => [d.fact_id, d]));

  const groupKeys = new CompositeKeys((jurisdiction, metric, family) => `${jurisdiction ?? ''}|${metric}|${family}`);
  const periodKeys = new CompositeKeys((start, end) => `${start}|${end}`);
  // Only the drafts that decisions name are kept past their group: the rest, and their evidence, are dropped with it.
  const decided: Draft[] = [];
  const outputs = new Outputs();
  const families = new Map<string, string>();
  const familyOf = (c: Claim) => families.get(c.unit) ?? families.set(c.unit, family(c, converter)).get(c.unit)!;
  // An article's figures tend to come in runs about one jurisdiction and metric: the last key serves while the run lasts.
  let last: Claim | null = null;
  let lastKey = '';
  const groupOf = (c: Claim) => {
    if (last === null || c.jurisdiction !== last.jurisdiction || c.metric !== last.metric || c.unit !== last.unit) lastKey = groupKeys.of(c.jurisdiction, c.metric, familyOf(c));
    last = c;
    return lastKey;
  };
  const claimGroups = new ClaimGroups(input.claims, order, sourceOf, groupOf);
  for (const members of claimGroups.groups) {
    const group = claimGroups.evidenceOf(members);
    const groupDrafts: Draft[] = [];
    for (const bucket of periodBuckets(group, input.cumulativeWindowDays ?? 92, traits, periodKeys)) {
      const unit = comparisonUnit(bucket.items);
      const { evidence, unconvertible } = toEvidence(bucket.items, unit, converter);
      const parts: Array<[Evidence[], string]> = [[evidence, unit]];
      for (const apart of groupBy(unconvertible, (e) => e.claim.unit).values()) parts.push([toEvidence(apart, apart[0]!.claim.unit, converter).evidence, apart[0]!.claim.unit]);
      for (const [items, itemUnit] of parts) {
        if (!items.length) continue;
        const first = items[0]!.claim;
        const draft: Draft = {
          fact_id: contentId(first.jurisdiction, first.metric, bucket.start, bucket.end, itemUnit === unit ? family(first, converter) : itemUnit, bucket.anchor),
          jurisdiction: first.jurisdiction, metric: first.metric, period_start: bucket.start, period_end: bucket.end, unit: itemUnit,
          evidence: items, sides: [], bests: [], winner: null, rule: '', rationale: '', conflicts: [], deprecated: new Set(), derived: null,
        };
        const decision = decisions.get(draft.fact_id);
        settle(draft, policy, decision?.action === 'override' ? { claims: new Set(decision.prefer), note: `${decision.reason} (${decision.reviewer}, ${decision.date})` } : null);
        groupDrafts.push(draft);
      }
    }
    checkPeriods(groupDrafts, additive(groupDrafts[0]?.metric ?? '', groupDrafts[0]?.unit ?? ''), converter, policy, (a, b) => sameContext(a, b, traits));
    for (const draft of groupDrafts) outputs.add(draft, decisions.has(draft.fact_id));
    for (const draft of groupDrafts) if (decisions.has(draft.fact_id)) decided.push(draft);
  }
  const decisionErrors = applyDecisions(decided, decisions);
  for (const draft of decided) outputs.update(draft);
  return { ...outputs.result(), clusters, decisionErrors };
}

/**
 * The claims a converter reads stated conversions from, in claim order (`order`): those converted from another
 * claim and those converted to. Most runs state none, and then no claim is read in claim order.
 */
function conversionClaims(claims: readonly Claim[], order: Int32Array): Claim[] {
  const bases = new Set<string>();
  for (const c of claims) if (c.converted_from) bases.add(c.converted_from);
  if (!bases.size) return [];
  const read = claims.map((c) => Boolean(c.converted_from) || bases.has(c.claim_id));
  const stated: Claim[] = [];
  for (const i of order) if (read[i]) stated.push(claims[i]!);
  return stated;
}

/** Money claims that can be converted are compared together; anything else only within its own unit: depends on the unit alone. */
function family(claim: Claim, converter: Converter): string {
  if (claim.unit === 'count') return 'count';
  if (['years', 'months', 'days'].includes(claim.unit)) return 'duration';
  return converter.converts(claim.unit, 'USD') ? 'money' : claim.unit;
}

/** The unit most claims of a fact state (conversions aside), so the fewest values are converted. */
function comparisonUnit(items: readonly Evidence[]): string {
  // Usually every claim states one unit: that is the answer without counting.
  let only: string | null = null;
  for (const { claim: c } of items) {
    if (c.converted_from) continue;
    if (only === null) only = c.unit;
    else if (c.unit !== only) return mostStated(items);
  }
  return only ?? items[0]!.claim.unit;
}

function mostStated(items: readonly Evidence[]): string {
  const counts = new Map<string, number>();
  for (const { claim: c } of items) if (!c.converted_from) counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
  if (!counts.size) return items[0]!.claim.unit;
  return [...counts].sort(([ua, a], [ub, b]) => b - a || compareText(ua, ub))[0]![0];
}
