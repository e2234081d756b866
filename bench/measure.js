// Small measuring helpers shared by the benchmark tasks and the runner.
import { spawn } from 'node:child_process';

export const MB = 1e6;

/** Runs `work` and returns its value with the wall time it took in milliseconds. */
export async function timed(work) {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Peak resident set size of this process so far, in MB (maxRSS is reported in KiB). */
export const peakRssMB = () => Math.round((process.resourceUsage().maxRSS * 1024) / MB);

/**
 * Emits one result line for the runner; tasks print several, so a killed task still reports the stages it finished.
 * The live heap is printed beside peak RSS because tasks run with a large heap limit, so RSS also holds garbage not yet collected.
 */
export function emit(record) {
  const heapUsedMB = Math.round(process.memoryUsage().heapUsed / MB);
  process.stdout.write(`BENCH ${JSON.stringify({ ...record, peak_rss_mb: peakRssMB(), heap_used_mb: heapUsedMB })}\n`);
}

/** Per-second rate, rounded for reading: 1234.5678 -> 1235, 1.23456 -> 1.23. */
export function rate(amount, ms) {
  const perSecond = amount / (ms / 1000);
  return round(perSecond);
}

export function round(x) {
  if (!Number.isFinite(x)) return x;
  return Math.abs(x) >= 100 ? Math.round(x) : Number(x.toPrecision(3));
}

/**
 * Runs `node bench/task.js <task> <args>` in its own process, so each measurement has its own peak RSS and a hung
 * stage can be stopped; resolves with every result line it printed and whether it finished in time.
 */
export function runTask(task, args, { timeoutSeconds = 600, heapMB = 16384, cpuProf = null } = {}) {
  const flags = [`--max-old-space-size=${heapMB}`, ...(cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${cpuProf}`] : [])];
  const child = spawn(process.execPath, [...flags, new URL('./task.js', import.meta.url).pathname, task, JSON.stringify(args)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const records = [];
  let stderr = '';
  let buffered = '';
  child.stdout.on('data', (chunk) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop();
    for (const line of lines) if (line.startsWith('BENCH ')) records.push(JSON.parse(line.slice(6)));
  });
  child.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-4000); });
  const start = performance.now();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ records, ok: code === 0, timedOut: signal === 'SIGKILL', seconds: (performance.now() - start) / 1000, stderr: code === 0 ? '' : stderr });
    });
  });
}
