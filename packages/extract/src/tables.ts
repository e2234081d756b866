import type { TextSpan } from '@reckon/schema';
import type { Sentence } from './sentences.js';

/** A cell of a Markdown table: its text without the pipes and surrounding spaces, and where it sits in the source. */
export type Cell = Sentence;

/** A Markdown table: its header cells, its body rows, and the span of its lines (header to last row). */
export interface Table { start: number; end: number; header: Cell[]; rows: Cell[][] }

const ROW = /^[ \t]*\|.*\|[ \t]*$/;
const ROW_START = /^[ \t]*\|/m;
const SEPARATOR = /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*$/;

/**
 * The Markdown tables of a text ("| Country | Arrests |" over "| --- | --- |" over its rows), outside boilerplate. A
 * results table counts per row what its header names per column: its cells are read under their column's header.
 */
export function findTables(text: string, boilerplate: readonly TextSpan[] = []): Table[] {
  // Most texts hold no table: a row needs a line that opens on "|" (checked without a regex scan of the whole text).
  if (!text.startsWith('|') && !text.includes('\n|') && !(text.includes('\n ') && ROW_START.test(text))) return [];
  const tables: Table[] = [];
  const lines = linesOf(text);
  for (let i = 0; i + 1 < lines.length; i++) {
    const [start, end] = lines[i]!;
    if (!ROW.test(text.slice(start, end)) || !SEPARATOR.test(text.slice(...lines[i + 1]!))) continue;
    const rows: Cell[][] = [];
    let j = i + 2;
    for (; j < lines.length && ROW.test(text.slice(...lines[j]!)); j++) rows.push(cellsOf(text, ...lines[j]!));
    const tableEnd = lines[j - 1]![1];
    if (rows.length && !boilerplate.some((b) => b.start < tableEnd && b.end > start)) tables.push({ start, end: tableEnd, header: cellsOf(text, start, end), rows });
    i = j - 1;
  }
  return tables;
}

function linesOf(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push([start, end]);
    start = end + 1;
  }
  return lines;
}

/** The cells between a row's pipes, trimmed, with their offsets. */
function cellsOf(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let from = text.indexOf('|', start) + 1;
  for (let pipe = text.indexOf('|', from); pipe >= 0 && pipe < end; pipe = text.indexOf('|', from)) {
    let a = from;
    let b = pipe;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    cells.push({ start: a, end: b, text: text.slice(a, b) });
    from = pipe + 1;
  }
  return cells;
}
