import { resolveCodebook, type Conflict, type Fact, type Pipeline, type RankedClaim, type Source } from '@reckon/schema';
import { compareCells, tableOf, type Cell, type DatasetTables, type TableName } from '@reckon/warehouse';
import type { DataFile } from '../datapackage.js';

/** What the explorer is built from: the tables, the version and the files published beside it. */
export interface SiteInput {
  pipeline: Pipeline;
  tables: DatasetTables;
  version: string;
  /** The version's data and metadata files (paths relative to the version folder), for the downloads. */
  files: readonly DataFile[];
  /** Row counts of the whole dataset when the page shows a selection of it. */
  totals?: { sources: number; claims: number; facts: number; conflicts: number };
}

/** The tables in published row order, with the look-ups every section needs. */
export interface SiteData extends SiteInput {
  sources: Source[];
  claims: RankedClaim[];
  facts: Fact[];
  conflicts: Conflict[];
  source(id: string): Source | undefined;
  claim(id: string): RankedClaim | undefined;
  claimsOfFact(factId: string): RankedClaim[];
  claimsOfSource(sourceId: string): RankedClaim[];
  conflictsOfFact(factId: string): Conflict[];
  /** The codebook's description of a metric, or the id when the codebook does not know it. */
  metricText(metric: string): string;
}

/** Rows in the order the published tables hold them, so the page never depends on input order. */
export function inTableOrder<T extends object>(table: TableName, rows: readonly T[]): T[] {
  const keys = tableOf(table).orderBy;
  const cell = (row: T, key: string) => ((row as Record<string, unknown>)[key] ?? null) as Cell;
  return [...rows].sort((a, b) => {
    for (const key of keys) {
      const order = compareCells(cell(a, key), cell(b, key));
      if (order !== 0) return order;
    }
    return 0;
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return groups;
}

/** Orders the tables and indexes them by id. */
export function siteData(input: SiteInput): SiteData {
  const { tables } = input;
  const sources = inTableOrder('sources', tables.sources);
  const claims = inTableOrder('claims', tables.claims);
  const facts = inTableOrder('facts', tables.facts);
  const conflicts = inTableOrder('conflicts', tables.conflicts);
  const sourceById = new Map(sources.map((s) => [s.source_id, s]));
  const claimById = new Map(claims.map((c) => [c.claim_id, c]));
  const byFact = groupBy(claims, (c) => c.fact_id);
  const bySource = groupBy(claims, (c) => c.source_id);
  const conflictsByFact = groupBy(conflicts, (c) => c.fact_id);
  const metrics = new Map(resolveCodebook(input.pipeline.codebook).metrics.map((m) => [m.id, m.description]));
  return {
    ...input, sources, claims, facts, conflicts,
    source: (id) => sourceById.get(id),
    claim: (id) => claimById.get(id),
    claimsOfFact: (id) => byFact.get(id) ?? [],
    claimsOfSource: (id) => bySource.get(id) ?? [],
    conflictsOfFact: (id) => conflictsByFact.get(id) ?? [],
    metricText: (metric) => metrics.get(metric) ?? metric,
  };
}
