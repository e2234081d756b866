import { compareText } from './compare-text.js';
import type { Claim, Source } from '@reckon/schema';
import type { Conversion, Converter } from './conversion.js';
import { narrow, scale, writeInterval, type Interval } from './intervals.js';
import { joined, type Parts } from './text.js';

/** A claim with what reconciliation needs to weigh it: its source, its copy cluster, its interval in the fact's unit. */
export interface Evidence {
  claim: Claim;
  kind: Source['kind'];
  published: string | null;
  cluster: string;
  /** Its source and copy cluster as numbers, for grouping: equal numbers, same source (cluster). */
  sourceNumber: number;
  clusterNumber: number;
  /** The interval in the claim's own unit. */
  own: Interval;
  /** The interval in the comparison unit of its fact, widened by any conversion. */
  interval: Interval;
  conversion: Conversion | null;
}

/** What evidence takes from a claim's source. */
export interface Standing { kind: Source['kind']; published: string | null; cluster: string; sourceNumber: number; clusterNumber: number }

const KIND_RANK: Record<string, number> = { official: 0, media: 1, aggregator: 2, translation: 3 };
/** Lower is more authoritative; an unknown kind sits between media and aggregator. */
export const kindRank = (e: Evidence) => (e.kind ? KIND_RANK[e.kind] ?? 1.5 : 1.5);

/** How precisely a claim pins its figure down: a bounded period, no hedge, a narrow interval. Higher is more specific. */
export function specificity(e: Evidence): [number, number, number] {
  return [bounded(e), exact(e), -width(e)];
}

const bounded = (e: Evidence) => (e.claim.period_start !== null ? 1 : 0);
const exact = (e: Evidence) => (e.claim.qualifier === 'exact' || e.claim.qualifier === 'range' ? 1 : 0);
const width = (e: Evidence) => (Number.isFinite(e.own.hi) && Number.isFinite(e.own.lo) ? (e.own.hi - e.own.lo) / Math.max(Math.abs(e.own.hi), 1e-9) : 2);

/** `compareTuples(specificity(a), specificity(b))` without building the tuples: asked for many pairs of claims. */
function compareSpecificity(a: Evidence, b: Evidence): number {
  return compareNumbers(bounded(a), bounded(b)) || compareNumbers(exact(a), exact(b)) || compareNumbers(-width(a), -width(b));
}

const compareNumbers = (a: number, b: number) => (a !== b ? (a > b ? 1 : -1) : 0);

export function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i]! > b[i]! ? 1 : -1);
  return 0;
}

/** The claim a side's value should be read from: stated rather than converted, authoritative, specific, recent. */
export function bestOf(side: readonly Evidence[]): Evidence {
  let best = side[0]!;
  for (let i = 1; i < side.length; i++) if (better(side[i]!, best)) best = side[i]!;
  return best;
}

function better(a: Evidence, b: Evidence): boolean {
  const order = (a.claim.converted_from ? 1 : 0) - (b.claim.converted_from ? 1 : 0)
    || kindRank(a) - kindRank(b)
    || compareSpecificity(b, a)
    || compareText(b.published ?? '', a.published ?? '')
    || compareText(a.claim.claim_id, b.claim.claim_id);
  return order < 0;
}

/**
 * Partitions evidence into sides that each share a common value: sorted by lower bound, a side grows
 * while the next interval still meets the side's common part. Agreeing claims form one side.
 */
export function partitionSides(evidence: readonly Evidence[]): Evidence[][] {
  const sorted = [...evidence];
  sortStably(sorted, (a, b) => a.interval.lo - b.interval.lo || a.interval.hi - b.interval.hi || compareText(a.claim.claim_id, b.claim.claim_id));
  const sides: Evidence[][] = [];
  let current: Evidence[] = [];
  // The side's common part and its meet with the next interval, narrowed in place: no interval made per claim.
  const common: Interval = { lo: 0, hi: 0, loOpen: false, hiOpen: false };
  const next: Interval = { lo: 0, hi: 0, loOpen: false, hiOpen: false };
  for (const e of sorted) {
    if (current.length) {
      copy(next, EVERYTHING);
      narrow(next, common);
      narrow(next, e.interval);
    } else copy(next, e.interval);
    const empty = next.lo > next.hi || (next.lo === next.hi && (next.loOpen || next.hiOpen));
    if (current.length && empty) {
      sides.push(current);
      current = [e];
      copy(common, e.interval);
    } else {
      current.push(e);
      copy(common, next);
    }
  }
  if (current.length) sides.push(current);
  return sides;
}

const EVERYTHING: Interval = { lo: -Infinity, hi: Infinity, loOpen: true, hiOpen: true };

function copy(out: Interval, i: Interval): void {
  out.lo = i.lo;
  out.hi = i.hi;
  out.loOpen = i.loOpen;
  out.hiOpen = i.hiOpen;
}

/** Sorts in place, stably: by insertion when few, as most facts' claims are (Array#sort allocates a workspace each call). */
function sortStably<T>(items: T[], compare: (a: T, b: T) => number): void {
  if (items.length > 16) {
    items.sort(compare);
    return;
  }
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(items[j]!, item) > 0; j--) items[j + 1] = items[j]!;
    items[j + 1] = item;
  }
}

/** Independent sources behind a side: copies of one text count once. */
export function independentCount(side: readonly Evidence[]): number {
  if (side.length === 1) return 1;
  const clusters = new Set<string>();
  for (const e of side) clusters.add(e.cluster);
  return clusters.size;
}

/** One line naming a claim for rationales: figure, interval, source, date. */
export function describe(e: Evidence): string {
  const parts: Parts = [];
  writeDescription(parts, e);
  return joined(parts);
}

/** `describe` written into the parts of a rationale. */
export function writeDescription(parts: Parts, e: Evidence): void {
  parts.push('"', e.claim.figure, '" ');
  writeInterval(parts, e.own);
  if (e.conversion && e.conversion.rate !== 1) {
    parts.push(' ≈ ');
    writeInterval(parts, e.interval);
    parts.push(' at ', Number(e.conversion.rate.toPrecision(6)), ' (', e.conversion.source, ')');
  }
  parts.push(' [claim ', e.claim.claim_id, ', ', e.claim.source_path, ', ', e.kind ?? 'unknown kind');
  if (e.published) parts.push(', ', e.published);
  parts.push(']');
}

/**
 * Evidence compared in `unit`: claims in that unit as they are, others converted; claims that cannot be
 * converted are returned apart.
 */
export function toEvidence(items: readonly Evidence[], unit: string, converter: Converter): { evidence: Evidence[]; unconvertible: Evidence[] } {
  const evidence: Evidence[] = [];
  const unconvertible: Evidence[] = [];
  for (const e of items) {
    const claim = e.claim;
    // A claim in the fact's unit needs no conversion (the converter's would be the identity).
    if (claim.unit === unit) {
      evidence.push(e);
      continue;
    }
    const conversion = converter.find(claim.unit, unit, claim.period_end);
    if (!conversion) {
      unconvertible.push(e);
      continue;
    }
    // An exact identity conversion leaves the interval as it is.
    const interval = conversion.rate === 1 && conversion.uncertainty === 0 ? e.own : scale(e.own, conversion.rate, conversion.uncertainty);
    evidence.push({
      claim, kind: e.kind, published: e.published, cluster: e.cluster, sourceNumber: e.sourceNumber, clusterNumber: e.clusterNumber,
      own: e.own, interval, conversion: conversion.rate === 1 ? null : conversion,
    });
  }
  return { evidence, unconvertible };
}
