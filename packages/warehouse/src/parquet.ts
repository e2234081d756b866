import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { appendTables, copyToParquetSql, orderedSelectSql } from './_sql.js';
import { sortedCells, tableOf, type DatasetTables, type TableName } from './cells.js';
import { readParquetWith, type ParquetTable } from './warehouse.js';

/** Writes one table's records to a Parquet file through a fresh in-memory DuckDB; returns the row count. */
export async function writeParquet<T extends TableName>(table: T, records: DatasetTables[T], path: string): Promise<number> {
  tableOf(table);
  const rows = sortedCells(table, records);
  mkdirSync(dirname(path), { recursive: true });
  await withMemoryConnection(async (connection) => {
    await appendTables(connection, new Map([[table, rows]]));
    await connection.run(copyToParquetSql(orderedSelectSql(table), path));
  });
  return rows.length;
}

/** Reads a Parquet file through a fresh in-memory DuckDB. */
export async function readParquet(path: string): Promise<ParquetTable> {
  return withMemoryConnection((connection) => readParquetWith(connection, path));
}

/** One thread keeps a fresh instance's Parquet layout independent of the machine's core count. */
async function withMemoryConnection<T>(use: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  try {
    return await use(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
