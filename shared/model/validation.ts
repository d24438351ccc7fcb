import type { z } from 'zod'
import { isLimitedList, PORTFOLIO_LIMITS, PortfolioCounts } from './limits'
import { Portfolio } from './portfolio'
import { scenarioIssue } from './scenario'

/** One broken rule, phrased for a person: which thing, which field, which rule. */
export interface ValidationIssue {
  /** Machine path into the validated value, e.g. ['initiatives', 3, 'usage', 'cacheHitRate']. */
  path: (string | number)[]
  /** Dotted field name within its entity, e.g. 'usage.cacheHitRate'. */
  field: string
  /**
   * The entity the field belongs to, e.g. 'Initiative "Support assistant"', or a whole list
   * ('Price book', with an empty field) for a rule about the list itself; empty at top level.
   */
  entity: string
  /** The rule, e.g. 'must be between 0% and 100%'. */
  rule: string
  /** entity, field and rule together. */
  message: string
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] }

type Raw = Record<string, unknown>
type Segment = string | number

/** The item at `index` of the list `key` of `root`, if there is one. */
function itemAt(root: unknown, key: string, index: number): unknown {
  const list = typeof root === 'object' && root !== null ? (root as Raw)[key] : undefined
  return Array.isArray(list) ? (list[index] as unknown) : undefined
}

function itemName(item: unknown, index: number): string {
  const raw = typeof item === 'object' && item !== null ? (item as Raw) : {}
  return String(raw.name ?? raw.id ?? `#${index + 1}`)
}

/** One issue at `path` of `root`: the entity (an item of a list, or the list itself), its field and the rule. */
function issueAt(root: unknown, path: Segment[], rule: string): ValidationIssue {
  const [head, index, ...rest] = path
  if (!isLimitedList(head)) return entityIssue('', path, path, rule)
  const list = PORTFOLIO_LIMITS[head]
  // A rule about a whole list ("must hold 5,000 initiatives or fewer") names the list and no field.
  if (path.length === 1) return { path, field: '', entity: list.label, rule, message: `${list.label}: ${rule}` }
  if (typeof index !== 'number') return entityIssue('', path, path, rule)
  const item = itemAt(root, head, index)
  if (head === 'scenarios') return { ...scenarioIssue(item, rest, rule), path }
  return entityIssue(`${list.item} "${itemName(item, index)}"`, path, rest, rule)
}

/** An issue of a field inside a named entity; for edits `path` is [entity id, ...field segments], so the UI finds the cell. */
export function entityIssue(entity: string, path: Segment[], fieldPath: Segment[], rule: string): ValidationIssue {
  const field = fieldPath.join('.') || '(value)'
  return { path, field, entity, rule, message: `${entity ? `${entity}: ` : ''}${field} ${rule}` }
}

/** Turns zod issues into messages that name the entity, the field and the rule. */
export function toValidationIssues(error: z.ZodError, root: unknown, entityPrefix = ''): ValidationIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
    return entityPrefix ? entityIssue(entityPrefix, path, path, issue.message) : issueAt(root, path, issue.message)
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
