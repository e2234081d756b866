import { cp, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { evaluate } from '@reckon/extract';
import { isVersionDir, publishDataset, verifyVersion } from '@reckon/publish';
import { buildDataset, stateDirOf, timer, type Build } from './build.js';
import { readGold } from './gold.js';
import { silenced, type Output } from './output.js';

/** One thing `reckon check` found: errors fail the check, warnings only under --strict. */
export interface Finding {
  level: 'error' | 'warning';
  check: 'ingest' | 'published' | 'stale' | 'disputes' | 'decisions' | 'quality' | 'single_source' | 'confidence';
  message: string;
  file?: string;
  line?: number;
}

const LOW_CONFIDENCE = 0.6;

const periodOf = (f: { period_start: string | null; period_end: string | null }) =>
  f.period_start === null ? `up to ${f.period_end ?? 'publication'}` : `${f.period_start}..${f.period_end}`;

/** Checks one pipeline: sources ingest, published versions verify and are current, disputes settled, quality above its floor. */
export async function checkPipeline(pipelineDir: string, datasetsDir: string, out: Output): Promise<Finding[]> {
  const findings: Finding[] = [];
  const rel = (p: string) => relative(process.cwd(), p) || '.';
  const build = await buildDataset(pipelineDir, stateDirOf(pipelineDir), { force: false, only: null, workers: 1 }, silenced(out), timer({}));
  for (const o of build.ingested.outcomes) {
    if (o.status === 'rejected') findings.push({ level: 'error', check: 'ingest', message: `cannot be ingested: ${o.reason}`, file: rel(join(pipelineDir, o.path)), ...(o.line ? { line: o.line } : {}) });
  }
  const decisionsFile = rel(join(pipelineDir, 'decisions.yaml'));
  for (const e of build.result.decisionErrors) findings.push({ level: 'error', check: 'decisions', message: e.replace(/^decisions\.yaml: /, ''), file: decisionsFile });
  for (const f of build.result.facts.filter((x) => x.status === 'disputed')) {
    findings.push({ level: 'error', check: 'disputes', file: decisionsFile,
      message: `fact ${f.fact_id} (${f.metric} ${f.jurisdiction ?? ''} ${periodOf(f)}) is disputed: neither the policy nor decisions.yaml resolves it; see \`reckon explain ${f.fact_id}\`` });
  }
  for (const f of build.result.facts.filter((x) => x.status === 'single_source')) {
    findings.push({ level: 'warning', check: 'single_source', message: `fact ${f.fact_id} (${f.metric} ${f.jurisdiction ?? ''} ${periodOf(f)}) rests on a single source` });
  }
  for (const c of build.claims.filter((x) => x.confidence < LOW_CONFIDENCE)) {
    findings.push({ level: 'warning', check: 'confidence', message: `low-confidence claim ${c.claim_id} (${c.metric}, "${c.figure}", ${c.confidence})`, file: rel(join(pipelineDir, c.source_path)) });
  }
  findings.push(...await checkQuality(pipelineDir, build, rel));
  findings.push(...await checkPublished(join(datasetsDir, build.pipeline.name), build, rel));
  return findings;
}

async function checkQuality(pipelineDir: string, build: Build, rel: (p: string) => string): Promise<Finding[]> {
  const quality = build.pipeline.quality;
  if (!quality) return [];
  const file = join(pipelineDir, quality.gold);
  const f1 = evaluate(build.claims, await readGold(file), build.ingested.sources).overall.f1;
  return f1 < quality.floor
    ? [{ level: 'error', check: 'quality', message: `extraction F1 ${f1.toFixed(3)} against ${quality.gold} is below the floor ${quality.floor}; run \`reckon eval\` to see misses and extras`, file: rel(file) }]
    : [];
}

/** Every published version verifies, and a rebuild from the current inputs would publish nothing new. */
async function checkPublished(datasetDir: string, build: Build, rel: (p: string) => string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const versions = await readdir(datasetDir).catch(() => null);
  if (!versions) return [{ level: 'error', check: 'published', message: `no published dataset; run \`reckon run\` and commit ${rel(datasetDir)}`, file: rel(datasetDir) }];
  for (const v of versions.sort()) {
    const dir = join(datasetDir, v);
    if (!(await stat(dir)).isDirectory() || !(await isVersionDir(dir))) continue;
    const verification = await verifyVersion(dir);
    for (const e of verification.errors) findings.push({ level: 'error', check: 'published', message: e, file: rel(dir) });
  }
  const scratch = await mkdtemp(join(tmpdir(), 'reckon-check-'));
  try {
    await cp(datasetDir, join(scratch, build.pipeline.name), { recursive: true });
    const rebuilt = await publishDataset({ datasetsDir: scratch, pipeline: build.pipeline, tables: build.tables });
    if (rebuilt.status === 'published') {
      const changes = rebuilt.changelog.split('\n').filter((l) => l.startsWith('- ')).slice(0, 10).join('; ');
      findings.push({ level: 'error', check: 'stale', file: rel(join(datasetDir, 'latest.json')),
        message: `the published dataset is stale: a rebuild from the current sources, decisions and code would publish ${rebuilt.version} (${rebuilt.bump})${changes ? `: ${changes}` : ''}; run \`reckon run\` and commit the new version` });
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return findings;
}

/** Renders findings as text, JSON or GitHub Actions annotations. */
export function formatFindings(findings: readonly Finding[], format: 'text' | 'json' | 'github', out: Output): string {
  if (format === 'json') return JSON.stringify(findings, null, 2);
  if (format === 'github') {
    const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return findings.map((f) => `::${f.level}${f.file ? ` file=${f.file}${f.line ? `,line=${f.line}` : ''}` : ''},title=reckon check ${f.check}::${esc(f.message)}`).join('\n');
  }
  return findings.map((f) => `${f.level === 'error' ? out.color.red('error') : out.color.yellow('warning')} [${f.check}] ${f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : ''}${f.message}`).join('\n');
}

