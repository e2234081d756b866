import { mkdir, readFile, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { createExtractor, EXTRACTOR_VERSION } from '@reckon/extract';
import { contentId, resolveCodebook, type Claim, type Pipeline, type Source } from '@reckon/schema';
import type { Output } from './output.js';

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
  const codebook = resolveCodebook(pipeline.codebook);
  const extract = createExtractor({ codebook, defaults: pipeline.defaults });
  const cacheDir = join(stateDir, 'cache', contentId(EXTRACTOR_VERSION, JSON.stringify(codebook), JSON.stringify(pipeline.defaults)));
  await mkdir(cacheDir, { recursive: true });
  const claims: Claim[] = [];
  let fromCache = 0;
  for (const [i, source] of sources.entries()) {
    out.progress('extract', i + 1, sources.length);
    const file = join(cacheDir, `${cacheKey(source)}.json`);
    const cached = options.force ? null : await readCache(file);
    if (cached) {
      fromCache++;
      claims.push(...cached.map((c) => ({ ...c, source_path: source.source_path })));
      continue;
    }
    const fresh = extract(source);
    claims.push(...fresh);
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(fresh));
    await rename(temp, file);
  }
  void options.workers;
  return { claims, fromCache };
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
