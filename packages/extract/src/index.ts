export { createExtractor, EXTRACTOR_VERSION } from './extract.js';
export type { ExtractorOptions } from './extract.js';
export { splitSentences } from './sentences.js';
export type { Sentence } from './sentences.js';
export { findPeriods } from './periods.js';
export type { PeriodMention } from './periods.js';
export { parseDigits } from './figures.js';
export { evaluate, formatEvaluation, GoldRecordSchema } from './evaluate.js';
export type { GoldRecord, Evaluation } from './evaluate.js';
