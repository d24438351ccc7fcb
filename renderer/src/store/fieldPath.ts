/** A reader of one dotted field path ('usage.inputTokensPerQuery'), split once for use over many entities. */
export function fieldReader(field: string): (entity: unknown) => unknown {
  const keys = field.split('.')
  return (entity) => {
    let node: unknown = entity
    for (const key of keys) {
      if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined
      node = (node as Record<string, unknown>)[key]
    }
    return node
  }
}

/** Reads a dotted field path from an entity; undefined when absent. */
export function readField(entity: unknown, field: string): unknown {
  return fieldReader(field)(entity)
}

/** Structural equality of JSON-like values (edits carry plain data), used to skip edits that change nothing. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  return JSON.stringify(a) === JSON.stringify(b)
}
