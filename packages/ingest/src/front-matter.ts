import { parseDocument } from 'yaml';
import { z } from 'zod';
import { SOURCE_KINDS, validate } from '@reckon/schema';

export const FrontMatterSchema = z.object({
  title: z.string().nullish(),
  publisher: z.string().nullish(),
  url: z.string().nullish(),
  published: z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]).nullish(),
  published_note: z.string().nullish(),
  language: z.string().nullish(),
  kind: z.enum(SOURCE_KINDS).nullish(),
});
export type FrontMatter = z.infer<typeof FrontMatterSchema>;
const KNOWN_KEYS = new Set(Object.keys(FrontMatterSchema.shape));

export interface SplitSource {
  frontMatter: FrontMatter;
  /** The body after the front matter: the text that claims point into. */
  body: string;
  warnings: string[];
}

/** A problem in a source file, with the 1-based line it sits on. */
export interface LineError { line: number; message: string }

/**
 * Splits `---` YAML front matter from the body and validates it. Errors carry the line in the file,
 * so a person can go straight to it.
 */
export function splitFrontMatter(text: string): { ok: true; value: SplitSource } | { ok: false; error: LineError } {
  const match = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { ok: true, value: { frontMatter: {}, body: text, warnings: ['no front matter: title, publisher and date are unknown'] } };
  const yamlText = match[1] ?? '';
  const body = text.slice(match[0].length);
  const doc = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    const first = doc.errors[0]!;
    const line = (first.linePos?.[0]?.line ?? 1) + 1;
    return { ok: false, error: { line, message: `front matter is not valid YAML: ${first.message.split('\n')[0]}` } };
  }
  const data: unknown = doc.toJS();
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return { ok: false, error: { line: 2, message: 'front matter must be a YAML mapping of keys to values' } };
  }
  const record = (data ?? {}) as Record<string, unknown>;
  const result = validate(FrontMatterSchema, record);
  if (!result.ok) {
    const key = result.errors[0]!.split(':')[0]!;
    return { ok: false, error: { line: lineOfKey(yamlText, key), message: `front matter ${result.errors[0]} (received ${JSON.stringify(record[key])})` } };
  }
  const unknown = Object.keys(record).filter((k) => !KNOWN_KEYS.has(k));
  const warnings = unknown.map((k) => `front matter line ${lineOfKey(yamlText, k)}: unknown key "${k}" ignored (known: ${[...KNOWN_KEYS].join(', ')})`);
  return { ok: true, value: { frontMatter: result.value, body, warnings } };
}

/** 1-based line of `key:` in the file, counting the opening `---`. */
function lineOfKey(yamlText: string, key: string): number {
  const index = yamlText.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 2;
}
