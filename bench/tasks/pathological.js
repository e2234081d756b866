// Extraction on inputs built to find super-linear paths: it must stay linear in the input's size.
import { parseSource } from '@reckon/ingest';
import { createExtractor } from '@reckon/extract';
import { resolveCodebook } from '@reckon/schema';
import { mulberry32 } from '../generate.js';
import { MB, emit, round, timed } from '../measure.js';

const SENTENCE = 'The Financial Monitoring Agency (AFM) blocked more than 3,500 illegal crypto exchanges in 2024 and seized KZT 24bn. ';

/** The pathological inputs by name: each returns `bytes` of text. */
export const INPUTS = {
  'digits and commas': (bytes) => {
    const random = mulberry32(3);
    let s = '';
    while (s.length < bytes) s += random() < 0.2 ? ',' : String(Math.floor(random() * 10));
    return s.slice(0, bytes);
  },
  'over over over': (bytes) => 'over '.repeat(Math.ceil(bytes / 5)).slice(0, bytes),
  'repeated phrase': (bytes) => SENTENCE.repeat(Math.ceil(bytes / SENTENCE.length)).slice(0, bytes),
  // News text with every line break removed: one sentence splitter pass and one line for all of it.
  'single line': (bytes) => {
    const random = mulberry32(5);
    const parts = ['Police arrested 12 suspects in Almaty.', 'The AFM said it had shut down 36 platforms last year.', 'Rs 1,200 crore was frozen by the ED.',
      'Officials said the platforms lacked controls.', 'Courts sentenced five people to 2.5 to 3.5 years in prison.', 'The $16.7m was returned to victims.'];
    let s = '';
    while (s.length < bytes) s += `${parts[Math.floor(random() * parts.length)]} `;
    return s.slice(0, bytes);
  },
};

/** args: { input, mb } which input and how many MB of it. */
export default async function pathological({ input, mb }) {
  const text = INPUTS[input](Math.round(mb * MB));
  const { source } = parseSource(Buffer.from(`---\ntitle: bench\npublished: 2025-01-07\nlanguage: en\n---\n${text}\n`), `${input}.md`, 'media');
  const extract = createExtractor({ codebook: resolveCodebook(undefined), defaults: {} });
  // Warm the JIT on a small piece of the same input first, so the 1 MB and 4 MB runs compare steady states.
  extract({ ...source, text: source.text.slice(0, 20_000), boilerplate: [] });
  const run = await timed(() => extract(source));
  emit({ stage: `${input}, ${mb} MB`, input, mb, ms: Math.round(run.ms), mb_per_s: round(mb / (run.ms / 1000)), claims: run.value.length });
}
