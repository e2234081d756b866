import {
  DuckDBDecimalValue, DuckDBListValue, DuckDBStructValue, type DuckDBResultReader, type DuckDBValue,
} from '@duckdb/node-api';
import { ReckonError, truncate } from '@reckon/schema';

/** Rows of a query in plain JS: numbers, strings, ISO date strings, booleans, arrays, objects and null. */
export interface QueryResult {
  columns: string[];
  rows: unknown[][];
}

/** Reads a finished result into plain JS values. */
export function toQueryResult(reader: DuckDBResultReader): QueryResult {
  return { columns: reader.columnNames(), rows: reader.getRows().map((row) => row.map(toPlain)) };
}

/** One DuckDB value as plain JS; bigints beyond 2^53 stay exact as strings rather than silently rounding. */
export function toPlain(value: DuckDBValue): unknown {
  if (value === null || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  if (value instanceof DuckDBListValue) return value.items.map(toPlain);
  if (value instanceof DuckDBStructValue) return Object.fromEntries(Object.entries(value.entries).map(([k, v]) => [k, toPlain(v)]));
  // Dates print as YYYY-MM-DD, timestamps and intervals in DuckDB's own ISO-like text.
  return value.toString();
}

/** Query parameters as values the client binds; anything else is refused, never stringified into SQL. */
export function toParams(params: readonly unknown[]): DuckDBValue[] {
  return params.map((param, i) => {
    if (param === null || param === undefined) return null;
    if (typeof param === 'string' || typeof param === 'boolean' || typeof param === 'bigint') return param;
    if (typeof param === 'number') {
      if (!Number.isFinite(param)) throw new ReckonError(`query parameter ${i + 1}: expected a finite number, received ${param}`);
      return param;
    }
    throw new ReckonError(`query parameter ${i + 1}: expected a string, number, boolean or null, received ${truncate(JSON.stringify(param) ?? typeof param, 80)}`);
  });
}
