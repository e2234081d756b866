import type { Column, TableDefinition } from '@reckon/schema';
import type { SqlType } from '@reckon/warehouse';

/** A Table Schema field type: lists and JSON are published as text, so four types cover every column. */
export type FieldType = 'string' | 'number' | 'integer' | 'date';

/** The Table Schema type a column is published as. */
export function fieldTypeOf(column: Pick<Column, 'type'>): FieldType {
  if (column.type === 'number' || column.type === 'integer' || column.type === 'date') return column.type;
  return 'string';
}

/** The Parquet column type that goes with a Table Schema field type. */
export function sqlTypeOfField(type: string): SqlType | null {
  const types: Record<string, SqlType> = { string: 'VARCHAR', number: 'DOUBLE', integer: 'BIGINT', date: 'DATE' };
  return types[type] ?? null;
}

/**
 * Columns whose value can be an empty cell although not null (a string without a minimum length, a list
 * that may be empty): marking them required would make valid rows fail Frictionless validation.
 */
export function emptiableColumns(table: TableDefinition, columns: readonly Column[]): Set<string> {
  const shape = table.schema.shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  const empty = (column: Column) => (column.type === 'list' ? [] : column.type === 'string' ? '' : undefined);
  return new Set(columns.filter((c) => empty(c) !== undefined && shape[c.name]?.safeParse(empty(c)).success).map((c) => c.name));
}
