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
  // FNV-1a 64 in two 32-bit halves (offset basis cbf29ce484222325, prime 100000001b3), kept as int32 so that no
  // step leaves V8's integer registers. The multiply is written inline, not as a closure over the halves: that
  // closure boxed both on every character (a million claims' ids allocated some 600 MB).
  let hi = 0xcbf29ce4 | 0;
  let lo = 0x84222325 | 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    const text = part === null || part === undefined ? '\u0000' : typeof part === 'string' ? part : String(part);
    const length = text.length;
    for (let i = 0; i <= length; i++) {
      // Each part ends with a separator (0x1f), so that ("ab", "c") and ("a", "bc") differ.
      lo ^= i < length ? text.charCodeAt(i) : 0x1f;
      // (hi, lo) * 0x100000001b3 mod 2^64: lo * 0x1b3 in 16-bit halves with the carry, hi * 0x1b3 plus lo << 8 (the 2^40 term).
      const loProduct = Math.imul(lo & 0xffff, 0x1b3);
      const loHigh = Math.imul((lo >> 16) & 0xffff, 0x1b3) + (loProduct >> 16);
      hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (loHigh >> 16)) | 0;
      lo = (loHigh << 16) | (loProduct & 0xffff);
    }
  }
  // Written digit by digit into one flat string: toString(16) of a number above 2^31 takes the slow path for
  // doubles, and concatenating the halves made a two-piece string that every later comparison had to walk.
  return String.fromCharCode(
    hexDigit(hi, 28), hexDigit(hi, 24), hexDigit(hi, 20), hexDigit(hi, 16), hexDigit(hi, 12), hexDigit(hi, 8), hexDigit(hi, 4), hexDigit(hi, 0),
    hexDigit(lo, 28), hexDigit(lo, 24), hexDigit(lo, 20), hexDigit(lo, 16), hexDigit(lo, 12), hexDigit(lo, 8), hexDigit(lo, 4), hexDigit(lo, 0),
  );
}

/** The character code of the hex digit of `x` at bit `shift`. */
function hexDigit(x: number, shift: number): number {
  const digit = (x >>> shift) & 15;
  return digit < 10 ? 48 + digit : 87 + digit;
}

/** sha256 hex of a string or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
