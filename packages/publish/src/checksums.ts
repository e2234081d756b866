import { readFile } from 'node:fs/promises';
import { sha256Hex } from '@reckon/schema';

/** sha256 of a file's bytes. */
export async function sha256File(path: string): Promise<string> {
  return sha256Hex(await readFile(path));
}

/** SHA256SUMS text in `sha256sum` format, sorted by file name (byte order), so `sha256sum -c` checks it. */
export function formatSums(sums: ReadonlyMap<string, string>): string {
  const names = [...sums.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return names.map((name) => `${sums.get(name)}  ${name}\n`).join('');
}

/** Reads SHA256SUMS text; a malformed line is an error naming its number. */
export function parseSums(text: string): { sums: Map<string, string>; errors: string[] } {
  const sums = new Map<string, string>();
  const errors: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line === '') return;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (match) sums.set(match[2]!, match[1]!);
    else errors.push(`SHA256SUMS: line ${i + 1} is not "<sha256>  <file>"`);
  });
  return { sums, errors };
}
