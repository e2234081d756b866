import { compareText } from './compare-text.js';

/** Records an index in the low bits of a sort key: up to this many records, a key is an exact double. */
const INDEX_BITS = 21;
const MAX_RECORDS = 2 ** INDEX_BITS;

/**
 * Sorts records in place by an id, stably and in the order `compareText` gives: what
 * `records.sort((a, b) => compareText(id(a), id(b)))` does. Ids here are content ids and hashes, lower-case
 * hex: their first eight digits as a number, with the record's index below them, make one key per record,
 * and a typed array of keys sorts natively, with no comparison called back (at a quarter of a million
 * conflicts, calling back was most of the sort). Records whose first eight digits tie are then compared
 * whole; any id that is not hex sends the whole list to the comparison sort.
 */
export function sortById<T>(records: T[], id: (record: T) => string): T[] {
  const n = records.length;
  if (n < 2) return records;
  const keys = n <= MAX_RECORDS ? new Float64Array(n) : null;
  for (let i = 0; keys && i < n; i++) {
    const lead = hexLead(id(records[i]!));
    if (lead < 0) return records.sort((a, b) => compareText(id(a), id(b)));
    keys[i] = lead * MAX_RECORDS + i;
  }
  if (!keys) return records.sort((a, b) => compareText(id(a), id(b)));
  keys.sort();
  const original = records.slice();
  for (let k = 0; k < n; k++) records[k] = original[keys[k]! % MAX_RECORDS]!;
  // Runs that share their first eight digits, in their original order: sorted whole, stably.
  for (let from = 0; from < n;) {
    const lead = Math.floor(keys[from]! / MAX_RECORDS);
    let to = from + 1;
    while (to < n && Math.floor(keys[to]! / MAX_RECORDS) === lead) to++;
    if (to - from > 1) {
      const run = records.slice(from, to).sort((a, b) => compareText(id(a), id(b)));
      for (let k = from; k < to; k++) records[k] = run[k - from]!;
    }
    from = to;
  }
  return records;
}

/**
 * The first eight characters of an id as a hex number, or -1 unless they are lower-case hex digits: for such
 * texts, numbers in order are texts in order, since '0'-'9' come before 'a'-'f' in UTF-16.
 */
function hexLead(id: string): number {
  if (id.length < 8) return -1;
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const code = id.charCodeAt(i);
    const digit = code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 102 ? code - 87 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}
