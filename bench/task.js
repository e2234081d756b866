// Child-process entry: `node bench/task.js <task> '<json args>'`. Each measurement runs in its own process so
// its peak RSS is its own and the runner can stop it when it exceeds its time budget.
const tasks = {
  stages: () => import('./tasks/stages.js'),
  pipeline: () => import('./tasks/pipeline.js'),
  peer: () => import('./tasks/peer.js'),
  reconcile: () => import('./tasks/reconcile.js'),
  incremental: () => import('./tasks/incremental.js'),
  pathological: () => import('./tasks/pathological.js'),
};

const [name, json] = process.argv.slice(2);
const load = tasks[name];
if (!load) {
  process.stderr.write(`unknown task "${name}": expected one of ${Object.keys(tasks).join(', ')}\n`);
  process.exit(2);
}
const { default: run } = await load();
await run(JSON.parse(json ?? '{}'));
