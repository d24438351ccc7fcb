/** Reads a dotted field path ('usage.inputTokensPerQuery') from an entity; undefined when absent. */
export function readField(entity: unknown, field: string): unknown {
  let node: unknown = entity
  for (const key of field.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** Structural equality of JSON-like values (edits carry plain data), used to skip edits that change nothing. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  return JSON.stringify(a) === JSON.stringify(b)
}
