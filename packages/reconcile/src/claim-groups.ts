import type { Claim } from '@reckon/schema';
import type { Evidence, Standing } from './evidence.js';
import { claimInterval } from './intervals.js';

/**
 * The claims grouped by `groupOf`, as claim numbers (places in the input), with the standing of each claim's
 * source: groups in the order of their first claim in claim order, claims in claim order. Evidence is made
 * for one group at a time (`evidenceOf`), when the group is reconciled, and dropped with it: made for every
 * claim up front, a million Evidence objects and their intervals outlived the young generation and were
 * copied and marked by every collection.
 */
export class ClaimGroups {
  /** The members of each group, as claim numbers. */
  readonly groups: Int32Array[];
  /** Per claim number, the number of its source; and per source number, its standing. */
  private readonly sourceOfClaim: Int32Array;
  private readonly standings: Standing[] = [];

  /**
   * Each claim's source and group are asked in the order the claims come in, which is the order they lie in
   * memory: in claim order a million claims are scattered, and reading them so was mostly waiting for memory.
   * A source is looked up by id once per source path, not once per claim: a path's claims name one source.
   * `order` and `pathNumbers` are the claim order and the claims' path numbers (`claimOrder`).
   */
  constructor(
    private readonly claims: readonly Claim[],
    { order, pathNumbers }: { order: Int32Array; pathNumbers: Int32Array },
    sourceOf: (id: string) => Standing,
    groupOf: (claim: Claim) => string,
  ) {
    const keys = new Map<string, number>();
    const keyOfClaim = new Int32Array(claims.length);
    this.sourceOfClaim = new Int32Array(claims.length);
    // Per path number, the source its claims were last found to name, and that source's id.
    const sourceOfPath: Array<Standing | undefined> = [];
    const idOfPath: string[] = [];
    for (let i = 0; i < claims.length; i++) {
      const claim = claims[i]!;
      const path = pathNumbers[i]!;
      let source = sourceOfPath[path];
      if (source === undefined || claim.source_id !== idOfPath[path]) {
        source = sourceOfPath[path] = sourceOf((idOfPath[path] = claim.source_id));
        this.standings[source.sourceNumber] = source;
      }
      this.sourceOfClaim[i] = source.sourceNumber;
      const key = groupOf(claim);
      let number = keys.get(key);
      if (number === undefined) keys.set(key, (number = keys.size));
      keyOfClaim[i] = number;
    }
    // Groups numbered by their first claim in claim order, then laid out one after another in one array: a counting sort.
    const groupOfKey = new Int32Array(keys.size).fill(-1);
    const sizes: number[] = [];
    for (let k = 0; k < order.length; k++) {
      const key = keyOfClaim[order[k]!]!;
      if (groupOfKey[key] === -1) {
        groupOfKey[key] = sizes.length;
        sizes.push(0);
      }
      sizes[groupOfKey[key]!]!++;
    }
    const members = new Int32Array(claims.length);
    const next = new Int32Array(sizes.length);
    this.groups = [];
    for (let group = 0, at = 0; group < sizes.length; at += sizes[group++]!) {
      next[group] = at;
      this.groups.push(members.subarray(at, at + sizes[group]!));
    }
    for (let k = 0; k < order.length; k++) members[next[groupOfKey[keyOfClaim[order[k]!]!]!]!++] = order[k]!;
  }

  /** A group's claims as evidence in their own unit, in claim order. */
  evidenceOf(group: Int32Array): Evidence[] {
    const evidence: Evidence[] = [];
    for (let k = 0; k < group.length; k++) {
      const claim = this.claims[group[k]!]!;
      const source = this.standings[this.sourceOfClaim[group[k]!]!]!;
      const own = claimInterval(claim);
      evidence.push({
        claim, kind: source.kind, published: source.published, cluster: source.cluster, sourceNumber: source.sourceNumber,
        clusterNumber: source.clusterNumber, own, interval: own, conversion: null,
      });
    }
    return evidence;
  }
}
