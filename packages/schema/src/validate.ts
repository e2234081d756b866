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

/**
 * A deterministic 16-hex-character id from its parts: ids derive from content, never from run order or
 * time. A 64-bit FNV-1a over the parts' UTF-16 code units: ids are names, not security, and a claim id is
 * made for every figure, where a cryptographic hash costs more than reading the figure.
 */
export function contentId(...parts: Array<string | number | null | undefined>): string {
  // FNV-1a 64 in two 32-bit halves (offset basis cbf29ce484222325, prime 100000001b3). The multiply is written
  // inline, not as a closure over the halves: that closure boxed both on every character (a million claims' ids
  // allocated some 600 MB).
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const part of parts) {
    const text = part === null || part === undefined ? '\u0000' : String(part);
    for (let i = 0; i <= text.length; i++) {
      // Each part ends with a separator (0x1f), so that ("ab", "c") and ("a", "bc") differ.
      lo = (lo ^ (i < text.length ? text.charCodeAt(i) : 0x1f)) >>> 0;
      // (hi, lo) * 0x100000001b3 mod 2^64: lo * 0x1b3 plus the carries, hi * 0x1b3 plus lo << 8 (the 2^40 term).
      const loProduct = (lo & 0xffff) * 0x1b3;
      const loHigh = (lo >>> 16) * 0x1b3 + (loProduct >>> 16);
      hi = (Math.imul(hi, 0x1b3) + Math.imul(lo, 0x100) + (loHigh >>> 16)) >>> 0;
      lo = (((loHigh & 0xffff) << 16) | (loProduct & 0xffff)) >>> 0;
    }
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** sha256 hex of a string or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
