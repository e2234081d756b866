import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor, type ExtractorOptions } from '@reckon/extract';
import type { Source } from '@reckon/schema';

/** A worker thread of the extraction stage: compiles the codebook once, then extracts the batches it is sent. */
const extract = createExtractor(workerData as ExtractorOptions);
parentPort!.on('message', (batch: { id: number; sources: Source[] }) => {
  parentPort!.postMessage({ id: batch.id, claims: batch.sources.map(extract) });
});
