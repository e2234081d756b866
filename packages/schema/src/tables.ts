import { z } from 'zod';
import { ConflictSchema, FactSchema, RankedClaimSchema, SourceSchema } from './records.js';

/** A column of a published table, derived from the zod schema so the tables, Parquet types and datapackage agree. */
export interface Column {
  name: string;
  type: 'string' | 'number' | 'integer' | 'date' | 'list' | 'json';
  nullable: boolean;
  description: string;
  enum?: string[];
}

export interface TableDefinition {
  name: 'sources' | 'claims' | 'facts' | 'conflicts';
  schema: z.ZodObject;
  primaryKey: string;
  /** Rows are written sorted by these columns, so every build is byte-identical. */
  orderBy: string[];
  foreignKeys: Array<{ field: string; resource: string; reference: string }>;
}

export const TABLES: readonly TableDefinition[] = [
  { name: 'sources', schema: SourceSchema, primaryKey: 'source_id', orderBy: ['source_path', 'source_id'], foreignKeys: [] },
  {
    name: 'claims', schema: RankedClaimSchema, primaryKey: 'claim_id', orderBy: ['source_path', 'span_start', 'claim_id'],
    foreignKeys: [{ field: 'source_id', resource: 'sources', reference: 'source_id' }, { field: 'fact_id', resource: 'facts', reference: 'fact_id' }],
  },
  { name: 'facts', schema: FactSchema, primaryKey: 'fact_id', orderBy: ['jurisdiction', 'metric', 'unit', 'period_end', 'period_start', 'fact_id'], foreignKeys: [] },
  {
    name: 'conflicts', schema: ConflictSchema, primaryKey: 'conflict_id', orderBy: ['fact_id', 'kind', 'conflict_id'],
    foreignKeys: [{ field: 'fact_id', resource: 'facts', reference: 'fact_id' }],
  },
];

type JsonSchema = { type?: string | string[]; format?: string; enum?: unknown[]; anyOf?: JsonSchema[]; description?: string; items?: JsonSchema };

/** The columns of a table in schema order, with types read from the zod schema's JSON Schema. */
export function columnsOf(schema: z.ZodObject): Column[] {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as { properties: Record<string, JsonSchema> };
  return Object.entries(json.properties).map(([name, property]) => {
    const variants = (property.anyOf ?? [property]).flatMap(splitTypes);
    const nullable = variants.some((v) => v.type === 'null');
    const main = variants.find((v) => v.type !== 'null') ?? {};
    const description = property.description ?? main.description ?? '';
    const column: Column = { name, type: columnType(main), nullable, description };
    if (main.enum) column.enum = main.enum.map(String);
    return column;
  });
}

/** `{ type: ['string', 'null'] }` into one variant per type. */
function splitTypes(s: JsonSchema): JsonSchema[] {
  return Array.isArray(s.type) ? s.type.map((type) => ({ ...s, type })) : [s];
}

function columnType(s: JsonSchema): Column['type'] {
  if (s.type === 'array') return s.items?.type === 'string' ? 'list' : 'json';
  if (s.type === 'integer') return 'integer';
  if (s.type === 'number') return 'number';
  if (s.type === 'string') return s.format === 'date' ? 'date' : 'string';
  return 'json';
}
