import { resolve } from 'node:path';
import type { Implementation } from '../commands.js';
import { buildDataset, stateDirOf, timer } from '../build.js';
import { CommandError, EXIT } from '../exit-codes.js';
import { silenced } from '../output.js';

export const sources: Implementation = async ([pipelineDir], _values, out) => {
  if (!pipelineDir) throw new CommandError('expected a pipeline folder', EXIT.usage, { hint: 'reckon sources pipelines/<name>' });
  const dir = resolve(pipelineDir);
  const build = await buildDataset(dir, stateDirOf(dir), { force: false, only: null, workers: 1 }, silenced(out), timer({}));
  const claimsOf = new Map<string, number>();
  for (const c of build.claims) claimsOf.set(c.source_id, (claimsOf.get(c.source_id) ?? 0) + 1);
  const byPath = new Map(build.ingested.sources.map((s) => [s.source_path, s]));
  const rows = build.ingested.outcomes.map((o) => {
    const s = byPath.get(o.path);
    return { path: o.path, status: o.status, published: s?.published ?? null, kind: s?.kind ?? null, publisher: s?.publisher ?? null, title: s?.title ?? null, claims: s ? claimsOf.get(s.source_id) ?? 0 : 0, reason: o.reason };
  });
  if (out.json) {
    out.result(JSON.stringify(rows, null, 2));
    return EXIT.ok;
  }
  const { formatTable } = await import('@reckon/warehouse');
  const columns = ['path', 'status', 'published', 'kind', 'publisher', 'claims', 'title_or_reason'];
  out.result(formatTable({ columns, rows: rows.map((r) => [r.path, r.status, r.published, r.kind, r.publisher, r.claims, r.reason ?? r.title]) }));
  return EXIT.ok;
};
