import type { z } from 'zod'
import { Portfolio } from './portfolio'

/** One broken rule, phrased for a person: which thing, which field, which rule. */
export interface ValidationIssue {
  /** Machine path into the validated value, e.g. ['initiatives', 3, 'usage', 'cacheHitRate']. */
  path: (string | number)[]
  /** Dotted field name within its entity, e.g. 'usage.cacheHitRate'. */
  field: string
  /** The entity the field belongs to, e.g. 'Initiative "Support assistant"'; empty at top level. */
  entity: string
  /** The rule, e.g. 'must be between 0% and 100%'. */
  rule: string
  /** entity, field and rule together. */
  message: string
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] }

type Raw = Record<string, unknown>

function entityLabel(root: unknown, path: (string | number)[]): { entity: string; rest: (string | number)[] } {
  const [head, index, ...rest] = path
  const list = typeof root === 'object' && root !== null ? (root as Raw)[String(head)] : undefined
  const item = Array.isArray(list) && typeof index === 'number' ? (list[index] as unknown) : undefined
  const name =
    typeof item === 'object' && item !== null
      ? String((item as Raw).name ?? (item as Raw).id ?? `#${String(index)}`)
      : `#${String(index)}`
  switch (head) {
    case 'initiatives':
      return { entity: `Initiative "${name}"`, rest }
    case 'priceBook':
      return { entity: `Model "${name}"`, rest }
    case 'costPools':
      return { entity: `Cost pool "${name}"`, rest }
    default:
      return { entity: '', rest: path }
  }
}

/** Turns zod issues into messages that name the entity, the field and the rule. */
export function toValidationIssues(error: z.ZodError, root: unknown, entityPrefix = ''): ValidationIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
    const { entity, rest } = entityPrefix ? { entity: entityPrefix, rest: path } : entityLabel(root, path)
    const field = rest.join('.') || '(value)'
    const message = `${entity ? `${entity}: ` : ''}${field} ${issue.message}`
    return { path, field, entity, rule: issue.message, message }
  })
}

export function validate<S extends z.ZodType>(schema: S, input: unknown, entity = ''): Validated<z.infer<S>> {
  const r = schema.safeParse(input)
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: toValidationIssues(r.error, input, entity) }
}

export function validatePortfolio(input: unknown): Validated<Portfolio> {
  return validate(Portfolio, input)
}
