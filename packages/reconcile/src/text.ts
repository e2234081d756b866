/**
 * The parts written one after another, as one flat string. A template literal builds a tree of string
 * pieces, and the rationales of a million claims keep those trees alive: a joined string is one object,
 * about half the memory, and cheaper for the garbage collector to move.
 */
export function flat(...parts: Array<string | number>): string {
  return parts.join('');
}
