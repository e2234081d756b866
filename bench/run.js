// `npm run bench [-- --sizes 10,100] [--big] [--quick] [--only stages,pipeline,...] [--seed 7]`: the benchmark.
// Generates seeded corpora, runs every measurement in its own process, prints tables, writes bench/results/<date>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeCorpus } from './generate.js';
import { runTask } from './measure.js';
import { environment } from './environment.js';
import { printReport } from './report.js';
import { checkTargets } from './targets.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' }, big: { type: 'boolean' }, quick: { type: 'boolean' }, only: { type: 'string' }, seed: { type: 'string', default: '7' },
  },
});
const quick = Boolean(values.quick);
const seed = Number(values.seed);
const sizes = values.sizes ? values.sizes.split(',').map(Number) : quick ? [2] : [10, 100];
if (values.big && !sizes.includes(1000)) sizes.push(1000);
const wanted = (task) => !values.only || values.only.split(',').includes(task);
// Quick runs shrink every measurement so the whole harness can be smoke-tested in a minute or two.
const plan = quick
  ? { peerSample: 0.2e6, peerSeconds: 10, reconcile: [10_000, 50_000], incrementalSources: 500, pathological: [0.25, 1], singleLine: null }
  : { peerSample: 1e6, peerSeconds: 60, reconcile: [10_000, 100_000, 1_000_000], incrementalSources: 10_000, pathological: [1, 4], singleLine: 5 };

const log = (message) => process.stderr.write(`bench: ${message}\n`);
const results = { date: new Date().toISOString(), command: `node bench/run.js ${process.argv.slice(2).join(' ')}`.trim(), seed, ...environment(), sizes: [] };

/** The line of a child's stderr that names the error, not its stack frames. */
const firstError = (stderr) => stderr.split('\n').find((l) => /\b\w*Error\b/.test(l)) ?? stderr.split('\n').filter(Boolean).at(-1) ?? '';

/** Runs a task, logging failures and time-outs: a stage that does not finish is a result too. */
async function task(name, args, timeoutSeconds) {
  log(`${name} ${JSON.stringify(args)} (time limit ${timeoutSeconds} s)`);
  const r = await runTask(name, args, { timeoutSeconds });
  if (r.timedOut) log(`${name}: stopped after ${timeoutSeconds} s`);
  else if (!r.ok) log(`${name} failed:\n${r.stderr}`);
  return { records: r.records, finished: r.ok, timed_out: r.timedOut, seconds: Math.round(r.seconds), ...(r.ok || r.timedOut ? {} : { error: firstError(r.stderr) }) };
}

for (const mb of sizes) {
  if (!wanted('stages') && !wanted('pipeline')) break;
  log(`generating ${mb} MB (seed ${seed})`);
  const corpus = writeCorpus({ bytes: mb * 1e6, seed });
  const limit = Math.round(300 + 20 * mb);
  const entry = { mb, files: corpus.files, bytes: corpus.bytes, dir: corpus.dir };
  if (wanted('stages')) entry.stages = await task('stages', { dir: corpus.dir }, limit);
  if (wanted('pipeline')) entry.pipeline = await task('pipeline', { dir: corpus.dir, bytes: corpus.bytes, files: corpus.files }, limit);
  results.sizes.push(entry);
}

if (wanted('peer')) {
  const corpus = writeCorpus({ bytes: Math.min(...sizes) * 1e6, seed });
  results.peer = await task('peer', { dir: corpus.dir, sampleBytes: plan.peerSample, peerSeconds: plan.peerSeconds }, plan.peerSeconds * 3 + 120);
}

if (wanted('reconcile')) {
  results.reconcile = [];
  for (const claims of plan.reconcile) results.reconcile.push(await task('reconcile', { claims }, Math.max(120, claims / 1000)));
}

if (wanted('incremental')) {
  const corpus = writeCorpus({ sources: plan.incrementalSources, seed });
  results.incremental = { sources: corpus.files, bytes: corpus.bytes, ...(await task('incremental', { dir: corpus.dir }, 3600)) };
}

if (wanted('pathological')) {
  results.pathological = [];
  const { INPUTS } = await import('./tasks/pathological.js');
  for (const input of Object.keys(INPUTS)) {
    const mbs = input === 'single line' && plan.singleLine ? [...plan.pathological, plan.singleLine] : plan.pathological;
    for (const mb of mbs) {
      const r = await task('pathological', { input, mb }, 300);
      results.pathological.push(r);
      if (!r.finished) break; // a larger input would take longer still
    }
  }
}

results.targets = checkTargets(results);
printReport(results);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const file = new URL(`./results/${results.date.slice(0, 10)}.json`, import.meta.url);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
log(`results written to ${file.pathname}`);
