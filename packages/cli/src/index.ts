export { main } from './main.js';
export { runPipeline } from './run.js';
export type { RunManifest, RunOptions } from './run.js';
export { EXIT } from './exit-codes.js';
