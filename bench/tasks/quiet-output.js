// The CLI's Output interface with every message dropped: the benchmark times work, not terminal writes.
// A Proxy answers any method the interface gains later (progress, ...) with a no-op, so the harness keeps up.
const plain = (s) => s;
const noop = () => {};

export function quietOutput() {
  const known = { color: { bold: plain, red: plain, yellow: plain, green: plain, dim: plain }, quiet: true, json: false };
  return new Proxy(known, { get: (target, key) => (key in target ? target[key] : noop) });
}
