/** Where a command speaks: logs to stderr (unless quiet), results to stdout. Colours only on a terminal without NO_COLOR. */
export interface Output {
  log(message: string): void;
  warn(message: string): void;
  result(text: string): void;
  color: { bold(s: string): string; red(s: string): string; yellow(s: string): string; green(s: string): string; dim(s: string): string };
  /** A live progress bar on a terminal; nothing otherwise (stage summaries are logged instead). */
  progress(stage: string, done: number, total: number): void;
  quiet: boolean;
  json: boolean;
}

export function createOutput(options: { quiet?: boolean; json?: boolean } = {}): Output {
  const useColor = Boolean(process.stderr.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  const paint = (code: number) => (s: string) => (useColor ? `\u001b[${code}m${s}\u001b[0m` : s);
  const quiet = options.quiet ?? false;
  return {
    log: (m) => { if (!quiet) process.stderr.write(`${m}\n`); },
    warn: (m) => process.stderr.write(`${paint(33)('warning')}: ${m}\n`),
    result: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    color: { bold: paint(1), red: paint(31), yellow: paint(33), green: paint(32), dim: paint(2) },
    progress: (stage, done, total) => {
      if (quiet || !process.stderr.isTTY || total < 2) return;
      // Redraw at most every 1%: a terminal write per source would cost more than the work.
      const step = Math.max(1, Math.floor(total / 100));
      if (done !== total && done % step !== 0) return;
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r${stage.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
    },
    quiet,
    json: options.json ?? false,
  };
}

/** The same output with logs and progress bars silenced: for commands that run stages only to report on them. */
export function silenced(out: Output): Output {
  return { ...out, log: () => {}, progress: () => {} };
}
