import { z } from 'zod'

/** Names that could reach an object's prototype; refused anywhere in a field path. */
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor'])
const INDEX = /^(0|[1-9]\d*)$/

export class FieldPathError extends Error {}

type Container = Record<string, unknown> | unknown[]

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType
  return s
}

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null
}

/** The schema of `segment` inside `schema`, or a FieldPathError naming why the segment is not a field. */
function child(schema: z.ZodType, segment: string, container: unknown, at: string): z.ZodType {
  const s = unwrap(schema)
  if (s instanceof z.ZodObject) {
    if (!Object.hasOwn(s.shape, segment)) throw new FieldPathError(`is not a field (no "${segment}" in ${at})`)
    return s.shape[segment] as z.ZodType
  }
  if (s instanceof z.ZodArray) {
    const length = Array.isArray(container) ? container.length : 0
    if (!INDEX.test(segment) || Number(segment) >= length) {
      throw new FieldPathError(`is not a field (${at} has no item ${segment}; it holds ${length})`)
    }
    return s.element as z.ZodType
  }
  if (s instanceof z.ZodRecord) return s.valueType as z.ZodType
  throw new FieldPathError(`is not a field (${at} has no parts)`)
}

/**
 * Sets `value` at a dotted `field` path inside `root` (a plain clone the caller owns). The path is checked
 * against `schema`, not against the value, so optional fields not yet present can be set; unknown fields,
 * array items past the end and prototype keys are refused with a FieldPathError. Missing intermediate
 * objects are created and left for schema validation to judge.
 */
export function setField(schema: z.ZodType, root: Record<string, unknown>, field: string, value: unknown): void {
  const segments = field.split('.')
  const bad = segments.find((s) => s === '' || FORBIDDEN.has(s))
  if (bad !== undefined) throw new FieldPathError(bad === '' ? 'is not a field (empty part)' : `may not name "${bad}"`)
  let container: Container = root
  let current = schema
  segments.forEach((segment, i) => {
    const at = i === 0 ? 'the initiative' : segments.slice(0, i).join('.')
    current = child(current, segment, container, at)
    const key = Array.isArray(container) ? Number(segment) : segment
    if (i === segments.length - 1) {
      ;(container as Record<string | number, unknown>)[key] = value
      return
    }
    const next = (container as Record<string | number, unknown>)[key]
    if (isContainer(next)) {
      container = next
    } else {
      const created: Container = unwrap(current) instanceof z.ZodArray ? [] : {}
      ;(container as Record<string | number, unknown>)[key] = created
      container = created
    }
  })
}
