import type { QueryResult } from './values.js';

export interface FormatTableOptions {
  /** Longer cells are cut with an ellipsis, so one long quote does not push every other column off screen. */
  maxCellWidth?: number;
}

/** Renders query results as an aligned text table (numbers right-aligned, NULL spelled out) with a row count. */
export function formatTable(result: QueryResult, options: FormatTableOptions = {}): string {
  const max = options.maxCellWidth ?? 60;
  const header = result.columns.map((c) => cut(c, max));
  const cells = result.rows.map((row) => result.columns.map((_, i) => cut(show(row[i]), max)));
  const numeric = result.columns.map((_, i) => result.rows.length > 0 && result.rows.every((row) => row[i] === null || typeof row[i] === 'number'));
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((row) => width(row[i]!))));
  const line = (row: string[]) => row.map((cell, i) => pad(cell, widths[i]!, numeric[i]!)).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  const count = `(${result.rows.length} ${result.rows.length === 1 ? 'row' : 'rows'})`;
  if (result.columns.length === 0) return `${count}\n`;
  return [line(header), rule, ...cells.map(line), count].join('\n') + '\n';
}

function show(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** Control characters would break the grid: newlines and tabs are shown escaped. */
function cut(text: string, max: number): string {
  const flat = text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

function width(text: string): number {
  return [...text].length;
}

function pad(text: string, to: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return right ? fill + text : text + fill;
}
