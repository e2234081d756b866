import { mkdir, readFile, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { createExtractor, EXTRACTOR_VERSION, type ExtractorOptions } from '@reckon/extract';
import { contentId, resolveCodebook, type Claim, type Pipeline, type Source } from '@reckon/schema';
import { extractInWorkers } from './extract-pool.js';
import { codeFingerprint } from './fingerprint.js';
import type { Output } from './output.js';

/** Below this much text to extract, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 4 * 1024 * 1024;

/**
 * Extracts claims from every source, reusing cached claims of sources whose text, metadata, codebook
 * and extractor version are unchanged, so a rerun with one changed source re-extracts one source.
 */
export async function extractAll(
  sources: readonly Source[],
  pipeline: Pipeline,
  stateDir: string,
  options: { force: boolean; workers: number },
  out: Output,
): Promise<{ claims: Claim[]; fromCache: number }> {
  const extractor: ExtractorOptions = { codebook: resolveCodebook(pipeline.codebook), defaults: pipeline.defaults };
  // Keyed by the built code too: a change to extraction that forgets to bump EXTRACTOR_VERSION must not reuse stale claims.
  const cacheDir = join(stateDir, 'cache', contentId(EXTRACTOR_VERSION, await codeFingerprint(), JSON.stringify(extractor.codebook), JSON.stringify(pipeline.defaults)));
  await mkdir(cacheDir, { recursive: true });
  const perSource: Array<Claim[] | null> = options.force ? sources.map(() => null) : await Promise.all(sources.map((s) => readCache(join(cacheDir, `${cacheKey(s)}.json`))));
  const missing = sources.filter((_, i) => perSource[i] === null);
  const fromCache = sources.length - missing.length;
  const bytes = missing.reduce((n, s) => n + s.text.length, 0);
  const progress = (done: number) => out.progress('extract', fromCache + done, sources.length);
  const fresh = options.workers > 1 && bytes >= WORKER_THRESHOLD_BYTES
    ? await extractInWorkers(missing, extractor, options.workers, progress)
    : extractHere(missing, extractor, progress);
  let k = 0;
  const claims: Claim[] = [];
  const writes: Array<() => Promise<void>> = [];
  for (const [i, source] of sources.entries()) {
    const cached = perSource[i];
    if (cached) {
      for (const c of cached) claims.push({ ...c, source_path: source.source_path });
      continue;
    }
    const extracted = fresh[k++]!;
    claims.push(...extracted);
    writes.push(() => writeCache(join(cacheDir, `${cacheKey(source)}.json`), extracted));
  }
  for (let i = 0; i < writes.length; i += 64) await Promise.all(writes.slice(i, i + 64).map((w) => w()));
  return { claims, fromCache };
}

function extractHere(sources: readonly Source[], options: ExtractorOptions, progress: (done: number) => void): Claim[][] {
  const extract = createExtractor(options);
  return sources.map((s, i) => {
    progress(i + 1);
    return extract(s);
  });
}

/** Everything about a source that extraction reads, besides the codebook. */
function cacheKey(source: Source): string {
  return contentId(source.source_id, source.published, source.language, source.title, source.publisher, JSON.stringify(source.boilerplate));
}

async function readCache(file: string): Promise<Claim[] | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Claim[];
  } catch {
    return null;
  }
}

/** Written aside and renamed, so a killed run never leaves a half-written cache entry. */
async function writeCache(file: string, claims: readonly Claim[]): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(claims));
  await rename(temp, file);
}
