import { z } from 'zod'

/** Names that could reach an object's prototype; refused anywhere in a field path. */
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor'])
const INDEX = /^(0|[1-9]\d*)$/

export class FieldPathError extends Error {}

type Container = Record<string, unknown> | unknown[]

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault)
    s = s.unwrap() as z.ZodType
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

/** Checks every segment against the schema (and array lengths against `root`) before anything changes. */
function checkPath(schema: z.ZodType, root: Record<string, unknown>, segments: string[]): z.ZodType[] {
  const schemas: z.ZodType[] = []
  let value: unknown = root
  let current = schema
  segments.forEach((segment, i) => {
    current = child(current, segment, value, i === 0 ? 'the initiative' : segments.slice(0, i).join('.'))
    schemas.push(current)
    value = isContainer(value) ? (value as Record<string, unknown>)[segment] : undefined
  })
  return schemas
}

/**
 * Sets `value` at a dotted `field` path inside `root` (a plain clone the caller owns). The path is checked
 * against `schema`, not against the value, so optional fields not yet present can be set; unknown fields,
 * array items past the end and prototype keys are refused with a FieldPathError before `root` changes.
 * Missing or non-object intermediate values become empty objects or arrays, left for schema validation to judge.
 */
export function setField(schema: z.ZodType, root: Record<string, unknown>, field: string, value: unknown): void {
  const segments = field.split('.')
  const bad = segments.find((s) => s === '' || FORBIDDEN.has(s))
  if (bad !== undefined) throw new FieldPathError(bad === '' ? 'is not a field (empty part)' : `may not name "${bad}"`)
  const schemas = checkPath(schema, root, segments)
  let container: Record<string, unknown> = root
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) {
      container[segment] = value
      return
    }
    const next = container[segment]
    if (isContainer(next)) {
      container = next as Record<string, unknown>
    } else {
      const created: Container = unwrap(schemas[i] ?? schema) instanceof z.ZodArray ? [] : {}
      container[segment] = created
      container = created as Record<string, unknown>
    }
  })
}
