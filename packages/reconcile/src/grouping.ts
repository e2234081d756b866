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
 * A value worked out once per triple of keys, found again through nested maps rather than a key string: a key
 * built per call is a string made and hashed per call, and the callers ask a million times of a few thousand.
 */
export class Memo3<A, B, C, V> {
  private readonly known = new Map<A, Map<B, Map<C, V>>>();

  constructor(private readonly make: (a: A, b: B, c: C) => V) {}

  of(a: A, b: B, c: C): V {
    let byB = this.known.get(a);
    if (!byB) this.known.set(a, (byB = new Map()));
    let byC = byB.get(b);
    if (!byC) byB.set(b, (byC = new Map()));
    if (byC.has(c)) return byC.get(c)!;
    const value = this.make(a, b, c);
    byC.set(c, value);
    return value;
  }
}

/** Composite grouping keys such as "KZ|platforms_blocked|money": the same parts give the same string, joined once. */
export class CompositeKeys extends Memo3<Part, Part, Part, string> {
  override of(a: Part, b: Part, c: Part = null): string {
    return super.of(a, b, c);
  }
}
