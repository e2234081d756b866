export { ingestSources, parseSource } from './sources.js';
export type { SourceOutcome, IngestOptions, IngestResult } from './sources.js';
export { decode, normalise } from './normalise.js';
export { splitFrontMatter, FrontMatterSchema } from './front-matter.js';
export type { FrontMatter } from './front-matter.js';
export { findBoilerplate } from './boilerplate.js';
export { listFiles, globToRegExp } from './glob.js';
export type { ListedFile } from './glob.js';
export { loadPipeline, loadDecisions } from './config.js';
