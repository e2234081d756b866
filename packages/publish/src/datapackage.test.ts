import { describe, expect, it } from 'vitest';
import { datapackageJson, publishedFields } from './datapackage.js';
import { makeTables, pipeline } from './_test-tables.js';

const files = new Map(['sources', 'claims', 'facts', 'conflicts'].flatMap((t) => ['csv', 'parquet'].map((f) => [`${t}.${f}`, { path: `${t}.${f}`, bytes: 10, sha256: 'a'.repeat(64) }])));
type Field = { name: string; type: string; description: string; constraints?: { required?: boolean; enum?: string[] } };
type Resource = { name: string; path: string; format: string; mediatype: string; bytes: number; hash: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> } };

describe('datapackageJson', () => {
  const descriptor = JSON.parse(datapackageJson(pipeline, makeTables(), '1.2.3', files)) as Record<string, unknown> & { resources: Resource[] };
  const resource = (name: string) => descriptor.resources.find((r) => r.name === name)!;

  it('has the package keys of a Frictionless v2 descriptor and no timestamp', () => {
    expect(Object.keys(descriptor)).toEqual(['$schema', 'name', 'title', 'description', 'version', 'licenses', 'keywords', 'contributors', 'sources', 'resources']);
    expect(descriptor).toMatchObject({
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json', name: 'test-enforcement', version: '1.2.3',
      licenses: [{ name: 'CC-BY-4.0', path: 'https://spdx.org/licenses/CC-BY-4.0.html' }],
      contributors: [{ title: 'Reckon Tests', roles: ['author'] }],
      sources: [{ title: '=HYPERLINK("http://evil.example","click")', path: 'https://example.org/sources/001-official.md' }, expect.any(Object)],
    });
    expect(descriptor).not.toHaveProperty('created');
  });

  it('describes each file with format, media type, size, sha256 hash and a table schema with keys', () => {
    expect(descriptor.resources.map((r) => r.path)).toEqual(['sources.csv', 'claims.csv', 'facts.csv', 'conflicts.csv', 'sources.parquet', 'claims.parquet', 'facts.parquet', 'conflicts.parquet']);
    expect(resource('claims')).toMatchObject({ format: 'csv', mediatype: 'text/csv', bytes: 10, hash: `sha256:${'a'.repeat(64)}` });
    expect(resource('claims-parquet')).toMatchObject({ format: 'parquet', mediatype: 'application/vnd.apache.parquet' });
    expect(resource('claims').schema.primaryKey).toEqual(['claim_id']);
    expect(resource('claims').schema.foreignKeys).toEqual([
      { fields: ['source_id'], reference: { resource: 'sources', fields: ['source_id'] } },
      { fields: ['fact_id'], reference: { resource: 'facts', fields: ['fact_id'] } },
    ]);
    expect(resource('conflicts-parquet').schema.foreignKeys).toEqual([{ fields: ['fact_id'], reference: { resource: 'facts-parquet', fields: ['fact_id'] } }]);
  });

  it('types fields from the schema, with categories and required where the schema says so', () => {
    const field = (name: string) => resource('facts').schema.fields.find((f) => f.name === name)!;
    expect(field('value')).toMatchObject({ type: 'number', constraints: { required: true } });
    expect(field('period_end')).toEqual({ name: 'period_end', type: 'date', description: 'last day the fact covers' });
    expect(field('source_count').type).toBe('integer');
    expect(field('status').constraints?.enum).toEqual(['single_source', 'corroborated', 'resolved', 'disputed']);
    expect(field('metric').constraints?.enum).toContain('platforms_closed');
    expect(field('unit').constraints?.enum).toEqual(expect.arrayContaining(['count', 'KZT', 'USD', 'years']));
    expect(field('claim_ids')).toMatchObject({ type: 'string', constraints: { required: true } });
    // Empty cells are valid here (an empty list, a rule-less fact), so they cannot be required.
    expect(field('claim_ids_against').constraints).toBeUndefined();
    expect(field('rule').constraints).toBeUndefined();
  });

  it('leaves out optional keys the pipeline does not set', () => {
    const bare = { ...pipeline, keywords: [], contributors: [] };
    expect(JSON.parse(datapackageJson(bare, makeTables(), '1.0.0', files))).not.toHaveProperty('contributors');
    expect(publishedFields('sources', bare, makeTables()).find((f) => f.name === 'boilerplate')?.description).toMatch(/\(compact JSON\)$/);
  });
});
