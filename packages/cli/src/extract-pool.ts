import { Worker } from 'node:worker_threads';
import type { ExtractorOptions } from '@reckon/extract';
import type { Claim, Source } from '@reckon/schema';

const BATCH_BYTES = 512 * 1024;

/**
 * Extracts sources on worker threads, one per core: batches of about half a megabyte go to whichever
 * worker is free, and results come back in source order. Extraction is pure, so workers share nothing.
 */
export async function extractInWorkers(sources: readonly Source[], options: ExtractorOptions, workers: number, onProgress: (done: number) => void): Promise<Claim[][]> {
  const batches: Source[][] = [];
  let current: Source[] = [];
  let bytes = 0;
  for (const s of sources) {
    current.push(s);
    bytes += s.text.length;
    if (bytes >= BATCH_BYTES) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length) batches.push(current);
  const results: Claim[][][] = new Array(batches.length);
  const url = new URL('./extract-worker.js', import.meta.url);
  const pool = Array.from({ length: Math.min(workers, batches.length) }, () => new Worker(url, { workerData: options }));
  let next = 0;
  let done = 0;
  try {
    await Promise.all(pool.map((worker) => new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= batches.length) return resolve();
        const id = next++;
        worker.postMessage({ id, sources: batches[id] });
      };
      worker.on('message', (m: { id: number; claims: Claim[][] }) => {
        results[m.id] = m.claims;
        done += m.claims.length;
        onProgress(done);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`extraction worker exited with code ${code}`))));
      send();
    })));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results.flat();
}
