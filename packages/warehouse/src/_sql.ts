import { DuckDBDateValue, quotedIdentifier, quotedString, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { sqlTypeOf, tableColumns, tableOf, type Cell, type TableName } from './cells.js';

/** Identifiers and literals reach SQL only through the client's quoting helpers, and names only from TABLES. */

/**
 * `CREATE TABLE` with typed columns and NOT NULL where the schema says so. The primary key is checked before
 * loading instead of declared: DuckDB's index halves the Appender's speed (100k claims: 1.1 s against 0.55 s).
 */
export function createTableSql(table: TableName): string {
  const columns = tableColumns(table).map((c) => `${quotedIdentifier(c.name)} ${sqlTypeOf(c)}${c.nullable ? '' : ' NOT NULL'}`);
  return `CREATE TABLE ${quotedIdentifier(table)} (${columns.join(', ')})`;
}

/** `SELECT <columns> FROM <from> ORDER BY <orderBy> ASC NULLS LAST`, the one row order of every published file. */
export function orderedSelectSql(table: TableName, from = quotedIdentifier(table)): string {
  const columns = tableColumns(table).map((c) => quotedIdentifier(c.name)).join(', ');
  const order = tableOf(table).orderBy.map((name) => `${quotedIdentifier(name)} ASC NULLS LAST`).join(', ');
  return `SELECT ${columns} FROM ${from} ORDER BY ${order}`;
}

/** `COPY (<select>) TO '<path>'` as ZSTD-compressed Parquet. */
export function copyToParquetSql(select: string, path: string): string {
  return `COPY (${select}) TO ${quotedString(path)} (FORMAT parquet, COMPRESSION zstd)`;
}

/** Every column of a Parquet file, in file order. */
export function readParquetSql(path: string): string {
  return `SELECT * FROM read_parquet(${quotedString(path)})`;
}

/** Drops, creates and fills the tables through appenders; the caller owns the transaction. */
export async function appendTables(connection: DuckDBConnection, rows: ReadonlyMap<TableName, Cell[][]>): Promise<void> {
  for (const [table, cells] of rows) {
    await connection.run(`DROP TABLE IF EXISTS ${quotedIdentifier(table)}`);
    await connection.run(createTableSql(table));
    const appender = await connection.createAppender(table);
    try {
      const types = tableColumns(table).map(sqlTypeOf);
      for (const row of cells) {
        row.forEach((cell, i) => appendCell(appender, types[i]!, cell));
        appender.endRow();
      }
      appender.closeSync();
    } catch (cause) {
      // Closing after a failed flush throws "transaction aborted", which would hide the real cause.
      try { appender.closeSync(); } catch { /* the first error is the one to report */ }
      throw cause;
    }
  }
}

function appendCell(appender: DuckDBAppender, type: string, cell: Cell): void {
  if (cell === null) return appender.appendNull();
  if (type === 'DOUBLE') return appender.appendDouble(cell as number);
  if (type === 'BIGINT') return appender.appendBigInt(BigInt(cell as number));
  if (type === 'DATE') {
    const [year, month, day] = (cell as string).split('-').map(Number);
    return appender.appendDate(DuckDBDateValue.fromParts({ year: year!, month: month!, day: day! }));
  }
  return appender.appendVarchar(cell as string);
}
