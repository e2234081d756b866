import { ReckonError, TABLES, columnsOf, truncate, type Column, type Conflict, type Fact, type RankedClaim, type Source, type TableDefinition } from '@reckon/schema';

/** The four published tables as records, in the shape the pipeline produces them. */
export interface DatasetTables {
  sources: Source[];
  claims: RankedClaim[];
  facts: Fact[];
  conflicts: Conflict[];
}

export type TableName = TableDefinition['name'];

/** One published cell: lists joined with ';', json as compact JSON, dates as ISO strings, numbers as numbers. */
export type Cell = string | number | null;

/** The published SQL type of a column: one mapping for DuckDB tables and Parquet files alike. */
export type SqlType = 'VARCHAR' | 'DOUBLE' | 'BIGINT' | 'DATE';

export const TABLE_NAMES: readonly TableName[] = TABLES.map((t) => t.name);

/** The table definition of a published table, or a ReckonError naming the known tables. */
export function tableOf(name: string): TableDefinition {
  const table = TABLES.find((t) => t.name === name);
  if (!table) throw new ReckonError(`unknown table "${truncate(name, 60)}": expected one of ${TABLE_NAMES.join(', ')}`);
  return table;
}

const columnCache = new Map<TableName, Column[]>();

/** The columns of a published table in schema order, computed once per table. */
export function tableColumns(name: TableName): Column[] {
  let columns = columnCache.get(name);
  if (!columns) {
    columns = columnsOf(tableOf(name).schema);
    columnCache.set(name, columns);
  }
  return columns;
}

/** The SQL type a column is published as. */
export function sqlTypeOf(column: Pick<Column, 'type'>): SqlType {
  switch (column.type) {
    case 'number': return 'DOUBLE';
    case 'integer': return 'BIGINT';
    case 'date': return 'DATE';
    default: return 'VARCHAR';
  }
}

/** Flattens one record into its published cells, in column order; a value of the wrong type is an error naming the cell. */
export function toCells(table: TableName, record: object, index = 0): Cell[] {
  const values = record as Record<string, unknown>;
  return tableColumns(table).map((column) => {
    const value = values[column.name];
    if (value === null || value === undefined) {
      if (column.nullable) return null;
      throw cellError(table, index, column, value, 'a value (the column is not nullable)');
    }
    switch (column.type) {
      case 'list':
        if (!Array.isArray(value)) throw cellError(table, index, column, value, 'an array of strings');
        return value.map(String).join(';');
      case 'json':
        return JSON.stringify(value);
      case 'number':
      case 'integer':
        if (typeof value !== 'number' || !Number.isFinite(value) || (column.type === 'integer' && !Number.isInteger(value))) {
          throw cellError(table, index, column, value, `a finite ${column.type}`);
        }
        return value;
      case 'date':
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw cellError(table, index, column, value, 'an ISO date YYYY-MM-DD');
        return value;
      default:
        if (typeof value !== 'string') throw cellError(table, index, column, value, 'a string');
        return value;
    }
  });
}

/** The rows of a table as published cells, sorted by the table's orderBy exactly as DuckDB's ORDER BY sorts them. */
export function sortedCells(table: TableName, records: readonly object[]): Cell[][] {
  const rows = records.map((record, index) => toCells(table, record, index));
  const columns = tableColumns(table);
  const keys = tableOf(table).orderBy.map((name) => columns.findIndex((c) => c.name === name));
  return rows.sort((a, b) => {
    for (const key of keys) {
      const order = compareCells(a[key] ?? null, b[key] ?? null);
      if (order !== 0) return order;
    }
    return 0;
  });
}

/** Ascending, nulls last, strings by code point: the order of DuckDB's `ORDER BY ... ASC NULLS LAST` on these types. */
export function compareCells(a: Cell, b: Cell): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return compareCodePoints(String(a), String(b));
}

/** UTF-16 order differs from code point (and UTF-8 byte) order only around surrogates; this remaps them. */
function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}

function cellError(table: TableName, index: number, column: Column, value: unknown, expected: string): ReckonError {
  const received = value === undefined ? 'nothing' : truncate(JSON.stringify(value) ?? String(value), 80);
  return new ReckonError(`${table}[${index}].${column.name}: expected ${expected}, received ${received}`);
}
