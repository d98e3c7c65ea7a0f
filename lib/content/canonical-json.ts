/**
 * JSON with object keys sorted, so that equal values give equal text whatever the order their
 * keys were written in (a document parsed by the schema and one built by an edit, say).
 *
 * @example canonicalJson({ b: 1, a: [2] }) === canonicalJson({ a: [2], b: 1 }) // true
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
