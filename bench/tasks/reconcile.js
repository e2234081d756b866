// Reconciliation alone on synthetic claims: the cost of reconcile() as the number of claims grows.
import { reconcile } from '@reckon/reconcile';
import { syntheticClaims } from '../claims.js';
import { emit, rate, timed } from '../measure.js';

/** args: { claims } how many synthetic claims to reconcile. */
export default async function reconcileClaims({ claims: n }) {
  const built = await timed(() => syntheticClaims(n));
  const { claims, sources } = built.value;
  emit({ stage: `build ${n} claims`, ms: Math.round(built.ms), sources: sources.length });
  const run = await timed(() => reconcile({ claims, sources, decisions: [], policy: ['source_kind', 'specificity', 'recency', 'corroboration'] }));
  emit({ stage: `reconcile ${n} claims`, ms: Math.round(run.ms), claims: n, claims_per_s: rate(n, run.ms), facts: run.value.facts.length, conflicts: run.value.conflicts.length });
}
