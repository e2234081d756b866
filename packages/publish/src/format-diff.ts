import { formatNumber } from './csv.js';
import type { DatasetDiff, FactChange, FactSnapshot } from './diff.js';

/** Renders a diff as Markdown (the changelog's words) or as JSON for tools. */
export function formatDiff(diff: DatasetDiff, format: 'markdown' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(diff, null, 2)}\n`;
  const { added, removed, changed } = diff.facts;
  const lines = [summary(diff), ''];
  const section = (title: string, items: string[]) => (items.length ? lines.push(`### ${title}`, '', ...items, '') : 0);
  section('Changed facts', changed.map(changeLine));
  section('Added facts', added.map((f) => `- ${factLabel(f)}: ${valueText(f)} (claims ${f.claim_ids.join(', ') || 'none'})`));
  section('Removed facts', removed.map((f) => `- ${factLabel(f)}: ${valueText(f)} (was claims ${f.claim_ids.join(', ') || 'none'})`));
  section('Schema changes', diff.schema.map((c) => `- \`${c.table}.${c.column}\`: ${c.change}${c.change === 'retyped' ? ` ${c.before} -> ${c.after}` : ` (${c.after ?? c.before})`}`));
  section('Other changes', diff.files.length ? [`- files that differ: ${diff.files.join(', ')}`] : []);
  return `${lines.join('\n').trimEnd()}\n`;
}

function summary(diff: DatasetDiff): string {
  const { added, removed, changed } = diff.facts;
  if (diff.from === null) return `First version: ${count(added.length, 'fact')}.`;
  const counts = `${count(added.length, 'fact')} added, ${removed.length} removed, ${changed.length} changed`;
  const why = diff.bump === 'major' ? ' (breaking schema change)' : diff.bump === 'patch' ? ' (no published value changed)' : '';
  return `${diff.bump ?? 'no change'} from ${diff.from}: ${counts}${why}.`;
}

/** `metric jurisdiction period: old -> new (claims +added -removed)`. */
function changeLine(change: FactChange): string {
  const moved = [...change.claims_added.map((id) => `+${id}`), ...change.claims_removed.map((id) => `-${id}`)];
  const claims = moved.length ? `claims ${moved.join(', ')}` : `same claims ${change.after.claim_ids.join(', ')}`;
  return `- ${factLabel(change.after)}: ${valueText(change.before)} -> ${valueText(change.after)} (${claims})`;
}

function factLabel(fact: FactSnapshot): string {
  const period = fact.period_start || fact.period_end ? `${fact.period_start ?? ''}..${fact.period_end ?? ''}` : 'no period';
  return `\`${fact.metric}\` ${fact.jurisdiction ?? '(no jurisdiction)'} ${period}`;
}

function valueText(fact: FactSnapshot): string {
  const value = fact.value_high === null ? formatNumber(fact.value) : `${formatNumber(fact.value)}-${formatNumber(fact.value_high)}`;
  const hedge = fact.qualifier === 'exact' || fact.qualifier === 'range' ? '' : `${fact.qualifier.replace('_', ' ')} `;
  return `${hedge}${value} ${fact.unit}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
