/** Groups items by a string key, groups in the order their first item came, items in their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

type Part = string | null;

/**
 * Composite grouping keys such as "KZ|platforms_blocked|money": the same parts give the same string, joined
 * once. A million claims fall into a few thousand groups, and a key joined per claim is a string built and
 * hashed per claim.
 */
export class CompositeKeys {
  private readonly known = new Map<Part, Map<Part, Map<Part, string>>>();

  constructor(private readonly join: (a: Part, b: Part, c: Part) => string) {}

  of(a: Part, b: Part, c: Part = null): string {
    let byB = this.known.get(a);
    if (!byB) this.known.set(a, (byB = new Map()));
    let byC = byB.get(b);
    if (!byC) byB.set(b, (byC = new Map()));
    let key = byC.get(c);
    if (key === undefined) byC.set(c, (key = this.join(a, b, c)));
    return key;
  }
}
