/**
 * Orders strings by UTF-16 code units. Unlike localeCompare it does not depend on the machine's locale or
 * ICU data, so the same claims sort the same everywhere, and it is many times faster.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
