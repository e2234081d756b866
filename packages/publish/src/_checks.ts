import { TABLES, truncate, validate } from '@reckon/schema';
import type { TableName } from '@reckon/warehouse';

/** Rows by table as plain objects: records, or rows read back from a published file. */
export type RowsByTable = Record<TableName, ReadonlyArray<Record<string, unknown>>>;

/** Names a row in an error: `claims[3]` for records, `claims.parquet: row 4` for files. */
export type Where = (table: TableName, index: number) => string;

const MAX_ERRORS = 20;

/** Every row checked against its zod schema; errors as `table[i].field: message`. */
export function recordErrors(rows: RowsByTable): string[] {
  const errors: string[] = [];
  for (const table of TABLES) {
    rows[table.name].forEach((row, i) => {
      const result = validate(table.schema, row);
      if (!result.ok) errors.push(...result.errors.map((e) => `${table.name}[${i}].${e}`));
    });
  }
  return capped(errors);
}

/** Foreign keys of TABLES, and facts.claim_ids naming claims, hold in the rows. */
export function referenceErrors(rows: RowsByTable, where: Where): string[] {
  const errors: string[] = [];
  const keys = (table: TableName, column: string) => new Set(rows[table].map((r) => r[column]));
  for (const table of TABLES) {
    for (const key of table.foreignKeys) {
      const known = keys(key.resource as TableName, key.reference);
      rows[table.name].forEach((row, i) => {
        const value = row[key.field];
        if (value !== null && value !== undefined && !known.has(value)) {
          errors.push(`${where(table.name, i)}: ${key.field} ${String(value)} is not a ${key.resource}.${key.reference}`);
        }
      });
    }
  }
  const claims = keys('claims', 'claim_id');
  rows.facts.forEach((fact, i) => {
    const missing = idsOf(fact.claim_ids).filter((id) => !claims.has(id));
    if (missing.length) errors.push(`${where('facts', i)}: claim_ids ${missing.join(';')} are not claims.claim_id`);
  });
  return capped(errors);
}

/** Each claim's quote is its source text at quote_start..quote_end, and its span lies inside the quote. */
export function quoteErrors(rows: RowsByTable, where: Where): string[] {
  const texts = new Map(rows.sources.map((s) => [s.source_id, s.text]));
  const errors: string[] = [];
  rows.claims.forEach((claim, i) => {
    const label = `${where('claims', i)} (claim ${String(claim.claim_id)})`;
    const text = texts.get(claim.source_id);
    const [qs, qe, ss, se] = [claim.quote_start, claim.quote_end, claim.span_start, claim.span_end].map(Number) as [number, number, number, number];
    if (typeof text !== 'string') errors.push(`${label}: source ${String(claim.source_id)} has no text`);
    else if (text.slice(qs, qe) !== claim.quote) {
      errors.push(`${label}: quote is not the source text at ${qs}..${qe}; found "${truncate(text.slice(qs, qe), 80)}"`);
    } else if (!(qs <= ss && ss <= se && se <= qe)) errors.push(`${label}: span ${ss}..${se} is not inside the quote ${qs}..${qe}`);
  });
  return capped(errors);
}

/** A list cell as ids: an array from a record, or ';'-joined text from a file. */
export function idsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(';').filter(Boolean) : [];
}

function capped(errors: string[]): string[] {
  return errors.length <= MAX_ERRORS ? errors : [...errors.slice(0, MAX_ERRORS), `... and ${errors.length - MAX_ERRORS} more`];
}
