import { COUNTED_THINGS, METRICS, type MetricDefinition } from './codebook.js';
import { AUTHORITIES, JURISDICTIONS, type AuthorityDefinition, type JurisdictionDefinition } from './jurisdictions.js';
import type { Pipeline } from './pipeline.js';

/** The codebook in force for one pipeline: the built-in tables extended by pipeline.yaml. */
export interface Codebook {
  metrics: MetricDefinition[];
  countedThings: Record<string, string[]>;
  jurisdictions: JurisdictionDefinition[];
  authorities: AuthorityDefinition[];
}

/** Merges pipeline.yaml's `codebook:` into the built-in codebook: new metrics are added, known ones gain triggers. */
export function resolveCodebook(extension: Pipeline['codebook'] | undefined): Codebook {
  const metrics = new Map(METRICS.map((m) => [m.id, { ...m, triggers: [...m.triggers] }]));
  for (const ext of extension?.metrics ?? []) {
    const known = metrics.get(ext.id);
    if (known) {
      known.triggers.push(...ext.triggers.map((t) => t.toLowerCase()));
      if (ext.counts) known.counts = [...(known.counts ?? []), ...ext.counts];
      if (ext.describes_crime !== undefined) known.describesCrime = ext.describes_crime;
      if (ext.handed_down !== undefined) known.handedDown = ext.handed_down;
      if (ext.named_by_things !== undefined) known.namedByThings = ext.named_by_things;
      if (ext.wins_disjunction !== undefined) known.winsDisjunction = ext.wins_disjunction;
      continue;
    }
    if (!ext.unit_kind) throw new Error(`codebook.metrics: new metric "${ext.id}" needs a unit_kind`);
    metrics.set(ext.id, {
      id: ext.id, unit_kind: ext.unit_kind, description: ext.description ?? ext.id,
      triggers: ext.triggers.map((t) => t.toLowerCase()), ...(ext.counts ? { counts: ext.counts } : {}),
      ...(ext.describes_crime ? { describesCrime: true } : {}), ...(ext.handed_down ? { handedDown: true } : {}),
      ...(ext.named_by_things ? { namedByThings: true } : {}), ...(ext.wins_disjunction ? { winsDisjunction: true } : {}),
    });
  }
  const countedThings: Record<string, string[]> = Object.fromEntries(Object.entries(COUNTED_THINGS).map(([k, v]) => [k, [...v]]));
  for (const [thing, words] of Object.entries(extension?.counted_things ?? {})) {
    countedThings[thing] = [...(countedThings[thing] ?? []), ...words.map((w) => w.toLowerCase())];
  }
  return { metrics: [...metrics.values()], countedThings, ...places(extension) };
}

/** The built-in countries and agencies with the pipeline's: a known country or agency gains names, a new one is added. */
function places(extension: Pipeline['codebook'] | undefined): Pick<Codebook, 'jurisdictions' | 'authorities'> {
  const jurisdictions = new Map(JURISDICTIONS.map((j) => [j.code, { ...j, names: [...j.names] }]));
  for (const ext of extension?.jurisdictions ?? []) {
    const known = jurisdictions.get(ext.code);
    const currency = ext.currency ?? known?.currency;
    const fiscalYearStart = ext.fiscal_year_start ?? known?.fiscalYearStart;
    const fiscalYearNamedBy = ext.fiscal_year_named_by ?? known?.fiscalYearNamedBy;
    const localPolice = ext.local_police ?? known?.localPolice;
    const cityState = ext.city_state ?? known?.cityState;
    jurisdictions.set(ext.code, {
      code: ext.code, names: [...(known?.names ?? []), ...ext.names],
      ...(currency ? { currency } : {}), ...(fiscalYearStart ? { fiscalYearStart } : {}), ...(fiscalYearNamedBy ? { fiscalYearNamedBy } : {}),
      ...(localPolice !== undefined ? { localPolice } : {}),
      ...(cityState !== undefined ? { cityState } : {}),
    });
  }
  const key = (a: { id: string; jurisdiction: string }) => `${a.id}|${a.jurisdiction}`;
  const authorities = new Map(AUTHORITIES.map((a) => [key(a), { ...a, names: [...a.names], ...(a.aliases ? { aliases: [...a.aliases] } : {}) }]));
  for (const ext of extension?.authorities ?? []) {
    const known = authorities.get(key(ext));
    const aliases = [...(known?.aliases ?? []), ...(ext.aliases ?? [])];
    const partOf = ext.part_of ?? known?.partOf;
    const prosecutedBy = ext.prosecuted_by ?? known?.prosecutedBy;
    const shared = ext.shared ?? known?.shared;
    authorities.set(key(ext), {
      id: ext.id, jurisdiction: ext.jurisdiction, names: [...(known?.names ?? []), ...ext.names],
      ...(aliases.length ? { aliases } : {}), ...(partOf ? { partOf } : {}), ...(prosecutedBy ? { prosecutedBy } : {}),
      ...(shared ? { shared } : {}),
    });
  }
  return { jurisdictions: [...jurisdictions.values()], authorities: [...authorities.values()] };
}
