import { readFile } from 'node:fs/promises';
import { GoldRecordSchema, type GoldRecord } from '@reckon/extract';
import { validate } from '@reckon/schema';
import { CommandError, EXIT } from './exit-codes.js';

/** Reads a gold coding (one JSON object a line), naming the file and line of any bad record. */
export async function readGold(file: string): Promise<GoldRecord[]> {
  const text = await readFile(file, 'utf8').catch((cause: Error) => {
    throw new CommandError(`cannot read the gold file: ${cause.message}`, EXIT.usage, { file, cause });
  });
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (cause) {
      throw new CommandError(`not JSON: ${(cause as Error).message}`, EXIT.usage, { file, line: i + 1 });
    }
    const r = validate(GoldRecordSchema, json);
    if (!r.ok) throw new CommandError(r.errors.join('; '), EXIT.usage, { file, line: i + 1 });
    return [r.value];
  });
}
