import type { z } from 'zod'
import { PortfolioCounts } from './limits'
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

/** The portfolio's lists by name, for rules about a list as a whole (how many it holds). */
const LIST_NAMES: Record<string, string> = {
  initiatives: 'Initiatives',
  priceBook: 'Price book',
  costPools: 'Cost pools',
  scenarios: 'Scenarios',
}

const fieldOf = (rest: (string | number)[]): string => rest.join('.') || '(value)'

/** The entity a path into a portfolio points at, and the field within it. */
function entityAndField(root: unknown, path: (string | number)[]): { entity: string; field: string } {
  const [head, index, ...rest] = path
  // A rule about a whole list ("must hold 5,000 initiatives or fewer") names the list and no field.
  const wholeList = path.length === 1 ? LIST_NAMES[String(head)] : undefined
  if (wholeList) return { entity: wholeList, field: '' }
  const list = typeof root === 'object' && root !== null ? (root as Raw)[String(head)] : undefined
  const item = Array.isArray(list) && typeof index === 'number' ? (list[index] as unknown) : undefined
  const name =
    typeof item === 'object' && item !== null
      ? String((item as Raw).name ?? (item as Raw).id ?? `#${String(index)}`)
      : `#${String(index)}`
  switch (head) {
    case 'initiatives':
      return { entity: `Initiative "${name}"`, field: fieldOf(rest) }
    case 'priceBook':
      return { entity: `Model "${name}"`, field: fieldOf(rest) }
    case 'costPools':
      return { entity: `Cost pool "${name}"`, field: fieldOf(rest) }
    default:
      return { entity: '', field: fieldOf(path) }
  }
}

/** Turns zod issues into messages that name the entity, the field and the rule. */
export function toValidationIssues(error: z.ZodError, root: unknown, entityPrefix = ''): ValidationIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
    const { entity, field } = entityPrefix ? { entity: entityPrefix, field: fieldOf(path) } : entityAndField(root, path)
    const message = `${entity ? `${entity}: ` : ''}${field ? `${field} ` : ''}${issue.message}`
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

/**
 * The portfolio's list limits alone (models, cost pools, initiatives, scenarios), with the issues and
 * messages validatePortfolio gives when a file is opened: what every write checks before it commits.
 */
export function limitIssues(portfolio: Portfolio): ValidationIssue[] {
  const r = PortfolioCounts.safeParse(portfolio)
  return r.success ? [] : toValidationIssues(r.error, portfolio)
}
