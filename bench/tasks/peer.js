// Extraction against a peer (Microsoft Recognizers-Text, English) and against the floor, on the same source texts.
import { readFileSync } from 'node:fs';
import { NumberRecognizer } from '@microsoft/recognizers-text-number';
import { NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import { listFiles, loadPipeline, parseSource } from '@reckon/ingest';
import { createExtractor } from '@reckon/extract';
import { resolveCodebook } from '@reckon/schema';
import { MB, emit, rate, round, timed } from '../measure.js';

const ENGLISH = 'en-us'; // Culture.English of @microsoft/recognizers-text

/** args: { dir, sampleBytes, peerSeconds } a generated corpus, how much of it to sample, a time budget per peer model. */
export default async function peer({ dir, sampleBytes = 1e6, peerSeconds = 90 }) {
  const pipeline = await loadPipeline(dir);
  const files = [];
  let total = 0;
  for (const f of await listFiles(dir, pipeline.sources)) {
    if (total >= sampleBytes) break;
    files.push(f);
    total += readFileSync(f.absolute).length;
  }
  const read = await timed(() => files.map((f) => readFileSync(f.absolute)));
  const sources = read.value.map((bytes, i) => parseSource(bytes, files[i].path, 'media').source).filter(Boolean);
  const texts = sources.map((s) => s.text);
  const textBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const scan = await timed(() => texts.reduce((n, t) => n + (t.match(/\d/g)?.length ?? 0), 0));

  const extract = createExtractor({ codebook: resolveCodebook(pipeline.codebook), defaults: pipeline.defaults });
  // A first pass compiles the lexicon and warms the JIT, as the first thousand sources of a real run do; the second is timed.
  sources.forEach((s) => extract(s));
  const ours = await timed(() => sources.reduce((n, s) => n + extract(s).length, 0));
  const oursMBs = textBytes / MB / (ours.ms / 1000);

  const models = {
    'peer: number (en)': new NumberRecognizer(ENGLISH).getNumberModel(),
    'peer: currency (en)': new NumberWithUnitRecognizer(ENGLISH).getCurrencyModel(),
  };
  const peers = {};
  for (const [name, model] of Object.entries(models)) {
    texts.slice(0, 3).forEach((t) => model.parse(t));
    // The peer is slow: it reads sources from the start of the sample until its time budget runs out.
    let done = 0;
    let found = 0;
    const start = performance.now();
    for (const t of texts) {
      found += model.parse(t).length;
      done += Buffer.byteLength(t);
      if (performance.now() - start > peerSeconds * 1000) break;
    }
    const ms = performance.now() - start;
    peers[name] = { ms, mbps: done / MB / (ms / 1000), bytes: done, found };
  }
  const both = 1 / Object.values(peers).reduce((s, p) => s + 1 / p.mbps, 0);

  emit({ stage: 'sample', files: files.length, bytes: total, text_bytes: textBytes });
  emit({ stage: 'floor: readFileSync', ms: Math.round(read.ms), mb_per_s: rate(total / MB, read.ms) });
  emit({ stage: 'floor: /\\d/g', ms: Math.round(scan.ms), mb_per_s: rate(textBytes / MB, scan.ms) });
  emit({ stage: 'reckon extract (1 core)', ms: Math.round(ours.ms), mb_per_s: round(oursMBs), claims: ours.value });
  for (const [name, p] of Object.entries(peers)) {
    emit({ stage: name, ms: Math.round(p.ms), mb_per_s: round(p.mbps), text_bytes: p.bytes, found: p.found, reckon_ratio: round(oursMBs / p.mbps) });
  }
  emit({ stage: 'peer: number + currency', mb_per_s: round(both), reckon_ratio: round(oursMBs / both) });
  emit({ stage: 'ratios to the floor', read_over_extract: round(rate(total / MB, read.ms) / oursMBs), scan_over_extract: round(rate(textBytes / MB, scan.ms) / oursMBs) });
}
