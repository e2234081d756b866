import { z } from 'zod';
import { UNIT_KINDS } from './codebook.js';
import { SOURCE_KINDS } from './records.js';

/** Policy rules, applied in the order pipeline.yaml lists them until one decides. */
export const POLICY_RULES = ['source_kind', 'recency', 'specificity', 'corroboration'] as const;
export type PolicyRule = (typeof POLICY_RULES)[number];

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and hyphens, at most 64');

const MetricExtensionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a snake_case id'),
  unit_kind: z.enum(UNIT_KINDS).optional(),
  description: z.string().optional(),
  triggers: z.array(z.string().min(1)).default([]),
  counts: z.array(z.string().min(1)).optional(),
  describes_crime: z.boolean().optional().describe('what the crime took or whom it harmed: the day an authority acted on does not date it'),
  handed_down: z.boolean().optional().describe('a court hands it down: the agency that prosecuted reports it, not one that only investigated'),
  named_by_things: z.boolean().optional().describe("its counted things say it where no trigger does, when a platform has them ('had 15,000 players')"),
  wins_disjunction: z.boolean().optional().describe("a count under its verb and another metric's joined by 'or' is its ('removed or blocked')"),
});

const JurisdictionExtensionSchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'),
  names: z.array(z.string().min(2)).min(1).describe("the country's name first, then demonyms and cities"),
  currency: z.string().regex(/^[A-Z]{3,5}$/).optional(),
  fiscal_year_start: z.number().int().min(1).max(12).optional(),
  fiscal_year_named_by: z.enum(['start', 'end']).optional().describe('the year "fiscal 2024" names: the one the fiscal year ends in (the default) or, as in Japan, the one it starts in'),
  local_police: z.boolean().optional().describe("its police are local forces, named after their city or region"),
  city_state: z.boolean().optional().describe("its name is its city's too: a court there is named after it"),
});

const AuthorityExtensionSchema = z.strictObject({
  id: z.string().min(1).describe('the id published in the data, as the press writes it'),
  jurisdiction: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'),
  names: z.array(z.string().min(2)).min(1),
  aliases: z.array(z.string().min(2)).optional(),
  part_of: z.string().optional(),
  shared: z.boolean().optional().describe('a name several agencies share, each part_of this one: it means the one a text names'),
  prosecuted_by: z.string().optional().describe("the agency that takes its cases to court and reports their sentences"),
});

export const PipelineSchema = z.strictObject({
  name: slug.describe('dataset name, used for the datasets/<name>/ folder'),
  title: z.string().min(1),
  description: z.string().min(1),
  license: z.string().default('CC-BY-4.0').describe('SPDX id of the dataset licence'),
  homepage: z.string().optional(),
  keywords: z.array(z.string()).default([]),
  contributors: z.array(z.strictObject({ title: z.string(), role: z.string().default('author'), email: z.string().optional() })).default([]),
  defaults: z.strictObject({
    jurisdiction: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code').optional(),
    authority: z.string().optional(),
    kind: z.enum(SOURCE_KINDS).optional(),
  }).default({}),
  sources: z.string().default('sources/**/*.md').describe('glob of source files, relative to the pipeline folder'),
  codebook: z.strictObject({
    metrics: z.array(MetricExtensionSchema).default([]),
    counted_things: z.record(z.string(), z.array(z.string())).default({}),
    jurisdictions: z.array(JurisdictionExtensionSchema).default([]).describe('countries and their names, beyond the built-in table'),
    authorities: z.array(AuthorityExtensionSchema).default([]).describe('agencies and their names, beyond the built-in table'),
  }).default({ metrics: [], counted_things: {}, jurisdictions: [], authorities: [] }),
  policy: z.array(z.enum(POLICY_RULES)).default(['source_kind', 'corroboration', 'specificity', 'recency']),
  quality: z.strictObject({
    gold: z.string().min(1).describe('gold coding of some sources, relative to the pipeline folder (the seeds\' format)'),
    floor: z.number().min(0).max(1).describe('`reckon check` fails when extraction F1 against the gold falls below this'),
  }).optional(),
  limits: z.strictObject({
    max_source_bytes: z.number().int().positive().default(10 * 1024 * 1024),
  }).default({ max_source_bytes: 10 * 1024 * 1024 }),
});
export type Pipeline = z.infer<typeof PipelineSchema>;
export type MetricExtension = z.infer<typeof MetricExtensionSchema>;

export const DecisionSchema = z.strictObject({
  fact_id: z.string().regex(/^[0-9a-f]{16}$/),
  action: z.enum(['confirm', 'override']).describe('confirm the policy outcome, or override it with prefer'),
  prefer: z.array(z.string().regex(/^[0-9a-f]{16}$/)).default([]).describe('claims to publish, for override'),
  claims: z.array(z.string().regex(/^[0-9a-f]{16}$/)).min(1).describe('the claims of the fact when the decision was made'),
  value: z.number().optional().describe('the published value when the decision was made, for confirm'),
  reason: z.string().min(1),
  reviewer: z.string().min(1),
  date: z.iso.date(),
});
export const DecisionsFileSchema = z.strictObject({ decisions: z.array(DecisionSchema).default([]) });
export type Decision = z.infer<typeof DecisionSchema>;
