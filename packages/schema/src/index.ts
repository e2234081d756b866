export {
  UNIT_KINDS, QUALIFIERS, METRICS, COUNTED_THINGS, QUALIFIER_WORDS, NUMBER_WORDS, MAGNITUDES, DURATION_UNITS,
} from './codebook.js';
export type { UnitKind, Qualifier, MetricDefinition } from './codebook.js';
export { CURRENCIES } from './units.js';
export type { CurrencyDefinition } from './units.js';
export { JURISDICTIONS, AUTHORITIES } from './jurisdictions.js';
export type { JurisdictionDefinition, AuthorityDefinition } from './jurisdictions.js';
export {
  SOURCE_KINDS, RANKS, FACT_STATUSES, CONFLICT_KINDS, RESOLUTIONS,
  SourceSchema, ClaimSchema, RankedClaimSchema, FactSchema, ConflictSchema, TextSpanSchema,
} from './records.js';
export type { Source, Claim, RankedClaim, Fact, Conflict, TextSpan } from './records.js';
export { PipelineSchema, DecisionSchema, DecisionsFileSchema, POLICY_RULES } from './pipeline.js';
export type { Pipeline, Decision, PolicyRule, MetricExtension } from './pipeline.js';
export { TABLES, columnsOf } from './tables.js';
export type { Column, TableDefinition } from './tables.js';
export { resolveCodebook } from './resolve-codebook.js';
export type { Codebook } from './resolve-codebook.js';
export { validate, ReckonError, truncate, contentId, sha256Hex } from './validate.js';
export type { Validated } from './validate.js';
