import { COUNTED_THINGS, METRICS, type MetricDefinition } from './codebook.js';
import type { Pipeline } from './pipeline.js';

/** The codebook in force for one pipeline: the built-in tables extended by pipeline.yaml. */
export interface Codebook {
  metrics: MetricDefinition[];
  countedThings: Record<string, string[]>;
}

/** Merges pipeline.yaml's `codebook:` into the built-in codebook: new metrics are added, known ones gain triggers. */
export function resolveCodebook(extension: Pipeline['codebook'] | undefined): Codebook {
  const metrics = new Map(METRICS.map((m) => [m.id, { ...m, triggers: [...m.triggers] }]));
  for (const ext of extension?.metrics ?? []) {
    const known = metrics.get(ext.id);
    if (known) {
      known.triggers.push(...ext.triggers.map((t) => t.toLowerCase()));
      if (ext.counts) known.counts = [...(known.counts ?? []), ...ext.counts];
      continue;
    }
    if (!ext.unit_kind) throw new Error(`codebook.metrics: new metric "${ext.id}" needs a unit_kind`);
    metrics.set(ext.id, {
      id: ext.id, unit_kind: ext.unit_kind, description: ext.description ?? ext.id,
      triggers: ext.triggers.map((t) => t.toLowerCase()), ...(ext.counts ? { counts: ext.counts } : {}),
    });
  }
  const countedThings: Record<string, string[]> = Object.fromEntries(Object.entries(COUNTED_THINGS).map(([k, v]) => [k, [...v]]));
  for (const [thing, words] of Object.entries(extension?.counted_things ?? {})) {
    countedThings[thing] = [...(countedThings[thing] ?? []), ...words.map((w) => w.toLowerCase())];
  }
  return { metrics: [...metrics.values()], countedThings };
}
