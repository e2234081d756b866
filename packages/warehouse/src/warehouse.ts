import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ReckonError } from '@reckon/schema';
import { appendTables, copyToParquetSql, orderedSelectSql, readParquetSql } from './_sql.js';
import { TABLE_NAMES, sortedCells, tableOf, type Cell, type DatasetTables, type TableName } from './cells.js';
import { toParams, toQueryResult, type QueryResult } from './values.js';

/** A Parquet file read back: column names, their DuckDB types, and the rows in file order. */
export interface ParquetTable extends QueryResult {
  types: string[];
}

/** A DuckDB database holding the four published tables. */
export interface Warehouse {
  /** (Re)creates the four tables and appends every row in one transaction; returns the row count per table. */
  load(tables: DatasetTables): Promise<Record<TableName, number>>;
  /** Runs SQL; `params` are bound through a prepared statement (`?` or `$1` placeholders). */
  query(sql: string, params?: readonly unknown[]): Promise<QueryResult>;
  /** Writes a loaded table to Parquet (ZSTD), rows in the table's orderBy: the same rows give the same bytes. */
  exportTable(table: TableName, path: string, format: 'parquet'): Promise<void>;
  /** Reads a Parquet file back through this database. */
  readParquet(path: string): Promise<ParquetTable>;
  /** Closes the connection and the database. */
  close(): void;
}

export interface WarehouseOptions {
  /** Opens the file read-only, so `reckon query` cannot change the tables (and may run beside a writer). */
  readOnly?: boolean;
}

/** Opens (or creates) a warehouse at `file`, a path or ':memory:'. */
export async function openWarehouse(file: string, options: WarehouseOptions = {}): Promise<Warehouse> {
  if (file !== ':memory:' && !options.readOnly) mkdirSync(dirname(file), { recursive: true });
  const instance = await DuckDBInstance.create(file, options.readOnly ? { access_mode: 'READ_ONLY' } : {}).catch((cause: Error) => {
    throw new ReckonError(`cannot open the warehouse: ${cause.message}`, file, undefined,
      options.readOnly ? 'run `reckon run <pipeline-dir>` first to build it' : 'is another reckon process using this file?', { cause });
  });
  const connection = await instance.connect();
  return {
    load: (tables) => load(connection, tables),
    query: (sql, params = []) => query(connection, sql, params),
    exportTable: async (table, path, format) => {
      if (format !== 'parquet') throw new ReckonError(`unknown export format "${String(format)}": expected parquet`);
      tableOf(table);
      mkdirSync(dirname(path), { recursive: true });
      await connection.run(copyToParquetSql(orderedSelectSql(table), path));
    },
    readParquet: (path) => readParquetWith(connection, path),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function load(connection: DuckDBConnection, tables: DatasetTables): Promise<Record<TableName, number>> {
  // Cells first: a malformed record fails before the transaction, naming its table, row and column.
  const rows = new Map<TableName, Cell[][]>(TABLE_NAMES.map((name) => [name, sortedCells(name, tables[name])]));
  for (const name of TABLE_NAMES) {
    const key = tableOf(name).primaryKey;
    const seen = new Set<unknown>();
    for (const record of tables[name] as ReadonlyArray<Record<string, unknown>>) {
      if (seen.has(record[key])) {
        throw new ReckonError(`loading the warehouse failed, nothing was changed: duplicate primary key ${key} "${String(record[key])}" in ${name}`,
          undefined, undefined, 'ids must be unique within each table');
      }
      seen.add(record[key]);
    }
  }
  await connection.run('BEGIN TRANSACTION');
  try {
    await appendTables(connection, rows);
    await connection.run('COMMIT');
  } catch (cause) {
    await connection.run('ROLLBACK');
    throw new ReckonError(`loading the warehouse failed, nothing was changed: ${(cause as Error).message}`, undefined, undefined,
      'ids must be unique within each table', { cause });
  }
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, rows.get(name)!.length])) as Record<TableName, number>;
}

async function query(connection: DuckDBConnection, sql: string, params: readonly unknown[]): Promise<QueryResult> {
  const values = toParams(params);
  try {
    // Without parameters the SQL may hold several statements (the last one's rows are returned).
    if (values.length === 0) return toQueryResult(await connection.runAndReadAll(sql));
    const prepared = await connection.prepare(sql);
    try {
      prepared.bind(values);
      return toQueryResult(await prepared.runAndReadAll());
    } finally {
      prepared.destroySync();
    }
  } catch (cause) {
    throw new ReckonError(`query failed: ${(cause as Error).message}`, undefined, undefined,
      `the tables are ${TABLE_NAMES.join(', ')}; \`DESCRIBE <table>\` lists their columns`, { cause });
  }
}

/** Reads a Parquet file through an open connection. */
export async function readParquetWith(connection: DuckDBConnection, path: string): Promise<ParquetTable> {
  const reader = await connection.runAndReadAll(readParquetSql(path)).catch((cause: Error) => {
    throw new ReckonError(`cannot read Parquet: ${cause.message}`, path, undefined, undefined, { cause });
  });
  return { ...toQueryResult(reader), types: reader.columnTypes().map(String) };
}
