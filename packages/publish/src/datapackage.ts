import { CURRENCIES, DURATION_UNITS, resolveCodebook, type Pipeline, type Source } from '@reckon/schema';
import { TABLE_NAMES, compareCells, tableColumns, tableOf, type DatasetTables, type TableName } from '@reckon/warehouse';
import { emptiableColumns, fieldTypeOf, type FieldType } from './fields.js';

/** A column as the published metadata describes it. */
export interface PublishedField {
  name: string;
  type: FieldType;
  description: string;
  required: boolean;
  enum?: string[];
}

/** A written data file: its name in the version folder, size and sha256. */
export interface DataFile {
  path: string;
  bytes: number;
  sha256: string;
}

export const PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
const MEDIA_TYPES = { csv: 'text/csv', parquet: 'application/vnd.apache.parquet' } as const;

/** The published fields of a table: types, descriptions and categories from the schema and the codebook in force. */
export function publishedFields(table: TableName, pipeline: Pipeline, tables: DatasetTables): PublishedField[] {
  const columns = tableColumns(table);
  const emptiable = emptiableColumns(tableOf(table), columns);
  const categories = codebookCategories(pipeline, tables);
  return columns.map((column) => {
    const listNote = column.description.includes('";"') ? '' : ' (a list: values separated by ";")';
    const note = column.type === 'list' ? listNote : column.type === 'json' ? ' (compact JSON)' : '';
    const field: PublishedField = {
      name: column.name, type: fieldTypeOf(column), description: `${column.description}${note}`,
      required: !column.nullable && !emptiable.has(column.name),
    };
    const values = column.enum ?? categories.get(column.name);
    if (values) field.enum = [...values];
    return field;
  });
}

/** Metric and unit categories: the codebook's ids plus any value the data holds, so valid rows always pass. */
function codebookCategories(pipeline: Pipeline, tables: DatasetTables): Map<string, string[]> {
  const present = (column: 'metric' | 'unit') => [...tables.claims, ...tables.facts].map((r) => r[column]);
  const metrics = resolveCodebook(pipeline.codebook).metrics.map((m) => m.id);
  const units = ['count', ...new Set(Object.values(DURATION_UNITS)), ...CURRENCIES.map((c) => c.code)];
  const sorted = (values: string[]) => [...new Set(values)].sort();
  return new Map([['metric', sorted([...metrics, ...present('metric')])], ['unit', sorted([...units, ...present('unit')])]]);
}

/** datapackage.json (Frictionless Data Package v2) for a version; no timestamps, no absolute paths. */
export function datapackageJson(pipeline: Pipeline, tables: DatasetTables, version: string, files: ReadonlyMap<string, DataFile>): string {
  const contributors = pipeline.contributors.map((c) => ({ title: c.title, roles: [c.role], ...(c.email ? { email: c.email } : {}) }));
  const descriptor = {
    $schema: PROFILE,
    name: pipeline.name,
    title: pipeline.title,
    description: pipeline.description,
    version,
    ...(pipeline.homepage ? { homepage: pipeline.homepage } : {}),
    licenses: [licenseOf(pipeline.license)],
    ...(pipeline.keywords.length ? { keywords: pipeline.keywords } : {}),
    ...(contributors.length ? { contributors } : {}),
    sources: sourcesInOrder(tables).map((s) => ({
      title: s.title ?? s.source_path, ...(s.url && /^https?:\/\//.test(s.url) ? { path: s.url } : {}),
    })),
    resources: (['csv', 'parquet'] as const).flatMap((format) => TABLE_NAMES.map((table) => resource(table, format, pipeline, tables, files))),
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}

/** Sources in the order of the sources table (by path), for lists that must not depend on input order. */
export function sourcesInOrder(tables: DatasetTables): Source[] {
  return [...tables.sources].sort((a, b) => compareCells(a.source_path, b.source_path) || compareCells(a.source_id, b.source_id));
}

/** Parquet resources carry a suffix because resource names are unique; their keys point at their Parquet siblings. */
export function resourceName(table: TableName, format: 'csv' | 'parquet'): string {
  return format === 'csv' ? table : `${table}-parquet`;
}

function resource(table: TableName, format: 'csv' | 'parquet', pipeline: Pipeline, tables: DatasetTables, files: ReadonlyMap<string, DataFile>) {
  const path = `${table}.${format}`;
  const file = files.get(path);
  if (!file) throw new Error(`datapackage: ${path} was not written`);
  const definition = tableOf(table);
  const fields = publishedFields(table, pipeline, tables).map((f) => ({
    name: f.name, type: f.type, description: f.description,
    ...(f.required || f.enum ? { constraints: { ...(f.required ? { required: true } : {}), ...(f.enum ? { enum: f.enum } : {}) } } : {}),
  }));
  const foreignKeys = definition.foreignKeys.map((k) => ({
    fields: [k.field], reference: { resource: resourceName(k.resource as TableName, format), fields: [k.reference] },
  }));
  return {
    name: resourceName(table, format), type: 'table', path, format, mediatype: MEDIA_TYPES[format],
    ...(format === 'csv' ? { encoding: 'utf-8' } : {}), bytes: file.bytes, hash: `sha256:${file.sha256}`,
    schema: { fields, missingValues: [''], primaryKey: [definition.primaryKey], ...(foreignKeys.length ? { foreignKeys } : {}) },
  };
}

function licenseOf(id: string): { name?: string; path: string; title?: string } {
  // Open Definition names allow only letters, digits and -._; anything else is kept as the title.
  const path = `https://spdx.org/licenses/${encodeURIComponent(id)}.html`;
  return /^[-a-zA-Z0-9._]+$/.test(id) ? { name: id, path } : { path, title: id };
}
