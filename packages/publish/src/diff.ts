import { compareCells, tableOf, type Cell } from '@reckon/warehouse';
import type { Bump } from './versions.js';

/** The fields of a fact that the changelog shows and compares. */
export interface FactSnapshot {
  fact_id: string;
  metric: string;
  jurisdiction: string | null;
  period_start: string | null;
  period_end: string | null;
  value: number;
  value_high: number | null;
  unit: string;
  qualifier: string;
  status: string;
  claim_ids: string[];
}

/** A fact whose published value changed, with the claims that entered or left its support. */
export interface FactChange {
  fact_id: string;
  before: FactSnapshot;
  after: FactSnapshot;
  fields: string[];
  claims_added: string[];
  claims_removed: string[];
}

/** A column added, removed or retyped between two versions. */
export interface SchemaChange {
  table: string;
  column: string;
  change: 'added' | 'removed' | 'retyped';
  before: string | null;
  after: string | null;
}

/** The fact-level difference between two versions (from is null for a first version). */
export interface DatasetDiff {
  from: string | null;
  to: string;
  bump: Bump | null;
  schema: SchemaChange[];
  facts: { added: FactSnapshot[]; removed: FactSnapshot[]; changed: FactChange[] };
  /** Published files whose bytes differ, version numbers aside. */
  files: string[];
}

/** Table -> column -> field type. */
export type SchemaShape = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** The published value: a change here is a minor version. */
const VALUE_FIELDS = ['value', 'value_high', 'unit', 'qualifier'] as const;

/** A fact snapshot from a record or a published row (claim_ids as an array or ';'-joined). */
export function factSnapshot(row: Record<string, unknown>): FactSnapshot {
  const ids = row.claim_ids;
  const text = (name: string) => (row[name] === null || row[name] === undefined ? null : String(row[name]));
  return {
    fact_id: String(row.fact_id), metric: String(row.metric), jurisdiction: text('jurisdiction'),
    period_start: text('period_start'), period_end: text('period_end'), value: Number(row.value),
    value_high: row.value_high === null || row.value_high === undefined ? null : Number(row.value_high),
    unit: String(row.unit), qualifier: String(row.qualifier), status: String(row.status),
    claim_ids: Array.isArray(ids) ? ids.map(String) : String(ids ?? '').split(';').filter(Boolean),
  };
}

/** Facts added, removed, and changed in their published value, matched by fact_id. */
export function diffFacts(before: readonly FactSnapshot[], after: readonly FactSnapshot[]): DatasetDiff['facts'] {
  const old = new Map(before.map((f) => [f.fact_id, f]));
  const now = new Map(after.map((f) => [f.fact_id, f]));
  const changed: FactChange[] = [];
  for (const fact of after) {
    const previous = old.get(fact.fact_id);
    if (!previous) continue;
    const fields = VALUE_FIELDS.filter((field) => !Object.is(previous[field], fact[field]));
    if (fields.length === 0) continue;
    changed.push({
      fact_id: fact.fact_id, before: previous, after: fact, fields,
      claims_added: fact.claim_ids.filter((id) => !previous.claim_ids.includes(id)),
      claims_removed: previous.claim_ids.filter((id) => !fact.claim_ids.includes(id)),
    });
  }
  const sorted = <T>(items: T[], fact: (item: T) => FactSnapshot) => items.sort((a, b) => compareFacts(fact(a), fact(b)));
  return {
    added: sorted(after.filter((f) => !old.has(f.fact_id)), (f) => f),
    removed: sorted(before.filter((f) => !now.has(f.fact_id)), (f) => f),
    changed: sorted(changed, (c) => c.after),
  };
}

/** The order of the facts table, so a changelog reads like the published table. */
function compareFacts(a: FactSnapshot, b: FactSnapshot): number {
  for (const key of tableOf('facts').orderBy as Array<keyof FactSnapshot>) {
    const order = compareCells(a[key] as Cell, b[key] as Cell);
    if (order !== 0) return order;
  }
  return 0;
}

/** Columns added, removed or retyped, table by table. */
export function diffSchemas(before: SchemaShape, after: SchemaShape): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(table) ?? new Map<string, string>();
    const now = after.get(table) ?? new Map<string, string>();
    for (const [column, type] of old) {
      const next = now.get(column);
      if (next === undefined) changes.push({ table, column, change: 'removed', before: type, after: null });
      else if (next !== type) changes.push({ table, column, change: 'retyped', before: type, after: next });
    }
    for (const [column, type] of now) if (!old.has(column)) changes.push({ table, column, change: 'added', before: null, after: type });
  }
  return changes;
}

/** Breaking schema changes are major; fact or column additions and value changes minor; any other difference patch. */
export function bumpOf(diff: Pick<DatasetDiff, 'schema' | 'facts' | 'files'>): Bump | null {
  if (diff.schema.some((c) => c.change !== 'added')) return 'major';
  const { added, removed, changed } = diff.facts;
  if (diff.schema.length || added.length || removed.length || changed.length) return 'minor';
  return diff.files.length ? 'patch' : null;
}
