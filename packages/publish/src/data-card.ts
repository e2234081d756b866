import { resolveCodebook, type Pipeline } from '@reckon/schema';
import { TABLE_NAMES, type DatasetTables, type TableName } from '@reckon/warehouse';
import { CONFLICT_TEXT, POLICY_TEXT, RANK_TEXT, RESOLUTION_TEXT, STATUS_TEXT } from './_glossary.js';
import { citationText } from './citation.js';
import { publishedFields, sourcesInOrder } from './datapackage.js';

const TABLE_TEXT: Record<TableName, string> = {
  facts: 'the best value of each fact: one row per jurisdiction, metric, unit and period',
  claims: 'every figure read from a source, ranked preferred, normal or deprecated; nothing is deleted, only ranked',
  sources: 'the source texts the claims cite, with the normalised text every offset points into',
  conflicts: 'each disagreement between claims, with how it was resolved',
};

/** README.md of a version: what it is, sources, codebook, how figures were reconciled, how to cite. */
export function dataCard(pipeline: Pipeline, tables: DatasetTables, version: string): string {
  const lines = [
    `# ${pipeline.title}`, '', pipeline.description.trim(), '',
    `Version ${version} of the dataset \`${pipeline.name}\`, built by reckon from ${count(tables.sources.length, 'source text')}. Licence: ${pipeline.license}.`, '',
    '## What it is', '',
    '| table | rows | what a row is |', '| --- | ---: | --- |',
    ...TABLE_NAMES.map((t) => `| \`${t}\` (.csv, .parquet) | ${tables[t].length} | ${TABLE_TEXT[t]} |`), '',
    'Every published value is traceable: a fact names its claims (`claim_ids`), a claim names its source and quotes the sentence it was read from, with offsets into the source text.', '',
    '## Sources', '',
    ...sourcesInOrder(tables).map((s) => {
      const title = escape(s.title ?? s.source_path);
      const details = [s.publisher, s.published, s.kind].filter(Boolean).map((d) => escape(String(d))).join(', ');
      return `- ${s.url ? `[${title}](<${s.url}>)` : title}${details ? `: ${details}` : ''} (\`${s.source_path}\`)`;
    }), '',
    '## Codebook', '',
    'Generated from the schema. Types are Table Schema types; in Parquet string is VARCHAR, number DOUBLE, integer BIGINT and date DATE. In CSV an empty cell is a missing value.', '',
    ...TABLE_NAMES.flatMap((t) => codebookTable(t, pipeline, tables)),
    '### Metrics', '',
    ...resolveCodebook(pipeline.codebook).metrics.map((m) => `- \`${m.id}\` (${m.unit_kind}): ${escape(m.description)}`), '',
    ...reconciliation(pipeline, tables),
    '## Files', '',
    '- CSV: UTF-8, comma-separated, one header row, LF line endings; empty cells are missing values; list columns are joined with `;`, JSON columns hold compact JSON, dates are ISO 8601, numbers are plain decimals.',
    "- Text cells beginning with `=`, `+`, `-`, `@`, a tab or a carriage return are prefixed with a single quote (`'`) in CSV, so spreadsheets do not run them as formulas. The Parquet files keep the exact text.",
    '- Parquet: typed columns (DATE, DOUBLE, BIGINT, VARCHAR), ZSTD-compressed, rows in the same order as the CSV.',
    '- `datapackage.json` describes every table (Frictionless Data Package v2); `SHA256SUMS` holds the checksums: `sha256sum -c SHA256SUMS`.', '',
    '## How to cite', '',
    citationText(pipeline, version), '',
    'Machine-readable: `CITATION.cff`. Cite the version: a published version is never changed.', '',
  ];
  return lines.join('\n');
}

function codebookTable(table: TableName, pipeline: Pipeline, tables: DatasetTables): string[] {
  const rows = publishedFields(table, pipeline, tables).map((f) => {
    const values = f.enum ? (f.enum.length > 12 ? `${f.enum.length} codes, see datapackage.json` : f.enum.map((v) => `\`${v}\``).join(', ')) : '';
    return `| \`${f.name}\` | ${f.type} | ${f.required ? 'yes' : ''} | ${escape(f.description)} | ${values} |`;
  });
  return [`### ${table}`, '', '| column | type | required | description | values |', '| --- | --- | --- | --- | --- |', ...rows, ''];
}

function reconciliation(pipeline: Pipeline, tables: DatasetTables): string[] {
  const tally = (values: string[], value: string) => values.filter((v) => v === value).length;
  const statuses = tables.facts.map((f) => f.status);
  const kinds = tables.conflicts.map((c) => c.kind);
  const ranks = tables.claims.map((c) => c.rank);
  return [
    '## How figures were reconciled', '',
    'Claims about the same jurisdiction, metric, unit and period form one fact. Where they agree the fact is corroborated; where they disagree a conflict is recorded and the published value is chosen by the first rule of the policy that decides, in this order:', '',
    ...pipeline.policy.map((rule, i) => `${i + 1}. \`${rule}\`: ${POLICY_TEXT[rule]}`), '',
    'A reviewer can confirm or override a decision in the pipeline\'s decisions.yaml; the fact\'s `rule` and `rationale` say which applied.', '',
    'Fact statuses:', '',
    ...Object.entries(STATUS_TEXT).map(([status, text]) => `- \`${status}\` (${count(tally(statuses, status), 'fact')}): ${text}`), '',
    'Conflict kinds:', '',
    ...Object.entries(CONFLICT_TEXT).map(([kind, text]) => `- \`${kind}\` (${tally(kinds, kind)}): ${text}`), '',
    'Conflict resolutions:', '',
    ...Object.entries(RESOLUTION_TEXT).map(([resolution, text]) => `- \`${resolution}\`: ${text}`), '',
    'Claim ranks:', '',
    ...Object.entries(RANK_TEXT).map(([rank, text]) => `- \`${rank}\` (${count(tally(ranks, rank), 'claim')}): ${text}`), '',
  ];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Keeps table cells and link texts intact: pipes, brackets and line breaks would break the Markdown. */
function escape(text: string): string {
  return text.replace(/[|[\]]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}
