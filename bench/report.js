// Prints a run's results as plain-text tables, one per question the issue asks.
const fmt = (v) => (v === undefined || v === null ? '' : typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 3 }) : String(v));

/** Aligned columns: numbers right, text left. */
export function table(title, header, rows) {
  const cells = [header, ...rows.map((r) => r.map(fmt))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => (i === 0 || !/^[-\d.,]+$/.test(String(c)) ? String(c ?? '').padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ').trimEnd();
  return `\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${cells.slice(1).map(line).join('\n')}\n`;
}

const stopped = (task) => (task && !task.finished ? [[task.timed_out ? `(stopped after ${task.seconds} s)` : `(failed: ${String(task.error ?? '').slice(0, 100)})`]] : []);

export function printReport(results) {
  const out = [];
  const m = results.machine;
  out.push(`reckon benchmark ${results.date.slice(0, 10)}: ${m.cores} cores (${m.cpu}), ${m.memory_gb} GB, Node ${m.node}, seed ${results.seed}`);
  out.push(`versions: ${Object.entries(results.versions).map(([k, v]) => `${k} ${v}`).join(', ')}`);

  for (const size of results.sizes) {
    const rows = [...(size.stages?.records ?? []), ...(size.pipeline?.records ?? [])].filter((r) => r.ms !== undefined || r.error).map((r) => [
      r.error ? `${r.stage}: FAILED (${r.error.slice(0, 80)})` : r.stage, r.ms, r.mb_per_s, r.docs_per_s, r.claims_per_s, r.rows_per_s, r.peak_rss_mb, r.heap_used_mb,
    ]);
    out.push(table(`${size.mb} MB corpus: ${size.files} sources, ${size.bytes} bytes`, ['stage', 'ms', 'MB/s', 'docs/s', 'claims/s', 'rows/s', 'peak RSS MB', 'heap MB'], [...rows, ...stopped(size.stages), ...stopped(size.pipeline)]));
    const e2e = size.pipeline?.records?.find((r) => r.timings_ms);
    if (e2e?.timings_ms) out.push(`  runPipeline stage timings (ms): ${Object.entries(e2e.timings_ms).map(([k, v]) => `${k} ${v}`).join(', ')}; claims ${e2e.claims}, facts ${e2e.facts}`);
  }

  if (results.sizes.length > 1) {
    const [a, b] = [results.sizes[0], results.sizes.at(-1)];
    const byStage = (s) => new Map([...(s.stages?.records ?? []), ...(s.pipeline?.records ?? [])].filter((r) => r.ms !== undefined).map((r) => [r.stage, r.ms]));
    const [ma, mb] = [byStage(a), byStage(b)];
    out.push(table(`scaling ${b.mb} MB / ${a.mb} MB (linear is ${(b.bytes / a.bytes).toFixed(1)})`, ['stage', `${a.mb} MB ms`, `${b.mb} MB ms`, 'ratio'],
      [...ma].map(([stage, ms]) => [stage, ms, mb.get(stage), mb.has(stage) ? Number((mb.get(stage) / ms).toFixed(1)) : 'not finished'])));
  }

  if (results.peer) {
    const rows = results.peer.records.filter((r) => r.mb_per_s !== undefined).map((r) => [r.stage, r.ms, r.mb_per_s, r.text_bytes, r.reckon_ratio]);
    const floor = results.peer.records.find((r) => r.stage === 'ratios to the floor');
    out.push(table('extraction vs the peer and the floor (same sample of source text)', ['what', 'ms', 'MB/s', 'text bytes', 'reckon is x faster'], [...rows, ...stopped(results.peer)]));
    if (floor) out.push(`  the floor is ${floor.read_over_extract}x (readFileSync) and ${floor.scan_over_extract}x (/\\d/g) faster than extraction`);
  }

  if (results.reconcile) {
    const rows = results.reconcile.map((t) => {
      const r = t.records.find((x) => x.stage.startsWith('reconcile'));
      const built = t.records.find((x) => x.stage.startsWith('build'));
      return [built?.stage.replace('build ', '') ?? '?', r?.ms ?? `> ${t.seconds * 1000} (stopped)`, r?.claims_per_s, r?.facts, r?.conflicts, r?.peak_rss_mb ?? built?.peak_rss_mb];
    });
    out.push(table('reconcile() on synthetic claims', ['claims', 'ms', 'claims/s', 'facts', 'conflicts', 'peak RSS MB'], rows));
  }

  if (results.incremental) {
    const inc = results.incremental;
    const rows = inc.records.map((r) => [r.error ? `${r.stage}: FAILED (${r.error.slice(0, 80)})` : r.stage, r.ms, r.share_of_full, r.from_cache, Object.entries(r.timings_ms ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')]);
    out.push(table(`incremental reruns through runPipeline (${inc.sources} sources, ${inc.bytes} bytes)`, ['run', 'ms', 'share of full', 'sources from cache', 'stage ms'], [...rows, ...stopped(inc)]));
  }

  if (results.pathological) {
    const rows = results.pathological.map((t) => {
      const r = t.records[0];
      return r ? [r.input, r.mb, r.ms, r.mb_per_s, r.claims] : [`(stopped after ${t.seconds} s)`];
    });
    const ratios = new Map();
    for (const t of results.pathological) for (const r of t.records) ratios.set(`${r.input}@${r.mb}`, r.ms);
    const withRatio = rows.map((r) => {
      const base = ratios.get(`${r[0]}@${results.pathological.map((t) => t.records[0]?.mb).filter(Boolean).sort((x, y) => x - y)[0]}`);
      return [...r, base && r[2] ? Number((r[2] / base).toFixed(2)) : ''];
    });
    out.push(table('extraction on pathological inputs (one source each)', ['input', 'MB', 'ms', 'MB/s', 'claims', 'time / smallest'], withRatio));
  }

  out.push(table('targets (issue 7)', ['target', 'measured', 'met'], results.targets.map((t) => [t.target, t.measured, t.met === null ? 'n/a' : t.met ? 'yes' : 'NO'])));
  process.stdout.write(`${out.join('\n')}\n`);
}
