import type { Output } from './output.js';

type Values = Record<string, string | boolean | undefined>;
export type Implementation = (positionals: string[], values: Values, out: Output) => Promise<number>;

interface Option { type: 'string' | 'boolean'; help: string; placeholder?: string; short?: string }

export interface Command {
  summary: string;
  usage: string;
  description: string;
  options: Record<string, Option>;
  examples: string[];
  load: () => Promise<Implementation>;
}

/** Every command in one place, each with its help; implementations load lazily so `--help` stays fast. */
export const COMMANDS: Record<string, Command> = {
  run: {
    summary: 'run a pipeline: ingest, extract, reconcile, load, publish',
    usage: '<pipeline-dir> [--out <datasets-dir>]',
    description: 'Builds the dataset of a pipeline folder and publishes a new version under <datasets-dir>/<name>/ when the data changed.',
    options: {
      out: { type: 'string', placeholder: 'datasets-dir', help: 'where datasets are published (default: datasets)' },
      'dry-run': { type: 'boolean', help: 'do everything but publish' },
      force: { type: 'boolean', help: 'ignore the extraction cache and extract every source again' },
      only: { type: 'string', placeholder: 'source-glob', help: 'read only sources whose path matches the glob (others are skipped)' },
      workers: { type: 'string', placeholder: 'n', help: 'extraction worker threads (default: one per core)' },
      'continue-on-failure': { type: 'boolean', help: 'publish the other sources when some are rejected' },
    },
    examples: ['reckon run pipelines/kz-crypto-enforcement', 'reckon run pipelines/kz-crypto-enforcement --dry-run --json'],
    load: async () => (await import('./commands/run.js')).run,
  },
  eval: {
    summary: 'measure extraction against a gold coding (precision, recall, F1)',
    usage: '<pipeline-dir> [--gold <file.jsonl>] [--floor <f1>]',
    description: 'Extracts the pipeline\'s sources and compares the claims with a gold file in the format of the seed coding, overall and per metric, listing misses and extras. Without --gold it uses the gold and floor named under quality: in pipeline.yaml; exits 1 when F1 is below the floor.',
    options: {
      gold: { type: 'string', placeholder: 'file.jsonl', help: 'gold coding, one JSON object a line (doc, quote, metric, value, unit, ...)' },
      floor: { type: 'string', placeholder: 'f1', help: 'exit 1 when F1 is below this' },
    },
    examples: ['reckon eval pipelines/kz-crypto-enforcement', 'reckon eval tests/eval/fixtures/dev-corpus --json', 'reckon eval my-pipeline --gold coded.jsonl --floor 0.9'],
    load: async () => (await import('./commands/eval.js')).evalCommand,
  },
  query: {
    summary: 'run SQL against a pipeline\'s warehouse and print a table',
    usage: '"<sql>" [--pipeline <dir>]',
    description: 'Tables: sources, claims, facts, conflicts (see the data card). The warehouse is written by `reckon run`.',
    options: { pipeline: { type: 'string', placeholder: 'dir', help: 'pipeline folder (default: the only one under pipelines/)' } },
    examples: ['reckon query "select metric, value, unit, status from facts order by metric"'],
    load: async () => (await import('./commands/query.js')).query,
  },
  explain: {
    summary: 'show how a fact was decided: its claims, quotes, intervals and the decision path',
    usage: '<fact_id> [--pipeline <dir>]',
    description: 'Reads the warehouse written by the last `reckon run`.',
    options: { pipeline: { type: 'string', placeholder: 'dir', help: 'pipeline folder (default: the only one under pipelines/)' } },
    examples: ['reckon explain 1a2b3c4d5e6f7a8b'],
    load: async () => (await import('./commands/explain.js')).explain,
  },
  verify: {
    summary: 'verify a published version: checksums, schemas, quotes at their offsets, a byte-identical rebuild',
    usage: '<version-dir>... [--pipeline <dir>]',
    description: 'Fails (exit 1) naming the file when anything in the version differs from what was published. The latest version of a dataset is also rebuilt from pipelines/<name> (or --pipeline) and must match byte for byte.',
    options: { pipeline: { type: 'string', placeholder: 'dir', help: 'rebuild from this pipeline folder (default: pipelines/<dataset name>, for the latest version)' } },
    examples: ['reckon verify datasets/kz-crypto-enforcement/1.0.0'],
    load: async () => (await import('./commands/verify.js')).verify,
  },
  check: {
    summary: 'the CI gate: published data verifies and is current, disputes settled, quality above its floor',
    usage: '[<pipeline-dir>...] [--format text|json|github] [--strict]',
    description: 'Fails (exit 1) when a published version does not match its schema or checksums, when a rebuild from the current sources, decisions and code would differ, when a disputed fact is neither resolved by the policy nor adjudicated (or an adjudication no longer matches), when extraction F1 on the pipeline\'s gold falls below its floor, or when a source cannot be ingested. Warnings (single-source facts, low-confidence claims) fail only with --strict. Checks every pipeline under pipelines/ by default.',
    options: {
      format: { type: 'string', placeholder: 'text|json|github', help: 'report format; github prints Actions annotations on the file and line' },
      strict: { type: 'boolean', help: 'fail on warnings too' },
      out: { type: 'string', placeholder: 'datasets-dir', help: 'where the datasets are published (default: datasets)' },
    },
    examples: ['reckon check', 'reckon check pipelines/kz-crypto-enforcement --format github'],
    load: async () => (await import('./commands/check.js')).check,
  },
  init: {
    summary: 'scaffold a new pipeline folder with a commented pipeline.yaml and an example source',
    usage: '<name> [--dir pipelines]',
    description: 'Creates <dir>/<name>/ with pipeline.yaml, decisions.yaml and sources/example.md.',
    options: { dir: { type: 'string', placeholder: 'dir', help: 'where pipelines live (default: pipelines)' } },
    examples: ['reckon init uk-fca-crypto'],
    load: async () => (await import('./commands/init.js')).init,
  },
  sources: {
    summary: 'list a pipeline\'s sources with their metadata, fate and claim counts',
    usage: '<pipeline-dir>',
    description: 'Every source file with its status (used, skipped, rejected and why), date, kind, publisher and number of claims.',
    options: {},
    examples: ['reckon sources pipelines/kz-crypto-enforcement --json'],
    load: async () => (await import('./commands/sources.js')).sources,
  },
  diff: {
    summary: 'the fact-level difference between two published versions',
    usage: '<dataset-dir> <v1> <v2>',
    description: 'Added, removed and changed facts, as Markdown or --json.',
    options: {},
    examples: ['reckon diff datasets/kz-crypto-enforcement 1.0.0 1.1.0'],
    load: async () => (await import('./commands/diff.js')).diff,
  },
};
