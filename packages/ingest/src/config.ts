import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { DecisionsFileSchema, PipelineSchema, ReckonError, validate, type Decision, type Pipeline } from '@reckon/schema';

/** Reads and validates `<dir>/pipeline.yaml`; errors name the file, the line and the key. */
export async function loadPipeline(dir: string): Promise<Pipeline> {
  const file = join(dir, 'pipeline.yaml');
  const text = await readFile(file, 'utf8').catch((cause: NodeJS.ErrnoException) => {
    throw new ReckonError(cause.code === 'ENOENT' ? 'no pipeline.yaml here' : `cannot read: ${cause.message}`, file, undefined,
      'a pipeline folder holds pipeline.yaml, sources/ and decisions.yaml; `reckon init <name>` makes one', { cause });
  });
  return parseYamlFile<Pipeline>(text, file, PipelineSchema);
}

/** Reads `<dir>/decisions.yaml` (absent means no decisions). */
export async function loadDecisions(dir: string): Promise<Decision[]> {
  const file = join(dir, 'decisions.yaml');
  const text = await readFile(file, 'utf8').catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === 'ENOENT') return null;
    throw cause;
  });
  if (text === null) return [];
  return parseYamlFile<{ decisions: Decision[] }>(text, file, DecisionsFileSchema).decisions;
}

function parseYamlFile<T>(text: string, file: string, schema: Parameters<typeof validate>[0]): T {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    const first = doc.errors[0]!;
    throw new ReckonError(`not valid YAML: ${first.message.split('\n')[0]}`, file, first.linePos?.[0]?.line);
  }
  const result = validate(schema, doc.toJS() ?? {});
  if (result.ok) return result.value as T;
  const [firstError] = result.errors;
  const key = firstError!.split(':')[0]!;
  const node = key === '(root)' ? null : doc.getIn(key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), true) as { range?: [number] } | null;
  const line = node?.range ? text.slice(0, node.range[0]).split('\n').length : lineOfTopKey(text, key);
  throw new ReckonError(result.errors.join('; '), file, line, 'fix the key named above; see the commented example from `reckon init`');
}

function lineOfTopKey(text: string, key: string): number | undefined {
  const top = key.split('.')[0];
  const index = text.split('\n').findIndex((l) => l.startsWith(`${top}:`));
  return index === -1 ? undefined : index + 1;
}
