import type { Implementation } from '../commands.js';
import { CommandError, EXIT } from '../exit-codes.js';
import { openPipelineWarehouse } from '../warehouse-file.js';

type Row = Record<string, unknown>;

export const explain: Implementation = async ([factId], values, out) => {
  if (!factId || !/^[0-9a-f]{16}$/.test(factId)) throw new CommandError('expected a fact id (16 hex characters)', EXIT.usage, { hint: 'reckon query "select fact_id, metric from facts"' });
  const warehouse = await openPipelineWarehouse(values.pipeline as string | undefined);
  try {
    const rows = async (sql: string, params: unknown[] = [factId]) => {
      const r = await warehouse.query(sql, params);
      return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]])) as Row);
    };
    const [fact] = await rows('select * from facts where fact_id = ?');
    if (!fact) throw new CommandError(`no fact ${factId} in the warehouse`, EXIT.usage);
    const ids = String(fact.claim_ids ?? '').split(';').concat(String(fact.claim_ids_against ?? '').split(';')).filter(Boolean);
    const claims = await rows('select * from claims where fact_id = ? or list_contains(string_split(?, \';\'), claim_id) order by rank, source_path, span_start', [factId, ids.join(';')]);
    const conflicts = await rows('select * from conflicts where fact_id = ? order by kind, conflict_id');
    if (out.json) {
      out.result(JSON.stringify({ fact, claims, conflicts }, null, 2));
      return EXIT.ok;
    }
    const period = `${fact.period_start ?? '…'} .. ${fact.period_end ?? '…'}`;
    const lines = [
      out.color.bold(`fact ${fact.fact_id}: ${fact.metric} ${fact.jurisdiction ?? ''} ${period}`),
      `  value ${fact.qualifier} ${fact.value}${fact.value_high !== null ? `–${fact.value_high}` : ''} ${fact.unit}; interval [${fact.interval_low ?? '-inf'}, ${fact.interval_high ?? 'inf'}]`,
      `  status ${fact.status}, decided by ${fact.rule}`,
      `  ${fact.rationale}`,
      '',
      out.color.bold('claims'),
      ...claims.flatMap((c) => [
        `  [${c.rank}] ${c.claim_id} ${c.metric} ${c.qualifier} ${c.value}${c.value_high !== null ? `–${c.value_high}` : ''} ${c.unit}, interval [${c.interval_low ?? '-inf'}, ${c.interval_high ?? 'inf'}], period ${c.period_start ?? '…'}..${c.period_end ?? '…'}`,
        `      ${c.source_path} @${c.span_start}-${c.span_end} (${c.extractor})`,
        `      "${String(c.quote)}"`,
      ]),
    ];
    if (conflicts.length) {
      lines.push('', out.color.bold('decision path'));
      for (const c of conflicts) lines.push(`  ${c.kind} -> ${c.resolution} (${c.rule}): ${c.rationale}`);
    }
    out.result(lines.join('\n'));
    return EXIT.ok;
  } finally {
    warehouse.close();
  }
};
