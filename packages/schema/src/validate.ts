import { createHash } from 'node:crypto';
import type { z } from 'zod';

/** A validation outcome: the value, or errors written as `dot.path: message`. Only the CLI turns errors into exits. */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Parses `input` with `schema`, returning errors as `path: message` lines instead of throwing. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: result.error.issues.map(formatIssue) };
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
  const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
  return `${path}: ${issue.message}${keys}`;
}

/** An error a user can act on: names the file (and line), says what was expected. */
export class ReckonError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly hint?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ReckonError';
  }

  /** `file:line: message` for terminals and CI logs. */
  get located(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${where}${this.message}`;
  }
}

/** Cuts long input for messages, so an error never floods a terminal. */
export function truncate(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** A deterministic 16-hex-character id from its parts: ids derive from content, never from run order or time. */
export function contentId(...parts: Array<string | number | null | undefined>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part ?? '\u0000'}\u001f`);
  return hash.digest('hex').slice(0, 16);
}

/** sha256 hex of a string or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
