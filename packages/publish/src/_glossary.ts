import type { CONFLICT_KINDS, FACT_STATUSES, POLICY_RULES, RANKS, RESOLUTIONS } from '@reckon/schema';

/** Words the data card explains; typed by the schema's enums, so a new status cannot ship unexplained. */

type Glossary<T extends readonly string[]> = Record<T[number], string>;

export const STATUS_TEXT: Glossary<typeof FACT_STATUSES> = {
  single_source: 'one source reports the figure; it is published as reported.',
  corroborated: 'independent sources report values that agree.',
  resolved: 'sources disagree and a policy rule or a reviewer decision chose the published value; see conflicts.',
  disputed: 'sources disagree and nothing settled it; the value is published with its competing claims, use it with care.',
};

export const CONFLICT_TEXT: Glossary<typeof CONFLICT_KINDS> = {
  value_mismatch: 'the claims give different values for the same fact.',
  magnitude_slip: 'the values differ by a power of ten, as when million and billion are confused.',
  unit_confusion: 'the values agree once a unit or currency is read differently.',
  period_mismatch: 'the claims cover different or overlapping periods.',
  stale: 'an older figure superseded by a later report.',
  other: 'any other disagreement; the rationale says what.',
};

export const RESOLUTION_TEXT: Glossary<typeof RESOLUTIONS> = {
  policy: 'a rule of the pipeline policy decided.',
  adjudicated: 'a reviewer decided, recorded in the pipeline decisions.yaml with a reason.',
  consistent: 'the claims differ in form but are compatible; flagged only.',
  unresolved: 'nothing decided; the fact is disputed.',
};

export const RANK_TEXT: Glossary<typeof RANKS> = {
  preferred: 'the published value rests on it.',
  normal: 'consistent with the fact but not the basis of the published value.',
  deprecated: 'overridden by the preferred claims; kept, never deleted.',
};

export const POLICY_TEXT: Glossary<typeof POLICY_RULES> = {
  source_kind: 'official sources over media, media over aggregators and translations.',
  recency: 'the more recently published source.',
  specificity: 'the more specific figure (exact over hedged, narrower period).',
  corroboration: 'the value more independent sources report.',
};
