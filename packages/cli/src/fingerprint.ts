import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles, loadPipeline, type SourceOutcome } from '@reckon/ingest';
import { sha256Hex, type Decision, type Pipeline } from '@reckon/schema';

let codeHash: Promise<string> | null = null;

/** A hash of reckon's own built code: a new build of any stage may change the output, so it is an input too. */
export function codeFingerprint(): Promise<string> {
  codeHash ??= (async () => {
    const packages = fileURLToPath(new URL('../../', import.meta.url));
    const parts: string[] = [];
    for (const name of (await readdir(packages)).sort()) {
      const dist = join(packages, name, 'dist');
      const files = await readdir(dist, { recursive: true }).catch(() => [] as string[]);
      for (const f of files.filter((x) => x.endsWith('.js')).sort()) parts.push(`${name}/${f}:${sha256Hex(await readFile(join(dist, f)))}`);
    }
    return sha256Hex(parts.join('\n'));
  })();
  return codeHash;
}

/** Everything a run's output depends on: code, configuration, decisions and every source file's bytes and fate. */
export async function inputFingerprint(pipeline: Pipeline, decisions: readonly Decision[], outcomes: readonly SourceOutcome[], sha256Of: (path: string) => string | null): Promise<string> {
  const sources = outcomes.map((o) => `${o.path}\t${o.status}\t${o.reason ?? ''}\t${sha256Of(o.path) ?? ''}`).join('\n');
  return sha256Hex([await codeFingerprint(), JSON.stringify(pipeline), JSON.stringify(decisions), sources].join('\n\u0000'));
}

/**
 * A cheap stand-in for reading every source: the configuration files' bytes and each source file's path, size
 * and modification time, with the code. Equal to the last run's, the sources are the ones it read (the way
 * make decides), so a rerun with nothing changed need not read them; --force reads them regardless.
 */
export async function statFingerprint(pipelineDir: string): Promise<string | null> {
  try {
    const config = await Promise.all(['pipeline.yaml', 'decisions.yaml'].map((f) => readFile(join(pipelineDir, f), 'utf8').catch(() => '')));
    const pipeline = await loadPipeline(pipelineDir);
    const files = await listFiles(pipelineDir, pipeline.sources);
    const stats = await Promise.all(files.map(async (f) => {
      // A link's target is what gets read, so its stamp is what counts; a refused link is judged by itself.
      const st = f.refused ? await lstat(f.absolute) : await stat(f.absolute);
      return `${f.path}\t${st.size}\t${st.mtimeMs}\t${f.refused ?? ''}`;
    }));
    return sha256Hex([await codeFingerprint(), ...config, ...stats].join('\n\u0000'));
  } catch {
    return null;
  }
}
