import { readFile, stat } from 'node:fs/promises';
import pLimit from 'p-limit';
import { sha256Hex, type Source } from '@reckon/schema';
import { findBoilerplate } from './boilerplate.js';
import { decode, normalise } from './normalise.js';
import { splitFrontMatter } from './front-matter.js';
import { listFiles } from './glob.js';

/** What became of one source file in a run: every file is accounted for. */
export interface SourceOutcome {
  path: string;
  status: 'used' | 'skipped' | 'rejected';
  reason: string | null;
  line: number | null;
  source_id: string | null;
  warnings: string[];
}

export interface IngestOptions {
  glob: string;
  maxSourceBytes: number;
  concurrency?: number;
  defaultKind?: Source['kind'];
  /** Only paths this predicate accepts are read; the others are recorded as skipped. */
  only?: (path: string) => boolean;
  /** Called as files are read, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface IngestResult { sources: Source[]; outcomes: SourceOutcome[] }

/** Reads every source file of a pipeline folder concurrently into Source records, accounting for each file. */
export async function ingestSources(pipelineDir: string, options: IngestOptions): Promise<IngestResult> {
  const files = await listFiles(pipelineDir, options.glob);
  const limit = pLimit(options.concurrency ?? 16);
  let done = 0;
  const read = await Promise.all(files.map((file) => limit(async () => {
    const result = file.refused ? rejected(file.path, file.refused)
      : options.only && !options.only(file.path) ? outcome(file.path, 'skipped', 'not selected by --only')
        : await ingestFile(file.absolute, file.path, options);
    options.onProgress?.(++done, files.length);
    return result;
  })));
  const sources: Source[] = [];
  const outcomes: SourceOutcome[] = [];
  const seen = new Map<string, string>();
  for (const r of read) {
    if (!('source' in r)) {
      outcomes.push(r);
      continue;
    }
    const first = seen.get(r.source.source_id);
    if (first) {
      outcomes.push({ ...outcome(r.source.source_path, 'skipped', `same text as ${first}`), source_id: r.source.source_id });
      continue;
    }
    seen.set(r.source.source_id, r.source.source_path);
    sources.push(r.source);
    outcomes.push({ ...outcome(r.source.source_path, 'used', null), source_id: r.source.source_id, warnings: r.warnings });
  }
  return { sources, outcomes };
}

type FileResult = { source: Source; warnings: string[] } | SourceOutcome;

async function ingestFile(absolute: string, path: string, options: IngestOptions): Promise<FileResult> {
  const size = (await stat(absolute)).size;
  if (size > options.maxSourceBytes) {
    return rejected(path, `file is ${size} bytes, over the limit of ${options.maxSourceBytes} (limits.max_source_bytes in pipeline.yaml)`);
  }
  const bytes = await readFile(absolute);
  return parseSource(bytes, path, options.defaultKind ?? null);
}

/** Turns one file's bytes into a Source, or a rejection naming the line. Pure, so tests need no files. */
export function parseSource(bytes: Uint8Array, path: string, defaultKind: Source['kind'] = null): FileResult {
  if (bytes.length === 0) return rejected(path, 'empty file');
  const decoded = decode(bytes);
  if (!decoded.ok) return rejected(path, decoded.reason);
  const split = splitFrontMatter(normalise(decoded.text));
  if (!split.ok) return { ...rejected(path, split.error.message), line: split.error.line };
  const { frontMatter: fm, body, warnings } = split.value;
  if (!body.trim()) return rejected(path, 'no body text after the front matter');
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(body);
  if (control) warnings.push(`control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')} at offset ${control.index} of the body`);
  const source: Source = {
    source_id: sha256Hex(body),
    source_path: path,
    title: fm.title ?? null,
    publisher: fm.publisher ?? null,
    url: fm.url || null,
    published: fm.published ?? null,
    published_note: fm.published_note ?? null,
    language: fm.language ?? null,
    kind: fm.kind ?? defaultKind,
    sha256: sha256Hex(bytes),
    bytes: bytes.length,
    text: body,
    boilerplate: findBoilerplate(body, { title: fm.title ?? null, publisher: fm.publisher ?? null }),
    // Known only once all sources are compared, in reconciliation.
    cluster_id: null,
  };
  if (!source.published) warnings.push('no published date: periods such as "this year" cannot be resolved');
  return { source, warnings };
}

function outcome(path: string, status: SourceOutcome['status'], reason: string | null): SourceOutcome {
  return { path, status, reason, line: null, source_id: null, warnings: [] };
}

function rejected(path: string, reason: string): SourceOutcome {
  return outcome(path, 'rejected', reason);
}
