import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConflictSchema, FactSchema, RankedClaimSchema, ReckonError, SourceSchema } from '@reckon/schema';
import { claimOf, claims, fact, source, tables } from './_test-records.js';
import { sortedCells, tableColumns, sqlTypeOf } from './cells.js';
import { readParquet, writeParquet } from './parquet.js';
import { openWarehouse, type Warehouse } from './warehouse.js';

const dir = mkdtempSync(join(tmpdir(), 'reckon-warehouse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh in-memory warehouse per test, closed whatever happens. */
async function withWarehouse<T>(use: (warehouse: Warehouse) => Promise<T>): Promise<T> {
  const warehouse = await openWarehouse(':memory:');
  try {
    return await use(warehouse);
  } finally {
    warehouse.close();
  }
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('openWarehouse', () => {
  it('uses records that the schemas accept', () => {
    expect(SourceSchema.safeParse(source).success).toBe(true);
    for (const claim of claims) expect(RankedClaimSchema.safeParse(claim).success).toBe(true);
    expect(FactSchema.safeParse(fact).success).toBe(true);
    expect(ConflictSchema.safeParse(tables.conflicts[0]).success).toBe(true);
  });

  it('loads the four tables with typed columns and reads them back as plain JS', () => withWarehouse(async (warehouse) => {
    expect(await warehouse.load(tables)).toEqual({ sources: 1, claims: 2, facts: 1, conflicts: 1 });
    for (const table of ['sources', 'claims', 'facts', 'conflicts'] as const) {
      const described = await warehouse.query(`DESCRIBE ${table}`);
      expect(described.rows.map((r) => [r[0], r[1]])).toEqual(tableColumns(table).map((c) => [c.name, sqlTypeOf(c)]));
    }
    const { columns, rows } = await warehouse.query('SELECT claim_id, value, value_high, period_end, quote_start FROM claims ORDER BY value');
    expect(columns).toEqual(['claim_id', 'value', 'value_high', 'period_end', 'quote_start']);
    expect(rows).toEqual([[claims[1]!.claim_id, 19, null, '2024-12-31', claims[1]!.quote_start], [claims[0]!.claim_id, 36, null, '2024-12-31', 0]]);
    const facts = await warehouse.query('SELECT claim_ids, claim_ids_against, source_count FROM facts');
    expect(facts.rows).toEqual([[claims[0]!.claim_id, claims[1]!.claim_id, 1]]);
    const sources = await warehouse.query('SELECT boilerplate, published FROM sources');
    expect(JSON.parse(sources.rows[0]![0] as string)).toEqual(source.boilerplate);
    expect(sources.rows[0]![1]).toBe('2025-01-31');
  }));

  it('binds parameters instead of splicing them into SQL', () => withWarehouse(async (warehouse) => {
    await warehouse.load(tables);
    expect((await warehouse.query('SELECT value FROM claims WHERE value > ? AND metric = ?', [20, 'platforms_closed'])).rows).toEqual([[36]]);
    expect((await warehouse.query('SELECT count(*) FROM claims WHERE metric = ?', ["x' OR 1=1 --"])).rows).toEqual([[0]]);
    await expect(warehouse.query('SELECT ?', [{ a: 1 }])).rejects.toThrow(/query parameter 1/);
  }));

  it('replaces the tables on a second load instead of adding to them', () => withWarehouse(async (warehouse) => {
    await warehouse.load(tables);
    await warehouse.load({ ...tables, claims: claims.slice(0, 1) });
    expect((await warehouse.query('SELECT count(*) FROM claims')).rows).toEqual([[1]]);
  }));

  it('rolls the whole load back when an id repeats', () => withWarehouse(async (warehouse) => {
    await warehouse.load(tables);
    const error = await warehouse.load({ ...tables, sources: [], claims: [claims[0]!, claims[0]!] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReckonError);
    expect((error as Error).message).toMatch(/nothing was changed.*primary key/i);
    expect((await warehouse.query('SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM claims)')).rows).toEqual([[1, 2]]);
  }));

  it('names the table, row and column of a malformed record', () => withWarehouse(async (warehouse) => {
    const bad = { ...claims[0]!, value: '36' as unknown as number };
    await expect(warehouse.load({ ...tables, claims: [bad] })).rejects.toThrow('claims[0].value: expected a finite number, received "36"');
  }));

  it('refuses an unknown table name for export', () => withWarehouse(async (warehouse) => {
    await expect(warehouse.exportTable('users' as 'facts', join(dir, 'x.parquet'), 'parquet')).rejects.toThrow(/unknown table "users"/);
  }));

  it('exports Parquet that round-trips the rows, byte-identical across exports and with writeParquet', () => withWarehouse(async (warehouse) => {
    await warehouse.load(tables);
    for (const table of ['sources', 'claims', 'facts', 'conflicts'] as const) {
      const [first, second, standalone] = ['a', 'b', 'c'].map((n) => join(dir, `${table}-${n}.parquet`)) as [string, string, string];
      await warehouse.exportTable(table, first, 'parquet');
      await warehouse.exportTable(table, second, 'parquet');
      await writeParquet(table, tables[table], standalone);
      expect(sha256(second)).toBe(sha256(first));
      expect(sha256(standalone)).toBe(sha256(first));
      const read = await readParquet(first);
      expect(read.columns).toEqual(tableColumns(table).map((c) => c.name));
      expect(read.types).toEqual(tableColumns(table).map(sqlTypeOf));
      expect(read.rows).toEqual(sortedCells(table, tables[table]));
      expect((await warehouse.readParquet(first)).rows).toEqual(read.rows);
    }
  }));

  it('keeps the file and opens it read-only for queries', async () => {
    const file = join(dir, 'db', 'warehouse.duckdb');
    const writer = await openWarehouse(file);
    await writer.load(tables);
    writer.close();
    const reader = await openWarehouse(file, { readOnly: true });
    try {
      expect((await reader.query('SELECT count(*) AS n FROM claims')).rows).toEqual([[2]]);
      await expect(reader.query('DELETE FROM claims')).rejects.toThrow(/read-only/i);
    } finally {
      reader.close();
    }
  });

  it('appends 100k claims in one transaction', () => withWarehouse(async (warehouse) => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ ...claimOf('36 illegal platforms', i), claim_id: i.toString(16).padStart(16, '0') }));
    expect(await warehouse.load({ ...tables, claims: many })).toMatchObject({ claims: 100_000 });
    const { rows } = await warehouse.query('SELECT count(*), count(DISTINCT claim_id), sum(value), min(claim_id), max(period_end) FROM claims');
    expect(rows).toEqual([[100_000, 100_000, (99_999 * 100_000) / 2, '0000000000000000', '2024-12-31']]);
    const path = join(dir, 'many.parquet');
    await warehouse.exportTable('claims', path, 'parquet');
    const before = sha256(path);
    await warehouse.exportTable('claims', path, 'parquet');
    expect(sha256(path)).toBe(before);
  }));
});
