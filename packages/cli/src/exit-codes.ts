import { ReckonError } from '@reckon/schema';

/** Exit codes, documented in `reckon --help`. */
export const EXIT = {
  ok: 0,
  /** A gate failed: quality below its floor, a check, a verification, a decision out of date, a rejected source. */
  failed: 1,
  /** The command line or an input file is wrong: the message says which file and what to do. */
  usage: 2,
  /** Another run holds the pipeline's lock. */
  locked: 3,
  /** A bug in reckon: please report it with the --debug output. */
  internal: 70,
} as const;

/** A failure the user can act on, with its exit code. */
export class CommandError extends ReckonError {
  constructor(message: string, readonly exitCode: number, options: { file?: string; line?: number; hint?: string; cause?: unknown } = {}) {
    super(message, options.file, options.line, options.hint, { cause: options.cause });
  }
}
